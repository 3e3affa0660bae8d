"""Patients and courses as plain rows, for a writer of many records (an import): the rows
`mapping.fill_patient_row` and `fill_course_row` give ORM rows, as dicts inserted by Core
`executemany`, with their search terms and areas, and digested as inserted
(persistence.row_digests), byte for byte what `record_digest` gives the ORM rows.

tests/services/test_record_inserts.py compares them with the ORM's rows column by column.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from mesolog.domain.record_numbers import record_key
from mesolog.domain.records import Course, Patient, Voiding
from mesolog.domain.text import sort_key
from mesolog.persistence.base import Base
from mesolog.persistence.mapping import search_terms
from mesolog.persistence.models import (
    CourseAreaRow,
    CourseRow,
    PatientRow,
    PatientSearchTermRow,
)
from mesolog.persistence.row_digests import Part, row_digest


def voided(voiding: Voiding | None) -> dict[str, object]:
    """A voidable row's voiding columns."""
    if voiding is None:
        return {"voided_at": None, "voided_by": None, "void_reason": None}
    return {
        "voided_at": voiding.voided_at,
        "voided_by": voiding.voided_by,
        "void_reason": voiding.reason,
    }


@dataclass(slots=True)
class NewPatient:
    """A patient's row and search terms, as inserted (its `id` added once known)."""

    row: dict[str, Any]
    terms: list[str]

    def digest(self) -> str:
        return row_digest("patients", self.row)


@dataclass(slots=True)
class NewCourse:
    """A course's row and areas, as inserted (ids added once known)."""

    row: dict[str, Any]
    areas: list[dict[str, Any]] = field(default_factory=list)

    def digest(self) -> str:
        return row_digest("courses", self.row, {"areas": [Part(area) for area in self.areas]})


def new_patient(
    patient: Patient,
    *,
    now: dt.datetime,
    dates: tuple[dt.date | None, dt.date | None],
) -> NewPatient:
    """The patient's row, added at `now`, with its (last session, next due) `dates`."""
    details = patient.details.tidied()
    row: dict[str, Any] = {
        "uuid": patient.id,
        "record_number": details.record_number or None,
        "record_key": record_key(details.record_number) or None,
        "family_name": details.family_name,
        "given_name": details.given_name,
        "date_of_birth": details.date_of_birth,
        "sex": details.sex,
        "phone": details.phone,
        "email": details.email,
        "fitzpatrick_type": details.fitzpatrick_type,
        "allergies": details.allergies,
        "medications": details.medications,
        "medical_history": details.medical_history,
        "consent_signed_on": details.consent_signed_on,
        "notes": details.notes,
        "photo_consent_on": details.photo_consent_on,
        "preferred_language": details.preferred_language,
        "sort_key": sort_key(details.family_name, details.given_name),
        "last_session_on": dates[0],
        "next_due_on": dates[1],
        "created_at": now,
        "updated_at": now,
    } | voided(patient.voiding)
    terms = search_terms(
        details.family_name, details.given_name, details.record_number, details.phone
    )
    return NewPatient(row, sorted(terms))


def new_course(course: Course, *, template_id: int | None, now: dt.datetime) -> NewCourse:
    """The course's row, added at `now`, its patient's id to be set before it is inserted;
    `template_id`: the row id of the plan's template."""
    plan = course.plan
    row: dict[str, Any] = {
        "uuid": course.id,
        "indication": plan.indication,
        "protocol": plan.protocol,
        "planned_sessions": plan.planned_sessions,
        "initial_interval_days": plan.initial_interval_days,
        "maintenance_interval_days": plan.maintenance_interval_days,
        "started_on": plan.started_on,
        "status": course.status,
        "maintenance_from": course.maintenance_from,
        "notes": plan.notes,
        "template_id": template_id,
        "created_at": now,
        "updated_at": now,
    } | voided(course.voiding)
    areas = [{"position": i, "area": area} for i, area in enumerate(plan.areas)]
    return NewCourse(row, areas)


def insert_patients(s: Session, patients: Sequence[NewPatient]) -> None:
    """Inserts the patients, then their search terms; each row is given its `id`."""
    insert_rows(s, PatientRow, [patient.row for patient in patients])
    terms = [
        {"patient_id": patient.row["id"], "term": term}
        for patient in patients
        for term in patient.terms
    ]
    if terms:
        s.execute(insert(Base.metadata.tables[PatientSearchTermRow.__tablename__]), terms)


def insert_courses(s: Session, courses: Sequence[NewCourse]) -> None:
    """Inserts the courses (their `patient_id` set), then their areas; each row is given its
    `id`, each area its `course_id`."""
    insert_rows(s, CourseRow, [course.row for course in courses])
    for course in courses:
        for area in course.areas:
            area["course_id"] = course.row["id"]
    areas = [area for course in courses for area in course.areas]
    if areas:
        s.execute(insert(Base.metadata.tables[CourseAreaRow.__tablename__]), areas)


def insert_rows(s: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Inserts `rows` by one executemany and gives each its new `id`, read back by uuid
    among the rows above the table's highest id before (RETURNING with the rows' order
    kept costs one statement a row on SQLite); another writer's rows there, if any, are
    not among these uuids."""
    if not rows:
        return
    table = Base.metadata.tables[model.__tablename__]
    before = s.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    s.execute(insert(table), rows)
    by_uuid: dict[uuid.UUID, dict[str, Any]] = {row["uuid"]: row for row in rows}
    for key, new_id in s.execute(select(table.c.uuid, table.c.id).where(table.c.id > before)):
        if key in by_uuid:
            by_uuid[key]["id"] = new_id
