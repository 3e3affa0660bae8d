"""The catalogue in words, as its window and dialogs show it: units, amounts, prices and
GTINs in the locale's form, each form's fields for a save someone else's change refused or
merged (ui.common.versioned_saves), and who may change the catalogue."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import Solution
from mesolog.domain.products import ProductUnit
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.labels import solution_label
from mesolog.ui.common.record_conflicts import FieldWords, empty_text, number_text

PRICE_PLACES = 2


def may_change_catalogue(clinic: Clinic) -> bool:
    """Whether whoever is logged in may change the catalogue (anyone, without accounts)."""
    account = clinic.account
    return account is None or account.may(Permission.CATALOGUE)


def read_only_reason() -> str:
    return QCoreApplication.translate(
        "Catalogue", "Only clinicians and administrators change the catalogue; you may read it."
    )


def unit_label(unit: ProductUnit) -> str:
    return (
        QCoreApplication.translate("Catalogue", "ml")
        if unit is ProductUnit.ML
        else QCoreApplication.translate("Catalogue", "units")
    )


def amount_text(value: float | None, unit: ProductUnit | None = None) -> str:
    """1.5 ml as the locale writes it (1,5 ml in Greek), 1 unit, 2 units; "" for none."""
    if value is None:
        return ""
    if unit is ProductUnit.UNITS and value == 1:
        return number_text(value, QCoreApplication.translate("Catalogue", "unit"))
    return number_text(value, unit_label(unit) if unit is not None else "")


def price_text(price: Decimal | None, unit: ProductUnit) -> str:
    """18.40 per ml, with the locale's decimal mark; "" for none."""
    if price is None:
        return ""
    number = QLocale().toString(float(price), "f", PRICE_PLACES)
    per = (
        QCoreApplication.translate("Catalogue", "%1 per ml")
        if unit is ProductUnit.ML
        else QCoreApplication.translate("Catalogue", "%1 per unit")
    )
    return per.replace("%1", number)


def shown_gtin(gtin: str) -> str:
    """A stored GTIN-14 as printed under the product's barcode: the EAN-8, UPC-A or EAN-13
    that it holds after its leading zeros, else the GTIN-14 itself."""
    if len(gtin) != 14:
        return gtin
    for length in (8, 12, 13):
        if gtin[: 14 - length] == "0" * (14 - length):
            return gtin[14 - length :]
    return gtin


def expiry_text(expiry: dt.date, today: dt.date) -> str:
    """The expiry date, or "expired on …" once it has passed."""
    if expiry < today:
        return QCoreApplication.translate("Catalogue", "expired on %1").replace(
            "%1", shown_date(expiry)
        )
    return shown_date(expiry)


def _number_or_empty(value: float | None) -> str:
    return empty_text() if value is None else number_text(value)


def _price_or_empty(value: Decimal | None) -> str:
    return empty_text() if value is None else QLocale().toString(float(value), "f", PRICE_PLACES)


def _day_or_empty(value: dt.date | None) -> str:
    return empty_text() if value is None else shown_date(value)


def _counted(value: float | None) -> str:
    return (
        QCoreApplication.translate("Catalogue", "not counted")
        if value is None
        else number_text(value)
    )


def product_fields() -> FieldWords:
    return FieldWords(
        captions={
            "name": QCoreApplication.translate("Catalogue", "Name"),
            "manufacturer": QCoreApplication.translate("Catalogue", "Manufacturer"),
            "solution": QCoreApplication.translate("Catalogue", "Solution"),
            "concentration": QCoreApplication.translate("Catalogue", "Concentration"),
            "unit": QCoreApplication.translate("Catalogue", "Unit"),
            "gtin": QCoreApplication.translate("Catalogue", "GTIN"),
            "default_volume": QCoreApplication.translate("Catalogue", "Default amount"),
            "price_per_unit": QCoreApplication.translate("Catalogue", "Price per unit"),
            "notes": QCoreApplication.translate("Catalogue", "Notes"),
        },
        values={
            "solution": lambda value: solution_label(Solution(value)),
            "unit": lambda value: unit_label(ProductUnit(value)),
            "gtin": lambda value: shown_gtin(value) if value else empty_text(),
            "default_volume": _number_or_empty,
            "price_per_unit": _price_or_empty,
        },
    )


def lot_fields() -> FieldWords:
    return FieldWords(
        captions={
            "product_id": QCoreApplication.translate("Catalogue", "Product"),
            "lot_number": QCoreApplication.translate("Catalogue", "Lot number"),
            "expiry_date": QCoreApplication.translate("Catalogue", "Expiry date"),
            "received_on": QCoreApplication.translate("Catalogue", "Received on"),
            "quantity_received": QCoreApplication.translate("Catalogue", "Quantity received"),
        },
        values={
            "received_on": _day_or_empty,
            "quantity_received": _counted,
        },
    )
