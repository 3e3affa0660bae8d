"""A row's remarks (an amendment's reason and changes, the warnings given anyway) under its
cells, across the whole width of the table, as paragraphs a clinician reads.

A table cell paints only itself, so each cell of such a row paints its own text in the
upper part and, in the lower part, the slice of the remarks that falls inside it: side by
side the slices read as one paragraph under the row. The remarks span the visible width of
the table (they stay in view when it scrolls sideways), and wrap there. The table's grid
would cross them, so this delegate draws the grid itself (the table's is turned off).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from mesolog.ui.history._history_row_data import Remark, RemarkKind

BAND_MARGIN = 6
"""Pixels left and right of the remarks, and below them."""
BAND_GAP = 4
"""Pixels between the cells' text and the remarks (a faint line runs there)."""
WARNING_TEXT = QColor("#9a4a00")
Index = QModelIndex | QPersistentModelIndex


class RemarksDelegate(QStyledItemDelegate):
    """Paints the cells of `table`, and under them the remarks `remarks(row)` gives;
    `tip(row)` is what hovering the remarks shows."""

    def __init__(
        self,
        table: QTableView,
        remarks: Callable[[int], tuple[Remark, ...]],
        tip: Callable[[int], str],
    ) -> None:
        super().__init__(table)
        self._table = table
        self._remarks = remarks
        self._tip = tip
        table.setShowGrid(False)
        # the remarks stay put while the cells scroll sideways: the row is painted anew
        table.horizontalScrollBar().valueChanged.connect(table.viewport().update)

    # geometry

    def band_span(self) -> tuple[int, int]:
        """The left and right of the remarks, in the viewport: the table's visible width."""
        table = self._table
        start = table.columnViewportPosition(0)
        end = start + table.horizontalHeader().length()
        left = max(start, 0) + BAND_MARGIN
        right = min(end, table.viewport().width()) - BAND_MARGIN
        return left, max(right, left + 1)

    def band_height(self, row: int, metrics: QFontMetrics) -> int:
        """How tall the remarks of `row` are at the table's width (0 with none)."""
        remarks = self._remarks(row)
        if not remarks:
            return 0
        left, right = self.band_span()
        return (
            BAND_GAP
            + sum(
                self._paragraph(metrics, remark.text, right - left).height() for remark in remarks
            )
            + BAND_MARGIN
        )

    @staticmethod
    def _paragraph(metrics: QFontMetrics, text: str, width: int) -> QRect:
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        return metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)

    # Qt overrides

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        # a row's pictures (chart, photos) start at the top left, as its text does
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        band = self.band_height(index.row(), QFontMetrics(option.font))
        return QSize(size.width(), size.height() + band)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        band = self.band_height(index.row(), QFontMetrics(option.font))
        cell = QRect(option.rect)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        if band:
            # the cell's background (and selection) under the remarks too, its text above them
            whole = QStyleOptionViewItem(option)
            self.initStyleOption(whole, index)
            upper = QStyleOptionViewItem(whole)
            upper.rect = cell.adjusted(0, 0, 0, -band)
            whole.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, whole, painter, widget)
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, upper, painter, widget)
        else:
            super().paint(painter, option, index)
        grid = QColor.fromRgba(
            style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, widget) & 0xFFFFFFFF
        )
        painter.save()
        painter.setPen(grid)
        painter.drawLine(cell.right(), cell.top(), cell.right(), cell.bottom() - band)
        painter.drawLine(cell.left(), cell.bottom(), cell.right(), cell.bottom())
        if band:
            self._paint_band(
                painter,
                option,
                index,
                QRect(cell.left(), cell.bottom() - band + 1, cell.width(), band),
                grid,
            )
        painter.restore()

    def _paint_band(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
        band: QRect,
        grid: QColor,
    ) -> None:
        painter.setClipRect(band)
        left, right = self.band_span()
        faint = QColor(grid)
        faint.setAlpha(110)
        painter.setPen(faint)
        painter.drawLine(left, band.top() + BAND_GAP // 2, right, band.top() + BAND_GAP // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        brush = index.model().index(index.row(), 0).data(Qt.ItemDataRole.ForegroundRole)
        plain = (
            palette.highlightedText().color()
            if selected
            else brush.color()
            if brush is not None
            else palette.text().color()
        )
        metrics = QFontMetrics(option.font)
        top = band.top() + BAND_GAP
        flags = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        for remark in self._remarks(index.row()):
            height = self._paragraph(metrics, remark.text, right - left).height()
            warning = remark.kind is RemarkKind.WARNING and not selected and brush is None
            painter.setPen(WARNING_TEXT if warning else plain)
            painter.drawText(QRect(left, top, right - left, height), flags, remark.text)
            top += height

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """Hovering the remarks shows them in full (an amendment's free texts whole)."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            band = self.band_height(index.row(), QFontMetrics(option.font))
            if band and event.pos().y() > option.rect.bottom() - band:
                QToolTip.showText(event.globalPos(), self._tip(index.row()), view)
                return True
        return super().helpEvent(event, view, option, index)
