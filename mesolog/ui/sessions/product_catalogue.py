"""The clinic's product catalogue as the session editor uses it: products completed from
what is typed, a product's lots in date on the session's day, and what a row holds added in
place by whoever manages the catalogue.

Sessions never point at the catalogue: a product row keeps its own name, concentration, lot
and expiry (`records.ProductUse`), which the catalogue only fills in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from mesolog.domain.accounts import Permission
from mesolog.domain.products import Lot, LotInput, Product, ProductInput
from mesolog.services.clinic import Clinic


class ProductCatalogue(QObject):
    """One editor's window on the catalogue; `grew` follows a product or lot added from it."""

    grew = Signal()

    def __init__(self, clinic: Clinic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic

    @property
    def may_add(self) -> bool:
        """Whether whoever is logged in manages the catalogue (clinicians and admins)."""
        account = self._clinic.account
        return account is None or account.may(Permission.CATALOGUE)

    def has_products(self) -> bool:
        return bool(self._clinic.products.matching("", limit=1))

    def matching(self, typed: str) -> list[Product]:
        """The products in use that a name typed (its first letters, or any word's) fits."""
        return self._clinic.products.matching(typed)

    def named(self, name: str) -> Product | None:
        """The product of that name, retired or not (None for an empty name)."""
        return self._clinic.products.named(name) if name.strip() else None

    def usable_lots(self, product: Product, day: dt.date) -> list[Lot]:
        """The product's lots not expired on `day`, newest expiry first."""
        return self._clinic.lots.usable(product.id, day)

    def lot(self, product: Product, number: str) -> Lot | None:
        """The product's lot of that number (compared upper-cased), expired or not."""
        return self._clinic.lots.find(product.id, number) if number.strip() else None

    def add_product(self, details: ProductInput) -> Product:
        product = self._clinic.products.add(details)
        self.grew.emit()
        return product

    def add_lot(self, details: LotInput) -> Lot:
        lot = self._clinic.lots.add(details)
        self.grew.emit()
        return lot
