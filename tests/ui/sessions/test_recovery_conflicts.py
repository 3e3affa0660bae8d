"""A draft typed into when mesolog was killed, changed on another workstation before it is
recovered (issue 11, defect 1): the copy kept while typing records what it was typed on,
so that saving the recovered draft merges the other change, or shows it beside what was
typed, instead of writing over it.

The crash is real: a child process opens the draft in the session editor, types its notes
key by key, waits for the copy to be kept and is killed with SIGKILL.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.sessions.recovery import offer_recovered_drafts
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.conftest import FixedClock
from tests.qt_fixtures import Boxes
from tests.typing_support import shown, type_into
from tests.ui.conflict_support import HERE_NAME, THERE_NAME, ConflictAnswers, workstations

TYPED = "Ελαφρύ οίδημα στο μέτωπο"
ROOT = str(Path(__file__).resolve().parents[3])

CHILD = textwrap.dedent(
    """
    import os, sys, uuid
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, sys.argv[5])
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    app = QApplication([])
    from mesolog.domain.ids import PatientId, SessionId
    from mesolog.services.clinic import Clinic
    from mesolog.ui.common.operations import ChangeBus
    from mesolog.ui.sessions.session_editor import SessionEditor
    from tests.typing_support import type_keys
    clinic = Clinic.open(sys.argv[1], actor="child")
    clinic.act_as("nikos")
    session = clinic.sessions.get(SessionId(uuid.UUID(sys.argv[3])))
    patient = clinic.patients.get(PatientId(session.patient_id))
    editor = SessionEditor(clinic, ChangeBus(), patient, session=session)
    editor.show()
    notes = editor.session_form.notes
    notes.moveCursor(QTextCursor.MoveOperation.End)  # typing on after the notes
    type_keys(notes, sys.argv[4])

    def report():
        if clinic.editor_drafts.pending():
            print("kept", flush=True)
        else:
            QTimer.singleShot(100, report)

    QTimer.singleShot(100, report)
    app.exec()
    """
)


@pytest.fixture(autouse=True)
def open_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The question after a crash is answered "Open"; closing an editor, "Discard"."""

    def question(_parent: object, title: str, *_: object) -> QMessageBox.StandardButton:
        if title == "Unsaved session found":
            return QMessageBox.StandardButton.Open
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)


@pytest.fixture
def there(clinic: Clinic, db_path: Path, clock: FixedClock, boxes: Boxes) -> Iterator[Clinic]:
    """The other workstation (message boxes recorded: none may wait for a click)."""
    with workstations(clinic, db_path, clock) as other:
        yield other


@pytest.fixture
def draft(clinic: Clinic, there: Clinic, clock: FixedClock) -> Session:
    patient = clinic.patients.create(
        PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1), consent_signed_on=dt.date(2026, 1, 5))
    )
    entry = SessionInput(
        performed_at=clock.current - dt.timedelta(hours=1),
        clinician=HERE_NAME,
        treatments=(TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5)),),
        pre_treatment=PreTreatment(nsaids_paused_days=14, consent_confirmed=True),
        notes="First notes",
    )
    return clinic.sessions.create_draft(patient.id, entry)


def crash_while_typing(db_path: Path, tmp_path: Path, draft: Session) -> None:
    """The child types into the draft's notes and is killed once the copy is kept."""
    command = [sys.executable, "-c", CHILD, str(db_path), str(tmp_path / "child-qt")]
    with subprocess.Popen(
        [*command, str(draft.id), TYPED, ROOT],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "kept"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)


def changed_there(there: Clinic, draft: Session, **changes: object) -> None:
    """Eleni changes the draft between the crash and the recovery."""
    read = there.sessions.get(draft.id)
    there.sessions.update_draft(draft.id, replace(read.entry, **changes), read=read)


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The window the recovered editor opens over (closed at the end, with the editor)."""
    window = QWidget()
    qtbot.addWidget(window)
    return window


def recover(qtbot: QtBot, host: QWidget, clinic: Clinic) -> SessionEditor:
    [editor] = offer_recovered_drafts(host, clinic, ChangeBus(), lambda _patient: None)
    qtbot.waitExposed(editor)
    return editor


def save(qtbot: QtBot, editor: SessionEditor) -> None:
    qtbot.mouseClick(editor.frame.save_button, Qt.MouseButton.LeftButton)


def test_a_score_saved_there_after_the_crash_is_kept_with_the_recovered_notes(
    qtbot: QtBot,
    host: QWidget,
    clinic: Clinic,
    there: Clinic,
    draft: Session,
    db_path: Path,
    tmp_path: Path,
) -> None:
    crash_while_typing(db_path, tmp_path, draft)
    changed_there(there, draft, improvement_score=8)

    editor = recover(qtbot, host, clinic)
    assert shown(editor.session_form.notes) == "First notes" + TYPED
    save(qtbot, editor)

    stored = clinic.sessions.get(draft.id).entry
    assert (stored.notes, stored.improvement_score) == ("First notes" + TYPED, 8)
    assert shown(editor.session_form.improvement_score) == "8"
    assert f"Kept {THERE_NAME}'s change of improvement" in editor.versioned.note.text()


def test_notes_saved_there_after_the_crash_are_shown_beside_the_recovered_ones(
    qtbot: QtBot,
    host: QWidget,
    clinic: Clinic,
    there: Clinic,
    draft: Session,
    db_path: Path,
    tmp_path: Path,
) -> None:
    crash_while_typing(db_path, tmp_path, draft)
    changed_there(there, draft, notes="Their notes")

    editor = recover(qtbot, host, clinic)
    answers = ConflictAnswers(["keep_mine"])
    save(qtbot, editor)
    answers.stop()

    [said] = answers.shown
    assert (said.theirs, said.mine) == (
        {"notes": "Their notes"},
        {"notes": "First notes" + TYPED},
    )
    assert clinic.sessions.get(draft.id).entry.notes == "First notes" + TYPED


def test_a_copy_without_its_base_says_it_replaces_the_draft_as_it_is_now(
    qtbot: QtBot, host: QWidget, clinic: Clinic, there: Clinic, draft: Session
) -> None:
    """As an earlier mesolog kept it: the editor's fields only."""
    editor = SessionEditor(
        clinic, ChangeBus(), clinic.patients.get(draft.patient_id), session=draft
    )
    qtbot.addWidget(editor)
    type_into(qtbot, editor.session_form.notes, "Typed before the crash", tab=False)
    editor.autosave_timer.stop()  # this copy is the earlier mesolog's, below
    payload = editor.session_form.to_payload()
    assert "base" not in payload
    clinic.editor_drafts.keep(
        editor.draft_key,
        patient_id=draft.patient_id,
        session_id=draft.id,
        payload=json.dumps(payload),
    )
    changed_there(there, draft, improvement_score=8)

    recovered = recover(qtbot, host, clinic)
    assert "does not say which version of the draft it was typed on" in (
        recovered.frame.notice.text()
    )
    assert recovered.session is not None
    assert recovered.session.version == clinic.sessions.get(draft.id).version


def _opened_from(window: QWidget, host: QWidget) -> bool:
    """Whether `window` was opened under `host` (the test's own), not left by another test."""
    parent = window.parentWidget()
    while parent is not None and parent is not host:
        parent = parent.parentWidget()
    return parent is host


def typed_text_shown(host: QWidget) -> list[QWidget]:
    """The visible fields and labels of every window opened under `host` that show the text
    typed before the crash."""
    found: list[QWidget] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible() or not _opened_from(window, host):
            continue
        for widget in window.findChildren(QPlainTextEdit):
            if TYPED in widget.toPlainText() and widget.isVisible():
                found.append(widget)
        for widget in window.findChildren(QLabel):
            if TYPED in widget.text() and widget.isVisible():
                found.append(widget)
    return found


@pytest.mark.parametrize("since", ["signed", "voided"])
def test_what_was_typed_into_a_session_signed_or_voided_since_is_shown_beside_it(
    qtbot: QtBot,
    host: QWidget,
    clinic: Clinic,
    there: Clinic,
    draft: Session,
    db_path: Path,
    tmp_path: Path,
    since: str,
) -> None:
    """The session can no longer take the copy: it opens as it is now, read-only, and what
    was typed is shown beside it, to read and copy, until that window is closed."""
    crash_while_typing(db_path, tmp_path, draft)
    if since == "signed":
        there.sessions.sign(draft.id)
    else:
        there.sessions.void(draft.id, reason="entered for the wrong patient")

    editor = recover(qtbot, host, clinic)

    assert editor.read_only
    assert shown(editor.session_form.notes) == "First notes"
    [notes] = typed_text_shown(host)
    assert isinstance(notes, QPlainTextEdit)
    assert notes.toPlainText() == "First notes" + TYPED
    assert notes.isReadOnly()
    copy = notes.window()
    assert copy is not editor
    heading = copy.findChild(QLabel, "recovered_heading")
    assert heading is not None
    assert f"{since} " in heading.text()
    assert "differs from the session in notes." in heading.text()
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(notes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(notes, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "First notes" + TYPED
    assert clinic.editor_drafts.pending(), "kept while it is shown"

    close = copy.findChild(QPushButton, "close")
    assert close is not None
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not copy.isVisible()
    assert clinic.editor_drafts.pending() == [], "forgotten once seen and closed"
    assert clinic.sessions.get(draft.id).entry.notes == "First notes", "nothing written"


def test_a_copy_all_of_which_the_signed_session_holds_opens_it_alone_and_is_forgotten(
    qtbot: QtBot,
    host: QWidget,
    clinic: Clinic,
    there: Clinic,
    draft: Session,
    db_path: Path,
    tmp_path: Path,
) -> None:
    """Eleni saved the same notes before signing: nothing typed is missing from it."""
    crash_while_typing(db_path, tmp_path, draft)
    changed_there(there, draft, notes="First notes" + TYPED)
    there.sessions.sign(draft.id)

    editor = recover(qtbot, host, clinic)

    assert editor.read_only
    assert shown(editor.session_form.notes) == "First notes" + TYPED
    assert [w.window() for w in typed_text_shown(host)] == [editor]
    assert clinic.editor_drafts.pending() == []
