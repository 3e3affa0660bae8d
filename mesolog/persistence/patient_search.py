"""What the patient lists read: the search, its count and the Due list, as rows of the
list's columns (no ORM rows). Each takes an open Session and never commits.

A search chooses its plan from its words (docs/scale-plan.md §2.2, Appendix A): each word
is probed for how many index terms it begins, counting no further than BROAD. The rarest
word under BROAD drives: its terms give the candidates, and the other words are tested on
the terms' (patient_id, term) key. When every word is broad, the patients are walked in
the list's order, each word tested the same way, and the walk stops at the page. So no
statement gathers or sorts every patient a broad word ("m", "69", "mc") finds.

The patient whose record number the query is, however typed (`mc12` for MC-0012), comes
first, before the patients the words find.

A keystroke's first page and its count (`search_counted`) read the query once: the record
number's patient and the words' probes serve both, and when a rare word drives, the page's
own statement counts.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar

from sqlalchemy import ColumnElement, Row, Select, func, literal, select
from sqlalchemy.orm import Session

from mesolog.domain.enums import PatientOrder
from mesolog.domain.record_numbers import record_key
from mesolog.domain.text import query_words
from mesolog.persistence.models import PatientRow, PatientSearchTermRow

ListColumns: TypeAlias = tuple[
    int,
    uuid.UUID,
    str | None,
    str,
    str,
    dt.date,
    str,
    dt.date | None,
    dt.date | None,
    dt.datetime | None,
]
"""id, uuid, record number, family and given name, birth, phone, last session, next due,
voided at."""
ListRow: TypeAlias = Row[*ListColumns]
Ordered = TypeVar("Ordered", bound=Select[*tuple[Any, ...]])

BROAD = 5000
"""Index terms a word begins from which walking the list's order costs less than gathering
the word's patients and sorting them."""
_PREFIX_END = "\U0010ffff"
_ORDER_COLUMNS = {
    PatientOrder.DATE_OF_BIRTH: PatientRow.date_of_birth,
    PatientOrder.LAST_SESSION: PatientRow.last_session_on,
    PatientOrder.NEXT_DUE: PatientRow.next_due_on,
}


def _listed() -> Select[*ListColumns]:
    return select(
        PatientRow.id,
        PatientRow.uuid,
        PatientRow.record_number,
        PatientRow.family_name,
        PatientRow.given_name,
        PatientRow.date_of_birth,
        PatientRow.phone,
        PatientRow.last_session_on,
        PatientRow.next_due_on,
        PatientRow.voided_at,
    )


def _begins(word: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    term = PatientSearchTermRow.term
    return term >= word, term < word + _PREFIX_END


def _terms_begun(s: Session, word: str) -> int:
    """How many index terms `word` begins, counting no further than BROAD."""
    some = select(literal(1)).where(*_begins(word)).limit(BROAD).subquery()
    return s.scalar(select(func.count()).select_from(some)) or 0


def _has(word: str) -> ColumnElement[bool]:
    return (
        select(PatientSearchTermRow.patient_id)
        .where(PatientSearchTermRow.patient_id == PatientRow.id, *_begins(word))
        .correlate(PatientRow)
        .exists()
    )


@dataclass(frozen=True, slots=True)
class _Words:
    driving: str | None
    """The rarest word, when it begins fewer than BROAD terms."""
    tested: list[ColumnElement[bool]]
    """The other words, each tested on the patient's terms."""

    def conditions(self) -> list[ColumnElement[bool]]:
        if self.driving is None:
            return self.tested
        # PostgreSQL would walk the patients in the list's order, testing each, as if the
        # driving word's patients were spread through it; they cluster (a family name's
        # start), so it walked thousands (scale plan: "mu" 54 ms against 5 ms gathered).
        candidates = (
            select(PatientSearchTermRow.patient_id)
            .where(*_begins(self.driving))
            .cte("driving")
            .prefix_with("MATERIALIZED", dialect="postgresql")
        )
        return [PatientRow.id.in_(select(candidates.c.patient_id)), *self.tested]


def _words(s: Session, query: str) -> _Words:
    words = sorted(set(query_words(query)))
    sizes = {word: _terms_begun(s, word) for word in words}
    rarest = min(words, key=lambda word: sizes[word], default=None)
    if rarest is None or sizes[rarest] >= BROAD:
        return _Words(None, [_has(word) for word in words])
    return _Words(rarest, [_has(word) for word in words if word != rarest])


def _live(include_voided: bool) -> list[ColumnElement[bool]]:
    return [] if include_voided else [PatientRow.voided_at.is_(None)]


def _numbered(s: Session, query: str, *, include_voided: bool) -> Sequence[ListRow]:
    """The patients whose record number the query is, however typed (on its own index)."""
    key = record_key(query)
    if not key:
        return []
    statement = _listed().where(PatientRow.record_key == key, *_live(include_voided))
    return s.execute(statement.order_by(PatientRow.sort_key, PatientRow.id)).all()


@dataclass(frozen=True, slots=True)
class Sought:
    """A query as the database reads it, once for a page and its count: the patients whose
    record number it is, and the plan its words chose (each word probed once)."""

    numbered: Sequence[ListRow]
    words: _Words
    include_voided: bool

    def conditions(self) -> list[ColumnElement[bool]]:
        """What the patients the words find are, besides the numbered ones."""
        found = [*_live(self.include_voided)]
        if self.numbered:
            found.append(PatientRow.id.not_in([row.id for row in self.numbered]))
        return found


def sought(s: Session, query: str, *, include_voided: bool = False) -> Sought:
    numbered = _numbered(s, query, include_voided=include_voided)
    return Sought(numbered, _words(s, query), include_voided)


def _ordered(statement: Ordered, order: PatientOrder, descending: bool) -> Ordered:
    if order is PatientOrder.NAME:
        # No `IS NULL` term: the name is never missing, and the term would keep the
        # database from walking the name index instead of sorting.
        if descending:
            return statement.order_by(PatientRow.sort_key.desc(), PatientRow.id.desc())
        return statement.order_by(PatientRow.sort_key, PatientRow.id)
    column = _ORDER_COLUMNS[order]
    return statement.order_by(
        column.is_(None),
        column.desc() if descending else column,
        PatientRow.sort_key,
        PatientRow.id,
    )


def search_patients(
    s: Session,
    query: str | Sought,
    *,
    limit: int | None,
    offset: int = 0,
    include_voided: bool = False,
    order: PatientOrder = PatientOrder.NAME,
    descending: bool = False,
) -> list[ListRow]:
    """Patients every word of `query` finds (by the start of a name, record or phone term),
    after the patient whose record number the query is, however typed. Patients without
    the ordering date come last; the name breaks ties. A `Sought` query carries its own
    `include_voided`."""
    if isinstance(query, str):
        query = sought(s, query, include_voided=include_voided)
    numbered = query.numbered
    found = list(numbered[offset : None if limit is None else offset + limit])
    if limit is not None and len(found) >= limit:
        return found
    statement = _listed().where(*query.words.conditions(), *query.conditions())
    statement = _ordered(statement, order, descending).offset(max(0, offset - len(numbered)))
    if limit is not None:
        statement = statement.limit(limit - len(found))
    return found + list(s.execute(statement))


def count_patients(
    s: Session, query: str | Sought, *, include_voided: bool = False, cap: int | None = None
) -> int:
    """How many patients `search_patients` finds; with `cap`, counting stops at cap + 1. A
    `Sought` query carries its own `include_voided`."""
    if isinstance(query, str):
        query = sought(s, query, include_voided=include_voided)
    numbered, words = query.numbered, query.words
    conditions = [*words.tested, *query.conditions()]
    if words.driving is None:
        statement = select(PatientRow.id).where(*conditions)
    else:  # from the terms, so that counting stops at the cap (an IN list is read whole)
        term = PatientSearchTermRow
        statement = (
            select(term.patient_id)
            .join(PatientRow, PatientRow.id == term.patient_id)
            .where(*_begins(words.driving), *conditions)
            .distinct()
        )
    if cap is not None:
        statement = statement.limit(max(0, cap + 1 - len(numbered)))
    found = s.scalar(select(func.count()).select_from(statement.subquery())) or 0
    total = len(numbered) + found
    return total if cap is None else min(total, cap + 1)


def search_counted(
    s: Session,
    query: str,
    *,
    limit: int,
    cap: int | None,
    include_voided: bool = False,
    order: PatientOrder = PatientOrder.NAME,
    descending: bool = False,
) -> tuple[list[ListColumns], int]:
    """`search_patients`' first page and `count_patients`, each word probed once. When a
    rare word drives, the page's own statement counts: it gathers and sorts every patient
    the word finds anyway, and a count apart would gather them again."""
    asked = sought(s, query, include_voided=include_voided)
    numbered: list[ListColumns] = list(asked.numbered[:limit])
    if asked.words.driving is None or len(numbered) >= limit:
        walked = search_patients(s, asked, limit=limit, order=order, descending=descending)
        count = len(walked) if len(walked) < limit else count_patients(s, asked, cap=cap)
        return list(walked), count if cap is None else min(count, cap + 1)
    statement = select(*_listed().selected_columns, func.count().over()).where(
        *asked.words.conditions(), *asked.conditions()
    )
    statement = _ordered(statement, order, descending).limit(limit - len(numbered))
    page = s.execute(statement).all()
    count = len(asked.numbered) + (page[0][-1] if page else 0)
    rows = numbered + [row[:-1] for row in page]
    return rows, count if cap is None else min(count, cap + 1)


def _due(until: dt.date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return PatientRow.next_due_on <= until, PatientRow.voided_at.is_(None)


def due_patients(
    s: Session, until: dt.date, *, limit: int | None = None, offset: int = 0
) -> Sequence[ListRow]:
    """Live patients with a session due on or before `until`, the longest overdue first."""
    statement = (
        _listed()
        .where(*_due(until))
        .order_by(PatientRow.next_due_on, PatientRow.sort_key, PatientRow.id)
        .offset(offset)
        .limit(limit)
    )
    return s.execute(statement).all()


def count_due(s: Session, until: dt.date) -> int:
    return s.scalar(select(func.count(PatientRow.id)).where(*_due(until))) or 0
