"""The backup folder in the settings: its field, a Browse button to choose it, and where the
backups go while it is empty."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import named


class BackupFolderRow(QWidget):
    """The folder's field with Browse beside it and the hint under them."""

    def __init__(self, parent: QWidget, clinic: Clinic) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self.folder = named(QLineEdit(self), "backup_folder", self.tr("Backup folder"))
        self.folder.setPlaceholderText(self.tr("beside the database"))
        self.browse_button = named(
            QPushButton(self.tr("&Browse…"), self), "browse_backup_folder", self.tr("Browse")
        )
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.hint = QLabel(self._hint(), self)
        self.hint.setObjectName("backup_folder_hint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.folder, 1)
        line.addWidget(self.browse_button)
        column.addLayout(line)
        column.addWidget(self.hint)

    def _hint(self) -> str:
        from mesolog.services.backups import default_backup_folder  # cryptography: not at start

        if not self._clinic.backups.available:
            return self.tr("Backups are taken of SQLite database files only.")
        beside = default_backup_folder(Path(self._clinic.location))
        return self.tr("Empty: a “backups” folder beside the database (%1).").replace(
            "%1", str(beside)
        )

    def browse(self) -> None:
        """Asks for the folder, starting at the one typed (else the database's)."""
        start = self.folder.text().strip() or str(Path(self._clinic.location).parent)
        chosen = QFileDialog.getExistingDirectory(
            self.window(), self.tr("Folder for the backups"), str(Path(start).expanduser())
        )
        if chosen:
            self.folder.setText(chosen)
