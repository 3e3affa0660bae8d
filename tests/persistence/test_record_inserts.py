"""Patients and courses inserted as plain rows (persistence/record_inserts.py) are the rows the
ORM writes from the same records (`fill_patient_row`, `fill_course_row`, `void_row`), column by
column, with the same search terms and areas; and the digest taken of the plain rows is byte
for byte `record_digest` of the rows read back by the ORM. Every optional field set and
unset, voided and not."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.domain.enums import Area, CourseStatus, Fitzpatrick, Indication, Sex
from mesolog.domain.ids import CourseId, PatientId, TemplateId
from mesolog.domain.records import Course, CourseInput, Patient, PatientInput, Voiding
from mesolog.persistence.base import Base
from mesolog.persistence.digests import record_digest
from mesolog.persistence.mapping import fill_course_row, fill_patient_row, void_row
from mesolog.persistence.models import CourseRow, PatientRow
from mesolog.persistence.record_inserts import (
    RowIds,
    insert_courses,
    insert_patients,
    new_course,
    new_patient,
)
from mesolog.persistence.template_models import TemplateRow
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 3, 10, 16, 0, tzinfo=dt.UTC)
VOIDING = Voiding(dt.datetime(2026, 2, 1, 9, 30, tzinfo=dt.UTC), "Dr Λάμπρου", "entered twice")
FULL = PatientInput(
    family_name="  Παπαδοπούλου ",
    given_name=" Ελένη",
    date_of_birth=dt.date(1984, 5, 17),
    record_number=" MC-0012 ",
    sex=Sex.FEMALE,
    phone=" +30 210 555 0101 ",
    email=" eleni@example.org ",
    fitzpatrick_type=Fitzpatrick.III,
    allergies="lidocaine",
    medications="isotretinoin",
    medical_history="keloids",
    consent_signed_on=dt.date(2025, 1, 4),
    notes="prefers mornings",
    photo_consent_on=dt.date(2025, 1, 5),
    preferred_language="el",
)
BARE = PatientInput(family_name="Doe", given_name="Jo", date_of_birth=dt.date(1990, 1, 1))
DATES = [(dt.date(2026, 1, 20), dt.date(2026, 2, 17)), (None, None)]


def _patients() -> list[tuple[Patient, tuple[dt.date | None, dt.date | None]]]:
    return [
        (Patient(PatientId(uuid.uuid4()), _numbered(details, n), NOW, voiding), dates)
        for details, dates in zip((FULL, BARE), DATES, strict=True)
        for n, voiding in enumerate((None, VOIDING))
    ]


def _numbered(details: PatientInput, n: int) -> PatientInput:
    """Each patient's record number its own."""
    number = details.record_number
    return replace(details, record_number=number and number.replace("12", f"1{n}"))


def _courses(patient: PatientId, template: TemplateId) -> list[Course]:
    full = CourseInput(
        indication=Indication.WRINKLES,
        planned_sessions=6,
        started_on=dt.date(2026, 1, 6),
        areas=(Area.FOREHEAD, Area.PERIORBITAL, Area.CHEEKS),
        protocol="NCTF 135HA",
        initial_interval_days=14,
        maintenance_interval_days=60,
        notes="left side first",
        template_id=template,
    )
    bare = CourseInput(Indication.HYDRATION_TIGHTENING, 1, dt.date(2026, 1, 6))
    return [
        Course(CourseId(uuid.uuid4()), patient, plan, status, maintenance_from, voiding)
        for plan, status, maintenance_from in (
            (full, CourseStatus.COMPLETED, dt.date(2026, 3, 1)),
            (bare, CourseStatus.ACTIVE, None),
        )
        for voiding in (None, VOIDING)
    ]


def _columns(s: Session, model: type[Base], row_id: int) -> dict[str, Any]:
    """The row as stored, but its keys (the two inserts' differ)."""
    table = Base.metadata.tables[model.__tablename__]
    stored = dict(s.execute(select(table).where(table.c.id == row_id)).mappings().one())
    return {key: value for key, value in stored.items() if key not in ("id", "uuid")}


def _orm_patient(s: Session, patient: Patient, dates: tuple[dt.date | None, dt.date | None]) -> Any:
    """What the ORM stores of the patient, written in a savepoint rolled back (a record
    number is held by one patient): its columns and search terms."""
    with s.begin_nested() as savepoint:
        orm = PatientRow(uuid=uuid.uuid4(), created_at=NOW, updated_at=NOW)
        fill_patient_row(orm, patient.details)
        if patient.voiding is not None:
            voiding = patient.voiding
            void_row(orm, at=voiding.voided_at, by=voiding.voided_by, reason=voiding.reason)
        orm.last_session_on, orm.next_due_on = dates
        s.add(orm)
        s.flush()
        stored = _columns(s, PatientRow, orm.id), sorted(term.term for term in orm.search_terms)
        savepoint.rollback()
    s.expunge_all()
    return stored


def test_a_patient_inserted_as_a_plain_row_is_the_orm_row(clinic: Clinic) -> None:
    with clinic.context.db.write() as s:
        for patient, dates in _patients():
            orm_columns, orm_terms = _orm_patient(s, patient, dates)
            new = new_patient(patient, now=NOW, dates=dates)
            insert_patients(s, [new], RowIds(s))
            assert _columns(s, PatientRow, new.row["id"]) == orm_columns
            inserted = s.get_one(PatientRow, new.row["id"])
            assert inserted.uuid == patient.id
            assert sorted(term.term for term in inserted.search_terms) == orm_terms
            assert orm_terms
            assert new.digest() == record_digest(inserted)


def test_a_course_inserted_as_a_plain_row_is_the_orm_row(clinic: Clinic) -> None:
    clinic.templates.add_shipped()
    with clinic.context.db.write() as s:
        template = s.scalars(select(TemplateRow).limit(1)).one()
        (patient, dates), *_ = _patients()
        new_owner = new_patient(patient, now=NOW, dates=dates)
        insert_patients(s, [new_owner], RowIds(s))
        owner = s.get_one(PatientRow, new_owner.row["id"])
        for course in _courses(patient.id, TemplateId(template.uuid)):
            orm = CourseRow(
                uuid=uuid.uuid4(),
                patient=owner,
                status=course.status,
                maintenance_from=course.maintenance_from,
                created_at=NOW,
                updated_at=NOW,
            )
            named = None if course.plan.template_id is None else template
            fill_course_row(orm, course.plan, named)
            if course.voiding is not None:
                voiding = course.voiding
                void_row(orm, at=voiding.voided_at, by=voiding.voided_by, reason=voiding.reason)
            s.add(orm)
            s.flush()
            template_id = None if named is None else named.id
            new = new_course(course, template_id=template_id, now=NOW)
            new.row["patient_id"] = owner.id
            insert_courses(s, [new], RowIds(s))
            assert _columns(s, CourseRow, new.row["id"]) == _columns(s, CourseRow, orm.id)
            inserted = s.get_one(CourseRow, new.row["id"])
            assert inserted.uuid == course.id
            areas = [(area.position, area.area) for area in inserted.areas]
            assert areas == [(area.position, area.area) for area in orm.areas]
            assert new.digest() == record_digest(inserted)
