"""Reading the audit log back: entries by patient, user and date; whether each record
still has the content its newest entry recorded, and whether an entry wrote it at all."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from typing import cast as cast_type

from sqlalchemy import Connection, String, cast, select
from sqlalchemy.orm import Session

from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_coverage import (
    CHUNK,
    KEYED,
    SINGLE,
    UnauditedRecord,
    check_coverage,
)
from mesolog.persistence.base import Base
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import AuditEntryRow, ClinicianRow
from mesolog.persistence.row_digests import read_parts, row_digest

CHANGED = "its content differs from what the audit log recorded"
GONE = "it is gone"
RECORD_ACTIONS = tuple(
    action.value
    for action in (
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.VOID,
        AuditAction.SIGN,
        AuditAction.AMEND,
        AuditAction.IMPORT,
    )
)
"""The actions that write a record (a log-in or an export names one, but writes nothing)."""
PHOTO_CHUNK = 8
"""Photos compared at a time: each is read with its image (a few MB)."""


def filtered_entries(
    s: Session,
    *,
    patient_uuid: uuid.UUID | None = None,
    actor: str | None = None,
    since: dt.datetime | None = None,
    limit: int | None = None,
) -> list[AuditEntryRow]:
    """Newest first."""
    query = select(AuditEntryRow).order_by(AuditEntryRow.id.desc())
    if patient_uuid is not None:
        query = query.where(AuditEntryRow.patient_uuid == patient_uuid)
    if actor is not None:
        query = query.where(AuditEntryRow.actor == actor)
    if since is not None:
        query = query.where(AuditEntryRow.occurred_at >= since)
    if limit is not None:
        query = query.limit(limit)
    return list(s.scalars(query))


@dataclass(frozen=True, slots=True)
class RecordMismatch:
    entity: str
    entity_uuid: uuid.UUID | None
    entry_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class RecordCheck:
    compared: int
    """Records whose newest entry holds a digest compared with the record now."""
    mismatches: tuple[RecordMismatch, ...]
    """Records that differ from their newest entry's digest, or are gone."""
    unaudited: tuple[UnauditedRecord, ...]
    """Rows that no entry wrote (persistence.audit_coverage)."""
    audited: int
    """Records whose newest entry holds a digest: all of them compared unless `share`
    chose some."""


@dataclass(frozen=True, slots=True)
class RecordShare:
    """The records an incremental check compares: those whose newest entry comes after
    entry `after`, and share `turn` of `turns` of all the others, by their uuid (so that
    `turns` checks in a row, `turn` 0 to `turns - 1`, compare every record). The clinic's
    one-row records are compared every time."""

    after: int
    turn: int
    turns: int

    def includes(self, entity_uuid: uuid.UUID | None, entry_id: int) -> bool:
        return (
            entry_id > self.after
            or entity_uuid is None
            or entity_uuid.int % self.turns == self.turn
        )


def check_records(
    s: Session, *, batch: int = 2000, share: RecordShare | None = None
) -> RecordCheck:
    """One walk over the log's record entries, then every audited record (or the `share`
    of them): is it what its newest entry recorded? Always for all of them: is it still
    there, and did an entry write every record at all?"""
    newest: dict[tuple[str, uuid.UUID | None], tuple[int, str]] = {}
    covered: set[tuple[str, uuid.UUID | None]] = set()
    for entity, entity_uuid, entry_id, digest in _record_entries(s, batch):
        covered.add((entity, entity_uuid))
        if digest is not None:
            newest[entity, entity_uuid] = (entry_id, digest)
    chosen = newest
    if share is not None:
        chosen = {key: seen for key, seen in newest.items() if share.includes(key[1], seen[0])}
    coverage = check_coverage(s, covered)
    mismatches = list(_mismatches(s.connection(), chosen, batch))
    mismatches += [
        RecordMismatch(entity, key, entry_id, GONE)
        for (entity, key), (entry_id, _) in newest.items()
        if key is not None and (entity, key) not in chosen and (entity, key) not in coverage.stored
    ]
    return RecordCheck(
        len(chosen),
        tuple(sorted(mismatches, key=lambda m: m.entry_id)),
        tuple(coverage.unaudited),
        len(newest),
    )


def _mismatches(
    connection: Connection,
    newest: dict[tuple[str, uuid.UUID | None], tuple[int, str]],
    batch: int,
) -> Iterator[RecordMismatch]:
    """Records read with Core a chunk at a time with their parts, entity by entity, and
    digested from their rows (persistence.row_digests)."""
    by_entity: dict[str, list[uuid.UUID | None]] = {}
    for entity, entity_uuid in newest:
        by_entity.setdefault(entity, []).append(entity_uuid)
    for entity, keys in by_entity.items():
        size = min(batch, PHOTO_CHUNK if entity == "photo" else CHUNK)
        for start in range(0, len(keys), size):
            chunk = keys[start : start + size]
            stored = _stored_digests(connection, entity, chunk)
            for key in chunk:
                entry_id, digest = newest[entity, key]
                now = stored.get(key)
                if now is None:
                    yield RecordMismatch(entity, key, entry_id, GONE)
                elif now != digest:
                    yield RecordMismatch(entity, key, entry_id, CHANGED)


def account_matches_audit(s: Session, row: ClinicianRow) -> bool:
    """Whether the account's row as stored now is what the audit log last recorded of it.

    False for an account added, or changed, with plain SQL behind mesolog's back (a new
    admin with a real password hash, a role raised, a password replaced): such an account
    must not log in. The log-in counters are not part of the digest (persistence.digests),
    so logging in and failing to do not change the answer.
    """
    newest = s.scalars(
        select(AuditEntryRow.after_digest)
        .where(
            AuditEntryRow.entity == "clinician",
            AuditEntryRow.entity_uuid == row.uuid,
            AuditEntryRow.after_digest.is_not(None),
        )
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    ).first()
    return newest is not None and newest == record_digest(row)


def _record_entries(
    s: Session, batch: int
) -> Iterator[tuple[str, uuid.UUID | None, int, str | None]]:
    """(entity, uuid, entry id, digest) of the entries that wrote a record, in id order; the
    digest is None in entries from before digests were kept. The uuid is read as text: an
    entry altered into an unreadable one is the chain check's to name, and it must not stop
    the records being compared."""
    after = 0
    while True:
        rows = s.execute(
            select(
                AuditEntryRow.entity,
                cast(AuditEntryRow.entity_uuid, String),
                AuditEntryRow.id,
                AuditEntryRow.after_digest,
            )
            .where(AuditEntryRow.id > after, AuditEntryRow.action.in_(RECORD_ACTIONS))
            .order_by(AuditEntryRow.id)
            .limit(batch)
        ).all()
        if not rows:
            return
        for entity, key, entry_id, digest in rows:
            try:
                entity_uuid = None if key is None else uuid.UUID(key)
            except ValueError:
                continue
            yield entity, entity_uuid, entry_id, digest
        after = rows[-1][2]


def _stored_digests(
    connection: Connection, entity: str, keys: list[uuid.UUID | None]
) -> dict[uuid.UUID | None, str]:
    """The digests of the records of these uuids as stored now, with their parts."""
    single = SINGLE.get(entity)
    model = single or KEYED.get(entity)
    if model is None:
        return {}
    table = Base.metadata.tables[model.__tablename__]
    if single is not None:
        query = select(table).where(table.c.id == 1) if None in keys else None
    else:
        wanted = [key for key in keys if key is not None]
        query = select(table).where(table.c.uuid.in_(wanted)) if wanted else None
    if query is None:
        return {}
    rows = cast_type(list[Mapping[str, Any]], list(connection.execute(query).mappings()))
    parts = read_parts(connection, table.name, [row["id"] for row in rows])
    return {
        None if single else row["uuid"]: row_digest(table.name, row, parts[row["id"]])
        for row in rows
    }
