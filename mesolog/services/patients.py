"""Patients: create, update, get, search, void."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import PatientOrder
from mesolog.domain.errors import NotFoundError, StateError, ValidationError, Violation
from mesolog.domain.ids import PatientId, new_patient_id
from mesolog.domain.record_numbers import (
    RecordPattern,
    pattern_violations,
    record_key,
    usual_pattern,
)
from mesolog.domain.records import Patient, PatientInput
from mesolog.domain.text_rules import reason_violations, sought_violations
from mesolog.domain.texts import phrase
from mesolog.domain.validation import raise_if_any, validate_patient
from mesolog.persistence import patient_search, queries, record_number_queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.digests import record_digest
from mesolog.persistence.mapping import fill_patient_row, patient_from_row
from mesolog.persistence.models import ClinicSettingsRow, PatientRow
from mesolog.persistence.patient_search import ListColumns
from mesolog.services.conflicts import Saved, Versioned, same_record
from mesolog.services.context import ServiceContext
from mesolog.services.settings import SETTINGS_ID

DEFAULT_SEARCH_LIMIT = 200
PATIENT: Versioned[Patient, PatientInput] = Versioned(
    "patient", "patient", lambda patient: patient.details, PatientInput.tidied
)


@dataclass(frozen=True, slots=True)
class PatientSummary:
    """One line of the patient list."""

    id: PatientId
    record_number: str
    family_name: str
    given_name: str
    date_of_birth: dt.date
    phone: str
    last_session_on: dt.date | None = None
    next_due: dt.date | None = None
    voided: bool = False

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"


@dataclass(frozen=True, slots=True)
class Found:
    """A search's first page and how many patients it finds."""

    patients: list[PatientSummary]
    count: int
    """Every patient the search finds, counting no further than the cap asked + 1 (more
    than the cap)."""


@dataclass(frozen=True, slots=True)
class RecordNumbering:
    """The series new patients are numbered in, and its next free number."""

    pattern: str
    """An example of the series (`MC-0001`)."""
    chosen: bool
    """Whether the clinic chose it (else it is the shape most of the clinic's numbers have)."""
    next: str


def summary_of(row: ListColumns) -> PatientSummary:
    (_id, uuid, number, family, given, born, phone, last_session, next_due, voided_at) = row
    return PatientSummary(
        id=PatientId(uuid),
        record_number=number or "",
        family_name=family,
        given_name=given,
        date_of_birth=born,
        phone=phone,
        last_session_on=last_session,
        next_due=next_due,
        voided=voided_at is not None,
    )


def require_reason(reason: str, field: str = "reason") -> str:
    """The reason for a void, a stop or an amendment: one line, with no control character."""
    raise_if_any(reason_violations(field, reason))
    return reason.strip()


def load_patient(
    s: Session, ref: str | PatientId, *, live: bool = True, for_update: bool = False
) -> PatientRow:
    """The patient by UUID or record number; a voided one only when `live` is False. A
    text no query can carry (a lone surrogate, a control character) is refused first."""
    raise_if_any(sought_violations("patient", str(ref)))
    row = queries.patient_by_ref(s, str(ref), for_update=for_update)
    if row is None:
        raise NotFoundError(
            phrase("Patients", "No patient has the id or record number {ref}.").having(
                ref=repr(str(ref))
            )
        )
    if live and row.voided_at is not None:
        raise StateError(
            phrase("Patients", "The patient {ref} was voided on {day}.").having(
                ref=repr(str(ref)), day=row.voided_at.date()
            )
        )
    return row


def patient_violations(
    s: Session, details: PatientInput, own: PatientRow | None, *, today: dt.date
) -> list[Violation]:
    """Every rule the input breaks: the domain's, then what the database says of it (a
    record number in use, a birth after the patient's sessions). A record number the
    domain refused (a lone surrogate no database can be sent, a NUL PostgreSQL refuses) is
    not looked up."""
    found = validate_patient(details, today=today)
    if not any(v.path == "record_number" for v in found):
        found += _number_in_use(s, details, own)
    if own is not None:
        found += _birth_after_records(s, details, own)
    return found


def _birth_after_records(s: Session, details: PatientInput, own: PatientRow) -> list[Violation]:
    found = []
    born = details.date_of_birth.isoformat()
    first_session = queries.first_session_day_of_patient(s, own.id)
    if first_session is not None and details.date_of_birth >= first_session:
        allowed = phrase("Patients", "a date before the patient's first session ({day})").having(
            day=first_session
        )
        found.append(Violation("date_of_birth", born, allowed))
    first_course = queries.first_course_start_of_patient(s, own.id)
    if first_course is not None and details.date_of_birth > first_course:
        allowed = phrase(
            "Patients", "a date on or before the patient's first course ({day})"
        ).having(day=first_course)
        found.append(Violation("date_of_birth", born, allowed))
    return found


def _number_in_use(s: Session, details: PatientInput, own: PatientRow | None) -> list[Violation]:
    number = details.record_number.strip()
    others = [row for row in record_number_queries.record_holders(s, number) if row is not own]
    if own is not None and own.record_key is not None and own.record_key == record_key(number):
        # A patient keeps a number another had before numbers were compared however typed.
        others = [row for row in others if row.record_number == number]
    holder = next(iter(others), None)
    if holder is None:
        return []
    allowed = phrase("Patients", "a record number no other patient has")
    if holder.record_number != number:  # the same number typed otherwise: say which
        allowed = phrase(
            "Patients", "a record number no other patient has: {number} is another patient's"
        ).having(number=holder.record_number)
    return [Violation("record_number", number, allowed)]


class PatientService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def create(self, details: PatientInput) -> Patient:
        now = self._ctx.now()
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            raise_if_any(patient_violations(s, details, None, today=self._ctx.today()))
            row = PatientRow(uuid=new_patient_id(), created_at=now, updated_at=now)
            fill_patient_row(row, details)
            s.add(row)
            s.flush()
            self._audit(s, AuditAction.CREATE, row)
            return patient_from_row(row)

    def update(
        self, patient_id: PatientId, details: PatientInput, *, read: Patient
    ) -> Saved[Patient]:
        """Saves the patient's details as typed into a form filled from `read`.

        When the patient changed since `read` (another workstation, another window), the
        fields typed are applied onto the stored details if the other change touched
        other fields; else ConflictError (services.conflicts). The result holds the
        patient as stored (after a merge, with the other change too) and what a merge kept.
        """
        same_record(read.id, patient_id)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            row = load_patient(s, patient_id, for_update=True)
            before = record_digest(row)
            settled = PATIENT.settle(
                s,
                read=read,
                current=patient_from_row(row),
                typed=details,
                entity_uuid=row.uuid,
                validate=lambda typed: patient_violations(s, typed, row, today=self._ctx.today()),
            )
            with s.no_autoflush:  # one UPDATE, one new version (search terms load lazily)
                fill_patient_row(row, settled.content)
                row.updated_at = self._ctx.now()
            self._ctx.audit(
                s, AuditAction.UPDATE, "patient", detail=settled.detail, record=row, before=before
            )
            return settled.saved(patient_from_row(row))

    def next_record_number(self) -> str:
        """The number to offer a new patient: the clinic's series' next free one."""
        return self.record_numbering().next

    def record_numbering(self, pattern: str | None = None) -> RecordNumbering:
        """The series of `pattern` (an example number; None: the clinic's setting; "": the
        shape most of the clinic's numbers have) and its next free number: one above the
        highest number of the series, skipping numbers given however typed."""
        violations = pattern_violations(pattern or "")
        if violations:
            raise ValidationError(violations)
        with self._ctx.db.read() as s:
            numbers = record_number_queries.record_numbers(s)
            if pattern is None:
                row = s.get(ClinicSettingsRow, SETTINGS_ID)
                pattern = row.record_number_pattern if row is not None else ""
        chosen = RecordPattern.parse(pattern)
        series = chosen or RecordPattern.parse(usual_pattern(numbers))
        assert series is not None, "the usual pattern has digits"
        return RecordNumbering(series.example, chosen is not None, series.next_after(numbers))

    def get(self, ref: str | PatientId) -> Patient:
        """A patient by UUID or record number, voided ones included."""
        with self._ctx.db.read() as s:
            return patient_from_row(load_patient(s, ref, live=False))

    def search(
        self,
        query: str = "",
        *,
        limit: int | None = DEFAULT_SEARCH_LIMIT,
        offset: int = 0,
        include_voided: bool = False,
        order: PatientOrder = PatientOrder.NAME,
        descending: bool = False,
    ) -> list[PatientSummary]:
        """The patients the query finds (all for ""), at most `limit` (None: no limit): the
        one whose record number the query is, however typed, first."""
        with self._ctx.db.read() as s:
            rows = patient_search.search_patients(
                s,
                query,
                limit=limit,
                offset=offset,
                include_voided=include_voided,
                order=order,
                descending=descending,
            )
            return [summary_of(row) for row in rows]

    def count(
        self, query: str = "", *, include_voided: bool = False, cap: int | None = None
    ) -> int:
        """How many patients `search` would find without a limit; with `cap`, counting stops
        past it (cap + 1: more than cap), so a broad word costs no more than the page."""
        with self._ctx.db.read() as s:
            return patient_search.count_patients(s, query, include_voided=include_voided, cap=cap)

    def search_counted(
        self,
        query: str = "",
        *,
        limit: int,
        cap: int | None = None,
        include_voided: bool = False,
        order: PatientOrder = PatientOrder.NAME,
        descending: bool = False,
    ) -> Found:
        """`search`'s first page and `count`, in one read with the query's words probed
        once. A page that is not full holds every patient found, so nothing more is counted."""
        with self._ctx.db.read() as s:
            rows, count = patient_search.search_counted(
                s,
                query,
                limit=limit,
                cap=cap,
                include_voided=include_voided,
                order=order,
                descending=descending,
            )
            return Found([summary_of(row) for row in rows], count)

    def due(
        self, *, within_days: int = 7, limit: int | None = None, offset: int = 0
    ) -> list[PatientSummary]:
        """Patients with a session overdue or due within `within_days`, most overdue first."""
        with self._ctx.db.read() as s:
            rows = patient_search.due_patients(
                s, self._due_until(within_days), limit=limit, offset=offset
            )
            return [summary_of(row) for row in rows]

    def due_count(self, *, within_days: int = 7) -> int:
        with self._ctx.db.read() as s:
            return patient_search.count_due(s, self._due_until(within_days))

    def _due_until(self, within_days: int) -> dt.date:
        return self._ctx.today() + dt.timedelta(days=within_days)

    def void(self, patient_id: PatientId, *, reason: str) -> Patient:
        why = require_reason(reason)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.SIGN)
            row = load_patient(s, patient_id, for_update=True)
            self._ctx.void(s, row, "patient", why)
            return patient_from_row(row)

    def _audit(
        self, s: Session, action: AuditAction, row: PatientRow, before: str | None = None
    ) -> None:
        self._ctx.audit(s, action, "patient", record=row, before=before)
