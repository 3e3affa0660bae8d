"""A session's rows as version 2 of the interchange format holds them, for the export and
for the import's comparison with what a database holds already.

The session record itself is `persistence.mapping.session_from_row` (its parts that are
not voided, its course kept even when voided); `session_parts` adds the voided parts,
in the order the rows stand. `in_version_order` orders a patient's sessions so that each
version follows the one it corrects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TypeVar

from mesolog.domain.ids import SessionId
from mesolog.domain.records import (
    NeedleTechnique,
    PenTechnique,
    ProductUse,
    Reaction,
    Session,
    TreatmentLine,
)
from mesolog.interchange.clinic_file import SessionParts, WrittenLine
from mesolog.persistence.mapping import voiding_of
from mesolog.persistence.models import ProductUseRow, ReactionRow, SessionRow, TreatmentLineRow

RowT = TypeVar("RowT", TreatmentLineRow, ProductUseRow, ReactionRow)


def _ordered(rows: Iterable[RowT]) -> list[RowT]:
    """By position, then by when they were added: a voided part keeps its old position."""
    return sorted(rows, key=lambda row: (row.position, row.id))


def session_parts(row: SessionRow) -> SessionParts | None:
    """Every line, product and reaction of the session, voided ones marked; None when
    none is voided (the session record says it all)."""
    lines = _ordered(row.treatments)
    reactions = _ordered(row.reactions)
    voided = any(line.voided_at is not None for line in lines)
    voided = voided or any(p.voided_at is not None for line in lines for p in line.products)
    if not (voided or any(reaction.voided_at is not None for reaction in reactions)):
        return None
    return SessionParts(
        SessionId(row.uuid),
        tuple(_written_line(line) for line in lines),
        tuple((_reaction(reaction), voiding_of(reaction)) for reaction in reactions),
    )


def _written_line(row: TreatmentLineRow) -> WrittenLine:
    products = _ordered(row.products)
    line = TreatmentLine(
        area=row.area,
        technique=_technique(row),
        products=tuple(_product(product) for product in products),
        area_detail=row.area_detail,
    )
    return WrittenLine(line, voiding_of(row), tuple(voiding_of(p) for p in products))


def _technique(row: TreatmentLineRow) -> NeedleTechnique | PenTechnique:
    if row.pen_needle_count is not None and row.pen_penetrations_per_second is not None:
        return PenTechnique(
            depth_mm=row.depth_mm,
            penetrations_per_second=row.pen_penetrations_per_second,
            needle_count=row.pen_needle_count,
            passes=row.pen_passes,
        )
    assert row.needle_gauge is not None and row.needle_length_mm is not None
    return NeedleTechnique(
        depth_mm=row.depth_mm,
        gauge=row.needle_gauge,
        length_mm=row.needle_length_mm,
        method=row.needle_method,
    )


def _product(row: ProductUseRow) -> ProductUse:
    return ProductUse(
        solution=row.solution,
        volume_ml=row.volume_ml,
        product_name=row.product_name,
        concentration=row.concentration,
        lot_number=row.lot_number,
        expiry_date=row.expiry_date,
    )


def _reaction(row: ReactionRow) -> Reaction:
    return Reaction(
        kind=row.kind,
        severity=row.severity,
        area=row.area,
        onset=row.onset,
        resolved_on=row.resolved_on,
        notes=row.notes,
    )


def in_version_order(sessions: Sequence[Session]) -> list[Session]:
    """A patient's sessions by the time of their first version, each session's versions
    together, oldest first: a version always after the one it corrects."""
    by_id = {session.id: session for session in sessions}

    def key(session: Session) -> tuple[dt.datetime, str, int, dt.datetime, str]:
        first, depth = session, 0
        while first.amends is not None and first.amends in by_id and depth < len(by_id):
            first, depth = by_id[first.amends], depth + 1
        signed = session.signed_at or session.entry.performed_at
        return (first.entry.performed_at, str(first.id), depth, signed, str(session.id))

    return sorted(sessions, key=key)
