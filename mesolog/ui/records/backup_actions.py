"""Backups from the window: Back Up Now, Restore from a file, and the daily copy at start.

Each runs the BackupService off the GUI thread (`run_job`). A backup and a restore
cannot stop half-way, so their progress dialogs have no Cancel button. A restore
checks the file first, says what it holds and asks before anything changes; the
service keeps a safety copy of the current database before replacing it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError, Violation
from mesolog.services.backups import (
    BackupCheck,
    BackupResult,
    DailyBackupResult,
    RestoreResult,
    WrongPassphraseError,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.jobs import Job, Progress, run_job, show_status
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.records._rules import may_administer, uncancellable
from mesolog.ui.records.passphrase_dialog import ask_passphrase

CONTEXT = "BackupActions"
NEVER_MS = 2**31 - 1
log = logging.getLogger(__name__)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def _not_available(parent: QWidget, title: str) -> None:
    QMessageBox.information(
        parent,
        title,
        _tr(
            "This database is not an SQLite file on this computer: mesolog backs up and "
            "restores SQLite files only. Use the database server's own backup tools (for "
            "PostgreSQL, pg_dump and pg_restore)."
        ),
    )


def _size(size_bytes: int) -> str:
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def _counts(patients: int, sessions: int) -> str:
    return (
        _tr("%1 and %2")
        .replace("%1", _tr("%Ln patient(s)", patients))
        .replace("%2", _tr("%Ln session(s)", sessions))
    )


# --- Back Up Now --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupChoice:
    folder: Path
    passphrase: str | None
    """None: a plain copy."""


class BackupDialog(QDialog):
    """Where the backup goes, and whether it is encrypted (passphrase typed twice)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Back up the database"))
        self._errors = FieldErrors(self)
        intro = QLabel(
            self.tr(
                "A copy of the whole database, checked before it counts. Work can go on "
                "meanwhile, here and on other workstations."
            ),
            self,
        )
        intro.setObjectName("backup_intro")
        intro.setWordWrap(True)
        self.folder = named(QLineEdit(self), "folder", self.tr("Backup folder"))
        self.folder.setText(str(folder))
        self.folder.setMinimumWidth(360)
        self.browse = named(
            QPushButton(self.tr("Bro&wse…"), self), "browse", self.tr("Choose the backup folder")
        )
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose_folder)
        self.encrypt = named(
            QCheckBox(self.tr("&Encrypt the backup with a passphrase"), self),
            "encrypt",
            self.tr("Encrypt the backup"),
        )
        self.passphrase = named(QLineEdit(self), "passphrase", self.tr("Passphrase"))
        self.repeat = named(QLineEdit(self), "repeat", self.tr("Passphrase again"))
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.warning = QLabel(
            self.tr(
                "Nobody can read an encrypted backup without its passphrase, not even with "
                "mesolog: a lost passphrase means a lost backup. Write it down and keep it "
                "apart from the backup drive."
            ),
            self,
        )
        self.warning.setObjectName("passphrase_warning")
        self.warning.setWordWrap(True)
        self.warning.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.encrypt.toggled.connect(self._encryption_toggled)
        self._encryption_toggled(False)

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("buttons")
        self.back_up_button = buttons.addButton(
            self.tr("&Back Up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_up_button.setObjectName("back_up")
        self.back_up_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(intro)
        self._add(form, self.tr("&Folder:"), folder_row, self.folder)
        form.addRow("", self.encrypt)
        self._add(form, self.tr("&Passphrase:"), self.passphrase, self.passphrase)
        self._add(form, self.tr("&Repeat:"), self.repeat, self.repeat)
        form.addRow("", self.warning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # room the wrapped text leaves goes above the buttons
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def _add(
        self, form: QFormLayout, caption: str, field: QWidget | QHBoxLayout, buddy: QWidget
    ) -> None:
        """A captioned field with its error label right under it (no space while hidden)."""
        label = QLabel(caption, self)
        label.setBuddy(buddy)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        column.addWidget(self._errors.label_for(buddy.objectName()))
        form.addRow(label, column)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _encryption_toggled(self, on: bool) -> None:
        for field in (self.passphrase, self.repeat):
            field.setEnabled(on)
            if not on:
                field.clear()
        if on:
            self.passphrase.setFocus()

    def problems(self) -> list[Violation]:
        found = []
        if not self.folder.text().strip():
            found.append(Violation("folder", "", "choose a folder for the backup"))
        if self.encrypt.isChecked():
            typed = self.passphrase.text()
            if not typed.strip():
                found.append(Violation("passphrase", "", "type a passphrase, or untick encryption"))
            elif self.repeat.text() != typed:
                found.append(
                    Violation("repeat", "", "type the same passphrase twice; these two differ")
                )
        return found

    def accept(self) -> None:
        self._errors.clear()
        problems = self.problems()
        if problems:
            self._errors.show(problems)
            field = {"folder": self.folder, "passphrase": self.passphrase}.get(
                problems[0].field, self.repeat
            )
            field.setFocus()
            return
        super().accept()

    def errors_shown(self) -> dict[str, str]:
        return self._errors.visible()

    def choice(self) -> BackupChoice:
        return BackupChoice(
            Path(self.folder.text().strip()).expanduser(),
            self.passphrase.text() if self.encrypt.isChecked() else None,
        )


def back_up_now(parent: QWidget, clinic: Clinic) -> Job | None:
    """Asks where (and whether to encrypt), then backs up in the background and says what
    was written: the file, its size and what it holds. None when nothing was started."""
    title = _tr("Back up")
    backups = clinic.backups
    if not backups.available:
        _not_available(parent, title)
        return None
    try:
        default_folder = backups.folder
    except KnownError as error:
        QMessageBox.warning(parent, title, str(error))
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
            _make_folder(target)
        return backups.backup(target, passphrase=choice.passphrase)

    def done(result: BackupResult) -> None:
        lines = [
            _tr("The backup is written and checked."),
            "",
            _tr("File: %1").replace("%1", str(result.path)),
            _tr("Size: %1").replace("%1", _size(result.size_bytes)),
            _tr("It holds %1.").replace("%1", _counts(result.patients, result.sessions)),
        ]
        if result.encrypted:
            lines += [
                "",
                _tr(
                    "It is encrypted: keep the passphrase safe; without it the backup "
                    "cannot be read."
                ),
            ]
        QMessageBox.information(parent, title, "\n".join(lines))

    return uncancellable(
        run_job(
            parent,
            title,
            work,
            on_done=done,
            label=_tr("Backing up the database to %1…").replace("%1", str(choice.folder)),
        )
    )


def _make_folder(folder: Path) -> None:
    """The chosen folder, made if need be (the service takes a missing folder for a file)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KnownError(
            f"Cannot create the backup folder {folder}: {error.strerror or error}. "
            "No backup was written; choose another folder or drive."
        ) from error


# --- Restore ------------------------------------------------------------------------------


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
        self.title = _tr("Restore from backup")
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
                label=_tr("Checking %1…").replace("%1", source.name),
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
            show_status(self._parent, _tr("Nothing was restored."))
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
                label=_tr("Restoring the database from %1…").replace("%1", source.name),
            )
        )

    def _confirmed(self, check: BackupCheck) -> bool:
        holds = (
            _tr("%1 is a whole mesolog database: %2, schema %3.")
            .replace("%1", check.source.name)
            .replace("%2", _counts(check.patients, check.sessions))
            .replace("%3", check.revision)
        )
        if check.needs_upgrade:
            holds += " " + _tr("It is of an older version; it will be upgraded as it is restored.")
        if check.encrypted:
            holds += " " + _tr("It was encrypted; the passphrase opens it.")
        try:
            folder = str(self._clinic.backups.folder)
        except KnownError:
            folder = _tr("the backup folder")
        text = "\n\n".join(
            [
                holds,
                _tr(
                    "Restoring replaces everything in the open database with the content of "
                    "this file: patients, sessions, accounts, settings and the audit log. "
                    "Whatever was recorded after this backup was taken will be gone from it, "
                    "here and on every other workstation using the database."
                ),
                _tr(
                    "First a safety copy of the database as it is now is kept in %1; "
                    "restoring that copy undoes this restore."
                ).replace("%1", folder),
                _tr("Restore now?"),
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
            _tr("The database was restored from %1. It holds %2.")
            .replace("%1", result.source.name)
            .replace("%2", _counts(result.patients, result.sessions)),
        ]
        if result.upgraded_from:
            lines.append(
                _tr("The backup's older schema %1 was upgraded to %2.")
                .replace("%1", result.upgraded_from)
                .replace("%2", result.revision)
            )
        lines += [
            "",
            _tr("The database as it was before the restore is kept at:"),
            str(result.safety_copy),
            _tr("Restore that file to undo this restore."),
        ]
        QMessageBox.information(self._owner(), self.title, "\n".join(lines))
        self._end(result)

    def _refused(self, error: KnownError, *, before_restoring: bool = False) -> None:
        text = str(error)
        unchanged = _tr("Nothing was restored; the database is as it was.")
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
    title = _tr("Restore from backup")
    if not clinic.backups.available:
        _not_available(parent, title)
        return None
    if not may_administer(clinic):
        QMessageBox.warning(
            parent,
            title,
            _tr(
                "Only an administrator may restore a backup: it replaces every record in "
                "the database. Log in as an administrator to restore one."
            ),
        )
        return None
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        _start_folder(clinic),
        _tr("mesolog backups (*.sqlite *.sqlite.enc);;All files (*)"),
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


# --- the daily copy at start -----------------------------------------------------------------


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
    title = _tr("Daily backup")
    backups = clinic.backups

    def work(_progress: Progress) -> DailyBackupResult:
        try:
            return backups.daily_backup_if_due()
        except KnownError:
            raise
        except Exception as error:
            log.exception("unexpected error in the daily backup")
            raise KnownError(
                f"Something went wrong inside mesolog (a bug): {type(error).__name__}."
            ) from error

    def done(result: DailyBackupResult) -> None:
        if result.backup is not None:
            show_status(
                parent,
                _tr("Daily backup written: %1 (%2).")
                .replace("%1", result.backup.path.name)
                .replace("%2", _size(result.backup.size_bytes)),
            )

    def failed(error: KnownError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            _tr(
                "Today's automatic backup could not be written:\n%1\n\nmesolog works on as "
                "usual. Solve the problem, then back up by hand (Back Up Now)."
            ).replace("%1", str(error)),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("daily_backup_failed")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    job = run_job(parent, title, work, on_done=done, on_error=failed, label=_tr("Daily backup…"))
    job.dialog.setMinimumDuration(NEVER_MS)  # restarts the timer that would show it
