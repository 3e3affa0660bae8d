"""Writing a session entry into its rows.

A draft is edited in place: its treatment lines, products and reactions are
matched by position and overwritten; rows the new entry no longer has are
voided, never deleted. (Drafts change freely until signed; what a signed
session said is kept by the amendments of a later release.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from mesolog.domain.enums import TechniqueKind
from mesolog.domain.products import lot_key, name_key
from mesolog.domain.records import (
    NeedleTechnique,
    ProductUse,
    Reaction,
    SessionInput,
    TreatmentLine,
)
from mesolog.persistence.base import Voidable
from mesolog.persistence.chart_column import chart_column
from mesolog.persistence.mapping import given_despite_column, void_row
from mesolog.persistence.models import (
    ClinicianRow,
    CourseRow,
    ProductUseRow,
    ReactionRow,
    SessionRow,
    TreatmentLineRow,
)

REMOVED_FROM_DRAFT = "removed from the draft before signing"

RowT = TypeVar("RowT", bound=Voidable)


def utc_offset_minutes(moment: dt.datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"{moment.isoformat()} has no UTC offset")
    return int(offset.total_seconds() // 60)


class _Stamp:
    def __init__(self, at: dt.datetime, by: str) -> None:
        self.at = at
        self.by = by

    def void(self, row: Voidable) -> None:
        void_row(row, at=self.at, by=self.by, reason=REMOVED_FROM_DRAFT)


def fill_session_row(
    row: SessionRow,
    entry: SessionInput,
    *,
    clinician: ClinicianRow,
    course: CourseRow | None,
    at: dt.datetime,
    by: str,
) -> None:
    stamp = _Stamp(at, by)
    row.clinician = clinician
    row.course = course
    row.performed_at = entry.performed_at
    row.performed_at_utc_offset = utc_offset_minutes(entry.performed_at)
    row.nsaids_paused_days = entry.pre_treatment.nsaids_paused_days
    row.topical_anaesthetic = entry.pre_treatment.topical_anaesthetic
    row.consent_confirmed = entry.pre_treatment.consent_confirmed
    row.improvement_score = entry.improvement_score
    row.notes = entry.notes
    row.given_despite = given_despite_column(entry.given_despite)
    row.updated_at = at
    lines = _sync(row.treatments, entry.treatments, TreatmentLineRow, stamp)
    for line_row, line in zip(lines, entry.treatments, strict=True):
        _fill_line(line_row, line, stamp)
    reactions = _sync(row.reactions, entry.reactions, ReactionRow, stamp)
    for reaction_row, reaction in zip(reactions, entry.reactions, strict=True):
        _fill_reaction(reaction_row, reaction)


def _sync(
    rows: list[RowT], wanted: Sequence[object], make: Callable[[], RowT], stamp: _Stamp
) -> list[RowT]:
    """The live rows for `wanted`, by position: reused, added to `rows`, or the rest voided."""
    live = [r for r in rows if r.voided_at is None]
    for surplus in live[len(wanted) :]:
        stamp.void(surplus)
        if isinstance(surplus, TreatmentLineRow):
            for product in surplus.products:
                if product.voided_at is None:
                    stamp.void(product)
    result = live[: len(wanted)]
    for _ in range(len(wanted) - len(result)):
        fresh = make()
        rows.append(fresh)
        result.append(fresh)
    for position, found in enumerate(result):
        found.position = position  # type: ignore[attr-defined]
    return result


def _fill_line(row: TreatmentLineRow, line: TreatmentLine, stamp: _Stamp) -> None:
    row.area = line.area
    row.area_detail = line.area_detail
    row.chart = chart_column(line.zones, line.points)
    technique = line.technique
    row.depth_mm = technique.depth_mm
    if isinstance(technique, NeedleTechnique):
        row.technique = TechniqueKind.NEEDLE
        row.needle_gauge = technique.gauge
        row.needle_length_mm = technique.length_mm
        row.needle_method = technique.method
        row.pen_needle_count = row.pen_penetrations_per_second = row.pen_passes = None
    else:
        row.technique = TechniqueKind.PEN
        row.pen_needle_count = technique.needle_count
        row.pen_penetrations_per_second = technique.penetrations_per_second
        row.pen_passes = technique.passes
        row.needle_gauge = row.needle_length_mm = None
        row.needle_method = None
    products = _sync(row.products, line.products, ProductUseRow, stamp)
    for product_row, product in zip(products, line.products, strict=True):
        _fill_product(product_row, product)


def _fill_product(row: ProductUseRow, product: ProductUse) -> None:
    row.solution = product.solution
    row.product_name = product.product_name
    row.concentration = product.concentration
    row.volume_ml = product.volume_ml
    row.lot_number = product.lot_number
    row.lot_key = lot_key(product.lot_number)
    row.expiry_date = product.expiry_date
    row.units = product.units
    row.product_key = name_key(product.product_name)


def _fill_reaction(row: ReactionRow, reaction: Reaction) -> None:
    row.kind = reaction.kind
    row.severity = reaction.severity
    row.area = reaction.area
    row.onset = reaction.onset
    row.resolved_on = reaction.resolved_on
    row.notes = reaction.notes
