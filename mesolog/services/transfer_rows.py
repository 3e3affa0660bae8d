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
from mesolog.domain.records import Session, TreatmentLine
from mesolog.interchange.clinic_file import SessionParts, WrittenLine
from mesolog.persistence.chart_column import chart_from_column
from mesolog.persistence.mapping import product_of, reaction_of, technique_of, voiding_of
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
        tuple((reaction_of(reaction), voiding_of(reaction)) for reaction in reactions),
    )


def _written_line(row: TreatmentLineRow) -> WrittenLine:
    products = _ordered(row.products)
    zones, points = chart_from_column(row.chart, row.uuid)
    line = TreatmentLine(
        area=row.area,
        technique=technique_of(row),
        products=tuple(product_of(product) for product in products),
        area_detail=row.area_detail,
        zones=zones,
        points=points,
    )
    return WrittenLine(line, voiding_of(row), tuple(voiding_of(p) for p in products))


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
