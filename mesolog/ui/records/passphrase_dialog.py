"""Asking for the passphrase of an encrypted backup (to check or restore it), or of an
encrypted database (to open it at start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from mesolog.ui.common.forms import error_label, named


class PassphraseDialog(QDialog):
    """One passphrase field, hidden as it is typed unless shown; OK only once it holds text.

    `wrong` says that the last passphrase tried did not open the file; `database` that
    the file is the clinic's database rather than a backup.
    """

    def __init__(
        self,
        file_name: str,
        parent: QWidget | None = None,
        *,
        wrong: bool = False,
        database: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        if database:
            self.setWindowTitle(self.tr("Passphrase of the database"))
            text = self.tr("The database %1 is encrypted. Type its passphrase to open it.")
        else:
            self.setWindowTitle(self.tr("Passphrase of the backup"))
            text = self.tr("%1 is encrypted. Type the passphrase it was backed up with.")
        intro = QLabel(text.replace("%1", file_name), self)
        intro.setObjectName("passphrase_intro")
        intro.setWordWrap(True)
        self.passphrase = named(QLineEdit(self), "passphrase", self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        self.show_text = named(
            QCheckBox(self.tr("S&how the passphrase"), self),
            "show_passphrase",
            self.tr("Show the passphrase"),
        )
        self.show_text.toggled.connect(self._show_typed)
        self.error = error_label("passphrase_error", self)
        if wrong:
            self.error.setText(
                self.tr(
                    "That passphrase does not open %1. Check capital letters and the keyboard "
                    "layout, and try again."
                ).replace("%1", file_name)
            )
            self.error.show()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("buttons")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        caption = QLabel(self.tr("&Passphrase:"), self)
        caption.setBuddy(self.passphrase)
        layout = QFormLayout(self)
        layout.addRow(intro)
        layout.addRow(caption, self.passphrase)
        layout.addRow("", self.show_text)
        layout.addRow(self.error)
        layout.addRow(buttons)
        self.passphrase.setFocus()

    def _show_typed(self, shown: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(
    parent: QWidget | None, file_name: str, *, wrong: bool = False, database: bool = False
) -> str | None:
    """The passphrase typed for `file_name`; None when the person cancelled."""
    dialog = PassphraseDialog(file_name, parent, wrong=wrong, database=database)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
    finally:
        dialog.passphrase.clear()
        dialog.deleteLater()
