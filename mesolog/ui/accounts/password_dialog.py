"""Passwords in the window: the form every account dialog is built on, a new password typed
twice with its rules shown, changing one's own password and an admin setting another's.

A password never appears in a message: errors say what a password must be, not what it was.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.accounts import PASSWORD_MAX, PASSWORD_MIN, password_violations
from mesolog.domain.errors import KnownError, ValidationError, Violation
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import FieldErrors, error_label, named, violation_text
from mesolog.ui.common.translation import shown
from mesolog.ui.common.wait_cursor import busy

T = TypeVar("T")
log = logging.getLogger(__name__)

HINT_STYLE = "color: palette(placeholder-text);"
WIDTH = 500
"""Every account dialog's width: room for the rules under the fields on two lines."""
SECRET_FIELDS = frozenset({"password", "repeat", "current_password"})
"""Fields whose value an error message must not repeat."""


def password_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = named(QLineEdit(parent), name, accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AccountForm(QDialog):
    """A dialog of labelled fields, each with its error under it, a line for any other
    error, and OK/Cancel buttons; `submit` runs on OK (Enter)."""

    def __init__(self, parent: QWidget | None, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors(self)
        self._fields: list[QWidget] = []
        self.intro = named(QLabel(self), "intro", self.tr("About this dialog"))
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = named(
            error_label("general_error", self), "general_error", self.tr("Error")
        )
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("buttons")
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.note = named(QLabel(self), "note", self.tr("Note"))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(WIDTH, 0)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def set_note(self, text: str) -> None:
        """A quiet line above the buttons (where the database is)."""
        self.note.setText(text)
        self.note.show()

    def showEvent(self, event: QShowEvent) -> None:
        fit_height(self)
        super().showEvent(event)

    def row(self, caption: str, field: QWidget, hint: str = "") -> QWidget:
        """A captioned field; its hint and (hidden) error label under it."""
        label = QLabel(caption, self)
        label.setBuddy(field)
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(field)
        if hint:
            hint_label = named(QLabel(hint, self), f"{field.objectName()}_hint", self.tr("Hint"))
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet(HINT_STYLE)
            cell.addWidget(hint_label)
        cell.addWidget(self.errors.label_for(field.objectName()))
        self.form.addRow(label, cell)
        # Tab goes down the fields, then to the buttons.
        if self._fields:
            QWidget.setTabOrder(self._fields[-1], field)
        QWidget.setTabOrder(field, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self._fields.append(field)
        return field

    def new_password_rows(self, caption: str = "") -> tuple[QLineEdit, QLineEdit]:
        """A new password and the same typed again, with the rules under the first."""
        self.password = password_field(self, "password", self.tr("Password"))
        self.repeat = password_field(self, "repeat", self.tr("Password again"))
        self.row(caption or self.tr("&Password:"), self.password, password_rules())
        self.row(self.tr("Password a&gain:"), self.repeat)
        self.say_when_too_long(self.password, PASSWORD_MAX, password_rules())
        return self.password, self.repeat

    def say_when_too_long(self, field: QLineEdit, maximum: int, allowed: str) -> None:
        """Keeps every character typed, and says beside `field`, as soon as it holds more
        than `maximum`, how many it holds and what is allowed (OK refuses it then)."""
        name = field.objectName()
        too_long = [False]

        def check(text: str) -> None:
            if len(text) > maximum:
                too_long[0] = True
                self.errors.say(
                    name,
                    self.tr("%1 characters: too long. %2")
                    .replace("%1", str(len(text)))
                    .replace("%2", allowed),
                )
                fit_height(self)
            elif too_long[0]:
                too_long[0] = False
                self.errors.say(name, "")

        field.textChanged.connect(check)

    def repeat_violations(self, username: str = "") -> list[Violation]:
        """What the new password breaks before the service is asked: the rules, the repeat."""
        found = password_violations(self.password.text(), username=username)
        if self.password.text() != self.repeat.text():
            found.append(Violation("repeat", "", self.tr("the same password typed again")))
        return found

    # submitting

    def submit(self) -> None:
        raise NotImplementedError

    def attempt(self, change: Callable[[], T]) -> tuple[bool, T | None]:
        """Runs `change` (showing the wait cursor): violations beside their fields, a known
        error under the form, a bug in a message box; (whether it succeeded, its result)."""
        self.show_errors(())
        try:
            with busy():
                return True, change()
        except ValidationError as error:
            self.show_errors(error.violations)
        except KnownError as error:
            self.show_general(shown(error.text))
        except Exception:
            log.exception("unexpected error in %s", self.windowTitle())
            QMessageBox.critical(
                self,
                self.windowTitle(),
                self.tr(
                    "Something went wrong inside mesolog (a bug). Nothing was saved.\n\n%1"
                ).replace("%1", traceback.format_exc(limit=3)),
            )
        return False, None

    def show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))
        fit_height(self)

    def show_errors(self, violations: Sequence[Violation]) -> None:
        """Each violation beside its field (a secret's value never shown); focuses the first."""
        self.errors.clear()
        self.show_general("")
        placed = [
            Violation(v.path.replace(" ", "_"), "" if _secret(v) else v.value, v.allowed)
            for v in violations
        ]
        unplaced = self.errors.show(placed)
        self.show_general("\n".join(f"{v.path}: {violation_text(v)}" for v in unplaced))
        fit_height(self)
        for field in self.errors.visible():
            widget = self.findChild(QWidget, field)
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            break


def fit_height(dialog: QWidget) -> None:
    """Tall enough for its wrapped lines at its width (a dialog's minimum size leaves
    word-wrapped labels out): grows when an error appears, never shrinks under the hand."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), layout.totalMinimumSize().width())
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    dialog.setMinimumHeight(needed)
    if dialog.height() < needed or dialog.width() < width:
        dialog.resize(width, max(needed, dialog.height()))


def _secret(violation: Violation) -> bool:
    return violation.path.replace(" ", "_") in SECRET_FIELDS


def password_rules() -> str:
    return (
        QCoreApplication.translate(
            "AccountForm", "%1 to %2 characters, any characters; not the username."
        )
        .replace("%1", str(PASSWORD_MIN))
        .replace("%2", str(PASSWORD_MAX))
    )


class ChangePasswordDialog(AccountForm):
    """The logged-in account changes its own password (the current one first)."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("AccountForm", "Change my password"),
            QCoreApplication.translate("AccountForm", "&Change"),
        )
        self.setObjectName("change_password_dialog")
        account = clinic.account
        assert account is not None, "only a logged-in account changes its password"
        self._clinic = clinic
        self._username = account.username
        self.set_intro(
            self.tr("The password of %1 (%2).")
            .replace("%1", account.name)
            .replace("%2", account.username)
        )
        self.current = password_field(self, "current_password", self.tr("Current password"))
        self.row(self.tr("C&urrent password:"), self.current)
        self.new_password_rows(self.tr("&New password:"))
        self.current.setFocus()

    def submit(self) -> None:
        self.show_errors(())
        early = self.repeat_violations(self._username)
        if not self.current.text():
            early.insert(0, Violation("current_password", "", self.tr("your current password")))
        if early:
            self.show_errors(early)
            return
        current, new = self.current.text(), self.password.text()
        done, _ = self.attempt(
            lambda: self._clinic.accounts.set_password(self._username, new, current=current)
        )
        if done:
            self.accept()


class ResetPasswordDialog(AccountForm):
    """An admin gives another account a new password (to be changed by its owner)."""

    def __init__(self, clinic: Clinic, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("AccountForm", "Reset a password"),
            QCoreApplication.translate("AccountForm", "&Set password"),
        )
        self.setObjectName("reset_password_dialog")
        self._clinic = clinic
        self._username = username
        self.set_intro(
            self.tr(
                "A new password for %1. Tell it to them in person; they can change it "
                "with File ▸ Change My Password."
            ).replace("%1", username)
        )
        self.new_password_rows(self.tr("&New password:"))
        self.password.setFocus()

    def submit(self) -> None:
        early = self.repeat_violations(self._username)
        if early:
            self.show_errors(early)
            return
        new = self.password.text()
        done, _ = self.attempt(lambda: self._clinic.accounts.set_password(self._username, new))
        if done:
            self.accept()
