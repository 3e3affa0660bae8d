"""The mouse wheel left to the form unless the field has the focus, for the spin boxes,
combos and date fields of long forms: scrolling past one never changes a depth, a volume
or a date by accident."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class FocusedWheel(_Widget):
    """Mixed in before a Qt input class (`class SpinBox(FocusedWheel, QSpinBox)`): the field
    takes the focus by Tab or a click only, and turns the wheel into a value only while it
    has the focus; otherwise the wheel scrolls what the field sits in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
