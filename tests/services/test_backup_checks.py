"""Backup files refused before a restore changes anything, and older schemas upgraded."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlcipher3.dbapi2 as sqlite3
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.conversion import change_passphrase
from mesolog.persistence.database import Database
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.backups import (
    BackupFileError,
    BackupService,
    WrongPassphraseError,
)
from mesolog.services.checks import CheckService
from mesolog.services.clinic import Clinic
from mesolog.services.encryption import change_database_passphrase
from tests.services.backup_support import (
    DATABASE_PASSPHRASE,
    PASSPHRASE,
    Snapshot,
    audit_actions,
    files,
    fill,
    keyed_snapshot,
    snapshot,
)

if TYPE_CHECKING:
    from tests.services.conftest import Clock, Maker

PAGE = 4096


def _untouched(backups: BackupService, db_path: Path) -> tuple[Snapshot, list[str], list[str]]:
    return snapshot(db_path), files(db_path.parent), files(backups.folder)


@pytest.mark.parametrize("passphrase", ["wrong passphrase", None, PASSPHRASE.upper()])
def test_a_wrong_passphrase_fails_cleanly_and_writes_nothing(
    backups: BackupService, make: Maker, db_path: Path, passphrase: str | None
) -> None:
    fill(make)
    backup = backups.backup(passphrase=PASSPHRASE)
    before = _untouched(backups, db_path)

    with pytest.raises(WrongPassphraseError, match=r"clinic\.backup-.*\.sqlite\.enc") as raised:
        backups.restore(backup.path, passphrase=passphrase)
    with pytest.raises(WrongPassphraseError):
        backups.verify(backup.path, passphrase=passphrase)

    assert "Traceback" not in str(raised.value)
    assert _untouched(backups, db_path) == before


def _free_pages(data: bytes) -> set[int]:
    """The numbers of the pages on an SQLite file's freelist (they hold no data)."""
    free: set[int] = set()
    trunk = int.from_bytes(data[32:36], "big")
    while trunk:
        start = (trunk - 1) * PAGE
        count = int.from_bytes(data[start + 4 : start + 8], "big")
        leaves = data[start + 8 : start + 8 + 4 * count]
        free |= {
            trunk,
            *(int.from_bytes(leaves[i : i + 4], "big") for i in range(0, len(leaves), 4)),
        }
        trunk = int.from_bytes(data[start : start + 4], "big")
    return free


def _flip_middle_page(data: bytes) -> bytes:
    """Every bit of the page in use nearest the middle (changes to free pages harm nothing)."""
    free, middle = _free_pages(data), len(data) // PAGE // 2 + 1
    number = min(
        (n for n in range(2, len(data) // PAGE + 1) if n not in free), key=lambda n: abs(n - middle)
    )
    start = (number - 1) * PAGE
    return data[:start] + bytes(b ^ 0xFF for b in data[start : start + PAGE]) + data[start + PAGE :]


DAMAGE = {
    "bytes flipped in the middle": (False, _flip_middle_page),
    "truncated": (False, lambda data: data[: len(data) // 2]),
    "not a database": (False, lambda _: b"Just some notes, no database.\n" * 400),
    "empty": (False, lambda _: b""),
    "encrypted, a byte flipped in the middle": (
        True,
        lambda data: (
            data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 1]) + data[len(data) // 2 + 1 :]
        ),
    ),
    "encrypted, truncated": (True, lambda data: data[: len(data) // 2]),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_backup_is_refused_and_the_database_is_untouched(
    backups: BackupService,
    clinic: Clinic,
    make: Maker,
    db_path: Path,
    tmp_path: Path,
    damage: str,
) -> None:
    fill(make)
    encrypted, spoil = DAMAGE[damage]
    passphrase = PASSPHRASE if encrypted else None
    backup = backups.backup(passphrase=passphrase)
    damaged = tmp_path / f"damaged{backup.path.name[backup.path.name.index('.sqlite') :]}"
    damaged.write_bytes(spoil(backup.path.read_bytes()))
    before = _untouched(backups, db_path)

    with pytest.raises(BackupFileError, match="Nothing was restored") as raised:
        backups.restore(damaged, passphrase=passphrase)

    assert str(raised.value).startswith(damaged.name)
    assert _untouched(backups, db_path) == before
    assert CheckService(clinic.context).run().ok


def test_a_backup_from_a_newer_mesolog_or_another_program_is_refused(
    backups: BackupService, db_path: Path, tmp_path: Path
) -> None:
    newer = backups.backup().path
    connection = sqlite3.connect(str(newer))
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    other = tmp_path / "invoices.sqlite"
    connection = sqlite3.connect(str(other))
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = _untouched(backups, db_path)

    with pytest.raises(BackupFileError, match="written by a newer mesolog"):
        backups.restore(newer)
    with pytest.raises(BackupFileError, match="not a mesolog one"):
        backups.restore(other)
    with pytest.raises(DatabaseError, match="There is no backup file"):
        backups.restore(tmp_path / "missing.sqlite")
    with pytest.raises(DatabaseError, match="the open database itself"):
        backups.restore(db_path)

    assert _untouched(backups, db_path) == before


def test_a_copy_of_an_encrypted_database_is_not_restored_into_a_plain_one(
    secret_backups: BackupService, tmp_path: Path, clock: Clock
) -> None:
    taken = secret_backups.backup()
    with Clinic.open(str(tmp_path / "plain.sqlite"), actor="tester", clock=clock) as plain:
        backups = BackupService(plain.context, tmp_path / "plain-backups")
        before = snapshot(tmp_path / "plain.sqlite")
        with pytest.raises(BackupFileError, match="copy of an encrypted database") as raised:
            backups.restore(taken.path)
        assert "Nothing was restored" in str(raised.value)
        assert snapshot(tmp_path / "plain.sqlite") == before
        assert files(tmp_path / "plain-backups") == []


def test_a_backup_from_before_a_passphrase_change_says_why_it_is_refused(
    secret: Clinic, secret_backups: BackupService, db_path: Path, clock: Clock
) -> None:
    taken = secret_backups.backup()
    change_database_passphrase(secret, "a brand new passphrase")
    with Clinic.open(
        str(db_path), passphrase="a brand new passphrase", actor="tester", clock=clock
    ) as reopened:
        backups = BackupService(reopened.context, secret_backups.folder)
        before = keyed_snapshot(db_path, "a brand new passphrase")
        with pytest.raises(BackupFileError, match="before the passphrase was changed"):
            backups.restore(taken.path)
        assert keyed_snapshot(db_path, "a brand new passphrase") == before
        # The way out: give the backup the database's new passphrase, then restore it.
        change_passphrase(taken.path, DATABASE_PASSPHRASE, "a brand new passphrase")
        assert backups.restore(taken.path).patients == 2


# --- upgrades -------------------------------------------------------------------------------------


def test_a_backup_of_an_older_schema_is_upgraded_as_it_is_restored(
    backups: BackupService, clinic: Clinic, db_path: Path, tmp_path: Path
) -> None:
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert previous is not None
    if previous.down_revision is None:
        pytest.skip("the package ships one schema revision only")
    old = tmp_path / "old.sqlite"
    db = Database(URL.create("sqlite", database=str(old)))
    with db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), str(previous.down_revision))
        connection.commit()
    db.dispose()

    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    check = backups.verify(old)
    result = backups.restore(old)

    assert (check.revision, check.needs_upgrade) == (previous.down_revision, True)
    assert (result.upgraded_from, result.revision) == (previous.down_revision, head_revision())
    assert CheckService(clinic.context).run().ok
    assert audit_actions(db_path)[-1][2].startswith(
        f"from file sha256 {digest}, upgraded from schema {previous.down_revision};"
    )
    leftovers = [name for name in files(tmp_path) if "partial" in name or "upgrade" in name]
    assert leftovers == []


def test_an_encrypted_backup_of_an_older_schema_is_upgraded_keyed(
    secret_backups: BackupService, secret: Clinic, tmp_path: Path
) -> None:
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert previous is not None and previous.down_revision is not None
    old = tmp_path / "old.sqlite"
    db = Database(URL.create("sqlite", database=str(old)), passphrase=DATABASE_PASSPHRASE)
    with db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), str(previous.down_revision))
        connection.commit()
    db.dispose()

    result = secret_backups.restore(old)

    assert (result.upgraded_from, result.revision) == (previous.down_revision, head_revision())
    assert CheckService(secret.context).run().ok
    leftovers = [name for name in files(tmp_path) if "partial" in name or "upgrade" in name]
    assert leftovers == []
