"""Import of an interchange file: all or nothing.

Every problem in the file is reported together (JSON path, value, what is
allowed) and nothing is written. Records whose UUID the database already holds
with the same content are skipped; a UUID held with different content is an
error, because an import never overwrites a record.

A long import reports its progress (patients done of the file's patients) and
can be cancelled between patients: `Cancelled` is raised inside the write
transaction, so it rolls back and the database is left as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import CourseStatus, SessionStatus
from mesolog.domain.errors import KnownError, ValidationError, Violation
from mesolog.domain.records import Course
from mesolog.domain.records import Session as SessionRecord
from mesolog.domain.schedule import SessionMark, patient_dates
from mesolog.domain.validation import (
    raise_if_any,
    validate_course,
    validate_patient,
    validate_session,
    validate_signature,
)
from mesolog.interchange.codec import ClinicFile, PatientBundle, decode
from mesolog.interchange.schema import file_rule_violations, schema_violations
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.base import Base
from mesolog.persistence.mapping import (
    course_from_row,
    fill_course_row,
    fill_patient_row,
    patient_from_row,
    session_as_exported,
)
from mesolog.persistence.models import (
    ClinicianRow,
    ClinicSettingsRow,
    CourseRow,
    PatientRow,
    SessionRow,
)
from mesolog.persistence.session_rows import fill_session_row
from mesolog.services.context import ServiceContext
from mesolog.services.patient_dates import refresh_patient_dates
from mesolog.services.sessions import clinician_named
from mesolog.services.settings import SETTINGS_ID, fill_clinic_details

FILE = "(file)"

ProgressReport = Callable[[int, int], None]
"""Called with (done, total) as the work goes on, from the thread doing the work."""
CancelCheck = Callable[[], bool]
"""Asked between steps; True stops the work with `Cancelled`."""


class NotEmptyError(KnownError):
    """The database holds patients, and the records were meant for an empty one."""


class Cancelled(KnownError):  # noqa: N818 - a state the user chose, not a failure
    """The user stopped the work before it ended; nothing was written."""


def stop_if_cancelled(cancelled: CancelCheck | None, message: str) -> None:
    """Raises `Cancelled(message)` when `cancelled` says so (in a transaction: rolls it back)."""
    if cancelled is not None and cancelled():
        raise Cancelled(message)


IMPORT_CANCELLED = "The import was cancelled; nothing was imported."


@dataclass(frozen=True, slots=True)
class ImportReport:
    patients_added: int
    courses_added: int
    sessions_added: int
    patients_present: int
    courses_present: int
    sessions_present: int
    clinic_adopted: bool = False
    """The database had no clinic details and took the file's."""

    @property
    def changed(self) -> bool:
        added = self.patients_added or self.courses_added or self.sessions_added
        return bool(added or self.clinic_adopted)

    def summary(self) -> str:
        present = (
            f"{self.patients_present} patient(s), {self.courses_present} course(s) and "
            f"{self.sessions_present} session(s) were in the database already"
        )
        if not self.changed:
            return f"Nothing imported: {present}; nothing changed."
        clinic = " The clinic's details were taken from the file." if self.clinic_adopted else ""
        return (
            f"Imported {self.patients_added} patient(s), {self.courses_added} course(s) and "
            f"{self.sessions_added} session(s); {present}.{clinic}"
        )


class _NotPlainJsonError(ValueError):
    """A construct json.loads accepts but JSON (RFC 8259) does not mean: NaN, a repeated key."""

    def __init__(self, value: str, allowed: str) -> None:
        super().__init__(value)
        self.value = value
        self.allowed = allowed


def _refuse_constant(name: str) -> float:
    raise _NotPlainJsonError(name, "numbers only; NaN and Infinity are not JSON")


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _NotPlainJsonError(key, "each key once per object")
        found[key] = value
    return found


def parse_document(data: bytes) -> Any:
    """The JSON value in `data`, or a ValidationError that says where the file breaks."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            [Violation(FILE, f"byte {error.start}", "UTF-8 text (JSON)")]
        ) from error
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_repeated_keys
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ValidationError(
            [Violation(FILE, where, f"well-formed JSON ({error.msg})")]
        ) from error
    except _NotPlainJsonError as error:
        raise ValidationError([Violation(FILE, error.value, error.allowed)]) from error
    except RecursionError as error:
        raise ValidationError([_TOO_DEEP]) from error
    except ValueError as error:  # an integer of more digits than Python reads (4,300)
        raise ValidationError(
            [Violation(FILE, "a number", f"numbers of the mesolog format ({error})")]
        ) from error


_TOO_DEEP = Violation(FILE, "deeply nested", "JSON of the mesolog format")


def read_clinic_file(data: bytes, *, now: dt.datetime) -> ClinicFile:
    """The records of an interchange file, once the file breaks no rule at all.

    Needs no database, so a bad file is refused before one is opened (or created).
    """
    document = parse_document(data)
    try:
        violations = schema_violations(document)
        if not violations:
            violations = file_rule_violations(document)
    except RecursionError as error:  # the checks walk a value nested deep below a field
        raise ValidationError([_TOO_DEEP]) from error
    if violations:
        raise ValidationError(violations)
    clinic_file = decode(document)
    raise_if_any(record_violations(clinic_file, now=now))
    return clinic_file


def record_violations(clinic_file: ClinicFile, *, now: dt.datetime) -> list[Violation]:
    """The domain's rules on every record of a (schema-valid) file, with JSON paths."""
    found: list[Violation] = []
    today = now.astimezone().date()
    for i, bundle in enumerate(clinic_file.patients):
        base = f"patients[{i}]"
        details = bundle.patient.details
        found += validate_patient(details, today=today, path=base)
        courses = {course.id: course for course in bundle.courses}
        for j, course in enumerate(bundle.courses):
            found += validate_course(
                course.plan, date_of_birth=details.date_of_birth, path=f"{base}.courses[{j}]"
            )
        for k, session in enumerate(bundle.sessions):
            course_id = session.entry.course_id
            found += validate_session(
                session.entry,
                patient_id=bundle.patient.id,
                patient=details,
                course=courses.get(course_id) if course_id is not None else None,
                now=now,
                path=f"{base}.sessions[{k}]",
            )
            if session.status is SessionStatus.SIGNED:
                found += validate_signature(
                    session.signed_at,
                    performed_at=session.entry.performed_at,
                    now=now,
                    path=f"{base}.sessions[{k}]",
                )
    return found


class _Plan:
    """What the database lacks of the file, found without writing anything."""

    def __init__(self) -> None:
        self.violations: list[Violation] = []
        self.new_patients: list[PatientBundle] = []
        self.new_courses: list[Course] = []
        self.new_sessions: list[SessionRecord] = []
        self.present = [0, 0, 0]
        self.patient_rows: dict[uuid.UUID, PatientRow] = {}
        self.course_rows: dict[uuid.UUID, CourseRow] = {}


def _same_course(row: CourseRow, course: Course) -> bool:
    stored = course_from_row(row)
    return (
        stored.patient_id == course.patient_id
        and stored.plan == course.plan
        and stored.status is course.status
    )


def _same_session(row: SessionRow, session: SessionRecord) -> bool:
    stored = session_as_exported(row)
    return (
        stored.patient_id == session.patient_id
        and stored.status is session.status
        # A file without signed_at leaves the time to the import; one with it must agree.
        and (session.signed_at is None or stored.signed_at == session.signed_at)
        and stored.entry == session.entry.tidied()
    )


_DIFFERS = "an id the database holds already with different content; an import never overwrites"
_VOIDED = "an id of a record voided in this database; an import adds nothing to voided records"


def _plan(s: Session, clinic_file: ClinicFile) -> _Plan:
    """Sorts the file's records into new and present, with a few queries for the whole file."""
    plan = _Plan()
    bundles = clinic_file.patients
    plan.patient_rows = queries.patients_by_uuids(s, [b.patient.id for b in bundles])
    plan.course_rows = queries.courses_by_uuids(s, [c.id for b in bundles for c in b.courses])
    session_rows = queries.sessions_by_uuids(s, [x.id for b in bundles for x in b.sessions])
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
                allowed = "a record number no other patient in the database has"
                plan.violations.append(Violation(f"{base}.record_number", number, allowed))
        elif row.voided_at is not None:
            plan.violations.append(Violation(f"{base}.id", str(patient.id), _VOIDED))
        elif patient_from_row(row).details != patient.details.tidied():
            plan.violations.append(Violation(f"{base}.id", str(patient.id), _DIFFERS))
        else:
            plan.present[0] += 1
        for j, course in enumerate(bundle.courses):
            course_row = plan.course_rows.get(course.id)
            if course_row is None:
                plan.new_courses.append(course)
            elif course_row.voided_at is not None:
                path = f"{base}.courses[{j}].id"
                plan.violations.append(Violation(path, str(course.id), _VOIDED))
            elif not _same_course(course_row, course):
                path = f"{base}.courses[{j}].id"
                plan.violations.append(Violation(path, str(course.id), _DIFFERS))
            else:
                plan.present[1] += 1
        for k, session in enumerate(bundle.sessions):
            session_row = session_rows.get(session.id)
            if session_row is None:
                plan.new_sessions.append(session)
            elif session_row.voided_at is not None:
                path = f"{base}.sessions[{k}].id"
                plan.violations.append(Violation(path, str(session.id), _VOIDED))
            elif not _same_session(session_row, session):
                path = f"{base}.sessions[{k}].id"
                plan.violations.append(Violation(path, str(session.id), _DIFFERS))
            else:
                plan.present[2] += 1
    return plan


class ImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def import_bytes(
        self,
        data: bytes,
        *,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        clinic_file = read_clinic_file(data, now=self._ctx.now())
        return self.import_records(clinic_file, progress=progress, cancelled=cancelled)

    def import_records(
        self,
        clinic_file: ClinicFile,
        *,
        into_empty: bool = False,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Adds what the database lacks of `clinic_file`, after checking every record.

        With `into_empty`, a database that holds any patient is refused (NotEmptyError).
        `progress` hears (patients done, patients in the file) while the records are
        written; when `cancelled` returns True between patients, `Cancelled` is raised
        and nothing is written.
        """
        raise_if_any(record_violations(clinic_file, now=self._ctx.now()))
        stop_if_cancelled(cancelled, IMPORT_CANCELLED)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.SIGN)
            held = queries.patient_count(s) if into_empty else 0
            if held:
                raise NotEmptyError(f"The database holds {held} patient(s) already.")
            plan = _plan(s, clinic_file)
            if plan.violations:
                raise ValidationError(plan.violations)
            self._write(s, clinic_file, plan, progress=progress, cancelled=cancelled)
            adopted = self._adopt_clinic(s, clinic_file)
            s.flush()
            stop_if_cancelled(cancelled, IMPORT_CANCELLED)
        return ImportReport(
            len(plan.new_patients),
            len(plan.new_courses),
            len(plan.new_sessions),
            plan.present[0],
            plan.present[1],
            plan.present[2],
            clinic_adopted=adopted,
        )

    def _adopt_clinic(self, s: Session, clinic_file: ClinicFile) -> bool:
        """A database without clinic details takes the file's; existing ones are kept."""
        if clinic_file.clinic is None or not clinic_file.clinic.name.strip():
            return False
        row = s.get(ClinicSettingsRow, SETTINGS_ID)
        if row is not None and row.name.strip():
            return False
        if row is None:
            row = ClinicSettingsRow(id=SETTINGS_ID)
            s.add(row)
        fill_clinic_details(row, clinic_file.clinic, at=self._ctx.now())
        self._ctx.audit(s, AuditAction.IMPORT, "clinic_settings", record=row)
        return True

    def _write(
        self,
        s: Session,
        clinic_file: ClinicFile,
        plan: _Plan,
        *,
        progress: ProgressReport | None,
        cancelled: CancelCheck | None,
    ) -> None:
        """Writes the new records patient by patient, each with its courses and sessions."""
        new_patients = {bundle.patient.id for bundle in plan.new_patients}
        new_courses = {course.id for course in plan.new_courses}
        new_sessions = {session.id for session in plan.new_sessions}
        clinicians: dict[str, ClinicianRow] = {}
        written: list[tuple[str, Base]] = []
        total = len(clinic_file.patients)
        if progress is not None:
            progress(0, total)
        for done, bundle in enumerate(clinic_file.patients, start=1):
            with s.no_autoflush:
                if bundle.patient.id in new_patients:
                    written.append(("patient", self._add_patient(s, bundle, plan)))
                for course in bundle.courses:
                    if course.id in new_courses:
                        written.append(("course", self._add_course(s, course, plan)))
                for session in bundle.sessions:
                    if session.id in new_sessions:
                        name = session.entry.clinician.strip()
                        if name not in clinicians:
                            clinicians[name] = clinician_named(s, name, context=self._ctx)
                        written.append(
                            ("session", self._add_session(s, session, plan, clinicians[name]))
                        )
            # Each patient's rows go out now, so the time spreads over the progress.
            self._ctx.audit_all(s, AuditAction.IMPORT, written)
            written.clear()
            stop_if_cancelled(cancelled, IMPORT_CANCELLED)
            if progress is not None:
                progress(done, total)
        s.flush()
        self._refresh_dates(s, plan)

    def _add_patient(self, s: Session, bundle: PatientBundle, plan: _Plan) -> PatientRow:
        now = self._ctx.now()
        row = PatientRow(uuid=bundle.patient.id, created_at=now, updated_at=now)
        fill_patient_row(row, bundle.patient.details)
        s.add(row)
        plan.patient_rows[row.uuid] = row
        return row

    def _add_course(self, s: Session, course: Course, plan: _Plan) -> CourseRow:
        now = self._ctx.now()
        row = CourseRow(
            uuid=course.id,
            patient=plan.patient_rows[course.patient_id],
            status=CourseStatus(course.status),
            maintenance_from=course.maintenance_from,
            created_at=now,
            updated_at=now,
        )
        fill_course_row(row, course.plan)
        s.add(row)
        plan.course_rows[row.uuid] = row
        return row

    @staticmethod
    def _refresh_dates(s: Session, plan: _Plan) -> None:
        """New patients from the file's records; patients already held from the database."""
        new = {bundle.patient.id for bundle in plan.new_patients}
        for bundle in plan.new_patients:
            marks = [
                (x.entry.course_id, SessionMark(x.performed_on, x.entry.improvement_score))
                for x in bundle.sessions
            ]
            dates = patient_dates(bundle.courses, marks)
            row = plan.patient_rows[bundle.patient.id]
            row.last_session_on, row.next_due_on = dates.last_session_on, dates.next_due
        grown = {c.patient_id for c in plan.new_courses} | {x.patient_id for x in plan.new_sessions}
        for patient_id in sorted(grown - new):
            refresh_patient_dates(s, plan.patient_rows[patient_id])

    def _add_session(
        self, s: Session, session: SessionRecord, plan: _Plan, clinician: ClinicianRow
    ) -> SessionRow:
        now = self._ctx.now()
        signed = session.status is SessionStatus.SIGNED
        row = SessionRow(
            uuid=session.id,
            patient=plan.patient_rows[session.patient_id],
            status=session.status,
            signed_at=(session.signed_at or now) if signed else None,
            signed_by=(session.signed_by or session.entry.clinician) if signed else None,
            created_at=now,
            treatments=[],
            reactions=[],
        )
        course_id = session.entry.course_id
        fill_session_row(
            row,
            session.entry,
            clinician=clinician,
            course=plan.course_rows[course_id] if course_id is not None else None,
            at=now,
            by=self._ctx.actor,
        )
        s.add(row)
        return row
