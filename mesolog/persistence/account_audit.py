"""What the audit log last recorded of an account, read a little at a time: every service
call of a logged-in account compares its row with it (services.context `require`)."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from mesolog.persistence.models import AuditEntryRow

_LAST = select(func.coalesce(func.max(AuditEntryRow.id), 0)).scalar_subquery()
_RECORDED = select(
    _LAST,
    select(AuditEntryRow.entry_hash).where(AuditEntryRow.id == _LAST).scalar_subquery(),
    select(AuditEntryRow.entry_hash)
    .where(AuditEntryRow.id == bindparam("after"))
    .scalar_subquery(),
    select(AuditEntryRow.after_digest)
    .where(
        AuditEntryRow.entity_uuid == bindparam("account"),
        AuditEntryRow.id > bindparam("after"),
        AuditEntryRow.id <= _LAST,
        AuditEntryRow.entity == "clinician",
        AuditEntryRow.after_digest.is_not(None),
    )
    .order_by(AuditEntryRow.id.desc())
    .limit(1)
    .scalar_subquery(),
)
"""The log's newest entry (id, hash), the hash of entry `after`, and the newest digest of
account `account` recorded by an entry after `after` and up to the newest: one statement,
so one snapshot on PostgreSQL too (built once: building it costs more than running it)."""


class RecordedAccount(NamedTuple):
    read_through: int
    """The log's newest entry when it was read: every entry up to it was looked at."""
    read_through_hash: str | None
    """That entry's hash: the same log still holds it (a restore puts another in place)."""
    digest: str | None
    """The account's digest (persistence.digests) after the newest entry up to
    `read_through` that recorded its content; None when none did."""


def recorded_account(
    s: Session, account: uuid.UUID, known: RecordedAccount | None = None
) -> RecordedAccount:
    """What the audit log last recorded of the account, reading only the entries after
    `known.read_through` (what an earlier call returned), while the log still holds that
    entry as it was read; else the whole log.

    The entries naming an account are mostly its log-ins, which record no content: read
    from the start, the newest with a digest may lie behind thousands of them. Entries
    are appended in order, each under the lock of the chain's head, so the log a reader
    sees holds every entry up to its newest, and a log that still holds the entry read
    last (its hash covers the chain before it) holds everything read before.
    """
    after = known.read_through if known is not None else 0
    last, last_hash, after_hash, digest = s.execute(
        _RECORDED, {"account": account, "after": after}
    ).one()
    if known is None:
        return RecordedAccount(last, last_hash, digest)
    if after_hash != known.read_through_hash:
        return recorded_account(s, account)
    return RecordedAccount(last, last_hash, digest or known.digest)
