"""The demo clinic's product catalogue: its eleven invented products (services.demo_clinical)
with a manufacturer, a GTIN, a price and a default amount, and the lots its sessions used.

GTINs use the GS1 prefix 952, which GS1 keeps for demonstrations and examples, so no
real product has one; their check digits are right, so a scan of a printed one finds the
product. The in-house vitamin cocktail has none, as a mix made in the clinic has no
barcode. A lot is received a few days before its first use, in boxes of ten vials, so
that part of a box is left; its number and expiry are the sessions' (services.demo_lots
made one of them expired).

C-Bright is counted in ampoules (ProductUnit.UNITS): its price is an ampoule's, its default
amount one ampoule, and its lots are received and used in ampoules (the units its sessions
gave, services.demo_ampoules).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from mesolog.domain.products import ProductInput, ProductUnit, gtin_check_digit
from mesolog.domain.records import SessionInput
from mesolog.domain.texts import Text, phrase, verbatim
from mesolog.services import demo_clinical as clinical
from mesolog.services.demo_clinical import NONE, Say

COMPANY = "9520417"
"""The GS1 prefix 952 (demonstrations and examples) and an invented company number."""


class _Facts(NamedTuple):
    manufacturer: Text
    item: int | None
    """The item reference of its GTIN; None: no barcode."""
    price: Decimal
    """Per ml, or per unit for a product counted in units."""
    default_amount: float
    vial: float
    """What a vial holds, in the product's unit (one ampoule)."""
    notes: Text = NONE
    unit: ProductUnit = ProductUnit.ML


_DERMAQUA, _FIRMALIS = verbatim("Dermaqua Laboratories"), verbatim("Firmalis Pharma")
_SILHOUETTE, _RENOVA = verbatim("Silhouette Labs"), verbatim("Renova Biotech")
"""Companies' names, the same in every language."""
_FACTS: dict[str, _Facts] = {
    "ha": _Facts(_DERMAQUA, 1501, Decimal("18.40"), 2.0, 2.0, phrase("Demo", "Store at 2–25 °C.")),
    "ha2": _Facts(_DERMAQUA, 2002, Decimal("21.50"), 2.0, 2.0),
    "dmae": _Facts(_FIRMALIS, 3003, Decimal("9.80"), 2.0, 5.0),
    "caf": _Facts(_SILHOUETTE, 2504, Decimal("6.20"), 5.0, 10.0),
    "pc": _Facts(
        _SILHOUETTE, 5005, Decimal("7.90"), 5.0, 10.0, phrase("Demo", "Not for the face.")
    ),
    "vit": _Facts(
        phrase("Demo", "Clinic pharmacy", "the maker of a mix made in the clinic"),
        None,
        Decimal("12.00"),
        2.0,
        5.0,
        phrase("Demo", "Mixed in-house weekly."),
    ),
    "amino": _Facts(_RENOVA, 1206, Decimal("14.30"), 2.0, 5.0),
    "pept": _Facts(_RENOVA, 507, Decimal("32.00"), 1.0, 2.0),
    "tricho": _Facts(verbatim("Capilla Derm"), 808, Decimal("24.60"), 2.0, 5.0),
    "si": _Facts(_FIRMALIS, 509, Decimal("11.10"), 2.0, 5.0),
    "vitc": _Facts(
        verbatim("Lumina Vitalab"), 2210, Decimal("7.40"), 1.0, 1.0, unit=ProductUnit.UNITS
    ),
}


@dataclass(frozen=True, slots=True)
class DemoLot:
    lot_number: str
    expiry_date: dt.date
    received_on: dt.date
    quantity_received: float


@dataclass(frozen=True, slots=True)
class DemoProduct:
    details: ProductInput
    lots: tuple[DemoLot, ...]
    """Newest expiry first."""


def gtin(item: int) -> str:
    """The GTIN-13 of an item of COMPANY, written as 14 digits as the catalogue keeps it."""
    body = f"{COMPANY}{item:05d}"
    return f"0{body}{gtin_check_digit(body)}"


def demo_catalogue(
    entries: Iterable[SessionInput], *, seed: int = 7, say: Say = str
) -> tuple[DemoProduct, ...]:
    """Every product of the demo clinic, with the lots `entries` used; its texts written by
    `say` (`str`: English), as the sessions' were."""
    used: dict[tuple[str, str], list[tuple[dt.date, float, dt.date | None]]] = {}
    for entry in entries:
        for line in entry.treatments:
            for use in line.products:
                day = entry.performed_at.date()
                lot = (use.product_name, use.lot_number)
                amount = use.volume_ml if use.units is None else use.units
                used.setdefault(lot, []).append((day, amount, use.expiry_date))
    rng = random.Random(f"demo catalogue {seed}")
    found = []
    for key, product in clinical.PRODUCTS.items():
        facts = _FACTS[key]
        details = ProductInput(
            name=product.name,
            solution=product.solution,
            manufacturer=say(facts.manufacturer),
            concentration=say(product.concentration),
            unit=facts.unit,
            gtin="" if facts.item is None else gtin(facts.item),
            default_volume=facts.default_amount,
            price_per_unit=facts.price,
            notes=say(facts.notes),
        )
        lots = [
            _lot(number, uses, facts.vial, rng)
            for (name, number), uses in sorted(used.items())
            if name == product.name
        ]
        lots.sort(key=lambda lot: (lot.expiry_date, lot.lot_number), reverse=True)
        found.append(DemoProduct(details, tuple(lots)))
    return tuple(found)


def _lot(
    number: str,
    uses: list[tuple[dt.date, float, dt.date | None]],
    vial: float,
    rng: random.Random,
) -> DemoLot:
    """`uses`: each day used, the amount (in the product's unit) and the lot's expiry."""
    [expiry] = {expiry for _, _, expiry in uses}
    assert expiry is not None  # every demo use has its lot's expiry
    box = 10 * vial
    amount = sum(amount for _, amount, _ in uses)
    first = min(day for day, _, _ in uses)
    received = first - dt.timedelta(days=rng.randint(2, 12))
    return DemoLot(number, expiry, received, (amount // box + 1) * box)
