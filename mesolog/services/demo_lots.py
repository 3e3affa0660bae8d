"""The demo clinic's lots, made to show what the catalogue is for (issue 13).

The sessions use a product's lots as services.demo_data draws them: one a quarter, each
keeping two years. Two things are then made of them, the same for a seed and a day:

- **A lot with an unusual reaction rate**: of HydraBoost 1.5% (UNUSUAL_PRODUCT), the two
  lots used one after the other by the most signed sessions become one large delivery
  (the later lot's uses take the earlier's number and expiry), and after a session that
  used it bruising follows, on the area it was used on, with a chance of
  BRUISING_CHANCE: far more often than after any other lot, so that Records ▸ Reactions
  by lot ranks it first.
- **An expired lot**: the lot of another product used longest ago turns out short-dated,
  expiring EXPIRED_DAYS before `today`, after its last use; what is left of it is on the
  shelf, expired.

Every use of a lot names it with the same number and expiry.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from mesolog.domain.enums import Onset, ReactionKind, Severity
from mesolog.domain.records import ProductUse, Reaction, SessionInput
from mesolog.services import demo_clinical as clinical
from mesolog.services.demo_clinical import Say

UNUSUAL_PRODUCT = clinical.PRODUCTS["ha"].name
BRUISING_CHANCE = 0.6
EXPIRED_DAYS = 30

Signed = Sequence[tuple[SessionInput, bool]]
"""A patient's sessions, oldest first, each with whether it is signed."""


def lot_of(key: str, day: dt.date) -> tuple[str, dt.date]:
    """The lot number and expiry of the product `key` (services.demo_clinical.PRODUCTS) used
    on `day`: lots change monthly; each was made a few months before use and keeps for two
    years."""
    product = clinical.PRODUCTS[key]
    months = day.year * 12 + day.month - 1 - (2 + (day.month + len(key)) % 3)
    year, month = divmod(months, 12)
    expiry = dt.date(year + 2, month + 1, 1) + dt.timedelta(days=27)
    serial = (months * 7 + len(key) * 13) % 90 + 10
    return f"{product.lot_code}{year % 100:02d}-{month + 1:02d}{serial:02d}", expiry


class LotRef(NamedTuple):
    product: str
    number: str


class _Change(NamedTuple):
    number: str
    expiry: dt.date | None


def reworked(
    patients: Sequence[Signed], *, today: dt.date, seed: int, say: Say = str
) -> list[list[SessionInput]]:
    """The patients' sessions with the large lot and the expired lot made, and the large
    lot's bruising added (its notes written by `say`)."""
    uses = _lot_uses(patients)
    big, merged = _largest_pair(uses)
    first_expiry = _expiry(patients, big)
    changes = {merged: _Change(big.number, first_expiry)}
    expired = _oldest_lot(uses, excluding=UNUSUAL_PRODUCT)
    last_use = max(day for _, _, day in uses[expired])
    expires = today - dt.timedelta(days=EXPIRED_DAYS)
    if expires > last_use:
        changes[expired] = _Change(expired.number, expires)
    rng = random.Random(f"demo lots {seed}")
    found = []
    for sessions in patients:
        row = []
        for entry, _ in sessions:
            row.append(_bruised(_renamed(entry, changes), big, rng, today, say))
        found.append(row)
    return found


def _lot_uses(patients: Sequence[Signed]) -> dict[LotRef, set[tuple[int, int, dt.date]]]:
    """Each lot's signed sessions, as (patient, session, day)."""
    found: dict[LotRef, set[tuple[int, int, dt.date]]] = defaultdict(set)
    for p, sessions in enumerate(patients):
        for n, (entry, signed) in enumerate(sessions):
            for product in _products(entry):
                if signed and product.lot_number:
                    ref = LotRef(product.product_name, product.lot_number)
                    found[ref].add((p, n, entry.performed_at.date()))
    return found


def _products(entry: SessionInput) -> list[ProductUse]:
    return [product for line in entry.treatments for product in line.products]


def _largest_pair(uses: dict[LotRef, set[tuple[int, int, dt.date]]]) -> tuple[LotRef, LotRef]:
    """The unusual product's two lots used one after the other (their numbers give the
    year and month made) by the most signed sessions; the later pair of equals."""
    lots = sorted(ref for ref in uses if ref.product == UNUSUAL_PRODUCT)
    pairs = [
        (len({(p, n) for p, n, _ in uses[a] | uses[b]}), a.number, a, b)
        for a, b in itertools.pairwise(lots)
    ]
    _, _, first, second = max(pairs)
    return first, second


def _oldest_lot(uses: dict[LotRef, set[tuple[int, int, dt.date]]], *, excluding: str) -> LotRef:
    """The lot, of another product than `excluding`, whose last use is the oldest."""
    return min(
        (ref for ref in uses if ref.product != excluding),
        key=lambda ref: (max(day for _, _, day in uses[ref]), ref),
    )


def _expiry(patients: Sequence[Signed], lot: LotRef) -> dt.date | None:
    return next(
        product.expiry_date
        for sessions in patients
        for entry, _ in sessions
        for product in _products(entry)
        if LotRef(product.product_name, product.lot_number) == lot
    )


def _renamed(entry: SessionInput, changes: dict[LotRef, _Change]) -> SessionInput:
    def changed(product: ProductUse) -> ProductUse:
        change = changes.get(LotRef(product.product_name, product.lot_number))
        if change is None:
            return product
        return replace(product, lot_number=change.number, expiry_date=change.expiry)

    lines = tuple(
        replace(line, products=tuple(changed(product) for product in line.products))
        for line in entry.treatments
    )
    return replace(entry, treatments=lines)


def _bruised(
    entry: SessionInput, lot: LotRef, rng: random.Random, today: dt.date, say: Say
) -> SessionInput:
    """With BRUISING_CHANCE, bruising on an area the session used `lot` on (unless it
    bruised there already)."""
    areas = [
        line.area
        for line in entry.treatments
        if any(LotRef(p.product_name, p.lot_number) == lot for p in line.products)
    ]
    if not areas:
        return entry
    area = rng.choice(areas)
    chance, moderate = rng.random(), rng.random() < 0.2
    bruised = any(r.kind is ReactionKind.BRUISING and r.area is area for r in entry.reactions)
    if bruised or chance >= BRUISING_CHANCE:
        return entry
    day = entry.performed_at.date()
    resolved = day + dt.timedelta(days=rng.randint(4, 9) * (2 if moderate else 1))
    reaction = Reaction(
        ReactionKind.BRUISING,
        Severity.MODERATE if moderate else Severity.MILD,
        area,
        rng.choice((Onset.SAME_DAY, Onset.NEXT_DAYS)),
        resolved if resolved <= today else None,
        say(rng.choice(clinical.FOLLOW_UP)) if moderate else "",
    )
    return replace(entry, reactions=(*entry.reactions, reaction))
