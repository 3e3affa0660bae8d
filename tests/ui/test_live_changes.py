"""Other workstations' changes appear by themselves (issue 15, scale plan §3.2): a session
signed by another process on the same SQLite file or PostgreSQL database shows in this
window's history, patient list and Due list without a click, while the selection, the scroll
and the search as typed stay; an open session editor is not reloaded but says its session
changed elsewhere. The waits are generous (the design's aim is 2 s; benchmarks/
live_changes.py measures it)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import PatientInput, PreTreatment, SessionInput, TreatmentLine
from mesolog.services.clinic import Clinic
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import FixedClock
from tests.ui.live_writer import NEEDLE

ROOT = str(Path(__file__).resolve().parents[2])
WAIT_MS = 10_000
PATIENTS = 60


class Workstation:
    """Another workstation: tests/ui/live_writer.py in a process of its own."""

    def __init__(self, database: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.live_writer", database],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": ROOT},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.ask_line() == "READY"

    def ask_line(self, line: str | None = None) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        if line is not None:
            self.process.stdin.write(line + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def ask(self, line: str) -> SessionId:
        return SessionId(uuid.UUID(json.loads(self.ask_line(line))["session"]))

    def close(self) -> None:
        with self.process:
            if self.process.poll() is None:
                self.ask_line("quit")
            self.process.wait(timeout=30)


@pytest.fixture(params=["sqlite", "postgresql"])
def where(request: pytest.FixtureRequest, db_path: Path) -> str:
    if request.param == "sqlite":
        return str(db_path)
    url: str = request.getfixturevalue("postgresql_url")
    return url


@pytest.fixture
def room1(where: str, clock: FixedClock) -> Iterator[Clinic]:
    with Clinic.open(where, actor="room 1", clock=clock) as clinic:
        for number in range(PATIENTS):
            clinic.patients.create(
                PatientInput("Live", f"Patient {number:02}", dt.date(1980, 1, 1))
            )
        yield clinic


@pytest.fixture
def room2(room1: Clinic, where: str) -> Iterator[Workstation]:
    other = Workstation(where)
    yield other
    other.close()


@pytest.fixture
def window(qtbot: QtBot, room1: Clinic) -> Iterator[MainWindow]:
    opened = MainWindow(room1)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()


def _resets(model: QAbstractItemModel) -> list[None]:
    seen: list[None] = []
    model.modelReset.connect(lambda: seen.append(None))
    return seen


def test_a_session_signed_in_room_2_shows_in_room_1_without_a_click(
    qtbot: QtBot, window: MainWindow, room1: Clinic, room2: Workstation
) -> None:
    lists = window.lists
    with qtbot.waitSignal(lists.count_changed, timeout=WAIT_MS):
        qtbot.keyClicks(lists.search_field, "live")
    assert lists.patient_model.rowCount() == PATIENTS
    lists.search_field.setCursorPosition(2)
    table, model = lists.patient_list, lists.patient_model
    chosen = PatientId(model.patient_at(40).id)
    table.selectRow(40)
    qtbot.waitUntil(lambda: window.record.patient_id == chosen, timeout=WAIT_MS)
    table.scrollTo(model.index(40, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    position = table.verticalScrollBar().value()
    assert position > 0
    assert lists.due_model.row_of(chosen) is None
    assert window.record.session_ids() == []
    resets = _resets(model) + _resets(lists.due_model)

    signed = room2.ask(f"sign {chosen} {room1.context.today().isoformat()}")

    qtbot.waitUntil(lambda: window.record.session_ids() == [signed], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: lists.due_model.row_of(chosen) is not None, timeout=WAIT_MS)
    row = model.row_of(chosen)
    assert row is not None and model.patient_at(row).last_session_on is not None
    assert (lists.search_field.text(), lists.search_field.cursorPosition()) == ("live", 2)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [row]
    assert table.verticalScrollBar().value() == position
    assert resets == [], "the lists were re-read in place, not reset"


def test_an_open_editor_is_not_reloaded_but_says_its_session_changed(
    qtbot: QtBot, window: MainWindow, room1: Clinic, room2: Workstation
) -> None:
    patient = room1.patients.search("live", limit=1)[0].id
    entry = SessionInput(
        performed_at=dt.datetime(2026, 3, 9, 10, tzinfo=dt.UTC),
        clinician="Dr Eleni Vasileiou",
        treatments=(TreatmentLine(Area.FOREHEAD, NEEDLE, ()),),
        pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
    )
    draft = room1.sessions.create_draft(patient, entry)
    window.open_patient(patient)
    editor = window.open_session(draft.id)
    assert editor is not None
    qtbot.waitExposed(editor)
    assert editor.elsewhere_note.isHidden()

    room2.ask(f"sign-draft {draft.id}")

    qtbot.waitUntil(lambda: not editor.elsewhere_note.isHidden(), timeout=WAIT_MS)
    assert "another workstation" in editor.elsewhere_note.text()
    assert not editor.read_only, "the editor shows the draft it opened"
    editor.reject()


@pytest.mark.parametrize("where", ["sqlite"], indirect=True)  # the move is the same on both
def test_a_patient_added_above_moves_the_rows_and_the_view_follows(
    qtbot: QtBot, window: MainWindow, room1: Clinic, db_path: Path, clock: FixedClock
) -> None:
    """Another workstation's patient sorts first: every row moves down one, and the selected
    patient and the row at the top of the view move with it (another engine on the file
    stands for the other workstation: the feed tells its own entries by its engine)."""
    table, model = window.lists.patient_list, window.lists.patient_model
    table.selectRow(30)
    chosen = model.patient_at(30).id
    qtbot.waitUntil(lambda: window.record.patient_id == chosen, timeout=WAIT_MS)
    table.scrollTo(model.index(20, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    top = model.patient_at(table.rowAt(0)).id
    resets = _resets(model)
    with Clinic.open(str(db_path), actor="room 3", clock=clock) as room3:
        room3.patients.create(PatientInput("Aardvark", "Anna", dt.date(1980, 1, 1)))

    qtbot.waitUntil(lambda: model.row_of(chosen) == 31, timeout=WAIT_MS)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [31]
    assert model.patient_at(table.rowAt(0)).id == top
    assert model.patient_at(0).family_name == "Aardvark"
    assert resets == []
