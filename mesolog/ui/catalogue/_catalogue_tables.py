"""The Products window's two tables: the products (those in use, the retired ones too when
asked, found by any word of their name or manufacturer, or by GTIN digits) and the lots of
the product selected, expired lots greyed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QColor, QPalette

from mesolog.domain.ids import ProductId
from mesolog.domain.products import Lot, Product
from mesolog.domain.text import fold
from mesolog.ui.catalogue.catalogue_words import (
    amount_text,
    expiry_text,
    price_text,
    shown_gtin,
    unit_label,
)
from mesolog.ui.common.dates import shown_date, shown_date_time
from mesolog.ui.common.labels import solution_label
from mesolog.ui.common.table_model import Index, ReadOnlyTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def greyed() -> QColor:
    return QPalette().color(QPalette.ColorRole.PlaceholderText)


def matches(product: Product, typed: str) -> bool:
    """Whether each word typed starts a word of the product's name or manufacturer (case
    and accents ignored, Greek and Latin alike), or the digits typed are in its GTIN."""
    wanted = fold(typed).split()
    details = product.details
    words = fold(f"{details.name} {details.manufacturer}").split()
    if all(any(word.startswith(part) for word in words) for part in wanted):
        return True
    digits = "".join(typed.split())
    return digits.isdigit() and digits in details.gtin


class ProductColumn(IntEnum):
    NAME = 0
    MANUFACTURER = 1
    SOLUTION = 2
    CONCENTRATION = 3
    UNIT = 4
    GTIN = 5
    DEFAULT_AMOUNT = 6
    PRICE = 7
    LOTS = 8
    STATE = 9


_NUMBERS = {ProductColumn.DEFAULT_AMOUNT, ProductColumn.PRICE, ProductColumn.LOTS}


class ProductTableModel(ReadOnlyTableModel[ProductColumn]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._products: list[Product] = []
        self._lot_counts: Mapping[ProductId, int] = {}

    def show(self, products: Sequence[Product], lot_counts: Mapping[ProductId, int]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self._lot_counts = lot_counts
        self.endResetModel()

    def product_at(self, row: int) -> Product:
        return self._products[row]

    def row_of(self, product_id: ProductId) -> int | None:
        return next((i for i, p in enumerate(self._products) if p.id == product_id), None)

    def row_total(self) -> int:
        return len(self._products)

    def columns(self) -> Sequence[ProductColumn]:
        return list(ProductColumn)

    def header_titles(self) -> Mapping[ProductColumn, str]:
        return {
            ProductColumn.NAME: self.tr("Name"),
            ProductColumn.MANUFACTURER: self.tr("Manufacturer"),
            ProductColumn.SOLUTION: self.tr("Solution"),
            ProductColumn.CONCENTRATION: self.tr("Concentration"),
            ProductColumn.UNIT: self.tr("Unit"),
            ProductColumn.GTIN: self.tr("GTIN"),
            ProductColumn.DEFAULT_AMOUNT: self.tr("Default amount"),
            ProductColumn.PRICE: self.tr("Price"),
            ProductColumn.LOTS: self.tr("Lots"),
            ProductColumn.STATE: self.tr("State"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        product = self._products[index.row()]
        column = ProductColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(product, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not product.active:
            return greyed()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(product, column)
        return None

    def _text(self, product: Product, column: ProductColumn) -> str:
        details = product.details
        texts = {
            ProductColumn.NAME: details.name,
            ProductColumn.MANUFACTURER: details.manufacturer,
            ProductColumn.SOLUTION: solution_label(details.solution),
            ProductColumn.CONCENTRATION: details.concentration,
            ProductColumn.UNIT: unit_label(details.unit),
            ProductColumn.GTIN: shown_gtin(details.gtin),
            ProductColumn.DEFAULT_AMOUNT: amount_text(details.default_volume, details.unit),
            ProductColumn.PRICE: price_text(details.price_per_unit, details.unit),
            ProductColumn.LOTS: str(self._lot_counts.get(product.id, 0)),
            ProductColumn.STATE: self.tr("In use") if product.active else self.tr("Retired"),
        }
        return texts[column]

    def _tip(self, product: Product, column: ProductColumn) -> str | None:
        if column is ProductColumn.STATE and product.retired_at is not None:
            return self.tr("Retired on %1: no longer offered for a session").replace(
                "%1", shown_date_time(product.retired_at)
            )
        if column is ProductColumn.NAME and product.details.notes:
            return product.details.notes
        return None


class LotColumn(IntEnum):
    LOT_NUMBER = 0
    EXPIRY = 1
    RECEIVED_ON = 2
    QUANTITY_RECEIVED = 3
    USED = 4
    LEFT = 5


_LOT_NUMBERS = {LotColumn.QUANTITY_RECEIVED, LotColumn.USED, LotColumn.LEFT}


class LotTableModel(ReadOnlyTableModel[LotColumn]):
    """The lots of one product, newest expiry first; those expired by `today` greyed."""

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._lots: list[Lot] = []

    def show(self, lots: Sequence[Lot]) -> None:
        self.beginResetModel()
        self._lots = list(lots)
        self.endResetModel()

    def lot_at(self, row: int) -> Lot:
        return self._lots[row]

    def row_total(self) -> int:
        return len(self._lots)

    def columns(self) -> Sequence[LotColumn]:
        return list(LotColumn)

    def header_titles(self) -> Mapping[LotColumn, str]:
        return {
            LotColumn.LOT_NUMBER: self.tr("Lot number"),
            LotColumn.EXPIRY: self.tr("Expiry date"),
            LotColumn.RECEIVED_ON: self.tr("Received on"),
            LotColumn.QUANTITY_RECEIVED: self.tr("Received"),
            LotColumn.USED: self.tr("Used"),
            LotColumn.LEFT: self.tr("Left"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        lot = self._lots[index.row()]
        column = LotColumn(index.column())
        expired = lot.expired_on(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(lot, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _LOT_NUMBERS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and expired:
            return greyed()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(lot, column, expired)
        return None

    def _text(self, lot: Lot, column: LotColumn) -> str:
        details = lot.details
        received = details.received_on
        left = lot.quantity_left
        texts = {
            LotColumn.LOT_NUMBER: details.lot_number,
            LotColumn.EXPIRY: expiry_text(details.expiry_date, self.today),
            LotColumn.RECEIVED_ON: shown_date(received) if received is not None else "",
            LotColumn.QUANTITY_RECEIVED: amount_text(details.quantity_received, lot.unit),
            LotColumn.USED: amount_text(lot.used, lot.unit),
            LotColumn.LEFT: "—" if left is None else amount_text(left, lot.unit),
        }
        return texts[column]

    def _tip(self, lot: Lot, column: LotColumn, expired: bool) -> str | None:
        if expired:
            return self.tr("Expired: no longer offered for a session")
        if column is LotColumn.USED:
            return self.tr("What signed sessions used of this lot")
        if column is LotColumn.LEFT and lot.quantity_left is None:
            if lot.details.quantity_received is not None:
                if lot.uncounted == 1:
                    return self.tr(
                        "Not known: 1 signed session gave it without saying how many units"
                    )
                return self.tr(
                    "Not known: %1 signed sessions gave it without saying how many units"
                ).replace("%1", QLocale().toString(lot.uncounted))
            return self.tr("Not counted: no quantity received was entered")
        return None
