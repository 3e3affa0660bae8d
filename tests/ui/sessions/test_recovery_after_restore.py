"""A copy kept while a draft was typed, of a draft no longer in the database because a backup
from before it was restored (issue 11, found while fixing defect 5): the window still opens,
and what was typed opens in the session editor as a new session, saying why, to save.

Everything is real: the child process types into the draft key by key and is killed with
SIGKILL, the backup and the restore are mesolog's own commands, and mesolog starts as it
does for a person (run_gui: log-in, the main window, the question about the copy).

Before, a restore made while the start-up asked about the copy made `sessions.get` raise
out of the start (the window never opened); a restore made while the draft was being typed
turned the copy silently into a new session's.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.app import run_gui
from mesolog.domain.enums import Area, SessionStatus
from mesolog.domain.ids import PatientId
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.log_in_dialog import LogInDialog
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.window.main_window import MainWindow
from tests.cli.test_main import mesolog
from tests.qt_fixtures import Boxes
from tests.test_app import act_on_modal

# The other locales' runs leave it out: its subject is a restore under a draft being typed, by
# killed processes.
pytestmark = pytest.mark.usefixtures("qt_settings")

ROOT = str(Path(__file__).resolve().parents[3])
PASSWORD = "correct horse battery"
BEFORE, AFTER = "Ελαφρύ οίδημα στο μέτωπο. ", "Ερυθρότητα που υποχώρησε."
GONE = "no longer in the database"

CHILD = textwrap.dedent(
    """
    import os, sys, uuid
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, sys.argv[4])
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    app = QApplication([])
    from mesolog.domain.ids import SessionId
    from mesolog.services.clinic import Clinic
    from mesolog.ui.common.operations import ChangeBus
    from mesolog.ui.sessions.session_editor import SessionEditor
    from tests.typing_support import type_keys
    clinic = Clinic.open(sys.argv[1], actor="child")
    clinic.act_as("eleni")
    session = clinic.sessions.get(SessionId(uuid.UUID(sys.argv[3])))
    patient = clinic.patients.get(session.patient_id)
    editor = SessionEditor(clinic, ChangeBus(), patient, session=session)
    editor.show()
    notes = editor.session_form.notes

    def typed(text):
        notes.moveCursor(QTextCursor.MoveOperation.End)
        type_keys(notes, text)

        def report():
            if any(text in kept.payload for kept in clinic.editor_drafts.pending()):
                print("kept", flush=True)
            else:
                QTimer.singleShot(100, report)

        QTimer.singleShot(100, report)

    def after_the_restore():
        if os.path.exists(sys.argv[6]):
            typed(sys.argv[7])
        else:
            QTimer.singleShot(100, after_the_restore)

    typed(sys.argv[5])
    if len(sys.argv) > 6:
        QTimer.singleShot(100, after_the_restore)
    app.exec()
    """
)


class Files:
    """The database file, a backup taken before the draft, and the draft."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database = folder / "clinic.sqlite"
        self.backup = folder / "before the draft.sqlite"
        with Clinic.open(str(self.database), actor="setup") as clinic:
            clinic.accounts.create_first_admin("eleni", "Dr Eleni Markou", PASSWORD)
            clinic.act_as("eleni")
            patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
        self.patient_id: PatientId = patient.id
        backed_up = mesolog("--db", str(self.database), "backup", "-o", str(self.backup))
        assert backed_up.returncode == 0, backed_up.stderr
        with Clinic.open(str(self.database), actor="setup") as clinic:
            clinic.act_as("eleni")
            entry = SessionInput(
                performed_at=clinic.context.now() - dt.timedelta(hours=1),
                clinician="Dr Eleni Markou",
                treatments=(TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5)),),
                pre_treatment=PreTreatment(nsaids_paused_days=14, consent_confirmed=True),
            )
            self.draft: Session = clinic.sessions.create_draft(patient.id, entry)

    def restore(self) -> None:
        """`mesolog restore` of the backup from before the draft, as the admin."""
        restored = mesolog(
            *("--db", str(self.database), "restore", "--user", "eleni", "--password-stdin"),
            str(self.backup),
            stdin=f"{PASSWORD}\n".encode(),
        )
        assert restored.returncode == 0, restored.stderr

    def crash_while_typing(self, *, restored_meanwhile: bool) -> None:
        """The child types BEFORE into the draft; with `restored_meanwhile`, the backup is
        restored once that is kept and the child types AFTER too; then it is killed."""
        flag = self.folder / "restored"
        extra = [str(flag), AFTER] if restored_meanwhile else []
        command = [sys.executable, "-c", CHILD, str(self.database), str(self.folder / "child-qt")]
        with subprocess.Popen(
            [*command, str(self.draft.id), ROOT, BEFORE, *extra],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        ) as child:
            try:
                assert child.stdout is not None
                assert child.stdout.readline().strip() == "kept"
                if restored_meanwhile:
                    self.restore()
                    flag.write_text("")
                    assert child.stdout.readline().strip() == "kept"
            finally:
                child.send_signal(signal.SIGKILL)
                child.wait(timeout=30)


@pytest.fixture
def clinic_files(tmp_path: Path) -> Files:
    return Files(tmp_path)


def start(clinic_files: Files, look: Callable[[MainWindow], None]) -> None:
    """mesolog as a person starts it: log in, then `look` at the main window once it is up
    (the recovered copy offered and answered), then close it."""
    seen: list[bool] = []

    def log_in(dialog: LogInDialog) -> None:
        dialog.username.setText("eleni")
        dialog.password.setText(PASSWORD)
        dialog.ok_button.click()
        QTimer.singleShot(0, look_and_close)

    def look_and_close() -> None:
        [window] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        try:
            look(window)
            seen.append(True)
            for _ in range(200):  # the day's first backup, in the background
                if not running_jobs():
                    break
                QTest.qWait(50)
        finally:
            for editor in window.open_editors():
                editor.done(0)
            window.close()
            window.deleteLater()

    act_on_modal(LogInDialog, log_in)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert run_gui(str(clinic_files.database)) == 0
    finally:
        app.setQuitOnLastWindowClosed(True)
    assert seen == [True], "the window was never up to look at"


def answer_open(monkeypatch: pytest.MonkeyPatch, before: Callable[[], None] = lambda: None) -> None:
    """The question about the copy is answered Open (after `before`); others, Discard."""

    def question(_parent: object, title: str, *_: Any) -> QMessageBox.StandardButton:
        if title == "Unsaved session found":
            before()
            return QMessageBox.StandardButton.Open
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)


def recovered_as_new(window: MainWindow, typed: str, clinic_files: Files) -> None:
    """The window is up, one editor holds what was typed as a new session and says why; its
    Save records it as a new draft of the patient."""
    assert window.isVisible()
    [editor] = window.open_editors()
    assert editor.session_form.notes.toPlainText() == typed
    notice = editor.frame.notice.text()
    assert GONE in notice, notice
    assert editor.frame.save_button.isEnabled()
    editor.frame.save_button.click()
    [saved] = window.clinic.history.patient_history(clinic_files.patient_id).sessions
    assert saved.id != clinic_files.draft.id
    assert saved.status is SessionStatus.DRAFT
    assert saved.entry.notes == typed


def test_a_restore_while_the_start_asks_about_the_copy_opens_it_as_a_new_session(
    qtbot: QtBot, clinic_files: Files, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    clinic_files.crash_while_typing(restored_meanwhile=False)
    answer_open(monkeypatch, before=clinic_files.restore)
    start(clinic_files, lambda window: recovered_as_new(window, BEFORE, clinic_files))
    assert boxes.shown == []


def test_a_restore_while_the_draft_was_typed_opens_the_copy_as_a_new_session_saying_why(
    qtbot: QtBot, clinic_files: Files, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    clinic_files.crash_while_typing(restored_meanwhile=True)
    answer_open(monkeypatch)
    start(clinic_files, lambda window: recovered_as_new(window, BEFORE + AFTER, clinic_files))
    assert boxes.shown == []
