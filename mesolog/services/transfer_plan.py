"""What an import adds: the file's records sorted into new and already held, and conflicts.

A record whose UUID the database holds with the same content is present; one
held with different content, or voided (unless the file has it voided alike), is a
conflict, because an import never overwrites a record nor adds to a voided one. A
version 2 file is compared as it holds the records: voiding, versions, signer and
voided parts included; a version 1 file as it held them (current versions, no link
to a voided course, and none of what version 1 cannot say: a patient's photo consent,
a line's chart, a course's template). A bundle's photos are sorted in services.transfer_photo_plan.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, replace
from typing import TypeVar

from sqlalchemy.orm import Session

from mesolog.domain.errors import Violation
from mesolog.domain.records import Course, Patient, SessionInput
from mesolog.domain.records import Session as SessionRecord
from mesolog.domain.texts import phrase
from mesolog.interchange.codec import ClinicFile, FiledPhoto, PatientBundle, SessionParts
from mesolog.persistence import queries
from mesolog.persistence.mapping import (
    course_from_row,
    patient_from_row,
    session_as_exported,
    session_from_row,
    voiding_of,
)
from mesolog.persistence.models import CourseRow, PatientRow, SessionRow
from mesolog.persistence.record_inserts import RowIds
from mesolog.persistence.template_models import TemplateRow
from mesolog.services.transfer_rows import session_parts


class ImportPlan:
    """What the database lacks of the file, found without writing anything."""

    def __init__(self) -> None:
        self.violations: list[Violation] = []
        self.new_patients: list[PatientBundle] = []
        self.new_courses: list[Course] = []
        self.new_sessions: list[SessionRecord] = []
        self.present = [0, 0, 0]
        self.patient_rows: dict[uuid.UUID, PatientRow] = {}
        self.course_rows: dict[uuid.UUID, CourseRow] = {}
        self.session_rows: dict[uuid.UUID, SessionRow] = {}
        """The file's sessions the database holds already."""
        self.patient_ids: dict[uuid.UUID, int] = {}
        self.course_ids: dict[uuid.UUID, int] = {}
        self.session_ids: dict[uuid.UUID, int] = {}
        """The row ids of the file's patients, courses and sessions, held already or written
        by this import."""
        self.parts: dict[uuid.UUID, SessionParts] = {}
        """The voided parts of the file's sessions that have any."""
        self.new_photos: list[FiledPhoto] = []
        self.photos_present = 0
        self.template_rows: dict[uuid.UUID, TemplateRow] = {}
        """The templates the new courses may name, the file's new ones once written."""
        self.row_ids: RowIds | None = None
        """The ids of a streamed import's new rows, counted on from batch to batch; else
        each batch takes its own (persistence.record_inserts)."""
        self.streamed: tuple[int, int, int] | None = None
        """The new patients, courses and sessions of a streamed import, which lists none
        (services.transfer_stream_import)."""

    def added(self) -> tuple[int, int, int]:
        """How many patients, courses and sessions the import adds."""
        if self.streamed is not None:
            return self.streamed
        return len(self.new_patients), len(self.new_courses), len(self.new_sessions)


def _same_patient(row: PatientRow, patient: Patient) -> bool:
    """Version 1: the photo consent, which it cannot say, is the database's."""
    filed = replace(patient.details.tidied(), photo_consent_on=row.photo_consent_on)
    return patient_from_row(row).details == filed


def _same_patient_v2(row: PatientRow, patient: Patient) -> bool:
    same = patient_from_row(row).details == patient.details.tidied()
    return same and voiding_of(row) == patient.voiding


def _same_course(row: CourseRow, course: Course) -> bool:
    """Version 1: the course's template, which it cannot say, is the database's."""
    stored = course_from_row(row)
    return (
        stored.patient_id == course.patient_id
        and stored.plan == replace(course.plan, template_id=stored.plan.template_id)
        and stored.status is course.status
    )


def _content(record: Course | SessionRecord) -> dict[str, object]:
    """The record's fields but its `version`: how often this database wrote it."""
    return {f.name: getattr(record, f.name) for f in fields(record) if f.name != "version"}


def _same_course_v2(row: CourseRow, course: Course) -> bool:
    return _content(course_from_row(row)) == _content(course)


def _same_session(row: SessionRow, session: SessionRecord) -> bool:
    stored = session_as_exported(row)
    return (
        stored.patient_id == session.patient_id
        and stored.status is session.status
        # A file without signed_at leaves the time to the import; one with it must agree.
        and (session.signed_at is None or stored.signed_at == session.signed_at)
        and _without_charts(stored.entry) == session.entry.tidied()
    )


def _without_charts(entry: SessionInput) -> SessionInput:
    """A session as version 1 holds it: its lines without their charts."""
    lines = tuple(replace(line, zones=(), points=()) for line in entry.treatments)
    return replace(entry, treatments=lines)


def _session_as_held(plan: ImportPlan) -> Callable[[SessionRow, SessionRecord], bool]:
    def same(row: SessionRow, session: SessionRecord) -> bool:
        stored = session_from_row(row)
        file_side = replace(session, entry=session.entry.tidied())
        if session.signed_at is None:  # the time is the import's: held, the first import's
            file_side = replace(file_side, signed_at=stored.signed_at)
        same_parts = session_parts(row) == plan.parts.get(session.id)
        return _content(stored) == _content(file_side) and same_parts

    return same


RecordT = TypeVar("RecordT", bound=Course | SessionRecord)
RowT = TypeVar("RowT", bound=CourseRow | SessionRow)

DIFFERS = phrase(
    "Transfer",
    "an id the database holds already with different content; an import never overwrites",
)
NUMBER_HELD = phrase("Transfer", "a record number no other patient in the database has")
VOIDED = phrase(
    "Transfer",
    "an id of a record voided in this database; an import adds nothing to voided records",
)


def plan_import(s: Session, clinic_file: ClinicFile) -> ImportPlan:
    """Sorts the file's records into new and present, with a few queries for the whole file."""
    plan = ImportPlan()
    bundles = clinic_file.patients
    plan.patient_rows = queries.patients_by_uuids(s, [b.patient.id for b in bundles])
    plan.course_rows = queries.courses_by_uuids(s, [c.id for b in bundles for c in b.courses])
    plan.patient_ids = {key: row.id for key, row in plan.patient_rows.items()}
    plan.course_ids = {key: row.id for key, row in plan.course_rows.items()}
    session_rows = queries.sessions_by_uuids(s, [x.id for b in bundles for x in b.sessions])
    plan.session_rows = dict(session_rows)
    plan.session_ids = {key: row.id for key, row in session_rows.items()}
    plan.parts = {p.session_id: p for b in bundles for p in b.parts}
    v1 = clinic_file.version == 1
    same_patient = _same_patient if v1 else _same_patient_v2
    same_course = _same_course if v1 else _same_course_v2
    same_session = _same_session if v1 else _session_as_held(plan)
    numbers_used = queries.record_numbers_in_use(
        s,
        [b.patient.details.record_number for b in bundles if b.patient.id not in plan.patient_rows],
    )
    for i, bundle in enumerate(bundles):
        base = f"patients[{i}]"
        patient = bundle.patient
        row = plan.patient_rows.get(patient.id)
        if row is None:
            plan.new_patients.append(bundle)
            number = patient.details.record_number.strip()
            if number in numbers_used:
                plan.violations.append(Violation(f"{base}.record_number", number, NUMBER_HELD))
        elif row.voided_at is not None and patient.voiding is None:
            plan.violations.append(Violation(f"{base}.id", str(patient.id), VOIDED))
        elif not same_patient(row, patient):
            plan.violations.append(Violation(f"{base}.id", str(patient.id), DIFFERS))
        else:
            plan.present[0] += 1
        courses, sessions = bundle.courses, bundle.sessions
        plan.present[1] += _sort(
            plan, courses, plan.course_rows, same_course, f"{base}.courses", into=plan.new_courses
        )
        plan.present[2] += _sort(
            plan, sessions, session_rows, same_session, f"{base}.sessions", into=plan.new_sessions
        )
        _second_amendments(s, plan, sessions, f"{base}.sessions")
    return plan


_TWO_CURRENT = phrase(
    "Transfer",
    "a session the database holds no other amendment of (not voided): a session has one current"
    " version",
)


def _second_amendments(
    s: Session, plan: ImportPlan, sessions: Sequence[SessionRecord], path: str
) -> None:
    """A new amendment, not voided, of a session the database holds amended already would
    give the session two current versions (a session the database holds is not new)."""
    for i, session in enumerate(sessions):
        if session.id in plan.session_rows or session.amends is None or session.voiding is not None:
            continue
        original = plan.session_rows.get(session.amends)
        if original is not None and queries.amendment_of(s, original.id) is not None:
            plan.violations.append(
                Violation(f"{path}[{i}].amends", str(session.amends), _TWO_CURRENT)
            )


def _sort(
    plan: ImportPlan,
    records: Sequence[RecordT],
    rows: Mapping[uuid.UUID, RowT],
    same: Callable[[RowT, RecordT], bool],
    path: str,
    *,
    into: list[RecordT],
) -> int:
    """Adds the records the database lacks to `into` and the conflicts to the plan's
    violations; returns how many it holds already."""
    present = 0
    for i, record in enumerate(records):
        row = rows.get(record.id)
        if row is None:
            into.append(record)
        elif row.voided_at is not None and record.voiding is None:
            plan.violations.append(Violation(f"{path}[{i}].id", str(record.id), VOIDED))
        elif not same(row, record):
            plan.violations.append(Violation(f"{path}[{i}].id", str(record.id), DIFFERS))
        else:
            present += 1
    return present
