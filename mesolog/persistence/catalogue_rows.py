"""Products and lots: rows to records and back, and the queries the catalogue needs, with
what the signed sessions used of each lot."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from mesolog.domain.enums import SessionStatus
from mesolog.domain.ids import LotId, ProductId
from mesolog.domain.products import (
    Lot,
    LotInput,
    Product,
    ProductInput,
    ProductUnit,
    lot_key,
    name_key,
    normal_gtin,
)
from mesolog.persistence.catalogue_models import LotRow, ProductRow
from mesolog.persistence.models import PatientRow, ProductUseRow, SessionRow, TreatmentLineRow
from mesolog.persistence.queries import current_sessions

CENTS = Decimal(100)


def product_from_row(row: ProductRow) -> Product:
    cents = row.price_per_unit_cents
    details = ProductInput(
        name=row.name,
        solution=row.solution,
        manufacturer=row.manufacturer,
        concentration=row.concentration,
        unit=row.unit,
        gtin=row.gtin or "",
        default_volume=row.default_volume,
        price_per_unit=None if cents is None else Decimal(cents) / CENTS,
        notes=row.notes,
    )
    return Product(
        ProductId(row.uuid), details, row.created_at, row.retired_at, version=row.version
    )


def fill_product_row(row: ProductRow, details: ProductInput) -> None:
    """`details` (validated) into `row`, the texts stripped as they are stored."""
    row.name = " ".join(details.name.split())
    row.name_key = name_key(details.name)
    row.solution = details.solution
    row.manufacturer = details.manufacturer.strip()
    row.concentration = details.concentration.strip()
    row.unit = details.unit
    row.gtin = normal_gtin(details.gtin) if details.gtin.strip() else None
    row.default_volume = details.default_volume
    price = details.price_per_unit
    row.price_per_unit_cents = None if price is None else int(price * CENTS)
    row.notes = details.notes.strip()


class LotUsage(NamedTuple):
    """What the signed, current sessions used of a lot, in its product's unit."""

    amount: float = 0.0
    uses: int = 0
    uncounted: int = 0
    """Uses of a product counted in units that gave no units (before units were recorded,
    or left empty): with any, what is left is not known."""


NO_USE = LotUsage()


def lot_from_row(row: LotRow, usage: LotUsage = NO_USE) -> Lot:
    details = LotInput(
        ProductId(row.product.uuid),
        row.lot_number,
        row.expiry_date,
        row.received_on,
        row.quantity_received,
    )
    return Lot(
        LotId(row.uuid),
        details,
        row.product.name,
        row.product.unit,
        row.created_at,
        used=usage.amount,
        uncounted=usage.uncounted,
        version=row.version,
    )


def fill_lot_row(row: LotRow, details: LotInput) -> None:
    row.lot_number = details.lot_number.strip()
    row.lot_key = lot_key(details.lot_number)
    row.expiry_date = details.expiry_date
    row.received_on = details.received_on
    row.quantity_received = details.quantity_received


def product_by_uuid(s: Session, product_id: ProductId) -> ProductRow | None:
    return s.scalar(select(ProductRow).where(ProductRow.uuid == product_id))


def product_by_name(s: Session, name: str) -> ProductRow | None:
    return s.scalar(select(ProductRow).where(ProductRow.name_key == name_key(name)))


def product_by_gtin(s: Session, gtin: str) -> ProductRow | None:
    normal = normal_gtin(gtin)
    if normal is None:
        return None
    return s.scalar(select(ProductRow).where(ProductRow.gtin == normal))


def products(s: Session, *, retired: bool) -> Sequence[ProductRow]:
    """By name; the retired ones too when `retired`."""
    query = select(ProductRow).order_by(ProductRow.name_key)
    if not retired:
        query = query.where(ProductRow.retired_at.is_(None))
    return s.scalars(query).all()


def lot_by_uuid(s: Session, lot_id: LotId) -> LotRow | None:
    return s.scalar(
        select(LotRow).where(LotRow.uuid == lot_id).options(selectinload(LotRow.product))
    )


def lot_of_product(s: Session, product: ProductRow, lot_number: str) -> LotRow | None:
    return s.scalar(
        select(LotRow).where(LotRow.product_id == product.id, LotRow.lot_key == lot_key(lot_number))
    )


def lots(s: Session, product_ids: Collection[int] | None = None) -> Sequence[LotRow]:
    """The lots of those products (of every product if None), newest expiry first."""
    query = (
        select(LotRow)
        .options(selectinload(LotRow.product))
        .order_by(LotRow.expiry_date.desc(), LotRow.lot_key)
    )
    if product_ids is not None:
        query = query.where(LotRow.product_id.in_(product_ids))
    return s.scalars(query).all()


def used_of(s: Session, rows: Sequence[LotRow]) -> dict[int, LotUsage]:
    """What the signed, current sessions used of each lot (by the row's id), in its product's
    unit: the volumes, or the units, of the product uses that name its product (folded) and
    its lot number (upper-cased)."""
    keys = {row.lot_key for row in rows}
    if not keys:
        return {}
    use, line = ProductUseRow, TreatmentLineRow
    query = (
        select(
            use.product_key,
            use.lot_key,
            func.sum(use.volume_ml),
            func.sum(use.units),
            func.count(),
            func.count(use.units),
        )
        .join(line, use.treatment_line_id == line.id)
        .join(SessionRow, line.session_id == SessionRow.id)
        .join(PatientRow, SessionRow.patient_id == PatientRow.id)
        .where(
            use.lot_key.in_(keys),
            use.product_key.in_({row.product.name_key for row in rows}),
            use.voided_at.is_(None),
            line.voided_at.is_(None),
            SessionRow.status == SessionStatus.SIGNED,
            PatientRow.voided_at.is_(None),
            current_sessions(),
        )
        .group_by(use.product_key, use.lot_key)
    )
    totals: dict[tuple[str, str], tuple[float, float, int, int]] = {
        (name, lot): (float(volume), float(units or 0), uses, with_units)
        for name, lot, volume, units, uses, with_units in s.execute(query)
    }
    used: dict[int, LotUsage] = {}
    for row in rows:
        volume, units, uses, with_units = totals.get(
            (row.product.name_key, row.lot_key), (0.0, 0.0, 0, 0)
        )
        if row.product.unit is ProductUnit.UNITS:
            used[row.id] = LotUsage(round(units, 3), uses, uses - with_units)
        else:
            used[row.id] = LotUsage(round(volume, 3), uses)
    return used
