"""Back Up Now and the daily backup at start, on real database files and real backups;
the message boxes are the only things replaced."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.services.backups import BackupKind, WrongPassphraseError
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.records._backup_dialog import BackupDialog
from mesolog.ui.records.backup_actions import back_up_now, daily_backup_at_start
from tests.conftest import FixedClock
from tests.locale_support import decimal
from tests.qt_fixtures import Boxes
from tests.ui.records.backup_fixtures import PASSPHRASE, add_patient, when_shown

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def wait_for_jobs(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)


# --- Back Up Now -----------------------------------------------------------------------------


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
    assert f"Size: {decimal(f'{written.size_bytes / 1024:.1f}')} kB\n" in text


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
    [written] = drive.glob("*.sqlite.enc")
    assert len(list(drive.glob("*.anchors.jsonl"))) == 1  # the chain's anchor goes with it
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
        replace(clinic.settings.clinic(), backup_folder=str(not_a_folder)),
        read=clinic.settings.clinic(),
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
