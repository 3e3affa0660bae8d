"""The audit log: entries written in the transaction of the change they describe,
chained by hashes so that any later edit, deletion, insertion or reordering shows.

Entry n holds `prev_hash` = entry n-1's `entry_hash` (a fixed genesis value for
the first) and `entry_hash` = SHA-256 over all its columns, `prev_hash` included.
Ids run 1, 2, 3… without gaps. The single `audit_head` row names the newest entry;
appending locks it (`FOR UPDATE`; SQLite's writers are serialised already), so two
workstations never chain onto the same entry, and a removed tail shows too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Row, Select, String, cast, select, type_coerce
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from mesolog.domain.texts import Text, phrase
from mesolog.persistence.models import AuditEntryRow, AuditHeadRow

GENESIS = "0" * 64
HASH_VERSION = 1
_HEAD_KEY = "mesolog.audit_head"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    VOID = "void"
    SIGN = "sign"
    AMEND = "amend"
    IMPORT = "import"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    LOG_IN = "log_in"
    LOG_IN_FAILED = "log_in_failed"
    SWITCH_USER = "switch_user"
    RECALL = "recall"
    """A recall search: what was sought, how many patients were found, and why."""


@dataclass(frozen=True, slots=True)
class EntryFields:
    """Everything an entry's hash covers."""

    id: int
    occurred_at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_uuid: uuid.UUID | None
    patient_uuid: uuid.UUID | None
    detail: str
    before_digest: str | None
    after_digest: str | None
    prev_hash: str

    @classmethod
    def of(cls, row: AuditEntryRow | Row[Any]) -> EntryFields:
        """The fields of a stored entry, an ORM row or a Core row of audit_log."""
        return cls(
            row.id,
            row.occurred_at,
            row.actor,
            row.action,
            row.entity,
            row.entity_uuid,
            row.patient_uuid,
            row.detail,
            row.before_digest,
            row.after_digest,
            row.prev_hash,
        )

    def hash(self) -> str:
        fields = [
            HASH_VERSION,
            self.id,
            self.occurred_at.astimezone(dt.UTC).isoformat(),
            self.actor,
            self.action,
            self.entity,
            None if self.entity_uuid is None else str(self.entity_uuid),
            None if self.patient_uuid is None else str(self.patient_uuid),
            self.detail,
            self.before_digest,
            self.after_digest,
            self.prev_hash,
        ]
        text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_audit_entry(
    s: Session,
    *,
    at: dt.datetime,
    actor: str,
    action: AuditAction,
    entity: str,
    entity_uuid: uuid.UUID | None,
    detail: str = "",
    patient_uuid: uuid.UUID | None = None,
    before_digest: str | None = None,
    after_digest: str | None = None,
) -> None:
    """Appends an entry to the chain. `detail` names what changed, never health data
    (no names, notes or findings)."""
    head = _locked_head(s)
    fields = EntryFields(
        id=head.last_entry_id + 1,
        occurred_at=at.astimezone(dt.UTC),
        actor=actor[:100],
        action=action.value,
        entity=entity,
        entity_uuid=entity_uuid,
        patient_uuid=patient_uuid,
        detail=detail[:400],
        before_digest=before_digest,
        after_digest=after_digest,
        prev_hash=head.last_hash,
    )
    entry_hash = fields.hash()
    s.add(
        AuditEntryRow(
            id=fields.id,
            occurred_at=fields.occurred_at,
            actor=fields.actor,
            action=fields.action,
            entity=fields.entity,
            entity_uuid=fields.entity_uuid,
            patient_uuid=fields.patient_uuid,
            detail=fields.detail,
            before_digest=fields.before_digest,
            after_digest=fields.after_digest,
            prev_hash=fields.prev_hash,
            entry_hash=entry_hash,
        )
    )
    head.last_entry_id = fields.id
    head.last_hash = entry_hash


def _locked_head(s: Session) -> AuditHeadRow:
    """The chain's head, locked for this transaction (read once per transaction)."""
    head = s.info.get(_HEAD_KEY)
    if isinstance(head, AuditHeadRow) and head in s:
        return head
    head = s.scalars(select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()).first()
    if head is None:
        head = AuditHeadRow(id=1, last_entry_id=0, last_hash=GENESIS)
        s.add(head)
    s.info[_HEAD_KEY] = head
    return head


@dataclass(frozen=True, slots=True)
class ChainBreak:
    entry_id: int
    text: Text
    """Why the chain breaks at this entry, for people."""

    @property
    def reason(self) -> str:
        """Why, in English."""
        return str(self.text)


@dataclass(frozen=True, slots=True)
class ChainStart:
    """Where a walk starts: after entry `entry`, whose hash is `hash` (entry 0 and the
    genesis hash for the whole chain)."""

    entry: int
    hash: str


WHOLE_CHAIN = ChainStart(0, GENESIS)


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    """The newest entry walked (the chain's length when it is intact)."""
    last_hash: str
    first_break: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


def check_chain(s: Session, *, batch: int = 2000, start: ChainStart = WHOLE_CHAIN) -> ChainCheck:
    """Walks the chain in id order from `start` (the whole chain by default: an entry
    slipped in before entry 1 shows too) to its head, and names the first entry that does
    not fit."""
    walk = _walk(s, start, None, batch)
    if walk.first_break is not None:
        return walk
    last_id, prev_hash = walk.entries, walk.last_hash  # ids run unbroken
    head = s.get(AuditHeadRow, 1)
    if head is None:
        if last_id:
            missing = phrase("Audit", "the chain's head is missing")
            return ChainCheck(last_id, prev_hash, ChainBreak(last_id, missing))
    elif head.last_entry_id != last_id or head.last_hash != prev_hash:
        return ChainCheck(
            last_id,
            prev_hash,
            ChainBreak(
                min(head.last_entry_id, last_id + 1),
                phrase(
                    "Audit",
                    "the chain ends at entry {last} but its head names entry {named}: entries "
                    "after {last} are missing or the head was altered",
                ).having(last=str(last_id), named=str(head.last_entry_id)),
            ),
        )
    return walk


def check_entries(s: Session, first: int, last: int, *, batch: int = 2000) -> ChainBreak | None:
    """The first entry from `first` to `last` that does not fit the chain, entry `first`
    linked to the hash entry `first - 1` holds (the chain's start for entry 1)."""
    before = GENESIS if first <= 1 else stored_hash(s, first - 1)
    return _walk(s, ChainStart(first - 1, before or ""), last, batch).first_break


def stored_hash(s: Session, entry: int) -> str | None:
    """The hash entry `entry` holds, as stored (None when there is no such entry)."""
    return s.scalar(select(AuditEntryRow.entry_hash).where(AuditEntryRow.id == entry))


def _walk(s: Session, start: ChainStart, last: int | None, batch: int) -> ChainCheck:
    expected_id, prev_hash, count = start.entry + 1, start.hash, 0
    exact = s.get_bind().dialect.name == "sqlite"
    after = None if start.entry == 0 else start.entry
    for stored in _entries(s, after, last, batch, stored=exact):
        count += 1
        row = stored
        if exact and isinstance(stored, Row):
            if _fits_as_stored(stored, expected_id, prev_hash):
                expected_id, prev_hash = expected_id + 1, stored[_HASH_AT]
                continue
            row = next(_entries(s, stored.id - 1, stored.id, 1))  # through its types
        if isinstance(row, ChainBreak):
            return ChainCheck(start.entry + count, prev_hash, row)
        problem = _misfit(row, expected_id, prev_hash, exact=exact)
        if problem is not None:
            return ChainCheck(start.entry + count, prev_hash, ChainBreak(row.id, problem))
        expected_id, prev_hash = row.id + 1, row.entry_hash
    return ChainCheck(start.entry + count, prev_hash, None)


_ENTRY = AuditEntryRow.__table__
_AS_STORED = (
    cast(AuditEntryRow.occurred_at, String).label("occurred_text"),
    cast(AuditEntryRow.entity_uuid, String).label("entity_text"),
    cast(AuditEntryRow.patient_uuid, String).label("patient_text"),
)


def _not_as_written(row: Row[Any]) -> bool:
    """SQLite keeps timestamps and UUIDs as text, and reads some altered texts back as the
    same value ('2026-11-25X18:06' as a time, 'ABC…' as the UUID 'abc…'): the hash, over
    the values, would not see such a change. Each entry's text must be exactly what
    mesolog writes."""
    written = row.occurred_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return (row.occurred_text, row.entity_text, row.patient_text) != (
        written,
        _hex(row.entity_uuid),
        _hex(row.patient_uuid),
    )


def _hex(value: uuid.UUID | None) -> str | None:
    return None if value is None else value.hex


def _misfit(row: Row[Any], expected_id: int, prev_hash: str, *, exact: bool) -> Text | None:
    """What is wrong with the entry where the chain expects `expected_id` after `prev_hash`
    (entry numbers are identifiers: written as digits, never grouped); with `exact`
    (SQLite), also its stored text."""
    if exact and _not_as_written(row):
        return phrase("Audit", "its stored text was altered (not as mesolog writes it)")
    if row.id != expected_id:
        if row.id > expected_id:
            missing = phrase("Audit", "entries {first}–{last} are missing before it")
            return missing.having(first=str(expected_id), last=str(row.id - 1))
        backwards = phrase("Audit", "its id repeats or runs backwards (expected {expected})")
        return backwards.having(expected=str(expected_id))
    if row.prev_hash != prev_hash:
        return phrase(
            "Audit",
            "it does not hold the hash of the entry before it (an entry before it was "
            "inserted, removed or changed)",
        )
    if EntryFields.of(row).hash() != row.entry_hash:
        return phrase("Audit", "its content does not match its hash (the entry was altered)")
    return None


_HEX = re.compile("[0-9a-f]{32}")
_STAMP = re.compile(r"[1-9]\d{3}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")
_STORED = [type_coerce(column, NullType()).label(column.name) for column in _ENTRY.c]
_NAMES = [column.name for column in _ENTRY.c]
_HASH_AT = _NAMES.index("entry_hash")
_HASHED = itemgetter(*(_NAMES.index(f.name) for f in dataclasses.fields(EntryFields)), _HASH_AT)
"""An entry's columns as `_STORED` reads them, in the order of its hash's fields, then its
hash: taken by place at once rather than by name one by one."""


def _fits_as_stored(row: Row[Any], expected_id: int, prev_hash: str) -> bool:
    """Whether an entry read as SQLite stores it (texts, not values) is exactly as mesolog
    writes it and fits the chain: the short way for the entries that do, without making
    datetimes and UUIDs of them. An entry that does not is read again through its types
    and judged by `_misfit`, which names what is wrong (or finds that nothing is)."""
    entry_id, moment, actor, action, entity, entity_uuid, patient_uuid, *rest = _HASHED(row)
    detail, before, after, prev, entry_hash = rest
    if entry_id != expected_id or prev != prev_hash:
        return False
    if type(moment) is not str or not _STAMP.fullmatch(moment):
        return False
    try:
        occurred = dt.datetime.fromisoformat(moment).replace(tzinfo=dt.UTC).isoformat()
    except ValueError:
        return False
    uuids: list[str | None] = []
    for text in (entity_uuid, patient_uuid):
        if text is not None and (type(text) is not str or not _HEX.fullmatch(text)):
            return False
        uuids.append(text and f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    fields = [HASH_VERSION, entry_id, occurred, actor, action, entity, *uuids]
    fields += [detail, before, after, prev]
    try:  # the bytes json.dumps writes in EntryFields.hash (as in row_digests.row_digest)
        text = orjson.dumps(fields)
    except TypeError:
        return False
    return bool(hashlib.sha256(text).hexdigest() == entry_hash)


def _entries(
    s: Session, after: int | None, last: int | None, batch: int, *, stored: bool = False
) -> Iterator[Row[Any] | ChainBreak]:
    """Entries in id order after `after` (from the lowest when None) up to `last`, read with
    Core a batch at a time (with their stored texts on SQLite; only those, which always
    read, when `stored`); an entry that does not read ends the walk as a break, after the
    entries before it."""
    columns = [*_ENTRY.c]
    if stored:
        columns = _STORED
    elif s.get_bind().dialect.name == "sqlite":
        columns += _AS_STORED
    while True:
        query = select(*columns).order_by(_ENTRY.c.id)
        if after is not None:
            query = query.where(_ENTRY.c.id > after)
        if last is not None:
            query = query.where(_ENTRY.c.id <= last)
        try:
            rows: Sequence[Row[Any]] = s.connection().execute(query.limit(batch)).all()
        except (ValueError, TypeError, StatementError):
            yield from _up_to_unreadable(s, query, batch)
            return
        if not rows:
            return
        yield from rows
        after = rows[-1].id


def _up_to_unreadable(
    s: Session, query: Select[Any], batch: int
) -> Iterator[Row[Any] | ChainBreak]:
    """A batch with an entry whose stored values no longer read as their types (a timestamp
    or id altered into text): its entries one at a time up to that one, a break."""
    ids = list(s.connection().scalars(query.with_only_columns(_ENTRY.c.id).limit(batch)))
    for entry_id in ids:
        try:
            yield from s.connection().execute(query.where(_ENTRY.c.id == entry_id))
        except (ValueError, TypeError, StatementError) as error:
            unreadable = phrase("Audit", "it cannot be read ({error})")
            yield ChainBreak(entry_id, unreadable.having(error=str(error).splitlines()[0]))
            return
    raise AssertionError("the batch failed to read but each entry read alone")
