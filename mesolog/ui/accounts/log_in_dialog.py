"""Logging in at the start, and Switch User later: a username and a password, checked by
the accounts service (which slows down and then locks an account after failed tries, and
audits each one; a switch is audited from one account to the other)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from mesolog.domain.accounts import Account
from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.password_dialog import AccountForm, password_field
from mesolog.ui.common.forms import named
from mesolog.ui.settings.settings_dialog import workstation_settings

LAST_USERNAME_KEY = "account/last_username"
"""The username last logged in on this workstation, offered the next time."""


class LogInDialog(AccountForm):
    """Logs `clinic` in; `account` is who logged in. A refusal is shown here, the password
    field is emptied and has the focus again. With `switching`, another account takes over
    from the one logged in (Switch User)."""

    def __init__(
        self, clinic: Clinic, parent: QWidget | None = None, *, switching: bool = False
    ) -> None:
        current = clinic.account if switching else None
        if current is None:
            super().__init__(
                parent,
                QCoreApplication.translate("AccountForm", "mesolog — log in"),
                QCoreApplication.translate("AccountForm", "&Log in"),
            )
        else:
            super().__init__(
                parent,
                QCoreApplication.translate("AccountForm", "mesolog — switch user"),
                QCoreApplication.translate("AccountForm", "&Switch"),
            )
        self.setObjectName("log_in_dialog")
        self._clinic = clinic
        self._switching = current is not None
        self.account: Account | None = None
        if current is not None:
            self.set_intro(
                self.tr("%1 (%2) is logged in. The account that takes over logs in here.")
                .replace("%1", current.name)
                .replace("%2", current.username)
            )
        else:
            self.set_intro(self._welcome())
        self.set_note(self.tr("Database: %1").replace("%1", clinic.location))
        self.username = named(QLineEdit(self), "username", self.tr("Username"))
        self.password = password_field(self, "password", self.tr("Password"))
        self.row(self.tr("&Username:"), self.username)
        self.row(self.tr("&Password:"), self.password)
        last = "" if self._switching else workstation_settings().value(LAST_USERNAME_KEY, "")
        self.username.setText(str(last or ""))
        (self.password if last else self.username).setFocus()

    def _welcome(self) -> str:
        try:
            name = self._clinic.settings.clinic().name.strip()
        except KnownError:  # the clinic's name is a courtesy here; the log-in says the rest
            name = ""
        if not name:
            return self.tr("Log in to mesolog.")
        return self.tr("Log in to %1.").replace("%1", name)

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.show_general(self.tr("Type your username."))
            self.username.setFocus()
            return
        enter = self._clinic.switch_user if self._switching else self._clinic.log_in
        done, account = self.attempt(lambda: enter(username, password))
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
