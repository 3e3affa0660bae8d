"""The product catalogue: listing, finding (as the editor completes a name, or by a
barcode's GTIN), adding, editing, retiring and reinstating products. Clinicians and
admins manage it; everyone who records sessions reads it."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import NotFoundError, StateError, Violation
from mesolog.domain.ids import ProductId, new_product_id
from mesolog.domain.products import Product, ProductInput, name_key, normal_gtin, validate_product
from mesolog.domain.text import fold
from mesolog.domain.texts import phrase
from mesolog.domain.validation import raise_if_any
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.catalogue_models import ProductRow
from mesolog.persistence.catalogue_rows import (
    fill_product_row,
    product_by_gtin,
    product_by_name,
    product_by_uuid,
    product_from_row,
    products,
)
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import ProductUseRow
from mesolog.services.conflicts import Saved, Versioned, same_record
from mesolog.services.context import ServiceContext


def _tidied(details: ProductInput) -> ProductInput:
    return replace(
        details,
        name=" ".join(details.name.split()),
        manufacturer=details.manufacturer.strip(),
        concentration=details.concentration.strip(),
        gtin=normal_gtin(details.gtin) or details.gtin.strip(),
        notes=details.notes.strip(),
    )


PRODUCT: Versioned[Product, ProductInput] = Versioned(
    "product", "product", lambda product: product.details, _tidied
)


class ProductService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def all(self, *, retired: bool = False) -> list[Product]:
        """The catalogue by name: the products in use, and the retired ones with `retired`."""
        with self._ctx.db.read() as s:
            return [product_from_row(row) for row in products(s, retired=retired)]

    def get(self, product_id: ProductId) -> Product:
        with self._ctx.db.read() as s:
            return product_from_row(self._load(s, product_id))

    def matching(self, typed: str, *, limit: int = 20) -> list[Product]:
        """Products in use whose name or manufacturer has a word starting with each word
        typed, case and accents ignored (Greek and Latin alike); those whose name starts
        with what was typed first."""
        wanted = fold(typed).split()
        found: list[tuple[bool, str, Product]] = []
        for product in self.all():
            words = fold(f"{product.details.name} {product.details.manufacturer}").split()
            if all(any(word.startswith(part) for word in words) for part in wanted):
                key = name_key(product.details.name)
                found.append((not key.startswith(" ".join(wanted)), key, product))
        return [product for *_, product in sorted(found, key=lambda item: item[:2])][:limit]

    def named(self, name: str) -> Product | None:
        """The product of that name (compared folded), retired or not."""
        with self._ctx.db.read() as s:
            row = product_by_name(s, name)
            return None if row is None else product_from_row(row)

    def with_gtin(self, gtin: str) -> Product | None:
        """The product whose barcode carries this GTIN (8 to 14 digits), retired or not."""
        with self._ctx.db.read() as s:
            row = product_by_gtin(s, gtin)
            return None if row is None else product_from_row(row)

    def add(self, details: ProductInput) -> Product:
        raise_if_any(validate_product(details))
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            raise_if_any(_taken(s, details, None))
            row = ProductRow(uuid=new_product_id(), created_at=self._ctx.now())
            fill_product_row(row, details)
            s.add(row)
            self._ctx.audit(s, AuditAction.CREATE, "product", record=row)
            return product_from_row(row)

    def update(
        self, product_id: ProductId, details: ProductInput, *, read: Product
    ) -> Saved[Product]:
        """Saves the product as typed into a form filled from `read` (merged with a change
        made meanwhile, see services.conflicts). A product sessions have used keeps its
        name: the sessions name it by it."""
        same_record(read.id, product_id)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            row = self._load(s, product_id)
            before = record_digest(row)

            def violations(typed: ProductInput) -> list[Violation]:
                found = validate_product(typed) or _taken(s, typed, row)
                if not found and name_key(typed.name) != row.name_key and _used(s, row.name):
                    found.append(
                        Violation(
                            "name",
                            typed.name.strip(),
                            phrase(
                                "Products",
                                "the name it has ({name}): signed sessions name the product by it; "
                                "retire it and add the product again under the new name",
                            ).having(name=row.name),
                        )
                    )
                if not found and typed.unit is not row.unit and (row.lots or _used(s, row.name)):
                    found.append(
                        Violation(
                            "unit",
                            typed.unit.value,
                            phrase(
                                "Products",
                                "the unit it has ({unit}): its lots and the sessions that used it "
                                "count in it; retire it and add the product again counted in the "
                                "other unit",
                            ).having(unit=row.unit.value),
                        )
                    )
                return found

            settled = PRODUCT.settle(
                s,
                read=read,
                current=product_from_row(row),
                typed=details,
                entity_uuid=row.uuid,
                validate=violations,
            )
            fill_product_row(row, settled.content)
            self._ctx.audit(s, AuditAction.UPDATE, "product", record=row, before=before)
            return settled.saved(product_from_row(row))

    def retire(self, product_id: ProductId) -> Product:
        """No longer offered in the editor; it stays for the sessions that used it."""
        return self._set_retired(product_id, retired=True)

    def reinstate(self, product_id: ProductId) -> Product:
        return self._set_retired(product_id, retired=False)

    def _set_retired(self, product_id: ProductId, *, retired: bool) -> Product:
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            row = self._load(s, product_id)
            if (row.retired_at is not None) == retired:
                state = phrase("Products", "retired") if retired else phrase("Products", "in use")
                raise StateError(
                    phrase("Products", "The product {name} is {state} already.").having(
                        name=row.name, state=state
                    )
                )
            before = record_digest(row)
            row.retired_at = self._ctx.now() if retired else None
            detail = "retired" if retired else "reinstated"
            self._ctx.audit(
                s, AuditAction.UPDATE, "product", record=row, before=before, detail=detail
            )
            return product_from_row(row)

    def _load(self, s: Session, product_id: ProductId) -> ProductRow:
        row = product_by_uuid(s, product_id)
        if row is None:
            raise NotFoundError(
                phrase("Products", "No product has the id {product_id}.").having(
                    product_id=product_id
                )
            )
        return row


def _taken(s: Session, details: ProductInput, row: ProductRow | None) -> list[Violation]:
    """The name or GTIN another product has."""
    found = []
    other = product_by_name(s, details.name)
    if other is not None and other is not row:
        allowed = phrase(
            "Products", "a name no other product has (compared without case or accents)"
        )
        found.append(Violation("name", details.name.strip(), allowed))
    if details.gtin.strip():
        other = product_by_gtin(s, details.gtin)
        if other is not None and other is not row:
            found.append(
                Violation(
                    "gtin",
                    details.gtin.strip(),
                    phrase("Products", "a GTIN no other product has ({name} has it)").having(
                        name=other.name
                    ),
                )
            )
    return found


def _used(s: Session, name: str) -> bool:
    """Whether a product use of any session names the product (compared folded)."""
    found = select(ProductUseRow.id).where(ProductUseRow.product_key == name_key(name)).limit(1)
    return s.scalar(found) is not None
