"""The product catalogue of an interchange file (checked by the domain's rules in
services.transfer_reading): sorted against the database, and written in the import's
transaction.

A product or lot whose id the database holds with the same content is present (a
product as the catalogue stores it: names without surrounding spaces, the GTIN as 14
digits, and retired alike); with other content, or under another product for a lot, it
is a conflict, because an import never overwrites a record. A new product whose name
(compared folded, domain.products.name_key) or GTIN another product of the database has
is refused, naming the field and the value; so is a new lot whose number (upper-cased)
another lot of its product has. What sessions used of a lot is not in the file: it is
counted from them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from mesolog.domain.errors import Violation
from mesolog.domain.ids import LotId
from mesolog.domain.products import lot_key, name_key, normal_gtin
from mesolog.domain.texts import phrase
from mesolog.interchange.clinic_file import Catalogue, FiledLot, FiledProduct
from mesolog.persistence.base import Base
from mesolog.persistence.catalogue_models import LotRow, ProductRow
from mesolog.persistence.catalogue_rows import (
    fill_lot_row,
    fill_product_row,
    lot_from_row,
    lots,
    product_from_row,
    products,
)
from mesolog.services.products import PRODUCT
from mesolog.services.transfer_plan import DIFFERS

NAME_HELD = phrase(
    "Transfer", "a name no other product in the database has (compared without case or accents)"
)
GTIN_HELD = phrase("Transfer", "a GTIN no other product in the database has")
LOT_HELD = phrase(
    "Transfer",
    "a lot number no other lot of the product has in the database (compared without case)",
)


@dataclass(slots=True)
class CataloguePlan:
    """What the database lacks of the file's catalogue, found without writing anything."""

    violations: list[Violation] = field(default_factory=list)
    new_products: list[FiledProduct] = field(default_factory=list)
    new_lots: list[FiledLot] = field(default_factory=list)
    products_present: int = 0
    lots_present: int = 0
    product_rows: dict[uuid.UUID, ProductRow] = field(default_factory=dict)


class _Held:
    """The database's catalogue, read once, indexed as the file is compared with it."""

    def __init__(self, s: Session) -> None:
        rows = products(s, retired=True)
        self.by_uuid = {row.uuid: row for row in rows}
        self.by_name = {row.name_key: row for row in rows}
        self.by_gtin = {row.gtin: row for row in rows if row.gtin}
        lot_rows = lots(s)
        self.lots = {row.uuid: row for row in lot_rows}
        self.lot_numbers = {(row.product.uuid, row.lot_key): row for row in lot_rows}


def plan_catalogue(s: Session, catalogue: Catalogue | None) -> CataloguePlan:
    """Sorts the file's products and lots into new, present and refused."""
    plan = CataloguePlan()
    if catalogue is None or not catalogue.products:
        return plan
    held = _Held(s)
    plan.product_rows = dict(held.by_uuid)
    for i, product in enumerate(catalogue.products):
        base = f"catalogue.products[{i}]"
        row = held.by_uuid.get(product.id)
        if row is None:
            plan.new_products.append(product)
            plan.violations += _taken(held, product, base)
        elif not _same_product(row, product):
            plan.violations.append(Violation(f"{base}.id", str(product.id), DIFFERS))
        else:
            plan.products_present += 1
        for j, lot in enumerate(product.lots):
            _sort_lot(plan, held, lot, f"{base}.lots[{j}]")
    return plan


def _same_product(row: ProductRow, product: FiledProduct) -> bool:
    stored = product_from_row(row)
    same = stored.details == PRODUCT.tidied(product.details)
    return same and stored.retired_at == product.retired_at


def _taken(held: _Held, product: FiledProduct, base: str) -> list[Violation]:
    found = []
    details = product.details
    other = held.by_name.get(name_key(details.name))
    if other is not None:
        allowed = phrase("Transfer", "{name_held}: product {uuid} has it").having(
            name_held=NAME_HELD, uuid=other.uuid
        )
        found.append(Violation(f"{base}.name", details.name.strip(), allowed))
    gtin = normal_gtin(details.gtin)
    other = None if gtin is None else held.by_gtin.get(gtin)
    if other is not None:
        allowed = phrase("Transfer", "{gtin_held}: {name} (product {uuid}) has it").having(
            gtin_held=GTIN_HELD, name=other.name, uuid=other.uuid
        )
        found.append(Violation(f"{base}.gtin", details.gtin.strip(), allowed))
    return found


def _sort_lot(plan: CataloguePlan, held: _Held, lot: FiledLot, path: str) -> None:
    row = held.lots.get(lot.id)
    if row is None:
        plan.new_lots.append(lot)
        other = held.lot_numbers.get((lot.details.product_id, lot_key(lot.details.lot_number)))
        if other is not None:
            allowed = phrase("Transfer", "{lot_held}: lot {uuid} of {name} has it").having(
                lot_held=LOT_HELD, uuid=other.uuid, name=other.product.name
            )
            plan.violations.append(Violation(f"{path}.lot_number", lot.details.lot_number, allowed))
    elif lot_from_row(row).details != replace(
        lot.details, lot_number=lot.details.lot_number.strip()
    ):
        plan.violations.append(Violation(f"{path}.id", str(lot.id), DIFFERS))
    else:
        plan.lots_present += 1


def add_catalogue(
    s: Session, plan: CataloguePlan, *, now: dt.datetime, detail: str
) -> list[tuple[str, Base, str]]:
    """Adds the plan's new products and lots; returns what the audit log should say of
    each (entity, row, detail). `detail` says where they came from."""
    written: list[tuple[str, Base, str]] = []
    for product in plan.new_products:
        row = ProductRow(uuid=product.id, created_at=now, retired_at=product.retired_at)
        fill_product_row(row, product.details)
        s.add(row)
        plan.product_rows[row.uuid] = row
        retired = "; retired in the file" if product.retired_at is not None else ""
        written.append(("product", row, f"{detail}{retired}".removeprefix("; ")))
    for lot in plan.new_lots:
        product_row = plan.product_rows[lot.details.product_id]
        lot_row = LotRow(uuid=lot.id, product=product_row, created_at=now)
        fill_lot_row(lot_row, lot.details)
        s.add(lot_row)
        written.append(("lot", lot_row, detail))
    return written


def catalogue_of(s: Session) -> Catalogue:
    """The database's catalogue as an export writes it: every product by name, retired
    ones too, each with its lots, newest expiry first."""
    filed: dict[int, list[FiledLot]] = defaultdict(list)
    for row in lots(s):
        filed[row.product_id].append(FiledLot(LotId(row.uuid), lot_from_row(row).details))
    return Catalogue(
        tuple(
            FiledProduct(product.id, product.details, product.retired_at, tuple(filed[row.id]))
            for row in products(s, retired=True)
            for product in [product_from_row(row)]
        )
    )
