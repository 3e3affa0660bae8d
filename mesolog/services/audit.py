"""The audit log for people: verifying the chain and the records, and listing entries."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from mesolog.domain.accounts import Permission
from mesolog.domain.ids import PatientId
from mesolog.persistence.audit import ChainBreak, check_chain
from mesolog.persistence.audit_coverage import Unaudited, UnauditedRecord
from mesolog.persistence.audit_records import RecordMismatch, check_records, filtered_entries
from mesolog.persistence.guard_checks import GuardFault, GuardProblem, guard_problems
from mesolog.persistence.models import AuditEntryRow
from mesolog.services.context import ServiceContext
from mesolog.services.file_modes import ExposedFile, exposed_files
from mesolog.services.patients import load_patient

__all__ = [
    "AuditEntry",
    "AuditService",
    "AuditVerification",
    "ExposedFile",
    "GuardFault",
    "GuardProblem",
    "RecordMismatch",
    "Unaudited",
    "UnauditedRecord",
]


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
    unaudited_records: tuple[UnauditedRecord, ...]
    """Rows no entry wrote: added behind mesolog's back."""
    guard_problems: tuple[GuardProblem, ...]
    """Triggers guarding the records that are missing, altered, disabled or not mesolog's."""
    exposed_files: tuple[ExposedFile, ...]
    """The database's files others on the computer may read: a warning, not a break."""

    @property
    def intact(self) -> bool:
        return self.first_break is None and not (
            self.changed_records or self.unaudited_records or self.guard_problems
        )


class AuditService:
    """For admins in the window; on the command line a maintenance task of whoever may
    open the database file (the audit names the operating-system user)."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def verify(self) -> AuditVerification:
        """Walks the whole chain, compares each audited record with its newest entry, names
        every clinical or account row that no entry wrote and every guard of the records
        that is not as mesolog made it; and the files others may read."""
        with self._ctx.db.read() as s:
            self._ctx.require_when_logged_in(s, Permission.ADMINISTER)
            chain = check_chain(s)
            records = check_records(s)
            guards = guard_problems(s.connection())
        return AuditVerification(
            chain.entries,
            chain.last_hash,
            chain.first_break,
            records.compared,
            records.mismatches,
            records.unaudited,
            tuple(guards),
            exposed_files(self._ctx),
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
