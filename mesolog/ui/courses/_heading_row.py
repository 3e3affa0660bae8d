"""A heading with a button at the right end of its row, the button going under the heading
when the row is too narrow for both (a Greek "Plan course…" beside "Courses" is wider than
the courses' side of a 1024 px window): the row is never wider than the wider of the two."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

SPACING = 6


class HeadingRow(QWidget):
    """`heading` left and `button` right on one row, or one over the other when narrow."""

    def __init__(self, heading: QWidget, button: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        self.button = button
        for child in (heading, button):
            child.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def one_row(self, width: int) -> bool:
        """Whether heading and button fit side by side in `width`."""
        wanted = self.heading.sizeHint().width() + SPACING + self.button.sizeHint().width()
        return wanted <= width

    def sizeHint(self) -> QSize:
        heading, button = self.heading.sizeHint(), self.button.sizeHint()
        return QSize(
            heading.width() + SPACING + button.width(), max(heading.height(), button.height())
        )

    def minimumSizeHint(self) -> QSize:
        width = max(self.heading.minimumSizeHint().width(), self.button.sizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heading, button = self.heading.sizeHint().height(), self.button.sizeHint().height()
        if self.one_row(width):
            return max(heading, button)
        return heading + SPACING + button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.width()
        heading, button = self.heading.sizeHint(), self.button.sizeHint()
        if self.one_row(width):
            height = max(heading.height(), button.height())
            self.heading.setGeometry(0, 0, heading.width(), height)  # its text centred
            self.button.setGeometry(width - button.width(), 0, button.width(), button.height())
        else:
            self.heading.setGeometry(0, 0, width, heading.height())
            self.button.setGeometry(0, heading.height() + SPACING, button.width(), button.height())
