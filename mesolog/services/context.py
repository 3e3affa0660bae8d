"""What every service needs: the database, who is acting, and the clock."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from mesolog.persistence.audit import AuditAction, add_audit_entry
from mesolog.persistence.base import Base
from mesolog.persistence.database import Database
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import PatientRow

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class ServiceContext:
    db: Database
    actor: str
    """Who the audit log names: the clinician in the window, the OS user on the command line."""
    clock: Clock = utc_now

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        """Today in the workstation's time zone."""
        return self.clock().astimezone().date()

    def audit(
        self,
        s: Session,
        action: AuditAction,
        entity: str,
        entity_uuid: uuid.UUID | None = None,
        detail: str = "",
        *,
        record: Base | None = None,
        before: str | None = None,
    ) -> None:
        """An audit entry by this actor, now, in the transaction of `s`.

        With `record` (the row as changed) the entry holds its digest after the change,
        `before` its digest from before (see persistence.digests), and the patient the
        record belongs to.
        """
        if record is not None:
            s.flush()
        self._append(s, action, entity, entity_uuid, detail, record=record, before=before)

    def audit_all(
        self, s: Session, action: AuditAction, records: Sequence[tuple[str, Base]]
    ) -> None:
        """One entry per (entity, row), each with the row's digest, after one flush."""
        s.flush()
        for entity, record in records:
            self._append(s, action, entity, None, "", record=record, before=None)

    def _append(
        self,
        s: Session,
        action: AuditAction,
        entity: str,
        entity_uuid: uuid.UUID | None,
        detail: str,
        *,
        record: Base | None,
        before: str | None,
    ) -> None:
        after, patient_uuid = None, None
        if record is not None:
            after = record_digest(record)
            entity_uuid = entity_uuid or getattr(record, "uuid", None)
            patient_uuid = patient_of(record)
        add_audit_entry(
            s,
            at=self.now(),
            actor=self.actor,
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            detail=detail,
            patient_uuid=patient_uuid,
            before_digest=before,
            after_digest=after,
        )


def patient_of(record: Base) -> uuid.UUID | None:
    """The patient a clinical record belongs to (None for settings and clinicians)."""
    if isinstance(record, PatientRow):
        return record.uuid
    patient = getattr(record, "patient", None)
    return patient.uuid if isinstance(patient, PatientRow) else None
