"""The Templates window's table view: its long columns (name, indication, areas) wrap their
words rather than end in … or scroll sideways. Each is given a share of the view's width
by how wide its text is on one line, never less than its longest word (nor its title's
longer half), the short columns keeping their whole width; a row is as tall as its
wrapped cells."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from mesolog.ui.common.wrapped_header import WrappedHeader
from mesolog.ui.templates._template_table import TemplateColumn

WRAPPING = (TemplateColumn.NAME, TemplateColumn.INDICATION, TemplateColumn.AREAS)
"""The columns whose words wrap; the name takes what room is left over."""
AREAS_CHARACTERS = 48
"""The areas column asks for at most about this width; a longer list wraps."""
ROW_PADDING = 10
"""A row of one line is the font's height and this many pixels tall."""
CELL_PADDING = 6
"""What a cell adds to the height Qt gives its lines, so that a row of one line is about
as tall as ROW_PADDING makes it and a wrapped row has the same room around its text."""


def shared_widths(
    room: int,
    natural: Mapping[TemplateColumn, int],
    least: Mapping[TemplateColumn, int],
) -> dict[TemplateColumn, int]:
    """The columns' widths in `room` pixels: each its `natural` width where there is room;
    otherwise the wrapping ones share what the others leave, by their natural widths,
    none below its `least`. Room to spare goes to the name."""
    widths = {column: width for column, width in natural.items() if column not in WRAPPING}
    left = room - sum(widths.values())
    sharing = [column for column in WRAPPING if column in natural]
    wanted = sum(natural[column] for column in sharing)
    if wanted <= left:
        widths.update({column: natural[column] for column in sharing})
    while sharing and wanted > left:
        scale = max(left, 0) / sum(natural[column] for column in sharing)
        narrow = [column for column in sharing if natural[column] * scale < least[column]]
        for column in narrow or sharing:
            widths[column] = max(least[column], int(natural[column] * scale))
        if not narrow:
            break
        left -= sum(least[column] for column in narrow)
        sharing = [column for column in sharing if column not in narrow]
    spare = room - sum(widths.values())
    if spare > 0 and TemplateColumn.NAME in widths:
        widths[TemplateColumn.NAME] += spare
    return widths


class PaddedCells(QStyledItemDelegate):
    """Cells a little taller than Qt makes them (CELL_PADDING): a wrapped row has the room
    around its text that a row of one line has."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + CELL_PADDING)


class TemplateTable(QTableView):
    """The templates, a row each, the long columns wrapping to fit the width it has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappedHeader(self))
        self.setWordWrap(True)
        self.setItemDelegate(PaddedCells(self))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitting = False
        header.sectionResized.connect(lambda *_: self._column_resized())
        rows = self.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def shown_columns(self) -> list[TemplateColumn]:
        return [column for column in TemplateColumn if not self.isColumnHidden(column)]

    def cell_padding(self) -> int:
        """What a cell adds to its text's width: the delegate's margins and the grid line."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return 2 * (margin + 1) + int(self.showGrid())

    def texts(self, column: int) -> Iterable[str]:
        model = self.model()
        for row in range(model.rowCount()):
            yield str(model.index(row, column).data() or "")

    def natural_width(self, column: TemplateColumn) -> int:
        """The column's width with every text on one line (the areas' at most about
        AREAS_CHARACTERS)."""
        width = max(self.horizontalHeader().sectionSizeHint(column), self.sizeHintForColumn(column))
        if column is TemplateColumn.AREAS:
            cap = AREAS_CHARACTERS * self.fontMetrics().averageCharWidth()
            width = max(min(width, cap), self.least_width(column))
        return width

    def least_width(self, column: TemplateColumn) -> int:
        """The narrowest the column may be: its longest word, its title on two lines."""
        advance = self.fontMetrics().horizontalAdvance
        words = (word for text in self.texts(column) for word in text.split())
        longest = max((advance(word) for word in words), default=0)
        return max(longest + self.cell_padding(), self.horizontalHeader().sectionSizeHint(column))

    def fit_columns(self) -> None:
        """Shares the view's width out among its columns, then fits the rows' heights."""
        shown = self.shown_columns()
        natural = {column: self.natural_width(column) for column in shown}
        least = {column: self.least_width(column) for column in shown if column in WRAPPING}
        header = self.horizontalHeader()
        self._fitting = True  # the rows fitted once, not after each column
        for column, width in shared_widths(self.viewport().width(), natural, least).items():
            header.resizeSection(column, width)
        self._fitting = False
        self.resizeRowsToContents()

    def _column_resized(self) -> None:
        """A column dragged wider or narrower: the rows' heights follow its wrapping."""
        if not self._fitting:
            self.resizeRowsToContents()

    def wanted_width(self) -> int:
        """The view's width with every column at its natural width."""
        widths = sum(self.natural_width(column) for column in self.shown_columns())
        return widths + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
