"""Treatment sessions: draft, update the draft, sign, void."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import Role, SessionStatus
from mesolog.domain.errors import NotFoundError, StateError, Violation
from mesolog.domain.ids import PatientId, SessionId, new_session_id
from mesolog.domain.records import PreTreatment, SessionInput
from mesolog.domain.records import Session as SessionRecord
from mesolog.domain.texts import phrase
from mesolog.domain.validation import raise_if_any, validate_for_signing, validate_session
from mesolog.domain.warnings import ClinicalWarning, entry_warnings, session_warnings
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.digests import record_digest
from mesolog.persistence.mapping import (
    course_from_row,
    patient_from_row,
    session_from_row,
)
from mesolog.persistence.models import ClinicianRow, CourseRow, PatientRow, SessionRow
from mesolog.persistence.session_rows import fill_session_row
from mesolog.services.chart_shapes import SHAPES
from mesolog.services.conflicts import Saved, Versioned, same_record
from mesolog.services.context import ServiceContext
from mesolog.services.patient_dates import refresh_patient_dates
from mesolog.services.patients import load_patient, require_reason

SESSION: Versioned[SessionRecord, SessionInput] = Versioned(
    "session", "session", lambda session: session.entry, SessionInput.tidied
)


def clinician_named(s: Session, name: str, *, context: ServiceContext) -> ClinicianRow:
    """The clinician of that name, recorded the first time a session names them."""
    found = queries.clinician_by_name(s, name.strip())
    if found is not None:
        return found
    row = ClinicianRow(name=name.strip(), role=Role.CLINICIAN, created_at=context.now())
    s.add(row)
    s.flush()
    context.audit(s, AuditAction.CREATE, "clinician", record=row)
    return row


def validated_course(
    s: Session,
    patient: PatientRow,
    entry: SessionInput,
    context: ServiceContext,
    path: str = "",
    *,
    signing: bool = False,
) -> CourseRow | None:
    """Validates the whole entry for this patient (`signing`: also what signing needs);
    returns its course's row, if it names one."""
    raise_if_any(session_violations(s, patient, entry, context, path, signing=signing))
    return _course_row(s, entry)


def _course_row(s: Session, entry: SessionInput) -> CourseRow | None:
    if entry.course_id is None:
        return None
    return queries.course_by_uuid(s, uuid.UUID(str(entry.course_id)))


def session_violations(
    s: Session,
    patient: PatientRow,
    entry: SessionInput,
    context: ServiceContext,
    path: str = "",
    *,
    signing: bool = False,
) -> list[Violation]:
    """Every rule the entry breaks for this patient (`signing`: also what signing needs)."""
    course_row = _course_row(s, entry)
    details = patient_from_row(patient).details
    found = validate_session(
        entry,
        patient_id=PatientId(patient.uuid),
        patient=details,
        course=course_from_row(course_row) if course_row is not None else None,
        now=context.now(),
        shapes=SHAPES,
        path=path,
    )
    if signing:
        found += validate_for_signing(entry, patient=details, path=path)
    return found


class SessionService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def create_draft(self, patient_id: PatientId, entry: SessionInput) -> SessionRecord:
        now = self._ctx.now()
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            patient = load_patient(s, patient_id, for_update=True)
            course = validated_course(s, patient, entry, self._ctx)
            row = SessionRow(
                uuid=new_session_id(),
                patient=patient,
                status=SessionStatus.DRAFT,
                created_at=now,
                treatments=[],
                reactions=[],
            )
            self._add(s, row, entry, course)
            self._audit(s, AuditAction.CREATE, row)
            return session_from_row(row)

    def update_draft(
        self, session_id: SessionId, entry: SessionInput, *, read: SessionRecord
    ) -> Saved[SessionRecord]:
        """Saves the draft as typed into an editor filled from `read`: merged field by
        field with a change made meanwhile to other fields, else ConflictError (see
        services.conflicts). The result holds the draft as stored, a merge included, and
        what a merge kept."""
        same_record(read.id, session_id)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            row = self._draft(s, session_id)
            before = record_digest(row)
            settled = SESSION.settle(
                s,
                read=read,
                current=session_from_row(row),
                typed=entry,
                entity_uuid=row.uuid,
                validate=lambda typed: session_violations(s, row.patient, typed, self._ctx),
            )
            typed = settled.content
            self._fill(s, row, typed, _course_row(s, typed), at=self._ctx.now())
            # A part added where a voided one keeps its position is last in memory, not in
            # the stored order: digested, and returned, as the database reads it back.
            s.flush()
            s.expire_all()
            self._ctx.audit(
                s, AuditAction.UPDATE, "session", detail=settled.detail, record=row, before=before
            )
            refresh_patient_dates(s, row.patient)
            return settled.saved(session_from_row(self._load(s, session_id)))

    def sign(
        self,
        session_id: SessionId,
        *,
        signer: str | None = None,
        read: SessionRecord | None = None,
    ) -> SessionRecord:
        """Locks the session: from now on it is corrected only by an amendment.

        The logged-in account signs; on a database without accounts, `signer` (the
        workstation's clinician, in the window), else the service's actor. With `read`
        (the draft as the signer saw it), a draft whose entry changed since is not signed
        (ConflictError): one signs what one read.
        """
        now = self._ctx.now()
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.SIGN)
            row = self._draft(s, session_id)
            if read is not None:
                same_record(read.id, session_id)
                SESSION.require_unchanged(
                    s,
                    read=read,
                    current=session_from_row(row),
                    entity_uuid=row.uuid,
                    why="One signs a session as one read it; it changed since, and was not signed.",
                )
            before = record_digest(row)
            validated_course(s, row.patient, session_from_row(row).entry, self._ctx, signing=True)
            row.status = SessionStatus.SIGNED
            row.signed_at = now
            account = self._ctx.account
            row.signed_by = account.name if account else (signer or "").strip() or self._ctx.actor
            row.updated_at = now
            self._audit(s, AuditAction.SIGN, row, before)
            self._record_consent(s, row)
            refresh_patient_dates(s, row.patient)
            return session_from_row(row)

    def amend(self, session_id: SessionId, entry: SessionInput, *, reason: str) -> SessionRecord:
        """Corrects a signed session with a new signed version that names it and why.

        The original stays as it was signed (the database refuses to change it); the
        new version is the current one. Only the current version can be amended.
        """
        why = require_reason(reason)
        now = self._ctx.now()
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.SIGN)
            original = self._load(s, session_id, for_update=True)
            if original.status is not SessionStatus.SIGNED:
                raise StateError(
                    phrase("Sessions", "Only a signed session is amended; a draft is edited.")
                )
            if original.voided_at is not None:
                raise StateError(phrase("Sessions", "The session is voided; it cannot be amended."))
            if original.patient.voided_at is not None:
                raise StateError(
                    phrase(
                        "Sessions",
                        "The session's patient was voided; their records no longer change.",
                    )
                )
            newer = queries.amendment_of(s, original.id)
            if newer is not None:
                raise StateError(
                    phrase(
                        "Sessions",
                        "The session was amended already on {signed_at}; amend the newest version.",
                    ).having(signed_at=format(newer.signed_at, "%Y-%m-%d %H:%M"))
                )
            course = validated_course(s, original.patient, entry, self._ctx, signing=True)
            account = self._ctx.account
            row = SessionRow(
                uuid=new_session_id(),
                patient=original.patient,
                status=SessionStatus.DRAFT,
                amended=original,
                amendment_reason=why,
                created_at=now,
                treatments=[],
                reactions=[],
            )
            self._add(s, row, entry, course)
            # The database refuses new parts of a signed session (persistence.guards):
            # the new version is written as a draft, then signed.
            s.flush()
            row.status = SessionStatus.SIGNED
            row.signed_at = now
            row.signed_by = account.name if account else self._ctx.actor
            refresh_patient_dates(s, row.patient)  # now that the new version counts
            self._ctx.audit(
                s,
                AuditAction.AMEND,
                "session",
                detail=f"amends {original.uuid}",
                record=row,
                before=record_digest(original),
            )
            self._record_consent(s, row)
            return session_from_row(row)

    def void(self, session_id: SessionId, *, reason: str) -> SessionRecord:
        why = require_reason(reason)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.SIGN)
            row = self._load(s, session_id, for_update=True)
            if row.voided_at is not None:
                raise StateError(phrase("Sessions", "The session is voided already."))
            self._ctx.void(s, row, "session", why)
            refresh_patient_dates(s, row.patient)
            return session_from_row(row)

    def get(self, session_id: SessionId) -> SessionRecord:
        with self._ctx.db.read() as s:
            return session_from_row(self._load(s, session_id))

    def warnings(self, patient_id: PatientId, pre: PreTreatment) -> list[ClinicalWarning]:
        """What to show before a session of this patient is signed."""
        with self._ctx.db.read() as s:
            details = patient_from_row(load_patient(s, patient_id)).details
        return session_warnings(details, pre)

    def entry_warnings(self, patient_id: PatientId, entry: SessionInput) -> list[ClinicalWarning]:
        """Every warning for this entry of this patient, the allergens it gives included."""
        with self._ctx.db.read() as s:
            details = patient_from_row(load_patient(s, patient_id)).details
        return entry_warnings(details, entry)

    def _load(self, s: Session, session_id: SessionId, *, for_update: bool = False) -> SessionRow:
        row = queries.session_by_uuid(s, session_id, for_update=for_update)
        if row is None:
            raise NotFoundError(
                phrase("Sessions", "No session has the id {session_id}.").having(
                    session_id=session_id
                )
            )
        return row

    def _draft(self, s: Session, session_id: SessionId) -> SessionRow:
        row = self._load(s, session_id, for_update=True)
        if row.voided_at is not None:
            raise StateError(phrase("Sessions", "The session is voided; it cannot change."))
        if row.patient.voided_at is not None:
            raise StateError(
                phrase(
                    "Sessions", "The session's patient was voided; their records no longer change."
                )
            )
        if row.status is SessionStatus.SIGNED:
            raise StateError(
                phrase(
                    "Sessions",
                    "The session was signed on {signed_at} and is locked; a correction is an "
                    "amendment.",
                ).having(signed_at=format(row.signed_at, "%Y-%m-%d %H:%M"))
            )
        return row

    def _add(
        self, s: Session, row: SessionRow, entry: SessionInput, course: CourseRow | None
    ) -> None:
        """Fills a new session row, made at its `created_at`, and adds it to its patient's."""
        self._fill(s, row, entry, course, at=row.created_at)
        s.add(row)
        refresh_patient_dates(s, row.patient)

    def _fill(
        self,
        s: Session,
        row: SessionRow,
        entry: SessionInput,
        course: CourseRow | None,
        *,
        at: dt.datetime,
    ) -> None:
        clinician = clinician_named(s, entry.clinician, context=self._ctx)
        fill_session_row(row, entry, clinician=clinician, course=course, at=at, by=self._ctx.actor)

    def _record_consent(self, s: Session, row: SessionRow) -> None:
        """A signed session whose consent was confirmed puts the consent on file, on the
        session's day, when the patient has none there yet (one consent model: see
        domain.warnings). Audited as a change of the patient."""
        patient = row.patient
        if not row.consent_confirmed or patient.consent_signed_on is not None:
            return
        before = record_digest(patient)
        patient.consent_signed_on = session_from_row(row).performed_on
        patient.updated_at = self._ctx.now()
        self._ctx.audit(
            s,
            AuditAction.UPDATE,
            "patient",
            detail=f"consent on file from signed session {row.uuid}",
            record=patient,
            before=before,
        )

    def _audit(
        self, s: Session, action: AuditAction, row: SessionRow, before: str | None = None
    ) -> None:
        self._ctx.audit(s, action, "session", record=row, before=before)
