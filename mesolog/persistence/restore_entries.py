"""The audit log's restore entries, read back: which safety copy a restore of this
database kept (a killed restore's copy is kept or removed by it)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.persistence.audit import AuditAction
from mesolog.persistence.models import AuditEntryRow

SAFETY_COPY = "safety copy "
"""How a restore entry's detail ends: these words, then the safety copy's file name."""


def safety_copy_detail(name: str) -> str:
    return f"{SAFETY_COPY}{name}"


def restore_kept(s: Session, name: str) -> bool:
    """Whether a restore entry of the database names the file `name` as its safety copy."""
    found = s.scalar(
        select(AuditEntryRow.id)
        .where(
            AuditEntryRow.action == AuditAction.RESTORE.value,
            AuditEntryRow.detail.endswith(safety_copy_detail(name), autoescape=True),
        )
        .limit(1)
    )
    return found is not None
