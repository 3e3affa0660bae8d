"""Logging in at the start: a username and a password, checked by the accounts service
(which slows down and then locks an account after failed tries, and audits each one)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from mesolog.domain.accounts import Account
from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.password_dialog import AccountForm, password_field, self_tr
from mesolog.ui.common.forms import named
from mesolog.ui.settings.settings_dialog import workstation_settings

LAST_USERNAME_KEY = "account/last_username"
"""The username last logged in on this workstation, offered the next time."""


class LogInDialog(AccountForm):
    """Logs `clinic` in; `account` is who logged in. A refusal is shown here, the password
    field is emptied and has the focus again."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent, self_tr("mesolog — log in"), self_tr("&Log in"))
        self.setObjectName("log_in_dialog")
        self._clinic = clinic
        self.account: Account | None = None
        try:
            name = clinic.settings.clinic().name.strip()
        except KnownError:  # the clinic's name is a courtesy here; the log-in says the rest
            name = ""
        self.set_intro(
            self.tr("Log in to %1.").replace("%1", name) if name else self.tr("Log in to mesolog.")
        )
        self.set_note(self.tr("Database: %1").replace("%1", clinic.location))
        self.username = named(QLineEdit(self), "username", self.tr("Username"))
        self.username.setMaxLength(60)
        self.password = password_field(self, "password", self.tr("Password"))
        self.row(self.tr("&Username:"), self.username)
        self.row(self.tr("&Password:"), self.password)
        last = str(workstation_settings().value(LAST_USERNAME_KEY, "") or "")
        self.username.setText(last)
        (self.password if last else self.username).setFocus()

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.show_general(self.tr("Type your username."))
            self.username.setFocus()
            return
        done, account = self.attempt(lambda: self._clinic.log_in(username, password))
        if not done or account is None:
            self.password.clear()
            self.password.setFocus()
            return
        self.account = account
        settings = workstation_settings()
        settings.setValue(LAST_USERNAME_KEY, account.username)
        settings.sync()
        self.accept()

    def refusal(self) -> str:
        """The refusal shown now ("" if none)."""
        return "" if self.general_error.isHidden() else self.general_error.text()
