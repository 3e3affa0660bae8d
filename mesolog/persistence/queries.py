"""Queries: each takes an open Session and never commits."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterator, Sequence
from typing import TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from mesolog.domain.enums import SessionStatus
from mesolog.domain.record_numbers import record_key
from mesolog.persistence.models import (
    ClinicianRow,
    CourseRow,
    PatientRow,
    SessionRow,
    TreatmentLineRow,
)
from mesolog.persistence.record_number_queries import record_holders

RowT = TypeVar("RowT")


def parse_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        return None


def _locked(statement: Select[RowT], for_update: bool) -> Select[RowT]:
    """Writers lock the rows they check, so another workstation's change waits for theirs.

    PostgreSQL takes a row lock, FOR NO KEY UPDATE: a row that only another row's foreign
    key names (a new draft's patient) is not waited for. SQLite ignores it, its writers
    being serialised by BEGIN IMMEDIATE already.
    """
    return statement.with_for_update(key_share=True) if for_update else statement


def patient_by_uuid(
    s: Session, patient_uuid: uuid.UUID, *, for_update: bool = False
) -> PatientRow | None:
    statement = select(PatientRow).where(PatientRow.uuid == patient_uuid)
    return s.scalars(_locked(statement, for_update)).one_or_none()


def patient_by_record_number(
    s: Session, number: str, *, for_update: bool = False
) -> PatientRow | None:
    """The patient with this record number, else the one patient whose number is the same
    however typed (`mc12` for `MC-0012`; None if several are, as numbers from before that
    rule may be)."""
    wanted = number.strip()
    if not wanted:
        return None
    statement = select(PatientRow).where(PatientRow.record_number == wanted)
    found = s.scalars(_locked(statement, for_update)).one_or_none()
    if found is not None:
        return found
    alike = record_holders(s, wanted, for_update=for_update)
    return alike[0] if len(alike) == 1 else None


def patient_by_ref(s: Session, ref: str, *, for_update: bool = False) -> PatientRow | None:
    """A patient by UUID, else by the clinic's record number (which may look like a UUID)."""
    as_uuid = parse_uuid(ref)
    found = patient_by_uuid(s, as_uuid, for_update=for_update) if as_uuid is not None else None
    return found if found is not None else patient_by_record_number(s, ref, for_update=for_update)


def course_by_uuid(
    s: Session, course_uuid: uuid.UUID, *, for_update: bool = False
) -> CourseRow | None:
    statement = (
        select(CourseRow)
        .where(CourseRow.uuid == course_uuid)
        .options(selectinload(CourseRow.areas), selectinload(CourseRow.patient))
    )
    return s.scalars(_locked(statement, for_update)).one_or_none()


def courses_of_patient(s: Session, patient_id: int) -> Sequence[CourseRow]:
    return s.scalars(
        select(CourseRow)
        .where(CourseRow.patient_id == patient_id)
        .options(selectinload(CourseRow.areas), selectinload(CourseRow.patient))
        .order_by(CourseRow.started_on.desc(), CourseRow.id.desc())
    ).all()


def _with_session_detail(statement: Select[SessionRow]) -> Select[SessionRow]:
    return statement.options(
        selectinload(SessionRow.treatments).selectinload(TreatmentLineRow.products),
        selectinload(SessionRow.reactions),
        selectinload(SessionRow.clinician),
        selectinload(SessionRow.course),
        selectinload(SessionRow.patient),
        selectinload(SessionRow.amended),
    )


def session_by_uuid(
    s: Session, session_uuid: uuid.UUID, *, for_update: bool = False
) -> SessionRow | None:
    statement = _locked(select(SessionRow).where(SessionRow.uuid == session_uuid), for_update)
    return s.scalars(_with_session_detail(statement)).one_or_none()


def sessions_of_patient(s: Session, patient_id: int) -> Sequence[SessionRow]:
    """Every session of a patient, voided ones too, newest first."""
    statement = (
        select(SessionRow)
        .where(SessionRow.patient_id == patient_id)
        .order_by(SessionRow.performed_at.desc(), SessionRow.id.desc())
    )
    return s.scalars(_with_session_detail(statement)).all()


def amendment_of(s: Session, session_id: int) -> SessionRow | None:
    """The (not voided) session that corrects this one, if any."""
    return s.scalars(
        select(SessionRow).where(SessionRow.amends_id == session_id, SessionRow.voided_at.is_(None))
    ).first()


def clinician_by_name(s: Session, name: str) -> ClinicianRow | None:
    return s.scalars(select(ClinicianRow).where(ClinicianRow.name == name)).one_or_none()


def account_by_username(
    s: Session, username: str, *, for_update: bool = False
) -> ClinicianRow | None:
    query = select(ClinicianRow).where(ClinicianRow.username == username)
    if for_update:
        query = query.with_for_update()
    return s.scalars(query).one_or_none()


def accounts(s: Session) -> list[ClinicianRow]:
    """Every clinician with a username, by username."""
    return list(
        s.scalars(
            select(ClinicianRow)
            .where(ClinicianRow.username.is_not(None))
            .order_by(ClinicianRow.username)
        )
    )


def has_accounts(s: Session) -> bool:
    found = s.scalars(
        select(ClinicianRow.id).where(ClinicianRow.password_hash.is_not(None)).limit(1)
    ).first()
    return found is not None


_CHUNK = 500
"""Ids per IN list: well under every backend's limit on bound parameters."""


def _chunks(values: Collection[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    ordered = list(values)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def patients_by_uuids(s: Session, uuids: Collection[uuid.UUID]) -> dict[uuid.UUID, PatientRow]:
    found: dict[uuid.UUID, PatientRow] = {}
    for chunk in _chunks(uuids):
        found.update(
            (row.uuid, row)
            for row in s.scalars(select(PatientRow).where(PatientRow.uuid.in_(chunk)))
        )
    return found


def courses_by_uuids(s: Session, uuids: Collection[uuid.UUID]) -> dict[uuid.UUID, CourseRow]:
    found: dict[uuid.UUID, CourseRow] = {}
    for chunk in _chunks(uuids):
        statement = (
            select(CourseRow)
            .where(CourseRow.uuid.in_(chunk))
            .options(selectinload(CourseRow.areas), selectinload(CourseRow.patient))
        )
        found.update((row.uuid, row) for row in s.scalars(statement))
    return found


def sessions_by_uuids(s: Session, uuids: Collection[uuid.UUID]) -> dict[uuid.UUID, SessionRow]:
    found: dict[uuid.UUID, SessionRow] = {}
    for chunk in _chunks(uuids):
        statement = _with_session_detail(select(SessionRow).where(SessionRow.uuid.in_(chunk)))
        found.update((row.uuid, row) for row in s.scalars(statement))
    return found


def record_numbers_in_use(s: Session, numbers: Collection[str]) -> set[str]:
    """Those of `numbers` (stripped) that a patient has, however typed (`MC-12` when a
    patient has `MC-0012`)."""
    by_key: dict[str, set[str]] = {}
    for number in {n.strip() for n in numbers if n.strip()}:
        if key := record_key(number):
            by_key.setdefault(key, set()).add(number)
    keys = sorted(by_key)
    used: set[str] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        for found in s.scalars(
            select(PatientRow.record_key).where(PatientRow.record_key.in_(chunk)).distinct()
        ):
            if found is not None:
                used.update(by_key[found])
    return used


def current_sessions() -> ColumnElement[bool]:
    """Sessions that count: not voided, and not corrected by a (not voided) amendment."""
    later = aliased(SessionRow)
    corrected = (
        select(later.id).where(later.amends_id == SessionRow.id, later.voided_at.is_(None)).exists()
    )
    return and_(SessionRow.voided_at.is_(None), ~corrected)


def _session_days(s: Session, condition: ColumnElement[bool]) -> list[dt.date]:
    """The days (at their recorded offsets) of the current sessions that match."""
    rows = s.execute(
        select(SessionRow.performed_at, SessionRow.performed_at_utc_offset).where(
            condition, current_sessions()
        )
    )
    return [
        moment.astimezone(dt.timezone(dt.timedelta(minutes=offset))).date()
        for moment, offset in rows
    ]


def first_session_day_of_patient(s: Session, patient_id: int) -> dt.date | None:
    return min(_session_days(s, SessionRow.patient_id == patient_id), default=None)


def first_session_day_of_course(s: Session, course_id: int) -> dt.date | None:
    return min(_session_days(s, SessionRow.course_id == course_id), default=None)


def first_course_start_of_patient(s: Session, patient_id: int) -> dt.date | None:
    return s.scalar(
        select(func.min(CourseRow.started_on)).where(
            CourseRow.patient_id == patient_id, CourseRow.voided_at.is_(None)
        )
    )


def patient_count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(PatientRow)) or 0


def every_patient(s: Session) -> Sequence[PatientRow]:
    """Every patient, voided ones too."""
    return s.scalars(select(PatientRow)).all()


def every_course(s: Session, patient_ids: Collection[int] | None) -> Sequence[CourseRow]:
    """Every course, voided ones too, of these patients (or of all)."""
    statement = select(CourseRow).options(
        selectinload(CourseRow.areas), selectinload(CourseRow.patient)
    )
    if patient_ids is not None:
        statement = statement.where(CourseRow.patient_id.in_(patient_ids))
    return s.scalars(statement).all()


def every_session(s: Session, patient_ids: Collection[int] | None) -> Sequence[SessionRow]:
    """Every session, each version and voided ones too, with their detail, of these
    patients (or of all)."""
    statement = select(SessionRow)
    if patient_ids is not None:
        statement = statement.where(SessionRow.patient_id.in_(patient_ids))
    return s.scalars(_with_session_detail(statement)).all()


def session_marks_of_patient(
    s: Session, patient_id: int
) -> list[tuple[uuid.UUID | None, dt.date, int | None]]:
    """(course uuid, day at its recorded offset, improvement score) of each signed, current
    session: the sessions a schedule counts (domain.schedule.counted)."""
    rows = s.execute(
        select(
            CourseRow.uuid,
            SessionRow.performed_at,
            SessionRow.performed_at_utc_offset,
            SessionRow.improvement_score,
        )
        .outerjoin(CourseRow, SessionRow.course_id == CourseRow.id)
        .where(
            SessionRow.patient_id == patient_id,
            SessionRow.status == SessionStatus.SIGNED,
            current_sessions(),
        )
    )
    return [
        (course_uuid, moment.astimezone(dt.timezone(dt.timedelta(minutes=offset))).date(), score)
        for course_uuid, moment, offset, score in rows
    ]
