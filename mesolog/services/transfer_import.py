"""Import of an interchange file: all or nothing.

Every problem in the file is reported together (JSON path, value, what is
allowed) and nothing is written. Records whose UUID the database already holds
with the same content are skipped; a UUID held with different content is an
error, because an import never overwrites a record.

A long import reports its progress (patients done of the file's patients) and
can be cancelled between patients: `Cancelled` is raised inside the write
transaction, so it rolls back and the database is left as it was.

The file is read and checked by services.transfer_reading, sorted against the
database by services.transfer_plan, and written here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import CourseStatus, SessionStatus
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.records import Course
from mesolog.domain.records import Session as SessionRecord
from mesolog.domain.schedule import SessionMark, counted, patient_dates
from mesolog.domain.validation import raise_if_any
from mesolog.interchange.codec import ClinicFile, PatientBundle
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.base import Base
from mesolog.persistence.mapping import fill_course_row, fill_patient_row
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
from mesolog.services.transfer_plan import ImportPlan, plan_import
from mesolog.services.transfer_progress import (
    CancelCheck,
    Cancelled,
    ProgressReport,
    stop_if_cancelled,
)
from mesolog.services.transfer_reading import FILE, read_clinic_file, record_violations

__all__ = [
    "FILE",
    "IMPORT_CANCELLED",
    "Cancelled",
    "ImportReport",
    "ImportService",
    "NotEmptyError",
    "read_clinic_file",
]


class NotEmptyError(KnownError):
    """The database holds patients, and the records were meant for an empty one."""


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
            plan = plan_import(s, clinic_file)
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
        plan: ImportPlan,
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

    def _add_patient(self, s: Session, bundle: PatientBundle, plan: ImportPlan) -> PatientRow:
        now = self._ctx.now()
        row = PatientRow(uuid=bundle.patient.id, created_at=now, updated_at=now)
        fill_patient_row(row, bundle.patient.details)
        s.add(row)
        plan.patient_rows[row.uuid] = row
        return row

    def _add_course(self, s: Session, course: Course, plan: ImportPlan) -> CourseRow:
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
    def _refresh_dates(s: Session, plan: ImportPlan) -> None:
        """New patients from the file's records; patients already held from the database."""
        new = {bundle.patient.id for bundle in plan.new_patients}
        for bundle in plan.new_patients:
            marks = [
                (x.entry.course_id, SessionMark(x.performed_on, x.entry.improvement_score))
                for x in counted(bundle.sessions)
            ]
            dates = patient_dates(bundle.courses, marks)
            row = plan.patient_rows[bundle.patient.id]
            row.last_session_on, row.next_due_on = dates.last_session_on, dates.next_due
        grown = {c.patient_id for c in plan.new_courses} | {x.patient_id for x in plan.new_sessions}
        for patient_id in sorted(grown - new):
            refresh_patient_dates(s, plan.patient_rows[patient_id])

    def _add_session(
        self, s: Session, session: SessionRecord, plan: ImportPlan, clinician: ClinicianRow
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
