"""Reading the audit log back: entries by patient, user and date; whether each record
still has the content its newest entry recorded, and whether an entry wrote it at all."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter

from sqlalchemy import Connection, String, and_, cast, func, select
from sqlalchemy.orm import Session

from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_coverage import (
    CHUNK,
    KEYED,
    SINGLE,
    UnauditedRecord,
    check_coverage,
    stored_key,
    uuid_key,
)
from mesolog.persistence.digest_rows import StoredRows
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import AuditEntryRow, ClinicianRow

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
    `turns` checks in a row, `turn` 0 to `turns - 1`, compare every record: those whose
    `UUID.int % turns` is `turn`). The clinic's one-row records are compared every time."""

    after: int
    turn: int
    turns: int


Key = tuple[str, str | None]
"""A record: its entity and its uuid in hex (audit_coverage.uuid_key), None for the
clinic's one-row records."""


def check_records(
    s: Session, *, batch: int = 2000, share: RecordShare | None = None
) -> RecordCheck:
    """One walk over the log's record entries, then every audited record (or the `share`
    of them): is it what its newest entry recorded? Always for all of them: is it still
    there, and did an entry write every record at all?"""
    audited, bare = _newest_entries(s, batch)
    coverage = check_coverage(s, audited.keys() | bare if bare else audited.keys())
    chosen = audited
    if share is not None:
        after, turns, turn = share.after, share.turns, share.turn
        chosen = {
            key: seen
            for key, seen in audited.items()
            if seen[0] > after or key[1] is None or int(key[1], 16) % turns == turn
        }
    mismatches = list(_mismatches(s.connection(), chosen, batch))
    gone = audited.keys() - chosen.keys() - coverage.stored
    mismatches += [
        RecordMismatch(entity, uuid.UUID(key), audited[entity, key][0], GONE)
        for entity, key in gone
        if key is not None
    ]
    return RecordCheck(
        len(chosen),
        tuple(sorted(mismatches, key=lambda m: m.entry_id)),
        tuple(coverage.unaudited),
        len(audited),
    )


def _mismatches(
    connection: Connection, newest: dict[Key, tuple[int, str]], batch: int
) -> Iterator[RecordMismatch]:
    """Records read with Core a chunk at a time with their parts, entity by entity, and
    digested from their rows (persistence.row_digests)."""
    by_entity: dict[str, list[str | None]] = {}
    for entity, key in newest:
        by_entity.setdefault(entity, []).append(key)
    reading = StoredRows(connection)
    for entity, keys in by_entity.items():
        size = min(batch, PHOTO_CHUNK if entity == "photo" else CHUNK)
        for start in range(0, len(keys), size):
            chunk = keys[start : start + size]
            stored = _stored_digests(reading, entity, chunk)
            for key in chunk:
                entry_id, digest = newest[entity, key]
                now = stored.get(key)
                if now is not None and now == digest:
                    continue
                named = None if key is None else uuid.UUID(key)
                yield RecordMismatch(entity, named, entry_id, GONE if now is None else CHANGED)


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


def _newest_entries(s: Session, batch: int) -> tuple[dict[Key, tuple[int, str]], set[Key]]:
    """One walk over the entries that wrote a record, in id order: the (entry id, digest) of
    each record's newest entry with a digest, and the records whose entries have none (from
    before digests were kept). The uuid is read as text: an entry altered into an
    unreadable one is the chain check's to name, and it must not stop the records being
    compared. A run of entries that all have a digest and their uuid as mesolog writes it
    is taken in without a step of Python each."""
    newest: dict[Key, tuple[int, str]] = {}
    bare: set[Key] = set()
    entry = AuditEntryRow
    text = cast(entry.entity_uuid, String)
    key = stored_key(entry.entity_uuid, s.get_bind().dialect.name)
    query = select(entry.entity, key, entry.id, entry.after_digest, text)
    query = query.where(entry.action.in_(RECORD_ACTIONS)).order_by(entry.id)
    lowest, last = s.connection().execute(select(func.min(entry.id), func.max(entry.id))).one()
    for after in range(0 if lowest is None else lowest - 1, last or 0, batch):
        span = and_(entry.id > after, entry.id <= after + batch)
        rows = s.connection().execute(query.where(span)).all()
        if None not in map(_KEY, rows) and None not in map(_DIGEST, rows):
            newest.update(zip(map(_RECORD, rows), map(_ENTRY, rows), strict=True))
            continue
        for entity, as_written, entry_id, digest, stored in rows:
            found = as_written or uuid_key(stored)
            if found is None and stored is not None:
                continue
            if digest is None:
                bare.add((entity, found))
            else:
                newest[entity, found] = (entry_id, digest)
    return newest, bare


_RECORD = itemgetter(0, 1)
_KEY = itemgetter(1)
_ENTRY = itemgetter(2, 3)
_DIGEST = itemgetter(3)


def _stored_digests(
    reading: StoredRows, entity: str, keys: list[str | None]
) -> dict[str | None, str]:
    """The digests of the records of these uuid keys as stored now, with their parts."""
    single = SINGLE.get(entity)
    model = single or KEYED.get(entity)
    if model is None:
        return {}
    table = model.__tablename__
    if single is not None:
        found = reading.digests(table, "id", [1]) if None in keys else []
        return {None: found[0][1]} if found else {}
    wanted = [uuid.UUID(key) for key in keys if key is not None]
    found = reading.digests(table, "uuid", wanted) if wanted else []
    return {_hex(digested): digest for digested, digest in found}


def _hex(digested: object) -> str:
    """The uuid key of a uuid as digested (`str(UUID)`)."""
    return str(digested).replace("-", "")
