"""The audit log for people: verifying the chain and the records, and listing entries."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from mesolog.domain.accounts import Permission
from mesolog.domain.ids import PatientId
from mesolog.persistence.audit import ChainBreak, check_chain
from mesolog.persistence.audit_records import RecordMismatch, filtered_entries, record_mismatches
from mesolog.persistence.models import AuditEntryRow
from mesolog.services.context import ServiceContext
from mesolog.services.patients import load_patient


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    occurred_at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_uuid: uuid.UUID | None
    patient_uuid: uuid.UUID | None
    detail: str
    before_digest: str | None
    after_digest: str | None
    entry_hash: str


@dataclass(frozen=True, slots=True)
class AuditVerification:
    entries: int
    last_hash: str
    """The newest entry's hash: written down or printed, it anchors the chain so far."""
    first_break: ChainBreak | None
    records_checked: int
    changed_records: tuple[RecordMismatch, ...]

    @property
    def intact(self) -> bool:
        return self.first_break is None and not self.changed_records


class AuditService:
    """For admins in the window; on the command line a maintenance task of whoever may
    open the database file (the audit names the operating-system user)."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def verify(self) -> AuditVerification:
        """Walks the whole chain, then compares each audited record with its newest entry."""
        with self._ctx.db.read() as s:
            self._ctx.require_when_logged_in(s, Permission.ADMINISTER)
            chain = check_chain(s)
            checked, mismatches = record_mismatches(s)
        return AuditVerification(
            chain.entries, chain.last_hash, chain.first_break, checked, tuple(mismatches)
        )

    def entries(
        self,
        *,
        patient: str | PatientId | None = None,
        actor: str | None = None,
        since: dt.date | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        """Newest first; `patient` by UUID or record number, `since` a day in local time."""
        with self._ctx.db.read() as s:
            self._ctx.require_when_logged_in(s, Permission.ADMINISTER)
            patient_uuid = None
            if patient is not None:
                patient_uuid = load_patient(s, patient, live=False).uuid
            start = None
            if since is not None:
                start = dt.datetime.combine(since, dt.time()).astimezone()
            rows = filtered_entries(
                s, patient_uuid=patient_uuid, actor=actor, since=start, limit=limit
            )
            return [_entry(row) for row in rows]


def _entry(row: AuditEntryRow) -> AuditEntry:
    return AuditEntry(
        row.id,
        row.occurred_at,
        row.actor,
        row.action,
        row.entity,
        row.entity_uuid,
        row.patient_uuid,
        row.detail,
        row.before_digest,
        row.after_digest,
        row.entry_hash,
    )
