"""The patient list and the Due list in a 1280 × 720 window: no column is narrower than its title
or its widest cell, and who the patient is and when they are due show without scrolling; at
1366 × 768 every column of the patient list shows, the phone too, with the scroll bar of a long
list; at 1024 × 700 the name and the date of birth still show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.patients import patient_lists, patient_table_model
from mesolog.ui.patients.patient_lists import LISTS_MIN_WIDTH
from mesolog.ui.patients.patient_table_model import LIST_COLUMNS, PatientColumn, PatientTableModel
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import RECORD_WIDTH, MainWindow

ATHENS = dt.timezone(dt.timedelta(hours=2))
PEOPLE = [
    ("Αλεξανδροπούλου", "Βασιλική", "MC-0012", "+30 6959 045 440", -30),
    ("Dvořáková", "Tereza", "MC-0007", "+420 601 555 017", -3),
    ("O'Sullivan", "Niamh", "MC-0019", "+353 87 555 0199", 4),
    ("Øster", "Signe", "MC-0110", "+45 72 06 31 79", 12),
]
"""Family and given name, record number, phone, and when their next session is due (days
from today, 10 March 2026)."""


def plan_with_a_session(clinic: Clinic, row: tuple[str, str, str, str, int]) -> None:
    family, given, record, phone, due_in = row
    patient = clinic.patients.create(
        PatientInput(family, given, dt.date(1961, 12, 22), record, phone=phone)
    )
    last = dt.date(2026, 3, 10) + dt.timedelta(days=due_in - 14)
    course = clinic.courses.plan(
        patient.id, CourseInput(Indication.HYDRATION_TIGHTENING, 6, dt.date(2026, 1, 1))
    )
    draft = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            dt.datetime(last.year, last.month, last.day, 10, tzinfo=ATHENS),
            "Dr Eleni Markou",
            (TreatmentLine(Area.FULL_FACE, NeedleTechnique(1.5)),),
            course.id,
            PreTreatment(nsaids_paused_days=14, consent_confirmed=True),
        ),
    )
    clinic.sessions.sign(draft.id)


def opened(qtbot: QtBot, clinic: Clinic, size: tuple[int, int]) -> MainWindow:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    for row in PEOPLE:
        plan_with_a_session(clinic, row)
    shown = opened(qtbot, clinic, (1280, 720))
    yield shown
    shown.close()


def texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [str(model.data(model.index(row, column)) or "") for row in range(model.rowCount())]


def assert_nothing_is_cut(table: QTableView) -> None:
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    for column in range(header.count()):
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        width = header.sectionSize(column)
        assert width >= header.sectionSizeHint(column), title
        assert width >= table.sizeHintForColumn(column), title
        widest = max(texts(table, column), key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(widest) < width, (title, widest)


def in_view(table: QTableView, column: PatientColumn) -> bool:
    model = table.model()
    assert isinstance(model, PatientTableModel)
    header = table.horizontalHeader()
    index = model.column_of(column)
    right = header.sectionViewportPosition(index) + header.sectionSize(index)
    return header.sectionViewportPosition(index) >= 0 and right <= table.viewport().width()


def test_the_patient_list_shows_record_numbers_and_dates_whole(window: MainWindow) -> None:
    table = window.lists.patient_list
    assert table.model().rowCount() == len(PEOPLE)
    assert "MC-0110" in texts(table, window.patient_model.column_of(PatientColumn.RECORD_NUMBER))
    assert_nothing_is_cut(table)
    for column in (
        PatientColumn.NAME,
        PatientColumn.DATE_OF_BIRTH,
        PatientColumn.RECORD_NUMBER,
        PatientColumn.LAST_SESSION,
        PatientColumn.NEXT_DUE,
    ):
        assert in_view(table, column), column.name


def test_the_due_list_shows_who_to_call_whole(window: MainWindow) -> None:
    window.lists.show_due()
    QApplication.processEvents()
    table = window.lists.due_list
    assert table.model().rowCount() == 3, "overdue, or due within a week"
    assert_nothing_is_cut(table)
    for column in (
        PatientColumn.NAME,
        PatientColumn.NEXT_DUE,
        PatientColumn.DUE,
        PatientColumn.PHONE,
    ):
        assert in_view(table, column), column.name


def test_the_titles_are_short_and_say_the_rest_in_a_tooltip(window: MainWindow) -> None:
    model = window.patient_model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    assert titles == ["Name", "Born", "Record", "Last visit", "Next due", "Phone"]
    assert tips[1:4] == ["Date of birth", "Record number", "Last signed session"]


def test_a_longer_name_on_a_later_page_widens_the_column(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patient_lists, "PAGE_SIZE", 2)
    monkeypatch.setattr(patient_table_model, "PAGE_SIZE", 2)
    clinic.patients.create(
        PatientInput("Ωραιοπούλου-Παπαδημητρακοπούλου", "Αικατερίνη", dt.date(1970, 5, 5))
    )
    window.lists.search()
    table = window.lists.patient_list
    name = window.patient_model.column_of(PatientColumn.NAME)
    assert table.model().rowCount() == 2, "the first page"
    before = table.horizontalHeader().sectionSize(name)

    while table.model().canFetchMore():
        table.model().fetchMore()

    assert table.model().rowCount() == len(PEOPLE) + 1
    assert table.horizontalHeader().sectionSize(name) > before
    assert_nothing_is_cut(table)


@pytest.mark.parametrize(
    ("size", "whole"),
    [
        ((1366, 768), LIST_COLUMNS),
        ((1024, 700), (PatientColumn.NAME, PatientColumn.DATE_OF_BIRTH)),
    ],
    ids=["1366x768", "1024x700"],
)
def test_at_1366_the_phone_shows_too(
    qtbot: QtBot, clinic: Clinic, size: tuple[int, int], whole: tuple[PatientColumn, ...]
) -> None:
    for row in PEOPLE:
        plan_with_a_session(clinic, row)
    for number in range(40):
        clinic.patients.create(PatientInput("Papadaki", f"Eleni {number}", dt.date(1980, 1, 1)))
    window = opened(qtbot, clinic, size)
    table = window.lists.patient_list
    qtbot.waitUntil(table.verticalScrollBar().isVisible)
    assert_nothing_is_cut(table)
    for column in whole:
        assert in_view(table, column), column.name
    room = min(RECORD_WIDTH, size[0] - window.splitter.handleWidth() - LISTS_MIN_WIDTH)
    assert window.record_stack.width() >= room, "the record keeps its room"
    window.close()
