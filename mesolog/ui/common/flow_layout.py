"""A layout that wraps like text: widgets left to right, a new row when the next one does
not fit. A word-wrapping label wider than a whole row takes the row and wraps its words, so
nothing is ever cut however narrow the window (the safety badges of a patient, say)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget


def natural_width(item: QLayoutItem) -> int:
    """The width an item asks for on a row of its own: a word-wrapping label's text on one
    line (Qt's size hint of such a label is narrower, to wrap it into a pleasing block)."""
    widget = item.widget()
    if not (isinstance(widget, QLabel) and widget.wordWrap()):
        return item.sizeHint().width()
    widget.ensurePolished()  # its style sheet's font, border and padding count
    metrics = widget.fontMetrics()
    # As QLabel measures itself: the text's box, its margins, and the indent a framed label
    # gets (a style sheet's border is a frame).
    indent = widget.indent()
    if indent < 0 and widget.frameWidth():
        indent = metrics.horizontalAdvance("x") - 2 * widget.margin()
    margins = widget.contentsMargins()
    text = metrics.boundingRect(0, 0, 100_000, 2_000, 0, widget.text()).width()
    extra = margins.left() + margins.right() + 2 * widget.margin() + max(indent, 0)
    return text + extra + 1


class FlowLayout(QLayout):
    """Its widgets in rows, `spacing` apart on a row and `row_spacing` between rows."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, row_spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = self._shown()
        width = sum(natural_width(i) for i in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        """As narrow as the widest item can be (a wrapping label: its longest word)."""
        widest = max((i.minimumSize().width() for i in self._shown()), default=0)
        return QSize(widest, 0) + self._margin_size()

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lays the items out in `rect` (moving them only when `place`); the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._shown():
            width = min(natural_width(item), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + row_height + self._row_spacing
                row_height = 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else -1
            if height < 0:
                height = item.sizeHint().height()
            if place:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._spacing
            row_height = max(row_height, height)
        margins = self.contentsMargins()
        return y + row_height - rect.y() + margins.bottom()
