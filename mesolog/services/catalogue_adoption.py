"""Building the catalogue from what the sessions recorded (`mesolog products adopt`, and once
on the upgrade that brought the catalogue): the products and lots the clinic has used.

Read from the product uses of the signed, current sessions of patients not voided (not
drafts, not voided uses or lines, not a version an amendment corrected). A product is
added for each name (compared folded, domain.products.name_key) the catalogue does not
have, retired products included: spelled, and with the solution and concentration, as
its most recent use has them, its default volume the median of its uses' volumes (ml).
A lot is added for each product's lot number (compared upper-cased) the catalogue does
not have, spelled as most recently used, expiring on the latest expiry the sessions
give; a lot no session gives an expiry for is skipped and reported, since a lot of the
catalogue has one. A use without a product name is counted, and matches nothing.

All in one transaction, each record audited as created ("adopted from sessions"); a
second run adds nothing. The sessions are read as a few grouped queries, so the work
grows with the number of different names and lots, not of sessions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import SessionStatus, Solution
from mesolog.domain.errors import KnownError
from mesolog.domain.ids import ProductId, new_lot_id, new_product_id
from mesolog.domain.products import (
    LotInput,
    ProductInput,
    lot_key,
    name_key,
    validate_lot,
    validate_product,
)
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.base import Base
from mesolog.persistence.catalogue_models import LotRow, ProductRow
from mesolog.persistence.catalogue_rows import fill_lot_row, fill_product_row, lots, products
from mesolog.persistence.models import PatientRow, ProductUseRow, SessionRow, TreatmentLineRow
from mesolog.services.context import ServiceContext

CATALOGUE_REVISION = "0011"
"""The schema revision that brought the catalogue: an upgrade through it adopts."""
ADOPTED = "adopted from sessions"
NO_EXPIRY = "no session gives its expiry"
REFUSED = "its name or concentration is not one the catalogue can hold"


@dataclass(frozen=True, slots=True)
class SkippedLot:
    product: str
    lot_number: str
    reason: str


@dataclass(frozen=True, slots=True)
class AdoptionReport:
    products_added: int
    lots_added: int
    uses: int
    """Product uses of signed, current sessions."""
    uses_matched: int
    """Those whose product is in the catalogue now."""
    uses_matched_to_lots: int
    """Those whose product and lot are in the catalogue now."""
    uses_without_name: int
    lots_skipped: tuple[SkippedLot, ...] = ()
    products_skipped: tuple[str, ...] = ()
    """Names the catalogue cannot hold (a control character in an old record)."""

    def summary(self) -> str:
        said = (
            f"{self.products_added} product(s) and {self.lots_added} lot(s) added to the "
            f"catalogue from the sessions; {self.uses_matched} of {self.uses} product use(s) "
            f"of signed sessions name a product of the catalogue, {self.uses_matched_to_lots} "
            f"a lot of it too; {self.uses_without_name} use(s) name no product."
        )
        if self.lots_skipped:
            said += f" {len(self.lots_skipped)} lot(s) skipped: {NO_EXPIRY}."
        if self.products_skipped:
            said += f" {len(self.products_skipped)} product name(s) skipped: {REFUSED}."
        return said


@dataclass(slots=True)
class _Lot:
    """What the sessions recorded under one lot number (upper-cased) of a product."""

    latest: dt.datetime
    number: str
    """As its most recent use spelled it."""
    expiry: dt.date | None
    """The latest expiry its uses give."""
    uses: int


@dataclass(slots=True)
class _Name:
    """What the sessions recorded under one folded product name."""

    latest: tuple[dt.datetime, int, str, Solution, str] | None = None
    """The most recent use (of the spellings used last, the one used most): when, how
    often, the name as spelled, its solution and concentration."""
    volumes: dict[float, int] = field(default_factory=dict)
    lots: dict[str, _Lot] = field(default_factory=dict)

    @property
    def uses(self) -> int:
        return sum(self.volumes.values())

    def product(self) -> ProductInput:
        assert self.latest is not None  # a name is recorded with its first use
        _, _, name, solution, concentration = self.latest
        return ProductInput(
            name=name,
            solution=solution,
            concentration=concentration,
            default_volume=_median(self.volumes),
        )


class CatalogueAdoption:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def adopt_from_sessions(self) -> AdoptionReport:
        """Adds the products and lots the sessions used that the catalogue lacks."""
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            return adopt(s, self._ctx)

    def on_upgrade(self) -> str:
        """The adoption Clinic.open runs once, when an upgrade brought the catalogue to a
        database that held records: maintenance by whoever opened the file, as the upgrade
        is (an account logged in already is checked). What was done, in words; a failure
        is said, not raised, since the upgrade itself is done and kept."""
        detail = f"{ADOPTED} on the upgrade to schema {CATALOGUE_REVISION}"
        try:
            with self._ctx.db.write() as s:
                self._ctx.require_when_logged_in(s, Permission.CATALOGUE)
                report = adopt(s, self._ctx, detail=detail)
        except KnownError as error:
            return (
                f"The catalogue was not built from the sessions ({error}); nothing was added. "
                "Run `mesolog products adopt` to build it."
            )
        return f"Catalogue: {report.summary()}"


def adopt(s: Session, context: ServiceContext, *, detail: str = ADOPTED) -> AdoptionReport:
    """The adoption in the transaction of `s`, audited by `context` with `detail`; the
    caller has checked who may."""
    names, without_name = _read_uses(s)
    held = {row.name_key: row for row in products(s, retired=True)}
    held_lots = {(row.product_id, row.lot_key) for row in lots(s)}
    written: list[tuple[str, Base, str]] = []
    skipped_products: list[str] = []
    skipped: list[SkippedLot] = []
    now, today = context.now(), context.today()
    for key, used in sorted(names.items()):
        row = held.get(key)
        if row is None:
            details = used.product()
            if validate_product(details):
                skipped_products.append(details.name)
                continue
            row = ProductRow(uuid=new_product_id(), created_at=now)
            fill_product_row(row, details)
            s.add(row)
            s.flush()
            held[key] = row
            written.append(("product", row, detail))
        for number_key, lot in sorted(used.lots.items()):
            if (row.id, number_key) in held_lots:
                continue
            details_of_lot = LotInput(ProductId(row.uuid), lot.number, lot.expiry or dt.date.min)
            if lot.expiry is None:
                skipped.append(SkippedLot(row.name, lot.number, NO_EXPIRY))
            elif validate_lot(details_of_lot, today=today):
                skipped.append(SkippedLot(row.name, lot.number, REFUSED))
            else:
                lot_row = LotRow(uuid=new_lot_id(), product=row, created_at=now)
                fill_lot_row(lot_row, details_of_lot)
                s.add(lot_row)
                held_lots.add((row.id, number_key))
                written.append(("lot", lot_row, detail))
    context.audit_all(s, AuditAction.CREATE, written)
    matched = [(held[key], used) for key, used in names.items() if key in held]
    return AdoptionReport(
        products_added=sum(1 for entity, _, _ in written if entity == "product"),
        lots_added=sum(1 for entity, _, _ in written if entity == "lot"),
        uses=sum(used.uses for used in names.values()) + without_name,
        uses_matched=sum(used.uses for _, used in matched),
        uses_matched_to_lots=sum(
            lot.uses
            for row, used in matched
            for number_key, lot in used.lots.items()
            if (row.id, number_key) in held_lots
        ),
        uses_without_name=without_name,
        lots_skipped=tuple(skipped),
        products_skipped=tuple(skipped_products),
    )


def _median(counts: dict[float, int]) -> float | None:
    """The median of the values, each counted as often as `counts` says."""
    total = sum(counts.values())
    if not total:
        return None
    wanted = {(total - 1) // 2, total // 2}
    middle: list[float] = []
    seen = 0
    for value in sorted(counts):
        first, seen = seen, seen + counts[value]
        middle += [value for at in wanted if first <= at < seen]
    return round(sum(middle) / len(middle), 3)


def _uses() -> Select[tuple[()]]:
    """The product uses that count, joined to their session and patient."""
    use, line = ProductUseRow, TreatmentLineRow
    return (
        select()
        .select_from(use)
        .join(line, use.treatment_line_id == line.id)
        .join(SessionRow, line.session_id == SessionRow.id)
        .join(PatientRow, SessionRow.patient_id == PatientRow.id)
        .where(
            use.voided_at.is_(None),
            line.voided_at.is_(None),
            SessionRow.status == SessionStatus.SIGNED,
            PatientRow.voided_at.is_(None),
            queries.current_sessions(),
        )
    )


def _grouped(s: Session, query: Select[Any], keys: int) -> list[tuple[Any, ...]]:
    """The rows of `query` grouped by its first `keys` columns."""
    return [tuple(row) for row in s.execute(query.group_by(*list(query.selected_columns)[:keys]))]


def _read_uses(s: Session) -> tuple[dict[str, _Name], int]:
    """What the sessions recorded, by folded product name; and how many uses have none."""
    use = ProductUseRow
    latest = func.max(SessionRow.performed_at)
    names: dict[str, _Name] = defaultdict(_Name)
    without_name = 0
    spelled = _uses().add_columns(
        use.product_name, use.solution, use.concentration, latest, func.count()
    )
    for name, solution, concentration, when, count in _grouped(s, spelled, 3):
        key = name_key(name)
        candidate = (when, count, " ".join(name.split()), solution, concentration.strip())
        known = names[key].latest if key else None
        if key and (known is None or candidate[:3] > known[:3]):
            names[key].latest = candidate
    volumes = _uses().add_columns(use.product_name, use.volume_ml, func.count())
    for name, volume, count in _grouped(s, volumes, 2):
        key = name_key(name)
        if key:
            found = names[key].volumes
            found[float(volume)] = found.get(float(volume), 0) + int(count)
        else:
            without_name += int(count)
    numbers = _uses().add_columns(
        use.product_name, use.lot_number, latest, func.max(use.expiry_date), func.count()
    )
    for name, number, when, expiry, count in _grouped(s, numbers, 2):
        key, number_key = name_key(name), lot_key(number)
        if key and number_key:
            _add_lot(names[key].lots, number_key, _Lot(when, number.strip(), expiry, int(count)))
    return names, without_name


def _add_lot(lots_of: dict[str, _Lot], key: str, found: _Lot) -> None:
    """Merges a spelling of a lot number into what is known of the lot."""
    known = lots_of.get(key)
    if known is None:
        lots_of[key] = found
        return
    expiries = [day for day in (known.expiry, found.expiry) if day is not None]
    newer = found if (found.latest, found.number) > (known.latest, known.number) else known
    lots_of[key] = _Lot(
        newer.latest, newer.number, max(expiries, default=None), known.uses + found.uses
    )
