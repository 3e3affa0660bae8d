"""What the window's start paints first, before the database is opened and the window's rooms
are imported: mesolog's frame with the search field (what is typed into it is kept for the
window) and a list saying it is opening. `painted` tells the start to build the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from mesolog.ui.common.screen_fit import resize_within_screen

SIZE = (1366, 768)
"""The main window's first size (main_window.DEFAULT_SIZE), so the window takes its place."""


class StartShell(QWidget):
    painted = Signal()
    """Emitted once, after the shell's first paint."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("start_shell")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("mesolog")
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("start_search")
        self.search_field.setPlaceholderText(
            QCoreApplication.translate("PatientLists", "Search by name, record number or phone")
        )
        opening = QLabel(QCoreApplication.translate("StartShell", "Opening…"), self)
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.addWidget(self.search_field)
        column.addWidget(opening, 1)
        resize_within_screen(self, *SIZE)
        self.search_field.setFocus()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
