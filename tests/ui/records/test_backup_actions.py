"""Back Up Now, Restore and the daily backup at start, on real database files and real
backups; the file dialogs and the message boxes are the only things replaced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Role
from mesolog.domain.records import PatientInput
from mesolog.services.backups import BackupKind, WrongPassphraseError
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.records.backup_actions import (
    BackupDialog,
    RestoreFlow,
    back_up_now,
    daily_backup_at_start,
    restore_from_file,
)
from mesolog.ui.records.passphrase_dialog import PassphraseDialog
from tests.conftest import FixedClock
from tests.qt_fixtures import Boxes

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASSPHRASE = "Ωραία μέρα για αντίγραφα"
PASSWORD = "a long enough password"


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


def add_patient(clinic: Clinic, family: str) -> None:
    clinic.patients.create(PatientInput(family, "Άννα", dt.date(1980, 1, 1)))


def families(clinic: Clinic) -> set[str]:
    return {p.family_name for p in clinic.patients.search("", limit=None)}


def when_shown(kind: type[QDialog], act: Callable[[Any], None], *, then: Any = None) -> list[str]:
    """Acts on the modal dialog of `kind` once it is up (exec() blocks until it closes);
    gives up after 10 s, leaving a note for the test to find."""
    failures: list[str] = []
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
            if then is not None:
                then()
        elif tries[0] < 1000:
            tries[0] += 1
            QTimer.singleShot(10, poll)
        else:
            failures.append(f"no {kind.__name__} was shown")

    QTimer.singleShot(0, poll)
    return failures


def answer_passphrases(answers: list[str | None]) -> list[bool]:
    """Types each answer into the next passphrase dialog (None: Cancel); returns, for each
    dialog shown, whether it said that the last passphrase was wrong."""
    said_wrong: list[bool] = []
    pending = list(answers)

    def answer(dialog: PassphraseDialog) -> None:
        said_wrong.append(not dialog.error.isHidden())
        typed = pending.pop(0)
        if typed is None:
            dialog.reject()
        else:
            dialog.passphrase.setText(typed)
            dialog.ok_button.click()
        if pending:
            when_shown(PassphraseDialog, answer)

    when_shown(PassphraseDialog, answer)
    return said_wrong


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """QFileDialog.getOpenFileName answers `path` (None: cancelled); returns the titles asked."""
    asked: list[str] = []

    def answer(_parent: object, title: str, *_: object) -> tuple[str, str]:
        asked.append(title)
        return (str(path) if path is not None else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return asked


def answer_question(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    """QMessageBox.question answers `answer`; returns the texts asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> Any:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def finish_flow(qtbot: QtBot, flow: RestoreFlow | None) -> None:
    assert flow is not None
    qtbot.waitUntil(lambda: flow.ended and not running_jobs(), timeout=30_000)


def wait_for_jobs(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)


def before_restore_copies(clinic: Clinic) -> list[Path]:
    return [f.path for f in clinic.backups.backups() if f.kind is BackupKind.BEFORE_RESTORE]


# --- Back Up Now ------------------------------------------------------------------------------


def test_back_up_now_writes_a_checked_copy_and_says_what_it_holds(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, boxes: Boxes, db_path: Path
) -> None:
    add_patient(clinic, "Καρμίρης")
    add_patient(clinic, "Νικολάου")
    shown_folder: list[str] = []

    def accept(dialog: BackupDialog) -> None:
        shown_folder.append(dialog.folder.text())
        dialog.back_up_button.click()

    failures = when_shown(BackupDialog, accept)
    job = back_up_now(job_host, clinic)
    assert job is not None and failures == []
    wait_for_jobs(qtbot)
    assert shown_folder == [str(db_path.parent / "backups")]
    [written] = clinic.backups.backups()
    assert written.kind is BackupKind.MANUAL and not written.encrypted
    assert written.path.parent == db_path.parent / "backups"
    check = clinic.backups.verify(written.path)
    assert (check.patients, check.encrypted) == (2, False)
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("information", "Back up")
    assert f"File: {written.path}\n" in text
    assert "It holds 2 patient(s) and 0 session(s)." in text
    assert f"Size: {written.size_bytes / 1024:.1f} kB\n" in text


def test_an_encrypted_backup_needs_the_passphrase_twice_and_goes_to_a_new_folder(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    add_patient(clinic, "Καρμίρης")
    drive = tmp_path / "usb drive" / "mesolog"
    errors: list[dict[str, str]] = []

    def fill(dialog: BackupDialog) -> None:
        dialog.folder.setText(str(drive))
        dialog.encrypt.setChecked(True)
        dialog.back_up_button.click()  # no passphrase yet
        errors.append(dialog.errors_shown())
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE[:-1])
        dialog.back_up_button.click()  # typed differently
        errors.append(dialog.errors_shown())
        assert dialog.isVisible()
        dialog.repeat.setText(PASSPHRASE)
        dialog.back_up_button.click()

    failures = when_shown(BackupDialog, fill)
    assert back_up_now(job_host, clinic) is not None
    wait_for_jobs(qtbot)
    assert failures == []
    assert errors == [
        {"passphrase": "Type a passphrase, or untick encryption"},
        {"repeat": "Type the same passphrase twice; these two differ"},
    ]
    [written] = list(drive.iterdir())
    assert written.name.endswith(".sqlite.enc")
    assert clinic.backups.needs_passphrase(written)
    assert clinic.backups.verify(written, passphrase=PASSPHRASE).patients == 1
    with pytest.raises(WrongPassphraseError):
        clinic.backups.verify(written, passphrase="not it")
    [(kind, _, text)] = boxes.shown
    assert kind == "information"
    assert f"File: {written}" in text
    assert "without it the backup cannot be read" in text


def test_cancelling_the_backup_dialog_writes_nothing(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, boxes: Boxes
) -> None:
    failures = when_shown(BackupDialog, lambda dialog: dialog.reject())
    assert back_up_now(job_host, clinic) is None
    assert failures == []
    assert clinic.backups.backups() == ()
    assert boxes.shown == []


# --- Restore ----------------------------------------------------------------------------------


def test_a_restore_round_trip_brings_the_backup_back_and_keeps_a_safety_copy(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    clock: FixedClock,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup()
    clock.advance(hours=1)
    add_patient(clinic, "Νικολάου")
    choose_file(monkeypatch, backup.path)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    changes: list[bool] = []
    bus.changed.connect(lambda: changes.append(True))

    flow = restore_from_file(job_host, clinic, bus)
    finish_flow(qtbot, flow)
    assert flow is not None and flow.result is not None

    assert families(clinic) == {"Καρμίρης"}
    assert changes == [True]
    [question] = questions
    assert question.startswith(
        f"{backup.path.name} is a whole mesolog database: 1 patient(s) and 0 session(s)"
    )
    assert "First a safety copy of the database as it is now is kept in" in question
    [safety] = before_restore_copies(clinic)
    assert safety == flow.result.safety_copy
    assert clinic.backups.verify(safety).patients == 2  # the database as it was
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("information", "Restore from backup")
    assert f"kept at:\n{safety}\n" in text
    assert clinic.audit.entries(limit=1)[0].action == "restore"


def test_declining_the_question_restores_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup()
    add_patient(clinic, "Νικολάου")
    choose_file(monkeypatch, backup.path)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    flow = restore_from_file(job_host, clinic, bus)
    finish_flow(qtbot, flow)
    assert len(questions) == 1
    assert families(clinic) == {"Καρμίρης", "Νικολάου"}
    assert before_restore_copies(clinic) == []
    assert boxes.shown == []
    assert job_host.statusBar().currentMessage() == "Nothing was restored."


def test_a_wrong_passphrase_asks_again_and_changes_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup(passphrase=PASSPHRASE)
    add_patient(clinic, "Νικολάου")
    choose_file(monkeypatch, backup.path)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)

    said_wrong = answer_passphrases(["not the passphrase", None])
    finish_flow(qtbot, restore_from_file(job_host, clinic, bus))
    assert said_wrong == [False, True]
    assert questions == []
    assert families(clinic) == {"Καρμίρης", "Νικολάου"}
    assert before_restore_copies(clinic) == []
    assert boxes.shown == []

    said_wrong = answer_passphrases(["Ωραία μέρα", PASSPHRASE])
    flow = restore_from_file(job_host, clinic, bus)
    finish_flow(qtbot, flow)
    assert said_wrong == [False, True]
    assert flow is not None and flow.result is not None and flow.result.encrypted
    assert "It was encrypted; the passphrase opens it." in questions[0]
    assert families(clinic) == {"Καρμίρης"}
    assert len(before_restore_copies(clinic)) == 1


def test_a_damaged_file_is_refused_before_anything_changes(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    tmp_path: Path,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(backup.path.read_bytes())
    damaged.write_bytes(bytes(data[: len(data) // 2]))
    choose_file(monkeypatch, damaged)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    flow = restore_from_file(job_host, clinic, bus)
    finish_flow(qtbot, flow)
    assert questions == []
    [(kind, _, text)] = boxes.shown
    assert kind == "warning"
    assert "Nothing was restored; the database is as it was." in text
    assert families(clinic) == {"Καρμίρης"}
    assert before_restore_copies(clinic) == []


def test_only_an_administrator_may_restore(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup()
    clinic.accounts.create_first_admin("eleni", "Dr Eleni Markou", PASSWORD)
    clinic.act_as("eleni")
    clinic.accounts.add("maria", "Maria", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")
    asked = choose_file(monkeypatch, backup.path)
    assert restore_from_file(job_host, clinic, bus) is None
    assert asked == []
    [(kind, _, text)] = boxes.shown
    assert kind == "warning"
    assert text.startswith("Only an administrator may restore a backup")

    nobody = Clinic(clinic.context.db, actor="someone")  # accounts exist, nobody logged in
    assert restore_from_file(job_host, nobody, bus) is None
    assert asked == [] and len(boxes.shown) == 2

    clinic.act_as("eleni")
    choose_file(monkeypatch, None)
    assert restore_from_file(job_host, clinic, bus) is None  # allowed; no file chosen


# --- the daily backup at start ----------------------------------------------------------------


def test_the_daily_backup_at_start_writes_one_file_a_day(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, boxes: Boxes, clock: FixedClock
) -> None:
    add_patient(clinic, "Καρμίρης")
    daily_backup_at_start(job_host, clinic)
    wait_for_jobs(qtbot)
    [first] = clinic.backups.backups()
    assert first.kind is BackupKind.DAILY
    status = job_host.statusBar()
    assert status.currentMessage().startswith(f"Daily backup written: {first.path.name} (")

    status.clearMessage()
    clock.advance(hours=3)
    daily_backup_at_start(job_host, clinic)
    wait_for_jobs(qtbot)
    assert clinic.backups.backups() == (first,)
    assert status.currentMessage() == ""

    clock.advance(days=1)
    daily_backup_at_start(job_host, clinic)
    wait_for_jobs(qtbot)
    assert [f.kind for f in clinic.backups.backups()] == [BackupKind.DAILY] * 2
    assert boxes.shown == []


def test_a_failed_daily_backup_is_shown_without_blocking_the_start(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "backups-file"
    not_a_folder.write_text("a file where the folder should be")
    clinic.settings.update_clinic(
        replace(clinic.settings.clinic(), backup_folder=str(not_a_folder))
    )
    job_host.show()
    daily_backup_at_start(job_host, clinic)
    wait_for_jobs(qtbot)
    box = job_host.findChild(QMessageBox, "daily_backup_failed")
    assert box is not None and box.isVisible()
    assert not box.isModal()
    assert QApplication.activeModalWidget() is None
    assert box.text().startswith("Today's automatic backup could not be written:\n")
    assert str(not_a_folder) in box.text()
    assert boxes.shown == []
    box.close()
