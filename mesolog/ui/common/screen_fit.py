"""Windows that fit the screen they open on, down to 1024×700: a size asked for is bounded
by the screen's free area, and a dialog's fields scroll inside it when the screen is shorter
than they are tall, its buttons staying in sight."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

FRAME = QSize(16, 40)
"""Room left for the window manager's title bar and borders (not known before a window
is shown, and not part of the size a window is given)."""


def screen_room(widget: QWidget) -> QSize:
    """The largest size a window of `widget` can take and still be seen whole, frame
    included: its screen's area less the panels and taskbars, less FRAME."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size()
    return QSize(max(area.width() - FRAME.width(), 0), max(area.height() - FRAME.height(), 0))


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """`window.resize(width, height)`, no larger than its screen has room for."""
    window.resize(QSize(width, height).boundedTo(screen_room(window)))


def resize_to_content(window: QWidget) -> None:
    """The size `window`'s layout asks for, no larger than its screen has room for (Qt's
    own first size of a window stops at two thirds of the screen)."""
    hint = window.sizeHint()
    resize_within_screen(window, hint.width(), hint.height())


class ScrollingBody(QScrollArea):
    """The body of a dialog (all but its buttons), scrolling up and down when the dialog is
    shorter than the body; never sideways. It asks for the body's whole size, so that on a
    screen with room nothing scrolls."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scrolling_body")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        body = self.widget()
        hint = body.sizeHint() if body is not None else QSize(0, 0)
        return QSize(hint.width() + self._bar_width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the body can be (and a scroll bar), as short as a few lines."""
        body = self.widget()
        width = 0
        if body is not None:
            width = body.minimumSizeHint().expandedTo(body.minimumSize()).width()
        return QSize(width + self._bar_width(), 6 * self.fontMetrics().height())
