"""Completion lists under a product row's name and lot fields, used from the keyboard.

The list follows the letters typed (the catalogue does the matching, so the completer shows
what it is given unfiltered); Down opens it when it is closed, and a lot field opens it on
its own when entered empty. Down and Up move in the list, Enter (or a click) takes a line:
the field gets its text and `chosen` carries what it stands for. Esc closes the list, Tab
leaves the field with the line highlighted in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QStyle

from mesolog.domain.products import Lot, Product, lot_key
from mesolog.ui.catalogue.catalogue_words import unit_label
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.record_conflicts import number_text

TEXT_ROLE = Qt.ItemDataRole.UserRole
"""The text a line puts in the field (the list shows more)."""
VISIBLE_LINES = 8
WIDEST_LIST = 640
"""Pixels: a list wider than its field shows whole lines, up to this."""
_ENTERED = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
"""How a person enters a field (not the focus coming back from the list or the window)."""


@dataclass(frozen=True)
class Choice:
    """One line of a list: `shown` in the list, `text` put in the field, `item` chosen."""

    text: str
    shown: str
    item: Product | Lot


def product_choices(products: Sequence[Product]) -> list[Choice]:
    """ "HydraBoost · 1.5% — Dermica": the name, its concentration, its manufacturer."""
    choices = []
    for product in products:
        details = product.details
        shown = details.name
        if details.concentration:
            shown += f" · {details.concentration}"
        if details.manufacturer:
            shown += f" — {details.manufacturer}"
        choices.append(Choice(details.name, shown, product))
    return choices


def lot_choices(lots: Sequence[Lot], typed: str = "") -> list[Choice]:
    """ "HB-2701 · expires 31/01/2027 · 4 ml left" (or "· 4 units left", in the product's
    unit) for each lot whose number holds what was typed (capitals or not)."""
    wanted = lot_key(typed)
    choices = []
    for lot in lots:
        number = lot.details.lot_number
        if wanted not in lot_key(number):
            continue
        parts = [
            number,
            QCoreApplication.translate("ProductRow", "expires %1").replace(
                "%1", shown_date(lot.details.expiry_date)
            ),
        ]
        if lot.quantity_left is not None:
            left = number_text(lot.quantity_left, unit_label(lot.unit))
            parts.append(QCoreApplication.translate("ProductRow", "%1 left").replace("%1", left))
        choices.append(Choice(number, " · ".join(parts), lot))
    return choices


class Choices(QAbstractListModel):
    """The lines the list shows now."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Choice] = []

    def set_items(self, items: list[Choice]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        choice = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.shown
        if role in (Qt.ItemDataRole.EditRole, TEXT_ROLE):
            return choice.text
        return None


class CatalogueCompleter(QCompleter):
    """Completes `field` with the choices `offer` gives for a text; `down_lists_all` makes
    Down list every choice whatever the field holds, `open_on_entry` opens the list when the
    field is entered empty."""

    chosen = Signal(object)

    def __init__(
        self,
        field: QLineEdit,
        offer: Callable[[str], list[Choice]],
        *,
        down_lists_all: bool = False,
        open_on_entry: bool = False,
    ) -> None:
        super().__init__(field)
        self._field = field
        self._offer = offer
        self._down_lists_all = down_lists_all
        self._open_on_entry = open_on_entry
        self.choices = Choices(self)
        self.setModel(self.choices)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompletionRole(TEXT_ROLE)
        self.setMaxVisibleItems(VISIBLE_LINES)
        field.setCompleter(self)
        field.textEdited.connect(self._fill)
        field.installEventFilter(self)
        self.activated.connect(self._activated)

    def _fill(self, text: str) -> None:
        """The lines for `text` (the field then opens or closes the list itself)."""
        self.choices.set_items(self._offer(text))
        popup = self.list_view()
        style = popup.style()
        margin = 2 * popup.frameWidth() + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        widest = popup.sizeHintForColumn(0) + margin if self.choices.items else 0
        popup.setMinimumWidth(min(max(widest, self._field.width()), WIDEST_LIST))

    def open_list(self, text: str) -> None:
        """Opens the list of the choices for `text`, none highlighted (not when there is none)."""
        self._fill(text)
        if self.choices.items:
            self.complete()
            self.list_view().setCurrentIndex(QModelIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._field and self._field.isEnabled() and not self._field.isReadOnly():
            if (
                isinstance(event, QFocusEvent)
                and event.type() == QEvent.Type.FocusIn
                and self._open_on_entry
                and event.reason() in _ENTERED
                and not self._field.text()
            ):
                self.open_list("")
            elif (
                isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and not self.list_view().isVisible()
            ):
                self.open_list("" if self._down_lists_all else self._field.text())
                return True
        return super().eventFilter(watched, event)

    def list_view(self) -> QAbstractItemView:
        popup = self.popup()
        assert popup is not None, "a completer makes its list when it is first asked for it"
        return popup

    def _activated(self, text: str) -> None:
        """A line taken: its text (a product's name, a lot's number) is unique in the list."""
        found = next((c for c in self.choices.items if c.text == text), None)
        if found is not None:
            self.chosen.emit(found.item)
