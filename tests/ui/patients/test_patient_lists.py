"""The patient lists as a person uses them: a search typed key by key updates the list at
each key with what the field holds, the Due list stays as it is while typing, a broad
search says how many in a capped count, and a refresh after a change keeps the rows read,
the scroll position and the open patient."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Indication
from mesolog.domain.records import CourseInput, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.patients import patient_lists, patient_table_model
from mesolog.ui.patients.patient_lists import PatientLists
from tests.typing_support import focus, select_all, type_keys

FAMILIES = ("Markou", "Martin", "Μαργαρίτη", "Novak", "Nunez")


@pytest.fixture
def filled(clinic: Clinic) -> Clinic:
    """40 patients, eight of each family, the first four due on 1 March 2026."""
    for number in range(40):
        patient = clinic.patients.create(
            PatientInput(
                FAMILIES[number % len(FAMILIES)],
                f"Anna {number:02d}",
                dt.date(1980, 1, 1),
                record_number=f"MC-{number + 1:04d}",
            )
        )
        if number < 4:
            plan = CourseInput(Indication.WRINKLES, 6, started_on=dt.date(2026, 3, 1))
            clinic.courses.plan(patient.id, plan)
    return clinic


def opened(qtbot: QtBot, clinic: Clinic) -> PatientLists:
    shown = PatientLists(clinic)
    qtbot.addWidget(shown)
    shown.resize(480, 300)
    shown.refresh()
    focus(qtbot, shown.search_field)
    return shown


@pytest.fixture
def lists(qtbot: QtBot, filled: Clinic) -> Iterator[PatientLists]:
    shown = opened(qtbot, filled)
    yield shown
    shown.close()


def listed(lists: PatientLists) -> list[str]:
    model = lists.patient_model
    while model.canFetchMore():
        model.fetchMore()
    return [model.patient_at(row).record_number for row in range(model.rowCount())]


def test_each_key_searches_what_the_field_holds(
    qtbot: QtBot, lists: PatientLists, filled: Clinic
) -> None:
    due_resets: list[bool] = []
    lists.due_model.modelReset.connect(lambda: due_resets.append(True))
    select_all(lists.search_field)
    for typed in ("m", "ma", "mar", "mark", "marko", "markou", "markou ", "markou a"):
        with qtbot.waitSignal(lists.count_changed, timeout=1000):
            type_keys(lists.search_field, typed[-1])
        expected = [p.record_number for p in filled.patients.search(typed, limit=None)]
        assert listed(lists) == expected, typed
    assert lists.search_field.text() == "markou a"
    assert len(listed(lists)) == 8
    assert due_resets == [], "the Due list is not read again on a keystroke"


def test_keys_typed_while_a_search_runs_are_searched_together(
    qtbot: QtBot, lists: PatientLists, filled: Clinic
) -> None:
    counts: list[str] = []
    lists.count_changed.connect(counts.append)
    select_all(lists.search_field)
    type_keys(lists.search_field, "novak")  # no event loop between the keys
    qtbot.waitUntil(lambda: len(counts) == 1, timeout=1000)
    QApplication.processEvents()
    assert counts == ["8 patients shown"], "one search, for all five keys"
    assert listed(lists) == [p.record_number for p in filled.patients.search("novak")]


def test_a_broad_search_says_how_many_up_to_the_cap(
    qtbot: QtBot, lists: PatientLists, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patient_lists, "COUNT_CAP", 10)
    counts: list[str] = []
    lists.count_changed.connect(counts.append)
    select_all(lists.search_field)
    for key in "ma":
        with qtbot.waitSignal(lists.count_changed, timeout=1000):
            type_keys(lists.search_field, key)
    with qtbot.waitSignal(lists.count_changed, timeout=1000):
        type_keys(lists.search_field, "rkou")
    assert counts == ["10+ patients shown", "10+ patients shown", "8 patients shown"]


def test_the_due_list_reads_page_by_page_and_counts_them_all(
    qtbot: QtBot, filled: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patient_lists, "PAGE_SIZE", 3)
    monkeypatch.setattr(patient_table_model, "PAGE_SIZE", 3)
    lists = opened(qtbot, filled)
    assert lists.due_model.rowCount() == 3
    assert lists.tabs.tabText(1) == "D&ue (4)"
    lists.due_model.fetchMore()
    assert lists.due_model.rowCount() == 4 and not lists.due_model.canFetchMore()
    lists.close()


def test_a_refresh_keeps_the_rows_read_the_scroll_and_the_open_patient(
    lists: PatientLists, filled: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patient_lists, "PAGE_SIZE", 10)
    monkeypatch.setattr(patient_table_model, "PAGE_SIZE", 10)
    lists.search()
    table, model = lists.patient_list, lists.patient_model
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 30
    chosen = model.patient_at(25).id
    lists.select(chosen)
    table.scrollTo(model.index(25, 0))
    QCoreApplication.processEvents()
    bar = table.verticalScrollBar()
    position = bar.value()
    assert position > 0

    filled.patients.create(PatientInput("Zwart", "Anna", dt.date(1980, 1, 1)))  # after row 31
    lists.refresh()

    assert model.rowCount() >= 30, "not the first page alone"
    assert model.row_of(chosen) == 25
    assert [index.row() for index in table.selectionModel().selectedRows()] == [25]
    assert bar.value() == position
