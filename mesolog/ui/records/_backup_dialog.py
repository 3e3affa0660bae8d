"""Back Up Now's dialog: where the backup goes, and whether it is encrypted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import Violation
from mesolog.ui.common.forms import FieldErrors, named


@dataclass(frozen=True, slots=True)
class BackupChoice:
    folder: Path
    passphrase: str | None
    """None: a plain copy."""


class BackupDialog(QDialog):
    """Where the backup goes, and whether it is encrypted (passphrase typed twice)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Back up the database"))
        self._errors = FieldErrors(self)
        intro = QLabel(
            self.tr(
                "A copy of the whole database, checked before it counts. Work can go on "
                "meanwhile, here and on other workstations."
            ),
            self,
        )
        intro.setObjectName("backup_intro")
        intro.setWordWrap(True)
        self.folder = named(QLineEdit(self), "folder", self.tr("Backup folder"))
        self.folder.setText(str(folder))
        self.folder.setMinimumWidth(360)
        self.browse = named(
            QPushButton(self.tr("Bro&wse…"), self), "browse", self.tr("Choose the backup folder")
        )
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose_folder)
        self.encrypt = named(
            QCheckBox(self.tr("&Encrypt the backup with a passphrase"), self),
            "encrypt",
            self.tr("Encrypt the backup"),
        )
        self.passphrase = named(QLineEdit(self), "passphrase", self.tr("Passphrase"))
        self.repeat = named(QLineEdit(self), "repeat", self.tr("Passphrase again"))
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.warning = QLabel(
            self.tr(
                "Nobody can read an encrypted backup without its passphrase, not even with "
                "mesolog: a lost passphrase means a lost backup. Write it down and keep it "
                "apart from the backup drive."
            ),
            self,
        )
        self.warning.setObjectName("passphrase_warning")
        self.warning.setWordWrap(True)
        self.warning.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.encrypt.toggled.connect(self._encryption_toggled)
        self._encryption_toggled(False)

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("buttons")
        self.back_up_button = buttons.addButton(
            self.tr("&Back Up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_up_button.setObjectName("back_up")
        self.back_up_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(intro)
        self._add(form, self.tr("&Folder:"), folder_row, self.folder)
        form.addRow("", self.encrypt)
        self._add(form, self.tr("&Passphrase:"), self.passphrase, self.passphrase)
        self._add(form, self.tr("&Repeat:"), self.repeat, self.repeat)
        form.addRow("", self.warning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # room the wrapped text leaves goes above the buttons
        layout.addWidget(buttons)
        # As tall as its wrapped texts are at that width (the size hint wraps them narrower).
        self.resize(600, max(self.sizeHint().height(), layout.totalHeightForWidth(600)))

    def _add(
        self, form: QFormLayout, caption: str, field: QWidget | QHBoxLayout, buddy: QWidget
    ) -> None:
        """A captioned field with its error label right under it (no space while hidden)."""
        label = QLabel(caption, self)
        label.setBuddy(buddy)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        column.addWidget(self._errors.label_for(buddy.objectName()))
        form.addRow(label, column)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _encryption_toggled(self, on: bool) -> None:
        for field in (self.passphrase, self.repeat):
            field.setEnabled(on)
            if not on:
                field.clear()
        if on:
            self.passphrase.setFocus()

    def problems(self) -> list[Violation]:
        found = []
        if not self.folder.text().strip():
            found.append(Violation("folder", "", self.tr("choose a folder for the backup")))
        if self.encrypt.isChecked():
            typed = self.passphrase.text()
            if not typed.strip():
                found.append(
                    Violation("passphrase", "", self.tr("type a passphrase, or untick encryption"))
                )
            elif self.repeat.text() != typed:
                found.append(
                    Violation(
                        "repeat", "", self.tr("type the same passphrase twice; these two differ")
                    )
                )
        return found

    def accept(self) -> None:
        self._errors.clear()
        problems = self.problems()
        if problems:
            self._errors.show(problems)
            field = {"folder": self.folder, "passphrase": self.passphrase}.get(
                problems[0].field, self.repeat
            )
            field.setFocus()
            return
        super().accept()

    def errors_shown(self) -> dict[str, str]:
        return self._errors.visible()

    def choice(self) -> BackupChoice:
        return BackupChoice(
            Path(self.folder.text().strip()).expanduser(),
            self.passphrase.text() if self.encrypt.isChecked() else None,
        )
