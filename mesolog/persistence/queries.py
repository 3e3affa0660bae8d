"""Queries: each takes an open Session and never commits."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from mesolog.domain.text import query_words
from mesolog.persistence.models import (
    ClinicianRow,
    CourseRow,
    PatientRow,
    PatientSearchTermRow,
    SessionRow,
    TreatmentLineRow,
)

_PREFIX_END = "\U0010ffff"


def parse_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        return None


def patient_by_uuid(s: Session, patient_uuid: uuid.UUID) -> PatientRow | None:
    return s.scalars(select(PatientRow).where(PatientRow.uuid == patient_uuid)).one_or_none()


def patient_by_ref(s: Session, ref: str) -> PatientRow | None:
    """A patient by UUID or by the clinic's record number."""
    as_uuid = parse_uuid(ref)
    if as_uuid is not None:
        return patient_by_uuid(s, as_uuid)
    number = ref.strip()
    if not number:
        return None
    return s.scalars(select(PatientRow).where(PatientRow.record_number == number)).one_or_none()


def search_patients(
    s: Session, query: str, *, limit: int, include_voided: bool = False
) -> Sequence[PatientRow]:
    """Patients every word of `query` finds (by the start of a name, record or phone term).

    Each word is a range scan on the term index, so the cost follows the matches,
    not the size of the clinic.
    """
    statement: Select[PatientRow] = select(PatientRow)
    for word in query_words(query):
        matching = select(PatientSearchTermRow.patient_id).where(
            PatientSearchTermRow.term >= word, PatientSearchTermRow.term < word + _PREFIX_END
        )
        statement = statement.where(PatientRow.id.in_(matching))
    if not include_voided:
        statement = statement.where(PatientRow.voided_at.is_(None))
    statement = statement.order_by(PatientRow.sort_key, PatientRow.id).limit(limit)
    return s.scalars(statement).all()


def course_by_uuid(s: Session, course_uuid: uuid.UUID) -> CourseRow | None:
    return s.scalars(
        select(CourseRow)
        .where(CourseRow.uuid == course_uuid)
        .options(selectinload(CourseRow.areas), selectinload(CourseRow.patient))
    ).one_or_none()


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
    )


def session_by_uuid(s: Session, session_uuid: uuid.UUID) -> SessionRow | None:
    statement = select(SessionRow).where(SessionRow.uuid == session_uuid)
    return s.scalars(_with_session_detail(statement)).one_or_none()


def sessions_of_patient(s: Session, patient_id: int) -> Sequence[SessionRow]:
    """Every session of a patient, voided ones too, newest first."""
    statement = (
        select(SessionRow)
        .where(SessionRow.patient_id == patient_id)
        .order_by(SessionRow.performed_at.desc(), SessionRow.id.desc())
    )
    return s.scalars(_with_session_detail(statement)).all()


def clinician_by_name(s: Session, name: str) -> ClinicianRow | None:
    return s.scalars(select(ClinicianRow).where(ClinicianRow.name == name)).one_or_none()
