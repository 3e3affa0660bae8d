"""Records ▸ Recall reads a search's first page of patients and the rest as the table
scrolls to them: the summary counts every patient from the start, the rows come in the
search's order, nothing further is audited, and a page that cannot be read is said."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Role, Solution
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.reports.recall_data import RecallQuery
from mesolog.services.clinic import Clinic
from mesolog.ui.recall._recall_table import RecallTableModel
from mesolog.ui.recall.recall_window import RecallColumn, RecallWindow
from tests.typing_support import type_into

ATHENS = dt.timezone(dt.timedelta(hours=2))
REASON = "Notice 2026-14 from the maker"
PASSWORD = "a long enough password"
FAMILIES = ("Dimou", "Andreou", "Christou", "Bakirtzi")


@pytest.fixture
def four(clinic: Clinic) -> Clinic:
    """Four patients given lot L-7, Christou twice."""
    use = ProductUse(Solution.HYALURONIC_ACID, 1.0, "Ύαλο Boost 2%", "", "L-7")
    line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(depth_mm=1.5), (use,))
    for number, family in enumerate(FAMILIES):
        patient = clinic.patients.create(PatientInput(family, "Eva", dt.date(1980, 1, 2)))
        for day in (3, 20) if family == "Christou" else (3 + number,):
            moment = dt.datetime(2026, 2, day, 10, tzinfo=ATHENS)
            entry = SessionInput(moment, "Dr Eleni Markou", (line,))
            clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    return clinic


def _families(model: RecallTableModel) -> list[str]:
    column = RecallColumn.PATIENT
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_the_rest_is_read_as_the_table_shows_it_and_only_the_search_is_audited(
    qtbot: QtBot, four: Clinic
) -> None:
    window = RecallWindow(four)
    qtbot.addWidget(window)
    window.model.page = 1
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    type_into(qtbot, window.form.lot, "L-7")
    type_into(qtbot, window.form.reason, REASON, tab=False)
    QTest.keyClick(window.form.reason, Qt.Key.Key_Return)

    assert window.summary.text() == '4 patients, 5 sessions: lot "L-7"'
    qtbot.waitUntil(lambda: window.model.result is not None and window.model.result.complete)
    assert _families(window.model) == [
        "Andreou, Eva",
        "Bakirtzi, Eva",
        "Christou, Eva",
        "",
        "Dimou, Eva",
    ]
    recalls = [entry for entry in four.audit.entries() if entry.action == "recall"]
    assert [entry.detail for entry in recalls] == [
        f'recall search: lot "L-7"; 4 patients; reason: {REASON}'
    ]


def test_each_page_is_read_when_the_view_asks_for_it(qtbot: QtBot, four: Clinic) -> None:
    model = RecallTableModel(four)
    model.page = 2
    model.set_result(four.recall.search(RecallQuery(lot="L-7"), reason=REASON, read=1))
    assert _families(model) == ["Andreou, Eva"]
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [1, 3]
    assert _families(model) == ["Andreou, Eva", "Bakirtzi, Eva", "Christou, Eva", ""]
    model.fetchMore(QModelIndex())
    assert _families(model)[-1] == "Dimou, Eva"
    assert not model.canFetchMore(QModelIndex())


def test_a_page_that_may_not_be_read_is_said_and_not_asked_for_again(
    qtbot: QtBot, four: Clinic
) -> None:
    four.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    four.log_in("admin", PASSWORD)
    four.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    window = RecallWindow(four)
    qtbot.addWidget(window)
    window.model.page = 1
    window.model.set_result(four.recall.search(RecallQuery(lot="L-7"), reason=REASON, read=1))
    four.log_in("nurse", PASSWORD)
    window.model.fetchMore(QModelIndex())
    assert "may not search" in window.error.text()
    assert not window.error.isHidden()
    assert _families(window.model) == ["Andreou, Eva"]
    assert not window.model.canFetchMore(QModelIndex())
