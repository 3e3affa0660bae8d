"""The lock dialog: the logged-in account's password to unlock, or quit; Esc and the close
button do not take it away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from mesolog.ui.accounts.password_dialog import fit_height, password_field
from mesolog.ui.common.forms import error_label, named


class LockDialog(QDialog):
    """Asks the logged-in account's password; Esc and the close button do not unlock."""

    unlock_requested = Signal(str)
    quit_requested = Signal()

    def __init__(self, name: str, username: str, reason: str) -> None:
        super().__init__(None)
        self.setObjectName("lock_dialog")
        self.setWindowTitle(self.tr("mesolog — locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.may_close = False
        heading = named(QLabel(self.tr("mesolog is locked"), self), "heading", self.tr("Locked"))
        bold = QFont(heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        heading.setFont(bold)
        self.reason = named(QLabel(reason, self), "reason", self.tr("Why it locked"))
        self.reason.setWordWrap(True)
        who = named(
            QLabel(
                self.tr(
                    "%1 (%2) is logged in. Type the password to go on: everything that was "
                    "open comes back as it was."
                )
                .replace("%1", name)
                .replace("%2", username),
                self,
            ),
            "who",
            self.tr("Who is logged in"),
        )
        who.setWordWrap(True)
        self.password = password_field(self, "password", self.tr("Password"))
        caption = QLabel(self.tr("&Password:"), self)
        caption.setBuddy(self.password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(caption, self.password)
        self.error = named(error_label("password_error", self), "password_error", self.tr("Error"))

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("buttons")
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.quit_button = buttons.addButton(
            self.tr("&Quit mesolog…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.quit_button.setObjectName("quit")
        self.unlock_button.clicked.connect(self._unlock)
        self.quit_button.clicked.connect(self._quit)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.reason)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.password.setFocus()

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.password.text())

    def _quit(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Quit mesolog"),
            self.tr(
                "Quit without unlocking? Sessions being typed are kept and offered back when "
                "mesolog starts again; other unsaved changes are lost."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.quit_requested.emit()

    def show_refusal(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        fit_height(self)
        self.password.clear()
        self.password.setFocus()

    def refusal(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    def reject(self) -> None:
        """Esc: nothing (the lock stays until the password is typed)."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close:
            super().closeEvent(event)
        else:
            event.ignore()
