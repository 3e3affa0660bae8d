"""A table's column titles wrapped at their spaces when a column is narrower than its title
("Θεράπων ιατρός" on two lines), the header as tall as its tallest title; never cut, as
long as each column is at least as wide as its title's longest word (`least_width`)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

WRAPPED = Qt.TextFlag.TextWordWrap
ALIGNED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TALL = 1000
"""Taller than any title gets, to measure its wrapped height in."""


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles are drawn left aligned and wrapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.sectionResized.connect(self._refit)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        option.textAlignment = Qt.AlignmentFlag(int(ALIGNED.value) | int(WRAPPED.value))

    def least_width(self, title: str) -> int:
        """The narrowest a column can be with its `title` still whole (wrapped)."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for word in title.split()), default=0)
        return widest + 2 * self._margin() + 2

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        lines = max(
            (
                self._lines(self._title(section), self.sectionSize(section))
                for section in range(self.count())
                if not self.isSectionHidden(section)
            ),
            default=1,
        )
        return QSize(hint.width(), hint.height() + (lines - 1) * self.fontMetrics().lineSpacing())

    def _title(self, section: int) -> str:
        model = self.model()
        title = model.headerData(section, self.orientation()) if model is not None else None
        return str(title or "")

    def _lines(self, title: str, width: int) -> int:
        room = max(width - 2 * self._margin(), 1)
        box = self.fontMetrics().boundingRect(QRect(0, 0, room, TALL), int(WRAPPED.value), title)
        return max(round(box.height() / self.fontMetrics().lineSpacing()), 1)

    def _margin(self) -> int:
        option = QStyleOptionHeader()
        option.initFrom(self)
        return self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)

    def _refit(self) -> None:
        """A column resized may wrap its title onto more lines or fewer: the table asks the
        header's height again."""
        if self.sizeHint().height() != self.height():
            self.updateGeometry()
            self.geometriesChanged.emit()
