"""What a recall search reads: first every patient found, by name, with the count of their
sessions (one query, which the database filters, counts and orders), then the sessions and
uses of a page of them at a time, so that a search of thousands of patients answers with its
count and first page while the rest is read as it is needed (services.recall).

Only what counts as done is searched: signed sessions that are current (not voided, not
corrected by an amendment), their lines and product uses that are not voided, of patients
that are not voided. A lot matches whatever its case and surrounding spaces; a product
matches by its name folded (case and accents ignored, spaces collapsed: domain.text); days
are the sessions' own local days (persistence.local_days).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, case, func, select, tuple_
from sqlalchemy.orm import Session

from mesolog.domain.enums import SessionStatus
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.languages import LANGUAGE_CODES
from mesolog.domain.products import lot_key, name_key
from mesolog.persistence.local_days import local_day
from mesolog.persistence.models import (
    ClinicianRow,
    PatientRow,
    ProductUseRow,
    SessionRow,
    TreatmentLineRow,
)
from mesolog.persistence.queries import current_sessions
from mesolog.reports.recall_data import RecalledPatient, RecalledSession, RecalledUse, RecallQuery

_CHUNK = 500
"""Patients a statement names at most (a database limits the parameters of one)."""
_AnyRow = Row[*tuple[Any, ...]]


def counted() -> list[ColumnElement[bool]]:
    """The uses that count: on a line and in a session that count (signed, current)."""
    return [
        ProductUseRow.voided_at.is_(None),
        TreatmentLineRow.voided_at.is_(None),
        SessionRow.status == SessionStatus.SIGNED,
        current_sessions(),
    ]


def _matching(query: RecallQuery) -> list[ColumnElement[bool]]:
    conditions = counted()
    if query.lot:
        conditions.append(ProductUseRow.lot_key == lot_key(query.lot))
    if query.product:
        conditions.append(ProductUseRow.product_key == name_key(query.product))
    day = local_day(SessionRow.performed_at, SessionRow.performed_at_utc_offset)
    if query.from_date is not None:
        conditions.append(day >= query.from_date)
    if query.to_date is not None:
        conditions.append(day <= query.to_date)
    return conditions


PageKey = tuple[str, str, int]
"""A patient's place in a recall's order: name key, record number, row number."""


@dataclass(frozen=True, slots=True)
class FoundPage:
    ids: list[int]
    """The page's patients, as their rows' numbers (reading 34,000 UUIDs took longer than
    finding the patients, so the first page is read whole before any UUID is)."""
    patient_count: int
    """Patients found from the page's first on, in all."""
    session_count: int
    """The sessions in which they received it, in all."""
    last: PageKey | None
    """The place of the page's last patient (where it started, for an empty page)."""
    more: bool
    """Whether patients come after the page."""
    preferences: tuple[tuple[str, int], ...] = ()
    """Of the patients counted, how many prefer each language for their documents (code,
    count: RecallResult.preferences)."""


def found_page(
    s: Session, query: RecallQuery, *, after: PageKey | None, limit: int | None
) -> FoundPage:
    """The patients (not voided) who received what `query` names, by family name, given
    name and record number: the first `limit` after `after` (all of them when None), with
    how many there are in all. The database finds, counts and orders them in one statement;
    a page starts after a place, not at a row number, so that a patient found meanwhile
    neither repeats nor hides another."""
    per_patient = (
        select(
            SessionRow.patient_id.label("patient_id"),
            func.count(SessionRow.id.distinct()).label("sessions"),
        )
        .select_from(ProductUseRow)
        .join(TreatmentLineRow, ProductUseRow.treatment_line_id == TreatmentLineRow.id)
        .join(SessionRow, TreatmentLineRow.session_id == SessionRow.id)
        .where(*_matching(query))
        .group_by(SessionRow.patient_id)
        .subquery()
    )
    record = func.coalesce(PatientRow.record_number, "")
    statement = (
        select(
            PatientRow.id,
            PatientRow.sort_key,
            record.label("record"),
            func.count().over().label("patients"),
            func.sum(per_patient.c.sessions).over().label("sessions"),
            *(
                func.sum(case((PatientRow.preferred_language == code, 1), else_=0))
                .over()
                .label(f"prefer_{code}")
                for code in LANGUAGE_CODES
            ),
        )
        .join(per_patient, PatientRow.id == per_patient.c.patient_id)
        .where(PatientRow.voided_at.is_(None))
        .order_by(PatientRow.sort_key, record, PatientRow.id)
    )
    if after is not None:
        statement = statement.where(tuple_(PatientRow.sort_key, record, PatientRow.id) > after)
    if limit is not None:
        statement = statement.limit(limit + 1)
    rows = s.connection().execute(statement).all()
    page = rows[:limit] if limit is not None else rows
    last = (page[-1].sort_key, page[-1].record, page[-1].id) if page else after
    return FoundPage(
        [row.id for row in page],
        rows[0].patients if rows else 0,
        int(rows[0].sessions) if rows else 0,
        last,
        len(rows) > len(page),
        tuple((code, int(rows[0]._mapping[f"prefer_{code}"])) for code in LANGUAGE_CODES)
        if rows
        else (),
    )


def patients_read(s: Session, query: RecallQuery, wanted: Sequence[int]) -> list[RecalledPatient]:
    """The patients `wanted` (found by found_page in the same transaction), in that order,
    each with the sessions and uses that match, oldest first. A patient none of whose
    sessions match any more is left out: on PostgreSQL each statement sees what was
    committed before it, so a session voided between found_page and this read would
    otherwise give a patient with nothing received."""
    people: dict[int, _AnyRow] = {}
    uses: dict[int, dict[SessionId, tuple[dt.date, str, list[RecalledUse]]]] = {}
    for start in range(0, len(wanted), _CHUNK):
        rows = _people(s, wanted[start : start + _CHUNK])
        people.update((row.id, row) for row in rows)
        for row in _uses(s, query, wanted[start : start + _CHUNK]):
            sessions = uses.setdefault(row.patient_id, {})
            day = row.performed_at.astimezone(
                dt.timezone(dt.timedelta(minutes=row.performed_at_utc_offset))
            ).date()
            _, _, used = sessions.setdefault(SessionId(row.uuid), (day, row.name, []))
            used.append(
                RecalledUse(
                    row.area,
                    row.area_detail,
                    row.product_name,
                    row.concentration,
                    row.lot_number,
                    row.expiry_date,
                    row.volume_ml,
                    row.units,
                )
            )
    return [_patient(people[key], uses[key]) for key in wanted if key in uses]


def _patient(
    p: _AnyRow, sessions: dict[SessionId, tuple[dt.date, str, list[RecalledUse]]]
) -> RecalledPatient:
    return RecalledPatient(
        PatientId(p.uuid),
        p.family_name,
        p.given_name,
        p.record_number or "",
        p.date_of_birth,
        p.phone,
        p.email,
        tuple(
            RecalledSession(key, day, clinician, tuple(used))
            for key, (day, clinician, used) in sessions.items()
        ),
        p.preferred_language,
    )


def _people(s: Session, wanted: Sequence[int]) -> Sequence[_AnyRow]:
    return (
        s.connection()
        .execute(
            select(
                PatientRow.id,
                PatientRow.uuid,
                PatientRow.family_name,
                PatientRow.given_name,
                PatientRow.record_number,
                PatientRow.date_of_birth,
                PatientRow.phone,
                PatientRow.email,
                PatientRow.preferred_language,
            ).where(PatientRow.id.in_(wanted))
        )
        .all()
    )


def _lines_of(patient_ids: Sequence[int]) -> Select[int]:
    """The treatment lines of those patients' sessions. Naming the uses by their line lets
    the database read them from the (name key, line) index; naming them by patient, SQLite
    read every use of the product, then kept the page's."""
    return (
        select(TreatmentLineRow.id)
        .join(SessionRow, TreatmentLineRow.session_id == SessionRow.id)
        .where(SessionRow.patient_id.in_(patient_ids))
    )


def _uses(s: Session, query: RecallQuery, patient_ids: Sequence[int]) -> Sequence[_AnyRow]:
    """The matching uses of those patients, a row each, in the order they were recorded."""
    return (
        s.connection()
        .execute(
            select(
                SessionRow.patient_id,
                SessionRow.uuid,
                SessionRow.performed_at,
                SessionRow.performed_at_utc_offset,
                ClinicianRow.name,
                TreatmentLineRow.area,
                TreatmentLineRow.area_detail,
                ProductUseRow.product_name,
                ProductUseRow.concentration,
                ProductUseRow.lot_number,
                ProductUseRow.expiry_date,
                ProductUseRow.volume_ml,
                ProductUseRow.units,
            )
            .join(TreatmentLineRow, ProductUseRow.treatment_line_id == TreatmentLineRow.id)
            .join(SessionRow, TreatmentLineRow.session_id == SessionRow.id)
            .join(ClinicianRow, SessionRow.clinician_id == ClinicianRow.id)
            .where(ProductUseRow.treatment_line_id.in_(_lines_of(patient_ids)), *_matching(query))
            .order_by(
                SessionRow.performed_at,
                SessionRow.id,
                TreatmentLineRow.position,
                ProductUseRow.position,
            )
        )
        .all()
    )
