"""The patient table model over patients from a real database."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Indication, PatientOrder
from mesolog.domain.records import CourseInput, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.services.patients import PatientSummary
from mesolog.ui.patients.patient_table_model import (
    DUE_COLUMNS,
    PAGE_SIZE,
    PatientColumn,
    PatientTableModel,
    shown_date,
)
from tests.locale_support import no_locale

PATIENTS = [
    PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001", phone="+30 210 555 0101"),
    PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2), "R-002", phone="+49 30 555 0102"),
    PatientInput("Ibáñez", "Sofía", dt.date(1991, 7, 30), "R-003"),
    PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5), phone="6944 555 010"),
]
TODAY = dt.date(2026, 3, 10)
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def patients(clinic: Clinic) -> list[PatientSummary]:
    for details in PATIENTS:
        patient = clinic.patients.create(details)
        if details.family_name == "Müller":
            plan = CourseInput(Indication.WRINKLES, 6, started_on=dt.date(2026, 3, 1))
            clinic.courses.plan(patient.id, plan)
    return clinic.patients.search()


def _cell(model: PatientTableModel, row: int, column: PatientColumn, role: int = 0) -> object:
    return model.data(
        model.index(row, model.column_of(column)), role or Qt.ItemDataRole.DisplayRole
    )


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, patients: list[PatientSummary]
) -> None:
    for model in (PatientTableModel(), PatientTableModel(columns=DUE_COLUMNS, today=TODAY)):
        model.set_patients(patients)
        qtmodeltester.check(model)
        model.set_patients([])
        qtmodeltester.check(model)


def test_rows_show_the_patients_fields(patients: list[PatientSummary]) -> None:
    model = PatientTableModel(today=TODAY)
    model.set_patients(patients)
    rows = {_cell(model, row, PatientColumn.NAME): row for row in range(model.rowCount())}
    row = rows["Παπαδοπούλου, Ελένη"]
    assert _cell(model, row, PatientColumn.DATE_OF_BIRTH) == shown_date(dt.date(1980, 3, 14))
    assert "1980" in str(_cell(model, row, PatientColumn.DATE_OF_BIRTH))
    assert _cell(model, row, PatientColumn.RECORD_NUMBER) == "R-001"
    assert _cell(model, row, PatientColumn.PHONE) == "+30 210 555 0101"
    assert _cell(model, row, PatientColumn.NEXT_DUE) == ""
    user_role = _cell(model, row, PatientColumn.NAME, Qt.ItemDataRole.UserRole)
    assert user_role == str(model.patient_at(row).id)


def test_the_birth_tooltip_writes_the_date_in_words_or_iso_without_a_locale(
    patients: list[PatientSummary],
) -> None:
    model = PatientTableModel(today=TODAY)
    model.set_patients(patients)
    rows = {_cell(model, row, PatientColumn.NAME): row for row in range(model.rowCount())}
    tip = str(_cell(model, rows["Müller, Jürgen"], PatientColumn.DATE_OF_BIRTH, TOOLTIP))
    if no_locale():
        assert tip == "Born 1975-11-02"
    else:
        assert tip.startswith("Born ") and "1975" in tip
        assert QLocale().monthName(11) in tip, "the month in words"


def test_an_overdue_patient_is_marked_in_words_and_colour(
    patients: list[PatientSummary],
) -> None:
    model = PatientTableModel(columns=DUE_COLUMNS, today=TODAY)
    model.set_patients([p for p in patients if p.next_due is not None])
    [row] = range(model.rowCount())
    assert _cell(model, row, PatientColumn.DUE) == "⚠ overdue 9 days"
    assert str(_cell(model, row, PatientColumn.NEXT_DUE)).startswith("⚠ ")
    assert _cell(model, row, PatientColumn.DUE, Qt.ItemDataRole.ForegroundRole) is not None


def test_sorting_asks_the_database(qtbot: QtBot, patients: list[PatientSummary]) -> None:
    model = PatientTableModel()
    model.set_patients(patients)
    column = model.column_of(PatientColumn.DATE_OF_BIRTH)
    with qtbot.waitSignal(model.sort_requested) as asked:
        model.sort(column, Qt.SortOrder.DescendingOrder)
    assert asked.args == [PatientOrder.DATE_OF_BIRTH, True]


def test_headers(patients: list[PatientSummary]) -> None:
    model = PatientTableModel()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Name", "Born", "Record", "Last visit", "Next due", "Phone"]


def test_a_large_list_is_fetched_page_by_page(
    qtmodeltester: ModelTester, clinic: Clinic, patients: list[PatientSummary]
) -> None:
    asked: list[tuple[int, int]] = []

    def more(offset: int, count: int) -> list[PatientSummary]:
        asked.append((offset, count))
        return clinic.patients.search("", limit=count, offset=offset)

    model = PatientTableModel()
    model.load(more, rows=2)
    assert (model.rowCount(), model.canFetchMore()) == (2, True)
    model.fetchMore()
    assert (model.rowCount(), model.canFetchMore()) == (len(PATIENTS), False)
    assert asked == [(0, 2), (2, PAGE_SIZE)], "until a page comes back short"
    assert [model.patient_at(r).id for r in range(model.rowCount())] == [p.id for p in patients]
    assert [model.row_of(p.id) for p in patients] == list(range(len(PATIENTS)))
    qtmodeltester.check(model)


def test_a_patient_a_later_page_repeats_is_shown_once(patients: list[PatientSummary]) -> None:
    """A patient added between two pages shifts the offsets by one: the next page starts
    with the last patient of the one before."""
    model = PatientTableModel()
    model.load(lambda offset, count: patients[max(0, offset - 1) : offset + count], rows=2)
    model.fetchMore()
    assert [model.patient_at(r).id for r in range(model.rowCount())] == [p.id for p in patients]
    assert model.row_of(patients[2].id) == 2
    assert not model.canFetchMore()


def test_a_row_shows_what_its_patient_reads_now(patients: list[PatientSummary]) -> None:
    """A row's texts are made once, and made again when the row's patient is read anew
    (a reload) or the day changes."""
    model = PatientTableModel(columns=DUE_COLUMNS, today=TODAY)
    due = [p for p in patients if p.next_due is not None]
    model.load(lambda offset, count: due[offset : offset + count])
    assert _cell(model, 0, PatientColumn.DUE) == "⚠ overdue 9 days"
    renamed = [dataclasses.replace(due[0], family_name="Renamed")]
    model.reload(lambda offset, count: renamed[offset : offset + count])
    assert str(_cell(model, 0, PatientColumn.NAME)).startswith("Renamed, ")
    model.reload(lambda offset, count: renamed[offset : offset + count], TODAY - dt.timedelta(9))
    assert _cell(model, 0, PatientColumn.DUE) == "today"
