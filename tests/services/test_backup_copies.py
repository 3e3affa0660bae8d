"""Backups written on real SQLite files: exact checked copies, encrypted ones, never overwriting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import event

from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.persistence.backup_encryption import MAGIC
from mesolog.persistence.encryption import is_encrypted_database
from mesolog.persistence.migrate import head_revision
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from tests.services.backup_support import (
    PASSPHRASE,
    audit_actions,
    files,
    fill,
    keyed_audit_actions,
    keyed_snapshot,
    snapshot,
    without_audit,
)

pytestmark = pytest.mark.sqlite_only("copies of the SQLite file")

if TYPE_CHECKING:
    from tests.services.conftest import Clock, Maker


def test_a_backup_is_an_exact_checked_copy_named_by_its_utc_time(
    backups: BackupService, make: Maker, db_path: Path, tmp_path: Path, clock: Clock
) -> None:
    fill(make)
    before = snapshot(db_path)

    result = backups.backup()

    assert result.path == tmp_path / "backups" / "clinic.backup-20260310T160000Z.sqlite"
    assert snapshot(result.path) == before
    assert (result.patients, result.sessions) == (2, 2)
    assert result.size_bytes == result.path.stat().st_size == result.pages * 4096
    assert (result.encrypted, result.revision, result.taken_at) == (
        False,
        head_revision(),
        clock(),
    )
    assert result.path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert files(tmp_path / "backups") == ["clinic.anchors.jsonl", result.path.name]
    assert not [name for name in files(tmp_path) if "partial" in name]
    action, entity, detail = audit_actions(db_path)[-1]
    assert (action, entity) == ("backup", "database")
    assert detail == "backup: clinic.backup-20260310T160000Z.sqlite"


def test_a_backup_is_taken_while_another_connection_holds_a_write_transaction(
    backups: BackupService, clinic: Clinic, make: Maker, db_path: Path
) -> None:
    """The copy is taken at once, without the uncommitted change; only the audit entry
    waits for the writer, as any write does. SQLite's busy handler records each wait (with
    the backups written by then) and lets the writer commit during it."""
    fill(make)
    writer = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE patients SET notes = 'not committed yet'")
    waits: list[list[str]] = []

    def busy(_count: int) -> bool:
        waits.append(files(backups.folder))
        if writer.in_transaction:
            writer.execute("COMMIT")
        return True

    def record_waits(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.set_busy_handler(busy)

    engine = clinic.context.db.engine
    engine.dispose()  # every connection from now on is made with the handler
    event.listen(engine, "connect", record_waits)
    try:
        result = backups.backup()
    finally:
        event.remove(engine, "connect", record_waits)
        if writer.in_transaction:
            writer.execute("COMMIT")
        writer.close()

    assert waits == [[result.path.name]], "one wait, once the copy was written: the audit's"
    assert "not committed yet" not in repr(snapshot(result.path)["patients"])
    assert "not committed yet" in repr(snapshot(db_path)["patients"])
    assert audit_actions(db_path)[-1][0] == "backup"


def test_an_encrypted_backup_holds_nothing_readable(
    backups: BackupService, make: Maker, db_path: Path
) -> None:
    fill(make)
    result = backups.backup(passphrase=PASSPHRASE)

    assert result.path.name == "clinic.backup-20260310T160000Z.sqlite.enc"
    assert result.encrypted
    data = result.path.read_bytes()
    assert data.startswith(MAGIC)
    for plain in (b"SQLite format", b"Papadopoulou", b"NCTF 135 HA", b"Tolerated well"):
        assert plain not in data
    assert BackupService.needs_passphrase(result.path)
    assert audit_actions(db_path)[-1][2].endswith(", encrypted")
    # The plain copy it was made from stays beside the database only while it is made.
    assert not [name for name in files(db_path.parent) if "partial" in name]


def test_a_backup_never_overwrites_and_takes_a_folder_for_a_target(
    backups: BackupService, tmp_path: Path, db_path: Path
) -> None:
    taken = tmp_path / "mine.sqlite"
    taken.write_text("someone's file")
    with pytest.raises(DatabaseError, match="never overwrites"):
        backups.backup(taken)
    assert taken.read_text() == "someone's file"
    with pytest.raises(DatabaseError, match="never overwrites"):
        backups.backup(db_path)

    usb = tmp_path / "usb"
    usb.mkdir()
    first, second = backups.backup(usb), backups.backup(usb)
    assert (first.path.name, second.path.name) == (
        "clinic.backup-20260310T160000Z.sqlite",
        "clinic.backup-20260310T160000Z-2.sqlite",
    )
    assert [f.path.name for f in backups.backups()] == []  # another folder
    named = backups.backup(tmp_path / "new" / "named.db")
    assert named.path == tmp_path / "new" / "named.db"


def test_an_empty_passphrase_is_refused(backups: BackupService, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="passphrase is empty"):
        backups.backup(passphrase="  ")
    assert files(tmp_path / "backups") == []


def test_a_backup_of_an_encrypted_database_is_encrypted_with_its_passphrase(
    secret_backups: BackupService, db_path: Path
) -> None:
    result = secret_backups.backup()

    assert (result.encrypted, result.database_encrypted) == (False, True)
    data = result.path.read_bytes()
    for plain in (b"SQLite format", b"Papadopoulou", b"Tolerated well"):
        assert plain not in data
    assert is_encrypted_database(result.path)
    assert without_audit(keyed_snapshot(result.path)) == without_audit(keyed_snapshot(db_path))
    with pytest.raises(sqlite3.DatabaseError):
        keyed_snapshot(result.path, "another passphrase")
    check = secret_backups.verify(result.path)
    assert (check.encrypted, check.database_encrypted, check.patients) == (False, True, 2)
    assert keyed_audit_actions(db_path)[-1] == (
        "backup",
        "database",
        f"backup: {result.path.name}, SQLCipher with the database passphrase",
    )
    assert not [name for name in files(db_path.parent) if "partial" in name]
