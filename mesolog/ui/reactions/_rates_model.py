"""The reactions table: a row per group in the table's order (ranked rows first, then the
too-few ones), its counts, rate and interval in the locale; a rate well above the rate of
all the sessions in bold on amber, a too-few row greyed and saying so."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from mesolog.domain.reaction_rates import MIN_SESSIONS, Dimension, Lot, RateRow, RateTable
from mesolog.ui.common.table_model import Index, ReadOnlyTableModel
from mesolog.ui.reactions.group_words import (
    count_text,
    dimension_label,
    group_text,
    interval_text,
    lot_text,
    percent_text,
    product_text,
)

STANDS_OUT_COLOUR = QColor("#ffe0b2")


class RateColumn(IntEnum):
    RANK = 0
    GROUP = 1
    PRODUCT = 2
    """A lot's product (shown for lots only)."""
    SESSIONS = 3
    WITH_REACTION = 4
    RATE = 5
    INTERVAL = 6
    NOTE = 7


_NUMBERS = frozenset(
    {RateColumn.RANK, RateColumn.SESSIONS, RateColumn.WITH_REACTION, RateColumn.RATE}
)


class RatesModel(ReadOnlyTableModel[RateColumn]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: RateTable | None = None

    def set_table(self, table: RateTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rate_row(self, row: int) -> RateRow:
        assert self._table is not None
        return self._table.rows[row]

    def row_total(self) -> int:
        return 0 if self._table is None else len(self._table.rows)

    def columns(self) -> list[RateColumn]:
        lots = self._table is not None and self._table.dimension is Dimension.LOT
        return [c for c in RateColumn if lots or c is not RateColumn.PRODUCT]

    def header_titles(self) -> dict[RateColumn, str]:
        dimension = Dimension.PRODUCT if self._table is None else self._table.dimension
        return {
            RateColumn.RANK: self.tr("Rank"),
            RateColumn.GROUP: dimension_label(dimension),
            RateColumn.PRODUCT: self.tr("Product"),
            RateColumn.SESSIONS: self.tr("Sessions"),
            RateColumn.WITH_REACTION: self.tr("With the reaction"),
            RateColumn.RATE: self.tr("Rate"),
            RateColumn.INTERVAL: self.tr("95% interval"),
            RateColumn.NOTE: self.tr("Note"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        row = self.rate_row(index.row())
        column = self.columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.rank is None:
            palette = QGuiApplication.palette()
            return QBrush(palette.color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.BackgroundRole and row.stands_out:
            return QBrush(STANDS_OUT_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.stands_out:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row)
        return None

    def _text(self, row: RateRow, column: RateColumn) -> str:
        rate = row.rate
        group = row.group
        texts = {
            RateColumn.RANK: "–" if row.rank is None else count_text(row.rank),
            RateColumn.GROUP: lot_text(group.number)
            if isinstance(group, Lot)
            else group_text(group),
            RateColumn.PRODUCT: product_text(group.product) if isinstance(group, Lot) else "",
            RateColumn.SESSIONS: count_text(rate.sessions),
            RateColumn.WITH_REACTION: count_text(rate.with_reaction),
            RateColumn.RATE: percent_text(rate.proportion),
            RateColumn.INTERVAL: interval_text(rate),
            RateColumn.NOTE: self._note(row),
        }
        return texts[column]

    def _note(self, row: RateRow) -> str:
        if row.rank is None:
            return self.tr("Too few sessions to rank")
        if row.stands_out:
            return self.tr("Above the overall rate")
        return ""

    def _tip(self, row: RateRow) -> str:
        if row.rank is None:
            return self.tr(
                "Fewer than %1 sessions: the interval is too wide to rank this row."
            ).replace("%1", count_text(MIN_SESSIONS))
        if row.stands_out:
            return self.tr(
                "Even the low end of its 95% interval is above the rate of all the sessions."
            )
        return ""
