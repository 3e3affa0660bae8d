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


def restore_detail(
    restored: str, *, encrypted: bool, upgraded_from: str | None, safety_copy: str
) -> str:
    """A restore entry's detail: the backup restored (as the audit log names it), whether
    it was encrypted or upgraded, and the safety copy kept of the database it replaced."""
    return (
        f"from {restored}{' (encrypted)' if encrypted else ''}"
        f"{f', upgraded from schema {upgraded_from}' if upgraded_from else ''}; "
        + safety_copy_detail(safety_copy)
    )


def restored_file(detail: str) -> str:
    """The backup a restore entry's detail (`restore_detail`) names."""
    named = detail.removeprefix("from ").split("; " + SAFETY_COPY, 1)[0]
    named = named.split(", upgraded from schema ", 1)[0]
    return named.removesuffix(" (encrypted)")


def restore_entry(s: Session, name: str) -> str | None:
    """The detail of a restore entry of the database that names the file `name` as its
    safety copy (None when none does)."""
    return s.scalar(
        select(AuditEntryRow.detail)
        .where(
            AuditEntryRow.action == AuditAction.RESTORE.value,
            AuditEntryRow.detail.endswith(safety_copy_detail(name), autoescape=True),
        )
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    )
