"""What someone who can write the database file can do to the audit chain and still pass
a plain `audit verify`: mesolog's own code, run against the file behind its back.

- `cut_after`: delete the entries after one and move the head back onto it;
- `rewrite_session`: change a signed session (triggers dropped and put back as they
  were), record its new digest in its newest entry, and re-hash the chain from there
  to the head;
- `append_backdated`: append an entry dated in the past, chained properly.

Each works on SQLite (a plain or SQLCipher file) and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, make_url, select, text
from sqlalchemy.orm import Session

from mesolog.persistence.audit import GENESIS, AuditAction, EntryFields, add_audit_entry
from mesolog.persistence.database import Database
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import AuditEntryRow, AuditHeadRow, SessionRow


@contextmanager
def behind_mesologs_back(url: str, key: str | None = None) -> Iterator[Session]:
    """One transaction on the database at `url`, its triggers out of the way."""
    db = Database(make_url(url), passphrase=key)
    try:
        with db.write() as s:
            if db.backend == "postgresql":
                s.execute(text("SET LOCAL session_replication_role = replica"))
                yield s
            else:
                triggers = list(
                    s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
                )
                for name, _ in triggers:
                    s.execute(text(f'DROP TRIGGER "{name}"'))
                yield s
                s.flush()
                for _, sql in triggers:
                    s.execute(text(sql))
    finally:
        db.dispose()


def cut_after(url: str, keep: int, key: str | None = None) -> None:
    with behind_mesologs_back(url, key) as s:
        s.execute(delete(AuditEntryRow).where(AuditEntryRow.id > keep))
        head = s.get(AuditHeadRow, 1)
        assert head is not None
        head.last_entry_id = keep
        head.last_hash = _hash_of(s, keep)


def rewrite_session(url: str, session_uuid: uuid.UUID, notes: str, key: str | None = None) -> int:
    """Returns the entry the rewrite starts at (the session's newest, its digest replaced)."""
    with behind_mesologs_back(url, key) as s:
        row = s.scalars(select(SessionRow).where(SessionRow.uuid == session_uuid)).one()
        row.notes = notes
        s.flush()
        newest = s.scalars(
            select(AuditEntryRow)
            .where(
                AuditEntryRow.entity == "session",
                AuditEntryRow.entity_uuid == session_uuid,
                AuditEntryRow.after_digest.is_not(None),
            )
            .order_by(AuditEntryRow.id.desc())
            .limit(1)
        ).one()
        newest.after_digest = record_digest(row)
        rehash_from(s, newest.id)
        return newest.id


def append_backdated(
    url: str, at: dt.datetime, patient_uuid: uuid.UUID, key: str | None = None
) -> int:
    """Appends an entry dated `at` saying that the patient's summary was printed then (an
    alibi: no record changes, so no digest to match); returns its number."""
    with behind_mesologs_back(url, key) as s:
        add_audit_entry(
            s,
            at=at,
            actor="forger",
            action=AuditAction.EXPORT,
            entity="patient",
            entity_uuid=patient_uuid,
            patient_uuid=patient_uuid,
            detail="pdf summary, patient copy",
        )
        s.flush()
        head = s.get(AuditHeadRow, 1)
        assert head is not None
        return head.last_entry_id


def rehash_from(s: Session, first: int) -> None:
    """Every entry from `first` to the newest re-linked and re-hashed, and the head moved."""
    prev = _hash_of(s, first - 1)
    rows = list(
        s.scalars(select(AuditEntryRow).where(AuditEntryRow.id >= first).order_by(AuditEntryRow.id))
    )
    for row in rows:
        row.prev_hash = prev
        row.entry_hash = EntryFields.of(row).hash()
        prev = row.entry_hash
    head = s.get(AuditHeadRow, 1)
    assert head is not None
    head.last_entry_id = rows[-1].id if rows else first - 1
    head.last_hash = prev


def _hash_of(s: Session, entry: int) -> str:
    if entry == 0:
        return GENESIS
    found = s.scalar(select(AuditEntryRow.entry_hash).where(AuditEntryRow.id == entry))
    assert found is not None, entry
    return found
