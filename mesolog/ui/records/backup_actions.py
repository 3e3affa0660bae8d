"""Backing up from the window: Back Up Now, and the daily copy at start.

Each runs the BackupService off the GUI thread (`run_job`). A backup cannot stop
half-way, so Back Up Now's progress dialog has no Cancel button.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mesolog.domain.errors import KnownError
from mesolog.services.backup_copies import make_folder
from mesolog.services.backups import BackupResult, DailyBackupResult
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import Job, Progress, run_job, show_status
from mesolog.ui.common.translation import shown
from mesolog.ui.records._backup_dialog import BackupDialog
from mesolog.ui.records._backup_texts import counts, not_available, size
from mesolog.ui.records._rules import uncancellable

NEVER_MS = 2**31 - 1
log = logging.getLogger(__name__)


def back_up_now(parent: QWidget, clinic: Clinic) -> Job | None:
    """Asks where (and whether to encrypt), then backs up in the background and says what
    was written: the file, its size and what it holds. None when nothing was started."""
    title = QCoreApplication.translate("BackupActions", "Back up")
    backups = clinic.backups
    if not backups.available:
        not_available(parent, title)
        return None
    try:
        default_folder = backups.folder
    except KnownError as error:
        QMessageBox.warning(parent, title, shown(error.text))
        return None
    dialog = BackupDialog(default_folder, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
    finally:
        dialog.passphrase.clear()
        dialog.repeat.clear()
        dialog.deleteLater()
    target = None if choice.folder == default_folder else choice.folder

    def work(_progress: Progress) -> BackupResult:
        if target is not None:
            make_folder(target)
        return backups.backup(target, passphrase=choice.passphrase)

    def done(result: BackupResult) -> None:
        lines = [
            QCoreApplication.translate("BackupActions", "The backup is written and checked."),
            "",
            QCoreApplication.translate("BackupActions", "File: %1").replace("%1", str(result.path)),
            QCoreApplication.translate("BackupActions", "Size: %1").replace(
                "%1", size(result.size_bytes)
            ),
            QCoreApplication.translate("BackupActions", "It holds %1.").replace(
                "%1", counts(result.patients, result.sessions)
            ),
        ]
        if result.encrypted:
            lines += [
                "",
                QCoreApplication.translate(
                    "BackupActions",
                    "It is encrypted: keep the passphrase safe; without it the backup "
                    "cannot be read.",
                ),
            ]
        QMessageBox.information(parent, title, "\n".join(lines))

    return uncancellable(
        run_job(
            parent,
            title,
            work,
            on_done=done,
            label=QCoreApplication.translate(
                "BackupActions", "Backing up the database to %1…"
            ).replace("%1", str(choice.folder)),
        )
    )


def daily_backup_at_start(parent: QWidget, clinic: Clinic) -> None:
    """The day's first start takes a `daily` copy (and prunes old ones) in the background.

    Nothing waits for it and nothing shows while it runs: its progress dialog never
    appears (a modal dialog at start would hold up the day's first patient). A copy
    written is told in the status bar of `parent`'s main window, for a few seconds.
    A failure must not block the start either, yet must not pass unseen (the status
    bar's message would vanish): it shows in a non-modal warning box
    ("daily_backup_failed") that the person reads and closes when it suits them.
    Does nothing for a database that is not an SQLite file.
    """
    if not clinic.backups.available:
        return
    title = QCoreApplication.translate("BackupActions", "Daily backup")
    backups = clinic.backups

    def work(_progress: Progress) -> DailyBackupResult:
        try:
            return backups.daily_backup_if_due()
        except KnownError:
            raise
        except Exception as error:
            log.exception("unexpected error in the daily backup")
            raise KnownError(
                QCoreApplication.translate(
                    "BackupActions", "Something went wrong inside mesolog (a bug): %1."
                ).replace("%1", type(error).__name__)
            ) from error

    def done(result: DailyBackupResult) -> None:
        if result.backup is not None:
            show_status(
                parent,
                QCoreApplication.translate("BackupActions", "Daily backup written: %1 (%2).")
                .replace("%1", result.backup.path.name)
                .replace("%2", size(result.backup.size_bytes)),
            )

    def failed(error: KnownError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            QCoreApplication.translate(
                "BackupActions",
                "Today's automatic backup could not be written:\n%1\n\nmesolog works on as "
                "usual. Solve the problem, then back up by hand (Back Up Now).",
            ).replace("%1", shown(error.text)),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("daily_backup_failed")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    job = run_job(
        parent,
        title,
        work,
        on_done=done,
        on_error=failed,
        label=QCoreApplication.translate("BackupActions", "Daily backup…"),
    )
    job.dialog.setMinimumDuration(NEVER_MS)  # restarts the timer that would show it
