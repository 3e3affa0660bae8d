"""Backup files: online copies beside live connections, and their checks.

Raw connections here use the app's driver (sqlcipher3), never the standard
library's sqlite3 (two SQLite libraries in one process ignore each other's locks).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import event
from sqlalchemy.engine import URL

from mesolog.persistence.backup_files import (
    BackupFileError,
    DatabaseBusyError,
    copy_file,
    copy_online,
    examine,
    remove_abandoned,
    restore_online,
    scratch_file,
)
from mesolog.persistence.database import Database
from mesolog.persistence.migrate import head_revision
from mesolog.services.clinic import Clinic

PASSPHRASE = "correct horse battery staple"


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _add_probe_table(clinic: Clinic, *names: str) -> None:
    """A table of this test's own, so the tests do not depend on the clinic's schema."""
    with clinic.context.db.write() as s:
        s.connection().exec_driver_sql("CREATE TABLE probe (name TEXT)")
        for name in names:
            s.connection().exec_driver_sql("INSERT INTO probe VALUES (?)", (name,))


def _writer(path: Path, change: str) -> Any:
    """Another connection in the middle of a write transaction: `change` made, not committed."""
    writer = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(change)
    return writer


def _commit(writer: Any) -> None:
    if writer.in_transaction:
        writer.execute("COMMIT")


def _database_recording_waits(
    path: Path, waits: list[int], *, writer: Any, keep_waiting: bool
) -> Database:
    """A Database on `path` whose connections, whenever SQLite finds the file locked, record
    it in `waits` (SQLite's busy handler, in place of the busy timeout's clock); meanwhile
    `writer` commits. With `keep_waiting` the wait goes on and succeeds; without, it ends
    there, as when the busy timeout runs out, and whoever waited must give up: anything
    that tried again would now get through."""
    db = Database(URL.create("sqlite", database=str(path)))

    def busy(count: int) -> bool:
        waits.append(count)
        _commit(writer)
        return keep_waiting

    @event.listens_for(db.engine, "connect")
    def _record_waits(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.set_busy_handler(busy)

    return db


# --- online copies -------------------------------------------------------------------------


def test_a_copy_taken_while_a_writer_holds_its_transaction_has_what_was_committed(
    clinic: Clinic, db_path: Path, tmp_path: Path
) -> None:
    _add_probe_table(clinic, "Committed")
    writer = _writer(db_path, "UPDATE probe SET name = 'Uncommitted'")
    waits: list[int] = []
    db = _database_recording_waits(db_path, waits, writer=writer, keep_waiting=False)
    try:
        copy_online(db.engine, tmp_path / "copy.sqlite")
        assert writer.in_transaction
    finally:
        _commit(writer)
        writer.close()
        db.dispose()

    assert waits == [], "the copy never found the database locked: it did not wait"
    copy = tmp_path / "copy.sqlite"
    assert _rows(copy, "SELECT name FROM probe") == [("Committed",)]
    assert _rows(db_path, "SELECT name FROM probe") == [("Uncommitted",)]
    facts = examine(copy, label="copy")
    assert facts.whole
    assert facts.revision == head_revision()
    # A self-contained file in rollback-journal mode: nothing beside it, none made on opening.
    assert _rows(copy, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.sqlite"
    ]


def test_a_file_with_a_write_ahead_log_is_copied_with_the_log(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite"
    writer = sqlite3.connect(str(live), isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    try:
        assert (tmp_path / "live.sqlite-wal").stat().st_size > 0
        copy_file(live, tmp_path / "copy.sqlite")
    finally:
        writer.close()
    assert _rows(tmp_path / "copy.sqlite", "SELECT x FROM t") == [(1,)]


def test_a_restore_blocked_by_a_writer_gives_up_and_changes_nothing(
    clinic: Clinic, db_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite"
    copy_online(clinic.context.db.engine, copy)
    _add_probe_table(clinic)
    writer = _writer(db_path, "INSERT INTO probe VALUES ('Kept')")
    waits: list[int] = []
    db = _database_recording_waits(db_path, waits, writer=writer, keep_waiting=False)
    try:
        with pytest.raises(DatabaseBusyError, match="nothing was restored"):
            restore_online(copy, db.engine)
        assert waits == [0], "it waited once, up to the busy timeout, then gave up"
    finally:
        _commit(writer)
        writer.close()
        db.dispose()
    assert _rows(db_path, "SELECT name FROM probe") == [("Kept",)]


def test_a_restore_waits_for_a_writer_that_finishes_within_the_busy_timeout(
    clinic: Clinic, db_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite"
    copy_online(clinic.context.db.engine, copy)
    _add_probe_table(clinic)
    writer = _writer(db_path, "INSERT INTO probe VALUES ('Replaced')")
    waits: list[int] = []
    db = _database_recording_waits(db_path, waits, writer=writer, keep_waiting=True)
    try:
        restore_online(copy, db.engine)
    finally:
        _commit(writer)
        writer.close()
        db.dispose()
    assert waits == [0], "it found the writer's lock and waited for its commit"
    assert ("probe",) not in _rows(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'")


def test_a_restore_replaces_the_content_under_open_connections(
    clinic: Clinic, db_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite"
    copy_online(clinic.context.db.engine, copy)
    _add_probe_table(clinic, "Later")
    reader = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        assert reader.execute("SELECT name FROM probe").fetchall() == [("Later",)]
        restore_online(copy, clinic.context.db.engine)
        tables = reader.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        assert ("probe",) not in tables
        assert reader.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        reader.close()
    assert examine(db_path, label="db").whole


def test_copies_of_an_encrypted_database_are_keyed_with_its_passphrase(tmp_path: Path) -> None:
    from mesolog.persistence.encryption import WrongDatabasePassphraseError, is_encrypted_database

    path = tmp_path / "secret.sqlite"
    with Clinic.open(str(path), passphrase=PASSPHRASE, actor="tester") as clinic:
        engine = clinic.context.db.engine
        _add_probe_table(clinic, "Kept")
        online, copied = tmp_path / "online.sqlite", tmp_path / "copied.sqlite"
        copy_online(engine, online, key=PASSPHRASE)
        copy_file(online, copied, key=PASSPHRASE)
        for copy in (online, copied):
            assert is_encrypted_database(copy)
            assert b"Kept" not in copy.read_bytes()
            assert examine(copy, label="copy", key=PASSPHRASE).whole
            with pytest.raises(WrongDatabasePassphraseError, match="does not open"):
                examine(copy, label="copy", key="another passphrase")
        with pytest.raises(BackupFileError, match="not an SQLite database"):
            examine(online, label="copy")  # no key: ciphertext
        with pytest.raises(BackupFileError):
            copy_online(engine, tmp_path / "plain.sqlite")  # SQLCipher copies keyed to keyed
        with clinic.context.db.write() as s:
            s.connection().exec_driver_sql("INSERT INTO probe VALUES ('Later')")
        restore_online(copied, engine, key=PASSPHRASE)
        with clinic.context.db.read() as s:
            names = s.connection().exec_driver_sql("SELECT name FROM probe").all()
        assert [tuple(row) for row in names] == [("Kept",)]
    assert is_encrypted_database(path)


# --- checks --------------------------------------------------------------------------------


def test_a_file_that_is_no_database_is_refused_by_name(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database\n" * 300)
    with pytest.raises(BackupFileError, match=r"notes\.txt is damaged or not an SQLite database"):
        examine(junk, label="notes.txt")
    with pytest.raises(BackupFileError, match="not a database"):
        copy_file(junk, tmp_path / "copy.sqlite")


def test_broken_references_show_in_the_facts(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    connection = sqlite3.connect(str(path))
    connection.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    connection.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id REFERENCES parent)")
    connection.execute("INSERT INTO child VALUES (1, 42)")
    connection.commit()
    connection.close()
    facts = examine(path, label="broken")
    assert facts.integrity == ("ok",)
    assert facts.broken_references == 1
    assert not facts.whole
    assert str(facts.problems) == "foreign_key_check: 1 broken references"
    assert not facts.is_mesolog
    assert (facts.patients, facts.sessions, facts.revision) == (None, None, None)


def test_only_abandoned_backup_scratch_files_are_removed(tmp_path: Path) -> None:
    """Scratch files of backups whose lock no one holds go, with SQLite's files and their
    locks; one being written, other work's scratch files and everything else stay."""
    abandoned = [
        ".clinic.backup-20260310T160000Z.sqlite.backup-0badf00d.partial",
        ".clinic.backup-20260310T160000Z.sqlite.backup-0badf00d.partial-journal",
        ".clinic.backup-20260310T160000Z.sqlite.backup-0badf00d.partial.lock",
        ".Papadopoulou.sqlite.enc.backup-encrypted-12345678.partial",
        ".clinic.sqlite.backup-cafe0123.partial.lock",  # killed before its copy began
    ]
    others = [
        ".clinic.sqlite.encrypt-0badf00d.partial",  # a conversion's, tidied by the next one
        ".clinic.sqlite.restore-0badf00d.partial",  # a restore's, under the restore lock
        ".clinic.sqlite.backup-notahex1.partial",
        "clinic.backup-20260310T160000Z.sqlite",
        "clinic.anchors.jsonl",
        ".hidden",
    ]
    for name in abandoned + others:
        (tmp_path / name).write_bytes(b"x")
    with scratch_file(tmp_path / "clinic.daily-20260310T160000Z.sqlite", "backup") as writing:
        writing.write_bytes(b"being written")
        remove_abandoned(tmp_path)
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [*others, writing.name, writing.name + ".lock"]
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(others)
