"""A new account: the form an admin adds one with, and the first admin's account, asked for
before anything else when a database has none (a new one, or one kept without accounts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mesolog.domain import limits
from mesolog.domain.accounts import USERNAME_MAX, Account, username_violations
from mesolog.domain.enums import Role
from mesolog.domain.errors import Violation
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.password_dialog import AccountForm
from mesolog.ui.common.forms import named
from mesolog.ui.common.labels import ordered, role_label
from mesolog.ui.settings.settings_dialog import SettingsDialog


class AccountDialog(AccountForm):
    """Username, the clinician's name, (a role,) a password typed twice; `created` on success."""

    def __init__(
        self,
        clinic: Clinic,
        parent: QWidget | None,
        *,
        title: str,
        ok_text: str,
        with_role: bool,
    ) -> None:
        super().__init__(parent, title, ok_text)
        self._clinic = clinic
        self.created: Account | None = None
        self.username = named(QLineEdit(self), "username", self.tr("Username"))
        username_rule = self.tr(
            "1 to 60 characters: lower-case letters a–z, digits, “.”, “_” or “-”, "
            "starting with a letter or digit."
        )
        self.row(self.tr("&Username:"), self.username, username_rule)
        self.say_when_too_long(self.username, USERNAME_MAX, username_rule)
        self.name = named(QLineEdit(self), "name", self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. Dr Eleni Markou"))
        self.row(
            self.tr("&Name:"), self.name, self.tr("As the records this account logs will name it.")
        )
        self.say_when_too_long(
            self.name,
            limits.NAME_MAX,
            self.tr("At most %1 characters.").replace("%1", str(limits.NAME_MAX)),
        )
        self.role: QComboBox | None = None
        if with_role:
            self.role = named(QComboBox(self), "role", self.tr("Role"))
            for role in ordered(Role):
                self.role.addItem(role_label(role), role.value)
            self.role.setCurrentIndex(self.role.findData(Role.CLINICIAN.value))
            self.row(
                self.tr("&Role:"),
                self.role,
                self.tr(
                    "A clinician logs and signs sessions; an assistant logs drafts for a "
                    "clinician to sign; an administrator also manages accounts and settings."
                ),
            )
        self.new_password_rows()
        self.username.setFocus()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData()) if self.role is not None else Role.ADMIN

    def submit(self) -> None:
        username = self.username.text().strip()
        early = username_violations(username)
        if not self.name.text().strip():
            early.append(Violation("name", "", self.tr("the name the records print")))
        early += self.repeat_violations(username)
        if early:
            self.show_errors(early)
            return
        name, role, password = self.name.text(), self.chosen_role(), self.password.text()
        done, account = self.attempt(lambda: self.create_account(username, name, role, password))
        if done:
            self.created = account
            self.accept()

    def create_account(self, username: str, name: str, role: Role, password: str) -> Account:
        return self._clinic.accounts.add(username, name, role, password)


class FirstAccountDialog(AccountDialog):
    """The first admin of a database; on success the clinic is logged in as them."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(
            clinic,
            parent,
            title=QCoreApplication.translate("AccountForm", "mesolog — the first account"),
            ok_text=QCoreApplication.translate("AccountForm", "&Create and log in"),
            with_role=False,
        )
        self.setObjectName("first_account_dialog")
        self.set_intro(
            self.tr(
                "This database has no accounts yet. Create the administrator's account: "
                "from now on everyone logs in, and the administrator adds the others "
                "(File ▸ Users). The administrator logs and signs sessions too."
            )
        )
        self.set_note(self.tr("Database: %1").replace("%1", clinic.location))
        # A database kept without accounts knew this workstation's clinician by name.
        self.name.setText(SettingsDialog.clinician_name())

    def create_account(self, username: str, name: str, role: Role, password: str) -> Account:
        self._clinic.accounts.create_first_admin(username, name, password)
        return self._clinic.log_in(username, password)
