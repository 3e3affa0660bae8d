"""Encryption at rest with SQLCipher, on real files: creating, opening, refusing, and
upgrading an encrypted database (converting one is in test_conversion.py)."""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlite3
from alembic import command
from sqlalchemy import text

from mesolog.domain.errors import KnownError
from mesolog.persistence.backup_files import examine
from mesolog.persistence.database import Database
from mesolog.persistence.encryption import SQLITE_HEADER, is_encrypted_database, key_pragma
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.clinic import (
    Clinic,
    NotEncryptedError,
    PassphraseNeededError,
    WrongDatabasePassphraseError,
    database_is_encrypted,
)
from mesolog.services.encryption import DatabaseKind, database_kind
from tests.persistence.encryption_support import (
    FAMILY,
    PASSPHRASE,
    add_patient,
    files_of,
    holding,
    open_clinic,
)


def _keyed(path: Path, passphrase: str) -> Any:
    connection = sqlite3.connect(str(path))
    connection.execute(key_pragma(passphrase))
    return connection


# --- creating and opening ------------------------------------------------------------------


def test_an_encrypted_database_reopens_with_its_passphrase(encrypted: Path) -> None:
    assert is_encrypted_database(encrypted)
    assert database_is_encrypted(str(encrypted))
    assert database_kind(str(encrypted))[0] is DatabaseKind.ENCRYPTED
    with open_clinic(encrypted) as clinic:
        assert clinic.context.db.encrypted
        assert [p.family_name for p in clinic.patients.search("")] == [FAMILY]
        assert clinic.migration is not None and not clinic.migration.changed
        assert PASSPHRASE not in repr(clinic.context.db)


def test_the_file_and_its_log_hold_no_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "secret.sqlite"
    secrets = (SQLITE_HEADER[:15], FAMILY.encode(), FAMILY.encode("utf-16-le"), b"lidocaine")
    with open_clinic(path) as clinic:
        add_patient(clinic)
        # While open, the changes are in the write-ahead log: encrypted too.
        wal = path.with_name(path.name + "-wal").read_bytes()
        assert wal
        for plain in secrets:
            assert plain not in wal
    data = path.read_bytes()
    for plain in secrets:
        assert plain not in data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.sqlite"]


@pytest.mark.parametrize("wrong", ["wrong passphrase", PASSPHRASE.upper(), PASSPHRASE + " "])
def test_a_wrong_passphrase_is_a_clear_error_and_writes_nothing(
    encrypted: Path, wrong: str
) -> None:
    before = files_of(encrypted)
    with pytest.raises(WrongDatabasePassphraseError) as raised:
        open_clinic(encrypted, wrong)
    message = str(raised.value)
    assert str(encrypted) in message
    assert "nothing was changed" in message
    assert wrong not in message and PASSPHRASE not in message
    assert raised.value.location == str(encrypted)
    assert files_of(encrypted) == before == {"secret.sqlite": before["secret.sqlite"]}


def test_a_wrong_passphrase_leaves_a_live_write_ahead_log_alone(encrypted: Path) -> None:
    """Another workstation has the database open, with changes still in its log."""
    with holding(encrypted, PASSPHRASE, add=True):
        before = files_of(encrypted)
        assert set(before) == {"secret.sqlite", "secret.sqlite-wal", "secret.sqlite-shm"}
        with pytest.raises(WrongDatabasePassphraseError):
            open_clinic(encrypted, "wrong passphrase")
        assert files_of(encrypted) == before
    with open_clinic(encrypted) as clinic:
        assert len(clinic.patients.search("")) == 2


def test_a_wrong_passphrase_leaves_the_log_of_a_crash_alone(
    encrypted: Path, tmp_path: Path
) -> None:
    """A `-wal` left by a crash is neither replayed nor checkpointed by a wrong passphrase
    (an ordinary connection would write it into the database on closing)."""
    crashed = tmp_path / "crashed" / "secret.sqlite"
    crashed.parent.mkdir()
    with open_clinic(encrypted) as clinic:
        add_patient(clinic, "Papadaki")
        for suffix in ("", "-wal"):
            source = encrypted.with_name(encrypted.name + suffix)
            crashed.with_name(crashed.name + suffix).write_bytes(source.read_bytes())
    before = files_of(crashed)
    assert set(before) == {"secret.sqlite", "secret.sqlite-wal"}

    with pytest.raises(WrongDatabasePassphraseError):
        open_clinic(crashed, "wrong passphrase")

    assert files_of(crashed) == before
    with open_clinic(crashed) as clinic:
        assert len(clinic.patients.search("")) == 2


def test_without_a_passphrase_an_encrypted_file_asks_for_one(encrypted: Path) -> None:
    before = files_of(encrypted)
    with pytest.raises(PassphraseNeededError) as raised:
        open_clinic(encrypted, None)
    assert raised.value.location == str(encrypted)
    assert "is encrypted" in str(raised.value)
    with pytest.raises(PassphraseNeededError):
        open_clinic(encrypted, None, migrate=False, create=False)
    assert files_of(encrypted) == before


def test_a_plain_file_opened_with_a_passphrase_is_refused(demo: Path) -> None:
    before = files_of(demo)
    with pytest.raises(NotEncryptedError, match="is not encrypted; open it without a passphrase"):
        open_clinic(demo)
    assert files_of(demo) == before
    assert not database_is_encrypted(str(demo))
    assert database_kind(str(demo))[0] is DatabaseKind.PLAIN


@pytest.mark.parametrize(
    ("passphrase", "message"),
    [("", "passphrase is empty"), ("   ", "passphrase is empty"), ("short", "at least 8")],
)
def test_a_new_database_needs_a_passphrase_worth_the_name(
    tmp_path: Path, passphrase: str, message: str
) -> None:
    path = tmp_path / "new.sqlite"
    with pytest.raises(KnownError, match=message):
        open_clinic(path, passphrase)
    assert not path.exists()


def test_a_passphrase_is_the_same_in_any_unicode_form(tmp_path: Path) -> None:
    path = tmp_path / "accents.sqlite"
    composed = unicodedata.normalize("NFC", "Café crème brûlée")
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    with open_clinic(path, composed) as clinic:
        add_patient(clinic)
    with open_clinic(path, decomposed) as clinic:
        assert [p.family_name for p in clinic.patients.search("")] == [FAMILY]
    with pytest.raises(WrongDatabasePassphraseError):
        open_clinic(path, "Cafe creme brulee")


def test_a_server_database_takes_no_passphrase() -> None:
    with pytest.raises(KnownError, match="only SQLite files are encrypted"):
        Clinic.open("postgresql+psycopg://nobody@localhost/none", passphrase=PASSPHRASE)


def test_the_pool_keys_every_connection(encrypted: Path) -> None:
    """Connections opened later (other threads) are keyed as the first was."""
    with open_clinic(encrypted) as clinic:
        found: list[int] = []

        def read() -> None:
            with clinic.context.db.read() as s:
                found.append(len(list(s.execute(text("SELECT id FROM patients")))))

        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert found == [1, 1, 1, 1]


# --- upgrading -----------------------------------------------------------------------------


def test_an_encrypted_database_of_an_older_schema_is_upgraded_after_a_keyed_copy(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    db = Database(resolve_database_url(str(path)), passphrase=PASSPHRASE)
    with db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.commit()
    db.dispose()
    assert is_encrypted_database(path)

    with open_clinic(path) as clinic:
        assert clinic.migration is not None
        assert (clinic.migration.from_revision, clinic.migration.to_revision) == (
            "0001",
            head_revision(),
        )
        copy = clinic.migration.backup
        add_patient(clinic)
    assert copy is not None
    assert copy.name == "old.before-upgrade-0001-20260310T120000Z.sqlite"
    assert is_encrypted_database(copy)
    facts = examine(copy, label="copy", key=PASSPHRASE)
    assert (facts.whole, facts.revision) == (True, "0001")
    with pytest.raises(WrongDatabasePassphraseError):
        examine(copy, label="copy", key="not the passphrase")
    connection = _keyed(path, PASSPHRASE)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    finally:
        connection.close()
