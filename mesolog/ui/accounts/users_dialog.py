"""The accounts of the clinic, for an admin: add one, set a new password, disable or
enable one, unlock one locked by failed log-ins. Every change is audited by the service.

Disabling an administrator that leaves a single one able to log in asks first: should
that account be locked or its password forgotten, only whoever holds the database file
can recover it (`mesolog user unlock --as-file-owner`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.accounts import Account, Permission
from mesolog.domain.errors import KnownError
from mesolog.services.accounts import sole_admin_after_disabling
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.first_account_dialog import AccountDialog
from mesolog.ui.accounts.password_dialog import ResetPasswordDialog
from mesolog.ui.common.forms import ERROR_STYLE, action_button, named
from mesolog.ui.common.labels import role_label
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.common.translation import shown
from mesolog.ui.common.wait_cursor import busy

DEFAULT_SIZE = (760, 420)
COLUMNS = ("username", "name", "role", "active", "locked")


class UsersDialog(QDialog):
    """The table of accounts and what an admin does with the selected one."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Users"))
        self._clinic = clinic
        self.accounts: list[Account] = []
        self._build()
        self.refresh()
        resize_within_screen(self, *DEFAULT_SIZE)

    def _build(self) -> None:
        self.table = named(QTableWidget(0, len(COLUMNS), self), "accounts", self.tr("Accounts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Username"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Locked"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = action_button(self, self.tr("&Add…"), "add", self.add_account)
        self.reset_button = action_button(
            self, self.tr("&Reset Password…"), "reset_password", self.reset_password
        )
        self.enable_button = action_button(self, self.tr("&Disable"), "disable", self.toggle_active)
        self.unlock_button = action_button(self, self.tr("Un&lock"), "unlock", self.unlock)
        side = QVBoxLayout()
        for button in (self.add_button, self.reset_button, self.enable_button, self.unlock_button):
            side.addWidget(button)
        side.addStretch(1)

        self.message = named(QLabel(self), "message", self.tr("What happened"))
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("buttons")
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # the table

    def refresh(self, select: str | None = None) -> None:
        """Reads the accounts again; keeps (or moves to) the selected username."""
        keep = select or self.selected_username()
        try:
            self.accounts = self._clinic.accounts.overview()
        except KnownError as error:
            self._say(shown(error.text), error=True)
            return
        yes, no = self.tr("Yes"), self.tr("No")
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            you = account.username == self._own_username()
            cells = (
                account.username + (self.tr(" (you)") if you else ""),
                account.name,
                role_label(account.role),
                yes if account.active else no,
                yes if account.locked else no,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.username)
                self.table.setItem(row, column, item)
        index = next((i for i, a in enumerate(self.accounts) if a.username == keep), 0)
        if self.accounts:
            self.table.selectRow(index)
        self._update_buttons()

    def _own_username(self) -> str:
        account = self._clinic.account
        return account.username if account is not None else ""

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.accounts[rows[0].row()]

    def selected_username(self) -> str | None:
        account = self.selected()
        return account.username if account is not None else None

    def select(self, username: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        account = self.selected()
        own = account is not None and account.username == self._own_username()
        self.reset_button.setEnabled(account is not None)
        self.enable_button.setEnabled(account is not None and not own)
        self.enable_button.setToolTip(
            self.tr("An admin cannot disable their own account.") if own else ""
        )
        active = account is None or account.active
        self.enable_button.setText(self.tr("&Disable") if active else self.tr("&Enable"))
        self.enable_button.setAccessibleName(self.tr("Disable") if active else self.tr("Enable"))
        self.unlock_button.setEnabled(account is not None and account.locked)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # what an admin does

    def add_account(self) -> Account | None:
        dialog = AccountDialog(
            self._clinic,
            self,
            title=self.tr("Add an account"),
            ok_text=self.tr("&Add"),
            with_role=True,
        )
        dialog.setObjectName("add_account_dialog")
        if not dialog.exec() or dialog.created is None:
            return None
        created = dialog.created
        self.refresh(select=created.username)
        self._say(
            self.tr("Added %1 (%2), %3.")
            .replace("%1", created.username)
            .replace("%2", created.name)
            .replace("%3", role_label(created.role).lower())
        )
        return created

    def reset_password(self) -> None:
        username = self.selected_username()
        if username is None:
            return
        dialog = ResetPasswordDialog(self._clinic, username, self)
        if dialog.exec():
            self._say(self.tr("%1 has a new password.").replace("%1", username))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active:
            if not self._may_leave_one_admin(account):
                return
            self._change(
                lambda: self._clinic.accounts.disable(account.username),
                self.tr("%1 is disabled: it cannot log in until it is enabled again."),
            )
        else:
            self._change(
                lambda: self._clinic.accounts.enable(account.username),
                self.tr("%1 is enabled again."),
            )

    def _may_leave_one_admin(self, account: Account) -> bool:
        """Asks before disabling an administrator leaves a single one able to log in."""
        sole = sole_admin_after_disabling(self.accounts, account.username)
        if sole is None:
            return True
        text = "\n\n".join(
            [
                self.tr(
                    "After this, %1 is the only administrator who can log in. If that "
                    "account is locked by failed log-ins or its password is forgotten, no "
                    "one can manage accounts, settings or restores, except whoever holds "
                    "the database file, with the command:"
                ).replace("%1", sole),
                f"mesolog user unlock --as-file-owner {sole}",
                self.tr("Keep a second administrator to have another way back."),
                self.tr("Disable %1 anyway?").replace("%1", account.username),
            ]
        )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Disable an administrator"), text)
        box.setParent(self, box.windowFlags())
        box.setObjectName("last_admin_question")
        disable = box.addButton(
            self.tr("Disable %1").replace("%1", account.username),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(self.tr("Keep it enabled"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is disable

    def unlock(self) -> None:
        account = self.selected()
        if account is not None:
            self._change(
                lambda: self._clinic.accounts.unlock(account.username),
                self.tr("%1 is unlocked: its failed log-ins count from zero again."),
            )

    def _change(self, change: Callable[[], Account], done: str) -> None:
        try:
            with busy():
                changed = change()
        except KnownError as error:
            self.refresh()
            self._say(shown(error.text), error=True)
            return
        self.refresh(select=changed.username)
        self._say(done.replace("%1", changed.username))


def may_manage_users(clinic: Clinic) -> bool:
    account = clinic.account
    return account is not None and account.may(Permission.ADMINISTER)
