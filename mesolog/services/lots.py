"""The lots of the catalogue's products: what arrived, when it expires, and what the
signed sessions used of it; the lots the editor offers for a session's day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import NotFoundError, StateError, Violation
from mesolog.domain.ids import LotId, ProductId, new_lot_id
from mesolog.domain.products import Lot, LotInput, lot_key, validate_lot
from mesolog.domain.texts import phrase
from mesolog.domain.validation import raise_if_any
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.catalogue_models import LotRow, ProductRow
from mesolog.persistence.catalogue_rows import (
    fill_lot_row,
    lot_by_uuid,
    lot_from_row,
    lot_of_product,
    lots,
    product_by_uuid,
    used_of,
)
from mesolog.persistence.digests import record_digest
from mesolog.services.conflicts import Saved, Versioned, same_record
from mesolog.services.context import ServiceContext

LOT: Versioned[Lot, LotInput] = Versioned("lot", "lot", lambda lot: lot.details)


class LotService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def of_product(self, product_id: ProductId) -> list[Lot]:
        """The product's lots, newest expiry first, with what sessions used of each."""
        with self._ctx.db.read() as s:
            product = self._product(s, product_id)
            return _with_use(s, lots(s, [product.id]))

    def all(self) -> list[Lot]:
        """Every lot of every product, newest expiry first."""
        with self._ctx.db.read() as s:
            return _with_use(s, lots(s))

    def usable(self, product_id: ProductId, on: dt.date) -> list[Lot]:
        """The lots a session on `on` may use: not expired that day, newest expiry first."""
        return [lot for lot in self.of_product(product_id) if not lot.expired_on(on)]

    def get(self, lot_id: LotId) -> Lot:
        with self._ctx.db.read() as s:
            row = self._load(s, lot_id)
            return lot_from_row(row, used_of(s, [row])[row.id])

    def find(self, product_id: ProductId, lot_number: str) -> Lot | None:
        """The product's lot with that number (compared upper-cased)."""
        with self._ctx.db.read() as s:
            row = lot_of_product(s, self._product(s, product_id), lot_number)
            return None if row is None else lot_from_row(row, used_of(s, [row])[row.id])

    def add(self, details: LotInput) -> Lot:
        raise_if_any(validate_lot(details, today=self._ctx.today()))
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            product = self._product(s, details.product_id)
            if product.retired_at is not None:
                raise StateError(
                    phrase(
                        "Products",
                        "The product {name} is retired: reinstate it before adding a lot.",
                    ).having(name=product.name)
                )
            raise_if_any(_taken(s, product, details, None))
            row = LotRow(uuid=new_lot_id(), product=product, created_at=self._ctx.now())
            fill_lot_row(row, details)
            s.add(row)
            self._ctx.audit(s, AuditAction.CREATE, "lot", record=row)
            return lot_from_row(row, used_of(s, [row])[row.id])

    def update(self, lot_id: LotId, details: LotInput, *, read: Lot) -> Saved[Lot]:
        """Saves the lot as typed into a form filled from `read` (merged with a change made
        meanwhile, see services.conflicts). Its product stays."""
        same_record(read.id, lot_id)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            row = self._load(s, lot_id)
            before = record_digest(row)
            used = used_of(s, [row])[row.id]

            def violations(typed: LotInput) -> list[Violation]:
                found = validate_lot(typed, today=self._ctx.today())
                if typed.product_id != read.details.product_id:
                    found.append(
                        Violation(
                            "product_id",
                            str(typed.product_id),
                            phrase("Products", "the lot's own product"),
                        )
                    )
                if not found and used.uses and lot_key(typed.lot_number) != row.lot_key:
                    found.append(
                        Violation(
                            "lot_number",
                            typed.lot_number.strip(),
                            phrase(
                                "Products",
                                "the number it has ({lot_number}): signed sessions name the lot by "
                                "it; add the other number as a lot of its own",
                            ).having(lot_number=row.lot_number),
                        )
                    )
                return found or _taken(s, row.product, typed, row)

            settled = LOT.settle(
                s,
                read=read,
                current=lot_from_row(row, used),
                typed=details,
                entity_uuid=row.uuid,
                validate=violations,
            )
            fill_lot_row(row, settled.content)
            self._ctx.audit(s, AuditAction.UPDATE, "lot", record=row, before=before)
            return settled.saved(lot_from_row(row, used))

    def _product(self, s: Session, product_id: ProductId) -> ProductRow:
        row = product_by_uuid(s, product_id)
        if row is None:
            raise NotFoundError(
                phrase("Products", "No product has the id {product_id}.").having(
                    product_id=product_id
                )
            )
        return row

    def _load(self, s: Session, lot_id: LotId) -> LotRow:
        row = lot_by_uuid(s, lot_id)
        if row is None:
            raise NotFoundError(
                phrase("Products", "No lot has the id {lot_id}.").having(lot_id=lot_id)
            )
        return row


def _with_use(s: Session, rows: Sequence[LotRow]) -> list[Lot]:
    used = used_of(s, rows)
    return [lot_from_row(row, used[row.id]) for row in rows]


def _taken(
    s: Session, product: ProductRow, details: LotInput, row: LotRow | None
) -> list[Violation]:
    other = lot_of_product(s, product, details.lot_number)
    if other is None or other is row:
        return []
    allowed = phrase(
        "Products", "a lot number {name} has no other lot with (compared without case)"
    ).having(name=product.name)
    return [Violation("lot_number", details.lot_number.strip(), allowed)]
