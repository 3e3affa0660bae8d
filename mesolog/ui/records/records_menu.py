"""The Records menu: the audit log, backups, restore and encryption of the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.services.encryption import encrypt_database
from mesolog.ui.common.forms import named
from mesolog.ui.records._restore_flow import restore_from_file
from mesolog.ui.records._rules import may_administer
from mesolog.ui.records.audit_dialog import AuditDialog
from mesolog.ui.records.backup_actions import back_up_now

if TYPE_CHECKING:
    from mesolog.ui.window.main_window import MainWindow

PASSPHRASE_MIN = 8


class RecordsMenu(QObject):
    """Builds the menu on `window` and runs its actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        clinic = window.clinic
        admin = may_administer(clinic)
        self.audit_action = self._action(self.tr("&Audit Log…"), "audit_action", self.show_audit)
        self.backup_action = self._action(
            self.tr("&Back Up Now…"), "backup_action", self.back_up_now
        )
        self.restore_action = self._action(
            self.tr("&Restore from Backup…"), "restore_action", self.restore
        )
        self.encrypt_action = self._action(
            self.tr("&Encrypt Database…"), "encrypt_action", self.encrypt
        )
        available = clinic.backups.available
        self.audit_action.setEnabled(admin)
        self.backup_action.setEnabled(available)
        self.restore_action.setEnabled(available and admin)
        self.encrypt_action.setVisible(available and not clinic.context.db.encrypted)
        self.encrypt_action.setEnabled(admin)
        self.menu = QMenu(self.tr("&Records"), window)
        self.menu.setObjectName("records_menu")
        for action in (self.audit_action, None, self.backup_action, self.restore_action, None):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.menu.addAction(self.encrypt_action)

    def _action(self, text: str, name: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def show_audit(self) -> None:
        dialog = AuditDialog(self._window.clinic, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def back_up_now(self) -> None:
        back_up_now(self._window, self._window.clinic)

    def _editors_closed(self, title: str) -> bool:
        if not self._window.open_editors():
            return True
        QMessageBox.warning(
            self._window,
            title,
            self.tr("Save or close the open session editors first."),
        )
        return False

    def restore(self) -> None:
        if not self._editors_closed(self.tr("Restore from backup")):
            return
        flow = restore_from_file(self._window, self._window.clinic, self._window.bus)
        if flow is not None:
            flow.finished.connect(self._restored)

    def _restored(self, result: object) -> None:
        if result is not None:
            self._window.after_restore()

    def encrypt(self) -> None:
        window = self._window
        title = self.tr("Encrypt database")
        if not self._editors_closed(title):
            return
        dialog = EncryptDialog(window.clinic.location, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase.text()
        dialog.passphrase.clear()
        dialog.again.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = encrypt_database(window.clinic, passphrase)
        except KnownError as error:
            # Nothing was changed; the clinic reconnects on its next use.
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(window, title, str(error))
            return
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.information(
            window,
            title,
            self.tr(
                "The database is now encrypted. mesolog closes: start it again and give the "
                "passphrase.\n\nThe database as it was, NOT encrypted, is kept at:\n%1\n"
                "Delete that file securely once the encrypted database opens."
            ).replace("%1", str(result.plain_copy)),
        )
        window.close()


class EncryptDialog(QDialog):
    """The passphrase, twice, with what encrypting means."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encrypt_dialog")
        self.setWindowTitle(self.tr("Encrypt database"))
        self.setMinimumWidth(520)
        explanation = QLabel(
            self.tr(
                "The database %1 will be encrypted (SQLCipher). From then on mesolog asks for "
                "this passphrase at every start, and its backups are encrypted with it too. "
                "Without the passphrase nobody, including you, can read the records: keep it "
                "safe.\n\nClose mesolog on every other workstation first; mesolog closes when "
                "it is done."
            ).replace("%1", location),
            self,
        )
        explanation.setWordWrap(True)
        self.passphrase = named(QLineEdit(self), "passphrase", self.tr("Passphrase"))
        self.again = named(QLineEdit(self), "passphrase_again", self.tr("Passphrase again"))
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = named(QLabel(self), "encrypt_error", self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase a&gain:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Encrypt"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        text = self.passphrase.text()
        if len(text) < PASSPHRASE_MIN:
            problem = self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(PASSPHRASE_MIN)
            )
        elif text != self.again.text():
            problem = self.tr("Type the same passphrase twice; these two differ.")
        else:
            self.accept()
            return
        self.error.setText(problem)
        self.error.show()
        self.passphrase.setFocus()
