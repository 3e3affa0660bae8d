"""Writing audit entries, inside the same transaction as the change they describe."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy.orm import Session

from mesolog.persistence.models import AuditEntryRow


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    VOID = "void"
    SIGN = "sign"
    AMEND = "amend"
    IMPORT = "import"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    LOG_IN = "log_in"
    LOG_IN_FAILED = "log_in_failed"


def add_audit_entry(
    s: Session,
    *,
    at: dt.datetime,
    actor: str,
    action: AuditAction,
    entity: str,
    entity_uuid: uuid.UUID | None,
    detail: str = "",
) -> None:
    """`detail` names what changed, never health data (no names, notes or findings)."""
    s.add(
        AuditEntryRow(
            occurred_at=at,
            actor=actor,
            action=action.value,
            entity=entity,
            entity_uuid=entity_uuid,
            detail=detail[:400],
        )
    )
