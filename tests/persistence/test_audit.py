"""The audit chain on its own (persistence/audit.py): what an entry's hash covers, how an
entry is appended and linked, and how the walk names the first entry that does not fit.

A bare SQLite file with the models' tables stands for the clinic's database, so that each
test takes milliseconds; tests/services/test_audit.py tries the same attacks through the
services on a migrated database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import make_url, select

from mesolog.persistence.audit import (
    GENESIS,
    AuditAction,
    ChainBreak,
    ChainCheck,
    EntryFields,
    add_audit_entry,
    check_chain,
)
from mesolog.persistence.base import Base
from mesolog.persistence.database import Database
from mesolog.persistence.models import AuditEntryRow, AuditHeadRow

ATHENS = dt.timezone(dt.timedelta(hours=2))
AT = dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS)
ENTRIES = 14
BATCHES = [1, 3, 2000]
"""One entry a batch, batches that end inside the chain, and the default."""

FIELDS = EntryFields(
    id=7,
    occurred_at=AT,
    actor="Dr Ελένη Βασιλείου",
    action="sign",
    entity="session",
    entity_uuid=uuid.UUID(int=1),
    patient_uuid=uuid.UUID(int=2),
    detail="signed",
    before_digest="b" * 64,
    after_digest="a" * 64,
    prev_hash="9" * 64,
)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty log, and one of ENTRIES entries appended in two transactions: made once,
    copied for each test."""
    folder = tmp_path_factory.mktemp("audit")
    made = {}
    for name in ("empty", "chain"):
        made[name] = folder / f"{name}.sqlite"
        database = _open(made[name])
        Base.metadata.create_all(database.engine)
        if name == "chain":
            _append(database, 5)
            _append(database, ENTRIES - 5, first=5)
        database.dispose()
    return made


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "audit.sqlite"


def _copy(templates: dict[str, Path], name: str, path: Path) -> Iterator[Database]:
    shutil.copyfile(templates[name], path)
    database = _open(path)
    yield database
    database.dispose()


@pytest.fixture
def db(templates: dict[str, Path], path: Path) -> Iterator[Database]:
    yield from _copy(templates, "empty", path)


@pytest.fixture
def chain(templates: dict[str, Path], path: Path) -> Iterator[Database]:
    yield from _copy(templates, "chain", path)


def _open(path: Path) -> Database:
    return Database(make_url(f"sqlite:///{path}"))


def _append(db: Database, count: int, *, first: int = 0) -> None:
    with db.write() as s:
        for number in range(first, first + count):
            add_audit_entry(
                s,
                at=AT + dt.timedelta(minutes=number),
                actor="tester",
                action=AuditAction.UPDATE,
                entity="patient",
                entity_uuid=uuid.UUID(int=0xABCDEF << 64 | number),
                patient_uuid=uuid.UUID(int=0xFEDCBA << 64 | number),
                detail=f"entry {number + 1}",
                before_digest="b" * 64,
                after_digest="a" * 64,
            )


def _rows(db: Database) -> list[AuditEntryRow]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntryRow).order_by(AuditEntryRow.id)))


def _check(db: Database, batch: int = 2000) -> ChainCheck:
    with db.read() as s:
        return check_chain(s, batch=batch)


def _tamper(path: Path, sql: str, *params: object) -> None:
    with sqlite3.connect(str(path), isolation_level=None) as raw:
        raw.execute(sql, params)


def test_an_entrys_hash_never_changes() -> None:
    """Every database written so far holds hashes made this way: what an entry's hash covers,
    or how, changes only with a new HASH_VERSION that still verifies the old entries."""
    assert FIELDS.hash() == "ddf8f80878db90ffde9fb7582aa2d8f07163f99be97de427fdbab0499b35eeae"


def test_the_hash_is_of_the_moment_not_of_its_time_zone() -> None:
    elsewhere = dataclasses.replace(FIELDS, occurred_at=AT.astimezone(dt.UTC))
    assert elsewhere.hash() == FIELDS.hash()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("id", 8),
        ("occurred_at", AT + dt.timedelta(microseconds=1)),
        ("actor", "Dr Ελένη Βασιλείου "),
        ("action", "void"),
        ("entity", "course"),
        ("entity_uuid", uuid.UUID(int=3)),
        ("entity_uuid", None),
        ("patient_uuid", uuid.UUID(int=3)),
        ("patient_uuid", None),
        ("detail", "signed."),
        ("before_digest", "c" * 64),
        ("before_digest", None),
        ("after_digest", "c" * 64),
        ("after_digest", None),
        ("prev_hash", "8" * 64),
    ],
)
def test_the_hash_covers_every_field(name: str, value: object) -> None:
    assert {field.name for field in dataclasses.fields(EntryFields)} >= {name}
    assert dataclasses.replace(FIELDS, **{name: value}).hash() != FIELDS.hash()


def test_entries_are_numbered_and_linked_from_the_genesis(chain: Database) -> None:
    rows = _rows(chain)
    assert [row.id for row in rows] == list(range(1, ENTRIES + 1))
    assert rows[0].prev_hash == GENESIS == "0" * 64
    for before, row in itertools.pairwise(rows):
        assert row.prev_hash == before.entry_hash
    assert all(row.entry_hash == EntryFields.of(row).hash() for row in rows)
    with chain.read() as s:
        head = s.get(AuditHeadRow, 1)
        assert head is not None
        assert (head.last_entry_id, head.last_hash) == (ENTRIES, rows[-1].entry_hash)


def test_an_entry_keeps_the_moment_in_utc_and_cuts_long_texts(db: Database) -> None:
    with db.write() as s:
        add_audit_entry(
            s,
            at=AT,
            actor="a" * 101,
            action=AuditAction.EXPORT,
            entity="clinic",
            entity_uuid=None,
            detail="d" * 401,
        )
    [row] = _rows(db)
    assert (row.actor, row.detail) == ("a" * 100, "d" * 400)
    assert row.occurred_at == AT
    assert row.occurred_at.utcoffset() == dt.timedelta(0)
    assert (row.action, row.patient_uuid, row.before_digest, row.after_digest) == (
        "export",
        None,
        None,
        None,
    )


def test_an_empty_log_is_intact(db: Database) -> None:
    assert _check(db) == ChainCheck(0, GENESIS, None)
    assert _check(db).intact


@pytest.mark.parametrize("batch", BATCHES)
def test_an_intact_chain_is_walked_to_its_end(chain: Database, batch: int) -> None:
    result = _check(chain, batch)
    assert result == ChainCheck(ENTRIES, _rows(chain)[-1].entry_hash, None)
    assert result.intact


def _named(db: Database, batch: int, entry_id: int, reason: str) -> None:
    """The walk stops at the entry, having read it and every entry before it."""
    with db.read() as s:  # the ids and hashes only: an altered entry may not read at all
        walked = s.execute(
            select(AuditEntryRow.id, AuditEntryRow.entry_hash)
            .where(AuditEntryRow.id < entry_id)
            .order_by(AuditEntryRow.id)
        ).all()
    result = _check(db, batch)
    assert result.first_break is not None
    assert result.first_break.entry_id == entry_id
    assert reason in result.first_break.reason
    assert not result.intact
    assert result.entries == len(walked) + 1
    assert result.last_hash == (walked[-1].entry_hash if walked else GENESIS)


STORED_TEXTS = [
    pytest.param("occurred_at", "replace(occurred_at, ' ', 'T')", id="time-T-separator"),
    pytest.param("occurred_at", "substr(occurred_at, 1, 19)", id="time-no-microseconds"),
    pytest.param("entity_uuid", "upper(entity_uuid)", id="uuid-capitals"),
    pytest.param("entity_uuid", "'{' || entity_uuid || '}'", id="uuid-braces"),
    pytest.param("patient_uuid", "upper(patient_uuid)", id="patient-uuid-capitals"),
]


@pytest.mark.parametrize("batch", BATCHES)
@pytest.mark.parametrize("entry_id", [1, 2, 12, 13])
@pytest.mark.parametrize(("column", "altered"), STORED_TEXTS)
def test_a_stored_text_that_reads_back_the_same_is_named(
    chain: Database, path: Path, batch: int, entry_id: int, column: str, altered: str
) -> None:
    """SQLite reads these texts back as the same value, so the hash cannot see the change;
    the walk compares each batch's texts with what mesolog writes."""
    _tamper(path, f"UPDATE audit_log SET {column} = {altered} WHERE id = ?", entry_id)
    _named(chain, batch, entry_id, "stored text was altered")


@pytest.mark.parametrize("batch", BATCHES)
def test_the_first_of_two_altered_texts_is_named(chain: Database, path: Path, batch: int) -> None:
    """Entry 4 is just past the first window of 3 (1 + 3): a check of the texts that left
    it out would find entry 7 and name that."""
    for entry_id in (4, 7):
        _tamper(
            path, "UPDATE audit_log SET entity_uuid = upper(entity_uuid) WHERE id = ?", entry_id
        )
    _named(chain, batch, 4, "stored text was altered")


@pytest.mark.parametrize("batch", [100, 2000])
def test_a_long_chain_is_walked_past_the_small_ints(db: Database, path: Path, batch: int) -> None:
    """Past entry 256, where CPython stops sharing one object for each small int."""
    _append(db, 300)
    assert _check(db, batch) == ChainCheck(300, _rows(db)[-1].entry_hash, None)
    _tamper(path, "UPDATE audit_log SET entity_uuid = upper(entity_uuid) WHERE id = 290")
    _named(db, batch, 290, "stored text was altered")


@pytest.mark.parametrize("batch", BATCHES)
def test_an_edited_entry_is_named(chain: Database, path: Path, batch: int) -> None:
    _tamper(path, "UPDATE audit_log SET detail = 'forged' WHERE id = 12")
    _named(chain, batch, 12, "does not match its hash")


@pytest.mark.parametrize("batch", BATCHES)
@pytest.mark.parametrize("entry_id", [1, 13])
@pytest.mark.parametrize(
    ("column", "value", "error"),
    [
        ("occurred_at", "yesterday", "Invalid isoformat string: 'yesterday'"),
        ("occurred_at", 12345, "fromisoformat: argument must be str"),
        ("entity_uuid", "not-a-uuid", "badly formed hexadecimal UUID string"),
    ],
)
def test_an_unreadable_entry_ends_the_walk(
    chain: Database,
    path: Path,
    batch: int,
    entry_id: int,
    column: str,
    value: object,
    error: str,
) -> None:
    _tamper(path, f"UPDATE audit_log SET {column} = ? WHERE id = ?", value, entry_id)
    _named(chain, batch, entry_id, f"it cannot be read ({error})")


@pytest.mark.parametrize("batch", BATCHES)
@pytest.mark.parametrize(
    ("altered", "reason"),
    [
        ("detail = 'forged'", "does not match its hash"),
        ("occurred_at = replace(occurred_at, ' ', 'T')", "stored text was altered"),
    ],
)
def test_an_entry_altered_before_one_that_does_not_read_is_named_first(
    chain: Database, path: Path, batch: int, altered: str, reason: str
) -> None:
    """Not the unreadable entry later in the same batch: the walk reads up to it."""
    _tamper(path, f"UPDATE audit_log SET {altered} WHERE id = 5")
    _tamper(path, "UPDATE audit_log SET occurred_at = 'yesterday' WHERE id = 6")
    _named(chain, batch, 5, reason)


@pytest.mark.parametrize("forged", ["0" * 64, "f" * 64])
def test_a_broken_link_is_named(chain: Database, path: Path, forged: str) -> None:
    _tamper(path, "UPDATE audit_log SET prev_hash = ? WHERE id = 9", forged)
    _named(chain, 2000, 9, "does not hold the hash of the entry before it")


def _said(broken: ChainBreak | None) -> tuple[int, str] | None:
    """Where the chain breaks and why, in English."""
    return None if broken is None else (broken.entry_id, broken.reason)


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_a_cut_off_tail_is_named_where_it_begins(chain: Database, path: Path, cut: int) -> None:
    _tamper(path, "DELETE FROM audit_log WHERE id > ?", ENTRIES - cut)
    result = _check(chain)
    assert _said(result.first_break) == (
        ENTRIES - cut + 1,
        f"the chain ends at entry {ENTRIES - cut} but its head names entry {ENTRIES}: "
        f"entries after {ENTRIES - cut} are missing or the head was altered",
    )
    assert result.entries == ENTRIES - cut


@pytest.mark.parametrize(
    "change",
    [
        "last_entry_id = last_entry_id + 1",
        "last_entry_id = last_entry_id - 1",
        "last_hash = '" + "f" * 64 + "'",
        "last_hash = '" + "0" * 64 + "'",
    ],
)
def test_an_altered_head_is_named(chain: Database, path: Path, change: str) -> None:
    _tamper(path, f"UPDATE audit_head SET {change}")
    result = _check(chain)
    assert result.first_break is not None
    assert "head names entry" in result.first_break.reason


def test_a_removed_head_is_named(chain: Database, path: Path) -> None:
    _tamper(path, "DELETE FROM audit_head")
    assert _said(_check(chain).first_break) == (ENTRIES, "the chain's head is missing")


@pytest.mark.parametrize("entry_id", [0, -1])
def test_an_entry_slipped_in_before_the_first_is_named(
    chain: Database, path: Path, entry_id: int
) -> None:
    """The audit window lists every entry, so the walk must start at the lowest id, not at 1."""
    _tamper(
        path,
        "INSERT INTO audit_log (id, occurred_at, actor, action, entity, detail, prev_hash,"
        " entry_hash) SELECT ?, occurred_at, 'forger', 'void', entity, 'forged', prev_hash,"
        " entry_hash FROM audit_log WHERE id = 1",
        entry_id,
    )
    result = _check(chain)
    assert _said(result.first_break) == (entry_id, "its id repeats or runs backwards (expected 1)")
    assert (result.entries, result.last_hash) == (1, GENESIS)


def test_entries_missing_in_the_middle_are_named(chain: Database, path: Path) -> None:
    _tamper(path, "DELETE FROM audit_log WHERE id IN (6, 7)")
    _named(chain, 3, 8, "entries 6–7 are missing before it")


def test_a_chain_on_postgresql_is_intact(postgresql_url: str) -> None:
    """PostgreSQL stores times and UUIDs typed, not as text: nothing to compare them with."""
    database = Database(make_url(postgresql_url))
    Base.metadata.create_all(database.engine)
    try:
        _append(database, 3)
        assert _check(database) == ChainCheck(3, _rows(database)[-1].entry_hash, None)
    finally:
        database.dispose()
