"""Restore from Backup…: a backup file chosen, checked and, once the person agrees,
restored in place of the open database.

A restore checks the file first, says what it holds and asks before anything changes;
the service keeps a safety copy of the current database before replacing it. Neither
the check nor the restore can stop half-way, so their progress dialogs have no Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mesolog.domain.errors import KnownError
from mesolog.services.backups import BackupCheck, RestoreResult, WrongPassphraseError
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import run_job, show_status
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.translation import shown
from mesolog.ui.records._backup_texts import counts, not_available
from mesolog.ui.records._rules import may_administer, uncancellable
from mesolog.ui.records.passphrase_dialog import ask_passphrase


class RestoreFlow(QObject):
    """One restore: the passphrase (asked again while wrong), the check, the question,
    the restore. `finished` carries the RestoreResult, or None when nothing was restored."""

    finished = Signal(object)
    _alive: ClassVar[set[RestoreFlow]] = set()

    def __init__(self, parent: QWidget, clinic: Clinic, bus: ChangeBus, source: Path) -> None:
        super().__init__()  # held in _alive until it ends, whatever happens to the window
        self._parent = parent
        self._clinic = clinic
        self._bus = bus
        self.source = source
        self.title = self.tr("Restore from backup")
        self._passphrase: str | None = None
        self.result: RestoreResult | None = None
        self.ended = False

    def start(self) -> None:
        RestoreFlow._alive.add(self)
        try:
            encrypted = self._clinic.backups.needs_passphrase(self.source)
        except KnownError as error:
            self._refused(error, before_restoring=True)
            return
        if encrypted:
            self._ask(wrong=False)
        else:
            self._check()

    def _ask(self, *, wrong: bool) -> None:
        if not shiboken6.isValid(self._parent):  # the window was closed meanwhile
            self._end(None)
            return
        passphrase = ask_passphrase(self._parent, self.source.name, wrong=wrong)
        if passphrase is None:
            self._end(None)
            return
        self._passphrase = passphrase
        self._check()

    def _check(self) -> None:
        backups, source, passphrase = self._clinic.backups, self.source, self._passphrase
        uncancellable(
            run_job(
                self._parent,
                self.title,
                lambda _progress: backups.verify(source, passphrase=passphrase),
                on_done=self._checked,
                on_error=self._check_failed,
                label=self.tr("Checking %1…").replace("%1", source.name),
            )
        )

    def _check_failed(self, error: KnownError) -> None:
        if isinstance(error, WrongPassphraseError) and self._passphrase is not None:
            # Asked once the check's job has ended, not inside its handler.
            QTimer.singleShot(0, lambda: self._ask(wrong=True))
            return
        self._refused(error, before_restoring=True)

    def _checked(self, check: BackupCheck) -> None:
        if not shiboken6.isValid(self._parent):  # the window was closed meanwhile
            self._end(None)
            return
        if not self._confirmed(check):
            show_status(self._parent, self.tr("Nothing was restored."))
            self._end(None)
            return
        backups, source, passphrase = self._clinic.backups, self.source, self._passphrase
        uncancellable(
            run_job(
                self._parent,
                self.title,
                lambda _progress: backups.restore(source, passphrase=passphrase),
                on_done=self._restored,
                on_error=self._refused,
                label=self.tr("Restoring the database from %1…").replace("%1", source.name),
            )
        )

    def _confirmed(self, check: BackupCheck) -> bool:
        holds = (
            self.tr("%1 is a whole mesolog database: %2, schema %3.")
            .replace("%1", check.source.name)
            .replace("%2", counts(check.patients, check.sessions))
            .replace("%3", check.revision)
        )
        if check.needs_upgrade:
            holds += " " + self.tr(
                "It is of an older version; it will be upgraded as it is restored."
            )
        if check.encrypted:
            holds += " " + self.tr("It was encrypted; the passphrase opens it.")
        try:
            folder = str(self._clinic.backups.folder)
        except KnownError:
            folder = self.tr("the backup folder")
        text = "\n\n".join(
            [
                holds,
                self.tr(
                    "Restoring replaces everything in the open database with the content of "
                    "this file: patients, sessions, accounts, settings and the audit log. "
                    "Whatever was recorded after this backup was taken will be gone from it, "
                    "here and on every other workstation using the database."
                ),
                self.tr(
                    "First a safety copy of the database as it is now is kept in %1; "
                    "restoring that copy undoes this restore."
                ).replace("%1", folder),
                self.tr("Restore now?"),
            ]
        )
        answer = QMessageBox.question(
            self._owner(),
            self.title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _owner(self) -> QWidget | None:
        """The parent for message boxes, unless the window was closed meanwhile."""
        return self._parent if shiboken6.isValid(self._parent) else None

    def _restored(self, result: RestoreResult) -> None:
        if shiboken6.isValid(self._bus):
            self._bus.changed.emit()
        lines = [
            self.tr("The database was restored from %1. It holds %2.")
            .replace("%1", result.source.name)
            .replace("%2", counts(result.patients, result.sessions)),
        ]
        if result.upgraded_from:
            lines.append(
                self.tr("The backup's older schema %1 was upgraded to %2.")
                .replace("%1", result.upgraded_from)
                .replace("%2", result.revision)
            )
        lines += [
            "",
            self.tr("The database as it was before the restore is kept at:"),
            str(result.safety_copy),
            self.tr("Restore that file to undo this restore."),
        ]
        QMessageBox.information(self._owner(), self.title, "\n".join(lines))
        self._end(result)

    def _refused(self, error: KnownError, *, before_restoring: bool = False) -> None:
        text = shown(error.text)
        unchanged = self.tr("Nothing was restored; the database is as it was.")
        if before_restoring and unchanged not in text:
            text = f"{text}\n\n{unchanged}"
        QMessageBox.warning(self._owner(), self.title, text)
        self._end(None)

    def _end(self, result: RestoreResult | None) -> None:
        self._passphrase = None
        self.result = result
        self.ended = True
        RestoreFlow._alive.discard(self)
        self.finished.emit(result)


def restore_from_file(parent: QWidget, clinic: Clinic, bus: ChangeBus) -> RestoreFlow | None:
    """Admins only: asks for a backup file (and its passphrase), checks it, says what it
    holds and that a safety copy is kept, asks, restores, then tells the views (`bus`).

    Returns the flow (its `finished` carries the RestoreResult or None), or None when it
    was refused at once or no file was chosen.
    """
    title = QCoreApplication.translate("BackupActions", "Restore from backup")
    if not clinic.backups.available:
        not_available(parent, title)
        return None
    if not may_administer(clinic):
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "BackupActions",
                "Only an administrator may restore a backup: it replaces every record in "
                "the database. Log in as an administrator to restore one.",
            ),
        )
        return None
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        _start_folder(clinic),
        QCoreApplication.translate(
            "BackupActions", "mesolog backups (*.sqlite *.sqlite.enc);;All files (*)"
        ),
    )
    if not path:
        return None
    flow = RestoreFlow(parent, clinic, bus, Path(path))
    flow.start()
    return flow


def _start_folder(clinic: Clinic) -> str:
    try:
        folder = clinic.backups.folder
    except KnownError:
        return ""
    return str(folder) if folder.is_dir() else ""
