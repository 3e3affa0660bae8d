"""A product name field completed from the catalogue: as a name is typed, the products in
use whose name or manufacturer words start with the words typed (Greek or Latin, accents
ignored: the catalogue service's `matching`) drop down under it; one chosen (arrow keys and
Enter, or a click) is announced, for the row to fill its solution and concentration."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QStyle

from mesolog.domain.errors import KnownError
from mesolog.domain.products import Product
from mesolog.ui.common.labels import solution_label

OFFERED = 12
"""Products offered at once: the first words typed narrow a larger catalogue quickly."""
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1


def offer_text(product: Product) -> str:
    """ "HydraBoost 1.5% · Dermica · Hyaluronic acid 1.5%": enough to tell two apart."""
    details = product.details
    what = f"{solution_label(details.solution)} {details.concentration}".strip()
    return " · ".join(part for part in (details.name, details.manufacturer, what) if part)


class CatalogueCompleter(QObject):
    """Completes `field` with the products `matching` finds for the text typed; `chosen`
    carries the Product picked."""

    chosen = Signal(object)

    def __init__(self, field: QLineEdit, matching: Callable[[str], list[Product]]) -> None:
        super().__init__(field)
        self._field = field
        self._matching = matching
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self.model)
        # The service has matched already (folded, word by word): the popup shows its
        # rows as they are, never filtering them again by a prefix.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(field)
        popup = self.completer.popup()
        assert popup is not None, "a completer makes its popup"
        popup.setObjectName("product_offers")
        self.popup: QAbstractItemView = popup
        self.completer.activated.connect(self._activated)
        field.textEdited.connect(self._typed)

    def offered(self) -> list[str]:
        """The texts the popup offers now (for tests and screen readers)."""
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def _typed(self, text: str) -> None:
        products: list[Product] = []
        if text.strip():
            try:
                products = self._matching(text)[:OFFERED]
            except KnownError:
                products = []  # no offer then; what is typed stays as typed
        self.model.clear()
        for product in products:
            item = QStandardItem(offer_text(product))
            item.setData(product, PRODUCT_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        popup = self.popup
        if not products:
            popup.hide()
            return
        rect = self._field.rect()
        bar = popup.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        rect.setWidth(max(rect.width(), popup.sizeHintForColumn(0) + bar + 8))
        self.completer.complete(rect)

    def _activated(self, text: str) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.text() == text:
                self.chosen.emit(item.data(PRODUCT_ROLE))
                return
