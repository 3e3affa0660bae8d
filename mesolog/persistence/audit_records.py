"""Reading the audit log back: entries by patient, user and date; whether each record
still has the content its newest entry recorded, and whether an entry wrote it at all."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from operator import itemgetter

from sqlalchemy import Connection, Row, String, and_, cast, func, select
from sqlalchemy.orm import Session

from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_coverage import (
    CHUNK,
    KEYED,
    SINGLE,
    UnauditedRecord,
    all_keys,
    check_coverage,
    key_text,
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


Newest = dict[str, dict[str | None, tuple[int, str]]]
"""By entity, each record's newest entry with a digest, (entry id, digest), by the record's
uuid in hex (audit_coverage.uuid_key), None for the clinic's one-row records."""


def check_records(
    s: Session, *, batch: int = 2000, share: RecordShare | None = None
) -> RecordCheck:
    """One walk over the log's record entries, then every audited record (or the `share`
    of them): is it what its newest entry recorded? Always for all of them: is it still
    there, and did an entry write every record at all?"""
    audited, bare = _newest_entries(s, batch)
    covered: dict[str, AbstractSet[str | None]] = dict(bare)
    for entity, records in audited.items():
        covered[entity] = records.keys() | bare[entity] if entity in bare else records.keys()
    coverage = check_coverage(s, covered)
    chosen = audited
    if share is not None:
        after, turns, turn = share.after, share.turns, share.turn
        chosen = {
            entity: {
                key: seen
                for key, seen in records.items()
                if seen[0] > after or key is None or int(key, 16) % turns == turn
            }
            for entity, records in audited.items()
        }
    mismatches = list(_mismatches(s.connection(), chosen, batch))
    for entity, records in audited.items():
        gone = records.keys() - coverage.stored.get(entity, set())
        mismatches += [
            RecordMismatch(entity, uuid.UUID(key), records[key][0], GONE)
            for key in gone
            if key is not None and key not in chosen[entity]
        ]
    return RecordCheck(
        sum(map(len, chosen.values())),
        tuple(sorted(mismatches, key=lambda m: m.entry_id)),
        tuple(coverage.unaudited),
        sum(map(len, audited.values())),
    )


def _mismatches(connection: Connection, newest: Newest, batch: int) -> Iterator[RecordMismatch]:
    """Records read with Core a chunk at a time with their parts, entity by entity, and
    digested from their rows (persistence.row_digests)."""
    reading = StoredRows(connection)
    for entity, records in newest.items():
        keys = list(records)
        size = min(batch, PHOTO_CHUNK if entity == "photo" else CHUNK)
        for start in range(0, len(keys), size):
            chunk = keys[start : start + size]
            stored = _stored_digests(reading, entity, chunk)
            for key in chunk:
                entry_id, digest = records[key]
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


def _newest_entries(s: Session, batch: int) -> tuple[Newest, dict[str, set[str | None]]]:
    """One walk over the entries that wrote a record, in id order: each record's newest
    entry with a digest, and by entity the records whose entries have none (from before
    digests were kept). The uuid is read as text: an entry altered into an unreadable one
    is the chain check's to name, and it must not stop the records being compared. A run of
    entries that all have a digest and their uuid as mesolog writes it (or none) is taken
    in an entity at a time, without a step of Python each."""
    newest: Newest = {}
    bare: dict[str, set[str | None]] = {}
    entry = AuditEntryRow
    dialect = s.get_bind().dialect.name
    text = cast(entry.entity_uuid, String)
    fast = select(entry.entity, key_text(entry.entity_uuid, dialect), entry.id, entry.after_digest)
    fast = fast.where(entry.action.in_(RECORD_ACTIONS)).order_by(entry.entity, entry.id)
    key = stored_key(entry.entity_uuid, dialect)
    slow = select(entry.entity, key, entry.id, entry.after_digest, text)
    slow = slow.where(entry.action.in_(RECORD_ACTIONS)).order_by(entry.id)
    lowest, last = s.connection().execute(select(func.min(entry.id), func.max(entry.id))).one()
    for after in range(0 if lowest is None else lowest - 1, last or 0, batch):
        span = and_(entry.id > after, entry.id <= after + batch)
        rows = s.connection().execute(fast.where(span)).all()
        named = [key for key in map(_KEY, rows) if key is not None]
        if None not in map(_DIGEST, rows) and all_keys(named):
            _take(newest, rows)
            continue
        for entity, as_written, entry_id, digest, stored in s.execute(slow.where(span)):
            found = as_written or uuid_key(stored)
            if found is None and stored is not None:
                continue
            if digest is None:
                bare.setdefault(entity, set()).add(found)
            else:
                newest.setdefault(entity, {})[found] = (entry_id, digest)
    return newest, bare


def _take(newest: Newest, rows: Sequence[Row[str, str | None, int, str | None]]) -> None:
    """Rows (entity, uuid key, entry id, digest) in order of entity, then id, put in
    `newest` an entity at a time."""
    entities = list(map(_ENTITY, rows))
    start = 0
    while start < len(rows):
        entity = entities[start]
        end = start + entities.count(entity)
        part = rows[start:end]
        newest.setdefault(entity, {}).update(zip(map(_KEY, part), map(_ENTRY, part), strict=True))
        start = end


_ENTITY = itemgetter(0)
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
