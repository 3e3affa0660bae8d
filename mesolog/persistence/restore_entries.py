"""The audit log's restore entries, read back: which safety copy a restore of this
database kept (a killed restore's copy is kept or removed by it), and how much of the chain
it replaced the restored chain kept."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.persistence.audit import AuditAction
from mesolog.persistence.models import AuditEntryRow

SAFETY_COPY = "safety copy "
"""How a restore entry's detail ends: these words, then the safety copy's file name."""


def safety_copy_detail(name: str) -> str:
    return f"{SAFETY_COPY}{name}"


_KEPT = re.compile(r"; kept entries up to (\d+) of the chain it replaced(?:;|$)")


def kept_detail(kept_up_to: int) -> str:
    """How a restore entry says the last entry that the restored chain shares with the
    chain it replaced (persistence.audit_anchors.shared_up_to)."""
    return f"; kept entries up to {kept_up_to} of the chain it replaced"


def restore_detail(
    restored: str, *, encrypted: bool, upgraded_from: str | None, kept_up_to: int, safety_copy: str
) -> str:
    """A restore entry's detail: the backup restored (as the audit log names it), whether
    it was encrypted or upgraded, the last entry kept of the chain it replaced, and the
    safety copy kept of the database it replaced."""
    return (
        f"from {restored}{' (encrypted)' if encrypted else ''}"
        f"{f', upgraded from schema {upgraded_from}' if upgraded_from else ''}"
        f"{kept_detail(kept_up_to)}; " + safety_copy_detail(safety_copy)
    )


def restored_file(detail: str) -> str:
    """The backup a restore entry's detail (`restore_detail`) names."""
    named = detail.removeprefix("from ").split("; " + SAFETY_COPY, 1)[0]
    named = _KEPT.split(named, 1)[0]
    named = named.split(", upgraded from schema ", 1)[0]
    return named.removesuffix(" (encrypted)")


def entries_kept(detail: str, entry: int) -> int:
    """The last entry of the replaced chain that the restore entry `entry` (its `detail`)
    says the restored chain kept; an entry written before restores said it kept every
    entry before its own (the restored backup was taken to be an older state)."""
    found = _KEPT.search(detail)
    return entry - 1 if found is None else int(found.group(1))


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
