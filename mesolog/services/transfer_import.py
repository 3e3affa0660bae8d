"""Import of an interchange file: all or nothing.

Every problem in the file is reported together (JSON path, value, what is
allowed) and nothing is written. Records whose UUID the database already holds
with the same content are skipped; a UUID held with different content is an
error, because an import never overwrites a record.

A version 2 file's records come as the file holds them: every version of a
session, signed by whom and when the file says, and voided records voided as there
(services.transfer_writing). The audit log says they came from a file, not who
signed them here: a first entry names the file (its SHA-256) and the chain
anchor it carries, then one entry per record added, each by the importer, saying
from which file, and for a signed session whose signature the file gives.

A long import reports its progress (patients done of the file's patients) and
can be cancelled between patients: `Cancelled` is raised inside the write
transaction, so it rolls back and the database is left as it was.

The file is read and checked by services.transfer_reading, sorted against the
database by services.transfer_plan, and written here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.chain_anchor import ChainAnchor, rfc3339
from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.records import Session as SessionRecord
from mesolog.domain.records import Voiding
from mesolog.domain.schedule import SessionMark, counted, patient_dates
from mesolog.domain.validation import raise_if_any
from mesolog.interchange.codec import ClinicFile
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.base import Base
from mesolog.persistence.models import ClinicianRow, ClinicSettingsRow, SessionRow
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
from mesolog.services.transfer_writing import add_course, add_patient, add_session, sign_added

__all__ = [
    "FILE",
    "IMPORT_CANCELLED",
    "Cancelled",
    "ImportReport",
    "ImportService",
    "ImportSource",
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


@dataclass(frozen=True, slots=True)
class ImportSource:
    """The file an import reads, known by the SHA-256 of its bytes: its name is the
    user's choice and may name a patient, which the audit log never holds."""

    sha256: str

    @classmethod
    def of(cls, data: bytes) -> ImportSource:
        return cls(hashlib.sha256(data).hexdigest())

    def file_detail(self, anchor: ChainAnchor | None, plan: ImportPlan) -> str:
        """The audit entry that names the file: the records it adds follow it."""
        if anchor is None:
            chain = "no chain anchor (format version 1)"
        else:
            chain = f"chain anchor entry {anchor.entry} hash {anchor.hash} at {rfc3339(anchor.at)}"
        added = (
            f"{len(plan.new_patients)} patient(s), {len(plan.new_courses)} course(s), "
            f"{len(plan.new_sessions)} session(s) added as the file has them"
        )
        return f"file sha256 {self.sha256}; {chain}; {added}"


def _detail(of_file: str, voiding: Voiding | None) -> str:
    if voiding is None:
        return of_file
    return "; ".join(filter(None, [of_file, "voided in the file"]))


def _session_detail(of_file: str, session: SessionRecord) -> str:
    """From which file, and for a signed session that its signature is the file's."""
    said = [of_file]
    if session.amends is not None:
        said.append(f"amends {session.amends}")
    if session.status is SessionStatus.SIGNED and session.signed_at is not None and of_file:
        signer = session.signed_by or session.entry.clinician
        said.append(f"signed by {signer!r} at {rfc3339(session.signed_at)} as the file says")
    return _detail("; ".join(filter(None, said)), session.voiding)


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
        """Imports the file's bytes, which the audit log names by their SHA-256."""
        clinic_file = read_clinic_file(data, now=self._ctx.now())
        return self.import_records(
            clinic_file,
            source=ImportSource.of(data),
            progress=progress,
            cancelled=cancelled,
        )

    def import_records(
        self,
        clinic_file: ClinicFile,
        *,
        source: ImportSource | None = None,
        into_empty: bool = False,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Adds what the database lacks of `clinic_file`, after checking every record.

        `source` is the file the records were read from, which the audit log names
        (None: records made by mesolog itself, such as the demo clinic's).
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
            self._write(s, clinic_file, plan, source, progress=progress, cancelled=cancelled)
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
        source: ImportSource | None,
        *,
        progress: ProgressReport | None,
        cancelled: CancelCheck | None,
    ) -> None:
        """Writes the new records patient by patient, each with its courses and sessions,
        after the entry that names the file (when the records come from one)."""
        new_patients = {bundle.patient.id for bundle in plan.new_patients}
        new_courses = {course.id for course in plan.new_courses}
        new_sessions = {session.id for session in plan.new_sessions}
        clinicians: dict[str, ClinicianRow] = {}
        written: list[tuple[str, Base, str]] = []
        sessions: list[tuple[SessionRow, SessionRecord]] = []
        if source is not None and (new_patients or new_courses or new_sessions):
            detail = source.file_detail(clinic_file.chain_anchor, plan)
            self._ctx.audit(s, AuditAction.IMPORT, "file", detail=detail)
        of_file = "" if source is None else f"from file sha256 {source.sha256}"
        now, by = self._ctx.now(), self._ctx.actor
        total = len(clinic_file.patients)
        if progress is not None:
            progress(0, total)
        for done, bundle in enumerate(clinic_file.patients, start=1):
            with s.no_autoflush:
                if bundle.patient.id in new_patients:
                    row: Base = add_patient(s, bundle.patient, plan, now=now)
                    written.append(("patient", row, _detail(of_file, bundle.patient.voiding)))
                for course in bundle.courses:
                    if course.id in new_courses:
                        row = add_course(s, course, plan, now=now)
                        written.append(("course", row, _detail(of_file, course.voiding)))
                for session in bundle.sessions:
                    if session.id in new_sessions:
                        name = session.entry.clinician.strip()
                        if name not in clinicians:
                            clinicians[name] = clinician_named(s, name, context=self._ctx)
                        added = add_session(s, session, plan, clinicians[name], now=now, by=by)
                        sessions.append((added, session))
                        written.append(("session", added, _session_detail(of_file, session)))
            # Each patient's rows go out now, so the time spreads over the progress.
            sign_added(s, sessions, now=now)
            self._ctx.audit_all(s, AuditAction.IMPORT, written)
            written.clear()
            sessions.clear()
            stop_if_cancelled(cancelled, IMPORT_CANCELLED)
            if progress is not None:
                progress(done, total)
        s.flush()
        self._refresh_dates(s, plan)

    @staticmethod
    def _refresh_dates(s: Session, plan: ImportPlan) -> None:
        """New patients from the file's records; patients already held from the database."""
        new = {bundle.patient.id for bundle in plan.new_patients}
        for bundle in plan.new_patients:
            courses = [course for course in bundle.courses if course.voiding is None]
            marks = [
                (x.entry.course_id, SessionMark(x.performed_on, x.entry.improvement_score))
                for x in counted(bundle.sessions)
            ]
            dates = patient_dates(courses, marks)
            row = plan.patient_rows[bundle.patient.id]
            row.last_session_on, row.next_due_on = dates.last_session_on, dates.next_due
        grown = {c.patient_id for c in plan.new_courses} | {x.patient_id for x in plan.new_sessions}
        for patient_id in sorted(grown - new):
            refresh_patient_dates(s, plan.patient_rows[patient_id])
