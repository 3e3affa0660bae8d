"""The clinic's product catalogue: the products it injects and the lots it received.

A session keeps its own copy of what was used (product name, concentration, lot number,
expiry: `records.ProductUse`), so a later edit of the catalogue never changes a signed
record. The catalogue and the sessions meet by the product's name, compared folded
(`name_key`: case and accents ignored), and the lot number, compared upper-cased
(`lot_key`); for that, a product's name is unique in the catalogue and a lot number is
unique within its product.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from mesolog.domain import limits
from mesolog.domain.enums import Solution
from mesolog.domain.errors import Violation
from mesolog.domain.ids import LotId, ProductId
from mesolog.domain.limits import Range
from mesolog.domain.text import fold
from mesolog.domain.text_rules import text_violations
from mesolog.domain.texts import Text, phrase, phrase_n

MANUFACTURER_MAX = 100
GTIN_LENGTHS = (8, 12, 13, 14)
"""GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14, kept as 14 digits."""
PRICE_PER_UNIT = Range(0, 100_000)
PRICE_PLACES = 2
QUANTITY_RECEIVED = Range(0, 100_000, low_exclusive=True)


class ProductUnit(StrEnum):
    """What a product is counted in: its default amount, its stock and its price."""

    ML = "ml"
    UNITS = "units"


@dataclass(frozen=True, slots=True)
class ProductInput:
    name: str
    solution: Solution
    manufacturer: str = ""
    concentration: str = ""
    """As printed on the product, e.g. '1.5%' or '20 mg/ml'."""
    unit: ProductUnit = ProductUnit.ML
    gtin: str = ""
    """The barcode's GTIN, 14 digits once stored ("" when the product has none)."""
    default_volume: float | None = None
    """What a session usually uses, in the product's unit: filled in when it is chosen."""
    price_per_unit: Decimal | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Product:
    id: ProductId
    details: ProductInput
    created_at: dt.datetime
    retired_at: dt.datetime | None = None
    """Set when the clinic stopped using it: it is no longer offered, and stays for the
    sessions that used it."""
    version: int = field(default=0, compare=False)

    @property
    def active(self) -> bool:
        return self.retired_at is None


@dataclass(frozen=True, slots=True)
class LotInput:
    product_id: ProductId
    lot_number: str
    expiry_date: dt.date
    received_on: dt.date | None = None
    quantity_received: float | None = None
    """In the product's unit; None when the clinic does not count its stock."""


@dataclass(frozen=True, slots=True)
class Lot:
    id: LotId
    details: LotInput
    product_name: str
    unit: ProductUnit
    created_at: dt.datetime
    used: float = 0.0
    """What the signed, current sessions used of it, in the product's unit (the units they
    gave of a product counted in units)."""
    uncounted: int = 0
    """Its signed, current uses that gave no units of a product counted in units (recorded
    before units were, or left empty): what is left of it is then not known."""
    version: int = field(default=0, compare=False)

    @property
    def quantity_left(self) -> float | None:
        """What is left of what was received; None when the clinic does not count the lot,
        or some of its uses gave no units of a product counted in units."""
        received = self.details.quantity_received
        if received is None or self.uncounted:
            return None
        return round(received - self.used, 3)

    def expired_on(self, day: dt.date) -> bool:
        return self.details.expiry_date < day


def name_key(name: str) -> str:
    """How product names are compared: folded, spaces collapsed."""
    return " ".join(fold(name).split())


def lot_key(lot_number: str) -> str:
    """How lot numbers are compared: stripped and upper-cased (labels print them in capitals,
    people type them either way)."""
    return lot_number.strip().upper()


def gtin_check_digit(digits: str) -> int:
    """GS1's check digit of the digits before it (weights 3 and 1 from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def normal_gtin(text: str) -> str | None:
    """`text` as a 14-digit GTIN, or None if it is not one (length or check digit)."""
    digits = text.strip()
    if not digits.isascii() or not digits.isdigit() or len(digits) not in GTIN_LENGTHS:
        return None
    if gtin_check_digit(digits[:-1]) != int(digits[-1]):
        return None
    return digits.zfill(14)


def validate_product(product: ProductInput) -> list[Violation]:
    found = text_violations("name", product.name, maximum=limits.PRODUCT_NAME_MAX)
    if not found and not product.name.strip():
        named = phrase_n("Products", "the product's name (1 to %n characters)", None, 1)
        found.append(Violation("name", "", named.counting(limits.PRODUCT_NAME_MAX)))
    found += text_violations("manufacturer", product.manufacturer, maximum=MANUFACTURER_MAX)
    found += text_violations(
        "concentration", product.concentration, maximum=limits.CONCENTRATION_MAX
    )
    if product.gtin.strip() and normal_gtin(product.gtin) is None:
        gtin = phrase(
            "Products", "a GTIN of 8, 12, 13 or 14 digits whose last digit is its check digit"
        )
        found.append(Violation("gtin", product.gtin.strip(), gtin))
    if product.default_volume is not None:
        ml = product.unit is ProductUnit.ML
        allowed = limits.VOLUME_ML if ml else limits.UNITS_AMOUNT
        if not allowed.contains(product.default_volume):
            unit = product.unit.value if ml else limits.UNITS
            found.append(
                Violation("default_volume", product.default_volume, allowed.describe(unit))
            )
    price = product.price_per_unit
    if price is not None and (
        not PRICE_PER_UNIT.contains(float(price)) or price.as_tuple().exponent < -PRICE_PLACES  # type: ignore[operator]
    ):
        found.append(Violation("price_per_unit", str(price), price_allowed(PRICE_PER_UNIT)))
    found += text_violations("notes", product.notes, multiline=True)
    return found


def price_allowed(span: Range) -> Text:
    """What a price may be: "0 to 100000 with at most 2 decimals"."""
    places = phrase_n("Products", "{range} with at most %n decimals", None, 1)
    return places.counting(PRICE_PLACES, range=span.describe())


def validate_lot(lot: LotInput, *, today: dt.date) -> list[Violation]:
    found = text_violations("lot_number", lot.lot_number, maximum=limits.LOT_NUMBER_MAX)
    if not found and not lot.lot_number.strip():
        printed = phrase("Products", "the lot number printed on the product")
        found.append(Violation("lot_number", "", printed))
    if lot.received_on is not None and lot.received_on > today:
        up_to = phrase("Products", "a day up to {day}").having(day=today)
        found.append(Violation("received_on", lot.received_on.isoformat(), up_to))
    received = lot.quantity_received
    if received is not None and not QUANTITY_RECEIVED.contains(received):
        found.append(Violation("quantity_received", received, QUANTITY_RECEIVED.describe()))
    return found
