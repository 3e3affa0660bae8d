"""Encrypt Database…'s dialog: the passphrase, twice, with what encrypting means."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesolog.ui.common.forms import named

PASSPHRASE_MIN = 8


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
