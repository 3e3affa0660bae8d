"""Reading the audit log back: entries by patient, user and date; whether each record
still has the content its newest entry recorded, and whether an entry wrote it at all."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.strategy_options import _AbstractLoad

from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_coverage import (
    CHUNK,
    KEYED,
    SINGLE,
    KeyedRow,
    UnauditedRecord,
    unaudited_records,
)
from mesolog.persistence.base import Base
from mesolog.persistence.digests import CHILDREN, record_digest
from mesolog.persistence.models import AuditEntryRow, ClinicianRow

CHANGED = "its content differs from what the audit log recorded"
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
    """Records whose newest entry holds a digest, each compared with the record now."""
    mismatches: tuple[RecordMismatch, ...]
    """Records that differ from their newest entry's digest, or are gone."""
    unaudited: tuple[UnauditedRecord, ...]
    """Rows that no entry wrote (persistence.audit_coverage)."""


def check_records(s: Session, *, batch: int = 2000) -> RecordCheck:
    """One walk over the log's record entries, then every audited record: is it what its
    newest entry recorded, and did an entry write it at all?"""
    newest: dict[tuple[str, uuid.UUID | None], tuple[int, str]] = {}
    covered: set[tuple[str, uuid.UUID | None]] = set()
    for entity, entity_uuid, entry_id, digest in _record_entries(s, batch):
        covered.add((entity, entity_uuid))
        if digest is not None:
            newest[entity, entity_uuid] = (entry_id, digest)
    mismatches = sorted(_mismatches(s, newest, batch), key=lambda m: m.entry_id)
    return RecordCheck(len(newest), tuple(mismatches), tuple(unaudited_records(s, covered)))


def _mismatches(
    s: Session, newest: dict[tuple[str, uuid.UUID | None], tuple[int, str]], batch: int
) -> Iterator[RecordMismatch]:
    """Records read a chunk at a time with their parts, entity by entity."""
    by_entity: dict[str, list[uuid.UUID | None]] = {}
    for entity, entity_uuid in newest:
        by_entity.setdefault(entity, []).append(entity_uuid)
    for entity, keys in by_entity.items():
        size = min(batch, PHOTO_CHUNK if entity == "photo" else CHUNK)
        for start in range(0, len(keys), size):
            chunk = keys[start : start + size]
            stored = _stored(s, entity, chunk)
            for key in chunk:
                entry_id, digest = newest[entity, key]
                row = stored.get(key)
                if row is None:
                    yield RecordMismatch(entity, key, entry_id, "it is gone")
                elif record_digest(row) != digest:
                    yield RecordMismatch(
                        entity,
                        key,
                        entry_id,
                        CHANGED,
                    )
            s.expunge_all()


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


def _stored(s: Session, entity: str, keys: list[uuid.UUID | None]) -> dict[uuid.UUID | None, Base]:
    """The records of these uuids as stored now, with the parts their digests cover."""
    single = SINGLE.get(entity)
    if single is not None:
        row = s.get(single, 1)
        return {} if row is None or None not in keys else {None: row}
    model = KEYED.get(entity)
    wanted = [key for key in keys if key is not None]
    if model is None or not wanted:
        return {}
    query = select(model).where(model.uuid.in_(wanted)).options(*_parts_loaded(model))
    rows: list[KeyedRow] = list(s.scalars(query))
    return {row.uuid: row for row in rows}


def _parts_loaded(model: type[Base]) -> list[_AbstractLoad]:
    """Loads the parts a record's digest covers (persistence.digests.CHILDREN) with it."""
    options: list[_AbstractLoad] = []
    table = model.__tablename__
    for name in CHILDREN.get(table, ()):
        relationship = getattr(model, name)
        child = relationship.property.mapper.class_
        nested = _parts_loaded(child)
        options.append(selectinload(relationship).options(*nested))
    return options
