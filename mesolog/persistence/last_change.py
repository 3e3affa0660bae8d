"""Who changed a record last, and when: from its newest audit entry that changed it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.persistence.audit_records import RECORD_ACTIONS
from mesolog.persistence.models import AuditEntryRow


@dataclass(frozen=True, slots=True)
class LastChange:
    actor: str
    occurred_at: dt.datetime


def last_change(s: Session, entity: str, entity_uuid: uuid.UUID | None) -> LastChange | None:
    """The newest change of the record `entity` `entity_uuid` (None: the single record of
    its kind, like the clinic's settings) the audit log holds."""
    statement = select(AuditEntryRow.actor, AuditEntryRow.occurred_at).where(
        AuditEntryRow.entity == entity, AuditEntryRow.action.in_(RECORD_ACTIONS)
    )
    if entity_uuid is not None:
        statement = statement.where(AuditEntryRow.entity_uuid == entity_uuid)
    found = s.execute(statement.order_by(AuditEntryRow.id.desc()).limit(1)).one_or_none()
    return LastChange(found.actor, found.occurred_at) if found is not None else None
