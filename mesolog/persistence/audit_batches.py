"""Many audit entries at once: chained in Python and inserted by one Core `executemany`
(or sent to the import's writing thread, persistence.deferred_writes), the chain's head
moved once, for a writer of many records (an import).

The entries are exactly those `audit.add_audit_entry` would write one by one, in the same
order, with the same hashes: `audit.check_chain` cannot tell them apart.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from mesolog.persistence.audit import AuditAction, EntryFields, _locked_head
from mesolog.persistence.deferred_writes import deferred, flush
from mesolog.persistence.models import AuditEntryRow
from mesolog.persistence.record_inserts import insert_many

_COLUMNS = tuple(field.name for field in fields(EntryFields))
"""An entry's columns but its hash (`dataclasses.asdict` copies deeply: slow, needless)."""


WRITTEN_HERE = "mesolog.audit_batches"
"""The key of a connection's `info` under which each batch of entries it writes is kept
as (first id, last id, last hash), for the change feed (persistence.change_feed) to tell
them from other workstations' once committed: the last entry's hash, which chains every
entry before it, is the batch's."""


@dataclass(frozen=True, slots=True)
class PlannedEntry:
    """What one entry says; its id, time, actor and place in the chain come from the batch."""

    entity: str
    entity_uuid: uuid.UUID | None
    patient_uuid: uuid.UUID | None
    detail: str
    after_digest: str | None


def add_audit_entries(
    s: Session,
    entries: Sequence[PlannedEntry],
    *,
    at: dt.datetime,
    actor: str,
    action: AuditAction,
) -> None:
    """Appends `entries` to the chain, in order, all at `at` by `actor`, in the transaction
    of `s` (whose pending rows are flushed first, so that the head read is current)."""
    if not entries:
        return
    flush(s)
    head = _locked_head(s)
    last_id, last_hash = head.last_entry_id, head.last_hash
    occurred_at = at.astimezone(dt.UTC)
    rows: list[dict[str, Any]] = []
    for entry in entries:
        last_id += 1
        entry_fields = EntryFields(
            id=last_id,
            occurred_at=occurred_at,
            actor=actor[:100],
            action=action.value,
            entity=entry.entity,
            entity_uuid=entry.entity_uuid,
            patient_uuid=entry.patient_uuid,
            detail=entry.detail[:400],
            before_digest=None,
            after_digest=entry.after_digest,
            prev_hash=last_hash,
        )
        last_hash = entry_fields.hash()
        row = {name: getattr(entry_fields, name) for name in _COLUMNS}
        rows.append(row | {"entry_hash": last_hash})
    insert_many(s, AuditEntryRow.__tablename__, rows)
    s.connection().info.setdefault(WRITTEN_HERE, []).append((rows[0]["id"], last_id, last_hash))
    writes = deferred(s)
    if writes is None:
        head.last_entry_id, head.last_hash = last_id, last_hash
        return
    # Sent in turn after the entries; the ORM's head is told it holds these values, so
    # that no flush on this thread writes it again out of turn.
    writes.execute(_MOVE_HEAD, (last_id, last_hash))
    set_committed_value(head, "last_entry_id", last_id)
    set_committed_value(head, "last_hash", last_hash)


_MOVE_HEAD = "UPDATE audit_head SET last_entry_id = ?, last_hash = ? WHERE id = 1"
