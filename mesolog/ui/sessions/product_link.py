"""A product row filled in from the catalogue, and the catalogue grown from the row.

A product chosen in the name's list (or its name typed in full) fills the solution and the
concentration, and its usual volume when the product is counted in ml and the row's volume is
still one it did not get from the person: the new row's 1 ml or an earlier product's. A
volume typed in the row, or brought back with a session or a draft, stays. A product counted
in units shows the row's units field, holding its usual amount (which is in units) unless
units were typed or brought, and empties a volume nobody typed: how many ml were injected is
the person's to say, never a default stored unread. A product counted in ml, or one the
catalogue lacks, takes away the units the catalogue filled in; units typed or brought stay,
shown, whatever the row's product (an edit of a name, even a retired product's, never drops
them). A lot of the product replaced leaves with it. A lot chosen in the lot's list (or its
number typed in full) fills the expiry date. Nothing is filled while a row is loaded: a
session or draft comes back exactly as it was.

What the row holds stays its own: a later change in the catalogue never reaches it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject

from mesolog.domain.enums import Solution
from mesolog.domain.errors import KnownError, ValidationError, Violation
from mesolog.domain.products import Lot, LotInput, Product, ProductInput, ProductUnit
from mesolog.ui.common.forms import violation_text
from mesolog.ui.common.translation import shown
from mesolog.ui.sessions.product_catalogue import ProductCatalogue
from mesolog.ui.sessions.product_completion import (
    CatalogueCompleter,
    Choice,
    lot_choices,
    product_choices,
)
from mesolog.ui.sessions.treatment_products import ProductRow

ROW_FIELDS = {"name": "product_name", "default_volume": "volume_ml"}
"""The row's field of a catalogue field refused, where their names differ."""


class CatalogueLink(QObject):
    """Links `row` to `catalogue` for as long as the row lives."""

    def __init__(self, row: ProductRow, catalogue: ProductCatalogue) -> None:
        super().__init__(row)
        self._row = row
        self._catalogue = catalogue
        self.product: Product | None = None
        """The catalogue's product (in use) that the row's name names."""
        self._name_typed = False
        self._lot_typed = False
        self.names = CatalogueCompleter(row.product_name, self._name_choices)
        self.lots = CatalogueCompleter(
            row.lot_number, self._lot_choices, down_lists_all=True, open_on_entry=True
        )
        self.names.chosen.connect(self._product_chosen)
        self.lots.chosen.connect(self._lot_chosen)
        row.product_name.textEdited.connect(self._name_edited)
        row.lot_number.textEdited.connect(self._lot_edited)
        row.product_name.editingFinished.connect(self._name_left)
        row.lot_number.editingFinished.connect(self._lot_left)
        row.offer.button.clicked.connect(self.add_to_catalogue)
        catalogue.grew.connect(self.refresh_offer)
        row.installEventFilter(self)
        self.resync()

    def resync(self) -> None:
        """Finds the row's product again (after the row was loaded), filling nothing."""
        found = self._catalogue.named(self._row.product_name.text())
        self.product = found if found is not None and found.active else None
        if self.product is not None and self.product.details.unit is ProductUnit.UNITS:
            self._row.count_units(None)
        self._name_typed = self._lot_typed = False
        self.refresh_offer()

    # completing

    def _name_choices(self, typed: str) -> list[Choice]:
        return product_choices(self._catalogue.matching(typed))

    def _lot_choices(self, typed: str) -> list[Choice]:
        if self.product is None:
            return []
        day = self._row.session_day or self._row.today()
        return lot_choices(self._catalogue.usable_lots(self.product, day), typed)

    def _name_edited(self, _text: str) -> None:
        self._name_typed = True

    def _lot_edited(self, _text: str) -> None:
        self._lot_typed = True

    def _product_chosen(self, item: object) -> None:
        if isinstance(item, Product):
            self._row.product_name.setText(item.details.name)
            self.choose_product(item)

    def _lot_chosen(self, item: object) -> None:
        if isinstance(item, Lot):
            self._row.lot_number.setText(item.details.lot_number)
            self.choose_lot(item)

    def _name_left(self) -> None:
        if self._name_typed:
            self._name_typed = False
            found = self._catalogue.named(self._row.product_name.text())
            if found is not None and found.active:
                self.choose_product(found)
            else:
                self.product = None
                self._row.count_no_units()
        self.refresh_offer()

    def _lot_left(self) -> None:
        if self._lot_typed and self.product is not None:
            self._lot_typed = False
            found = self._catalogue.lot(self.product, self._row.lot_number.text())
            if found is not None:
                self.choose_lot(found)
        self.refresh_offer()

    def choose_product(self, product: Product) -> None:
        """Fills the row from `product` (nothing when it is the row's product already)."""
        self._name_typed = False
        before = self.product
        if before is not None and before.id == product.id:
            return
        row, details = self._row, product.details
        row.solution.set_value(details.solution)
        row.concentration.setText(details.concentration)
        row.concentration.setCursorPosition(0)
        volume = details.default_volume
        if details.unit is ProductUnit.UNITS:
            row.count_units(volume)
            row.offer_volume(None)  # the usual amount is in units: the ml are the person's
        else:
            row.count_no_units()
            if volume is not None:
                row.offer_volume(volume)
        lot = row.lot_number.text()
        if before is not None and self._catalogue.lot(before, lot) is not None:
            row.lot_number.clear()
            row.expiry_date.set_value(None)
        self.product = product
        self.refresh_offer()

    def choose_lot(self, lot: Lot) -> None:
        self._lot_typed = False
        self._row.expiry_date.set_value(lot.details.expiry_date)
        self._row.expiry_date.check()
        self.refresh_offer()

    # adding to the catalogue

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._row and event.type() == QEvent.Type.EnabledChange:
            self.refresh_offer()
        return super().eventFilter(watched, event)

    def refresh_offer(self) -> None:
        """Offers to add the row's product or lot when the catalogue lacks it."""
        row, offer = self._row, self._row.offer
        name = row.product_name.text().strip()
        lot = row.lot_number.text().strip()
        if not (name and self._catalogue.may_add and row.isEnabled()):
            offer.hide()
            return
        product = self._catalogue.named(name)
        if product is None:
            offer.ask(
                (
                    self.tr("“%1” and its lot %2 are not in the catalogue.")
                    if lot
                    else self.tr("“%1” is not in the catalogue.")
                )
                .replace("%1", name)
                .replace("%2", lot)
            )
        elif product.active and lot and self._catalogue.lot(product, lot) is None:
            offer.ask(
                self.tr("The lot %1 of %2 is not in the catalogue.")
                .replace("%1", lot)
                .replace("%2", product.details.name)
            )
        else:
            offer.hide()

    def add_to_catalogue(self) -> None:
        """Adds the product as the row holds it, and its lot with the expiry typed."""
        row = self._row
        lot = row.lot_number.text().strip()
        expiry = row.expiry_date.value()
        product = self._catalogue.named(row.product_name.text())
        if product is not None and lot and expiry is None:
            row.errors.say(
                "expiry_date", self.tr("Type the lot's expiry date to add it to the catalogue")
            )
            return
        try:
            if product is None:
                product = self._catalogue.add_product(self._typed_product())
            if lot and expiry is not None:
                self._catalogue.add_lot(LotInput(product.id, lot, expiry))
        except ValidationError as error:
            self._refused(error.violations)
            return
        except KnownError as error:
            row.offer.fail(shown(error.text))
            return
        self.product = product if product.active else None
        self.refresh_offer()
        if row.offer.isHidden():
            row.offer.done(self.tr("Added to the catalogue."))

    def _typed_product(self) -> ProductInput:
        row = self._row
        return ProductInput(
            row.product_name.text().strip(),
            Solution(row.solution.value()),
            concentration=row.concentration.text().strip(),
            default_volume=row.volume_ml.value(),
        )

    def _refused(self, violations: tuple[Violation, ...]) -> None:
        """Each refusal beside the row's field it names; any other under the offer."""
        beside = [replace(v, path=ROW_FIELDS.get(v.path, v.path)) for v in violations]
        unplaced = self._row.errors.show(beside)
        if unplaced:
            self._row.offer.fail("\n".join(violation_text(v) for v in unplaced))
