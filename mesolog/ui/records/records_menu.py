"""The Records menu: the audit log, recall, backups, restore and encryption of the database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.translation import shown
from mesolog.ui.common.wait_cursor import busy
from mesolog.ui.reactions.reactions_dialog import ReactionsDialog, may_read_rates
from mesolog.ui.recall.recall_window import may_recall, open_recall
from mesolog.ui.records._rules import may_administer


class RecordsHost(Protocol):
    """What the Records menu needs of the window it sits in."""

    @property
    def clinic(self) -> Clinic: ...

    @property
    def bus(self) -> ChangeBus: ...

    def window(self) -> QWidget:
        """The window itself: parent of the menu, its actions and its dialogs."""
        ...

    def open_editors(self) -> Sequence[object]:
        """The session editors open in the window (none may be open while the whole
        database is replaced)."""
        ...

    def after_restore(self) -> None:
        """Shows the restored database (the views read it again)."""
        ...


class RecordsMenu(QObject):
    """Builds the menu on `host`'s window and runs its actions."""

    def __init__(self, host: RecordsHost) -> None:
        window = host.window()
        super().__init__(window)
        self._host = host
        self._window = window
        self.audit_action = self._action(self.tr("&Audit Log…"), "audit_action", self.show_audit)
        self.reactions_action = self._action(
            self.tr("Reac&tions…"), "reactions_action", self.show_reactions
        )
        self.recall_action = self._action(self.tr("Re&call…"), "recall_action", self.show_recall)
        self.backup_action = self._action(
            self.tr("&Back Up Now…"), "backup_action", self.back_up_now
        )
        self.restore_action = self._action(
            self.tr("&Restore from Backup…"), "restore_action", self.restore
        )
        self.encrypt_action = self._action(
            self.tr("&Encrypt Database…"), "encrypt_action", self.encrypt
        )
        self.enable_for_account()
        self.menu = QMenu(self.tr("&Records"), window)
        self.menu.setObjectName("records_menu")
        for action in (
            self.audit_action,
            self.recall_action,
            self.reactions_action,
            None,
            self.backup_action,
            self.restore_action,
            None,
        ):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.menu.addAction(self.encrypt_action)

    def enable_for_account(self) -> None:
        """What the logged-in account's role allows (again after Switch User)."""
        clinic = self._host.clinic
        admin = may_administer(clinic)
        # A server's database: the actions say where it is backed up and restored.
        available = clinic.backups.available or clinic.context.db.backend == "postgresql"
        self.audit_action.setEnabled(admin)
        self.reactions_action.setEnabled(may_read_rates(clinic))
        self.recall_action.setEnabled(may_recall(clinic))
        self.backup_action.setEnabled(available)
        self.restore_action.setEnabled(available and admin)
        self.encrypt_action.setVisible(clinic.backups.available and not clinic.context.db.encrypted)
        self.encrypt_action.setEnabled(admin)

    def _action(self, text: str, name: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # Each tool's module is imported when first used: the window starts without them.

    def show_audit(self) -> None:
        from mesolog.ui.records.audit_dialog import AuditDialog

        dialog = AuditDialog(self._host.clinic, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_recall(self) -> None:
        open_recall(self._host.clinic, self._window)

    def show_reactions(self) -> None:
        dialog = ReactionsDialog(self._host.clinic, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def back_up_now(self) -> None:
        from mesolog.ui.records.backup_actions import back_up_now

        back_up_now(self._window, self._host.clinic)

    def _editors_closed(self, title: str) -> bool:
        if not self._host.open_editors():
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
        from mesolog.ui.records._restore_flow import restore_from_file

        flow = restore_from_file(self._window, self._host.clinic, self._host.bus)
        if flow is not None:
            flow.finished.connect(self._restored)

    def _restored(self, result: object) -> None:
        if result is not None:
            self._host.after_restore()

    def encrypt(self) -> None:
        from mesolog.services.encryption import encrypt_database
        from mesolog.ui.records._encrypt_dialog import EncryptDialog

        window = self._window
        title = self.tr("Encrypt database")
        if not self._editors_closed(title):
            return
        dialog = EncryptDialog(self._host.clinic.location, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase.text()
        dialog.passphrase.clear()
        dialog.again.clear()
        try:
            with busy():
                result = encrypt_database(self._host.clinic, passphrase)
        except KnownError as error:
            # Nothing was changed; the clinic reconnects on its next use.
            QMessageBox.warning(window, title, shown(error.text))
            return
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
