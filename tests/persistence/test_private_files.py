"""Files mesolog creates are 0600 and its folders 0700, whatever the umask; SQLite's own
files follow the database file's mode; what exists already is left as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.backup_files import write_copy
from mesolog.persistence.database import Database
from mesolog.persistence.encryption import connect_file, is_encrypted_database
from mesolog.persistence.private_files import (
    create_private_file,
    create_private_file_unless_present,
    make_private_folder,
    open_private_file,
)
from tests.persistence.private_support import mode, not_private, process_umask

PASSPHRASE = "a clinic's own passphrase"
UMASKS = [0o000, 0o002, 0o022, 0o077, 0o277]
"""Open ones, the usual ones, and one that even takes the owner's write bit away."""


@pytest.mark.parametrize("umask", UMASKS, ids=oct)
def test_a_new_file_is_0600_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    with process_umask(umask):
        create_private_file(tmp_path / "empty")
        with open_private_file(tmp_path / "written") as out:
            out.write(b"health data")
        create_private_file_unless_present(tmp_path / "claimed")
    assert {name: mode(tmp_path / name) for name in ("empty", "written", "claimed")} == {
        "empty": 0o600,
        "written": 0o600,
        "claimed": 0o600,
    }
    assert (tmp_path / "empty").read_bytes() == b""
    assert (tmp_path / "written").read_bytes() == b"health data"


def test_a_file_already_there_is_never_overwritten_nor_changed(tmp_path: Path) -> None:
    existing = tmp_path / "kept"
    existing.write_bytes(b"before")
    existing.chmod(0o640)
    with pytest.raises(FileExistsError):
        create_private_file(existing)
    with pytest.raises(FileExistsError):
        open_private_file(existing)
    create_private_file_unless_present(existing)
    assert (existing.read_bytes(), mode(existing)) == (b"before", 0o640)


@pytest.mark.parametrize("umask", UMASKS, ids=oct)
def test_missing_folders_are_made_0700_and_a_chosen_one_is_left_alone(
    tmp_path: Path, umask: int
) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    chosen.chmod(0o755)
    with process_umask(umask):
        make_private_folder(chosen / "a" / "b" / "c")
        make_private_folder(chosen / "a" / "b" / "c")  # there already: nothing to do
        make_private_folder(chosen)
    assert mode(chosen) == 0o755
    assert not_private(chosen) == {}
    assert [p.relative_to(chosen).as_posix() for p in sorted(chosen.rglob("*"))] == [
        "a",
        "a/b",
        "a/b/c",
    ]


def test_a_file_in_the_way_of_a_folder_is_an_error(tmp_path: Path) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("not a folder")
    with pytest.raises(NotADirectoryError):
        make_private_folder(in_the_way)
    with pytest.raises(OSError):
        make_private_folder(in_the_way / "backups")
    assert in_the_way.read_text() == "not a folder"


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_new_database_and_its_wal_and_shm_are_0600(
    tmp_path: Path, passphrase: str | None
) -> None:
    path = tmp_path / "clinic.sqlite"
    with process_umask(0o000):
        db = Database(URL.create("sqlite", database=str(path)), passphrase=passphrase)
        try:
            with db.write() as s:
                s.execute(text("CREATE TABLE notes (body TEXT)"))
                s.execute(text("INSERT INTO notes VALUES ('private')"))
            assert {p.name: mode(p) for p in tmp_path.iterdir()} == {
                "clinic.sqlite": 0o600,
                "clinic.sqlite-wal": 0o600,
                "clinic.sqlite-shm": 0o600,
            }
        finally:
            db.dispose()
    assert is_encrypted_database(path) is (passphrase is not None)
    reopened = Database(URL.create("sqlite", database=str(path)), passphrase=passphrase)
    try:
        with reopened.read() as s:
            assert s.execute(text("SELECT body FROM notes")).scalars().all() == ["private"]
    finally:
        reopened.dispose()


def test_a_rollback_journal_takes_the_private_files_mode(tmp_path: Path) -> None:
    """What the copies rely on: SQLite gives its journal the database file's mode."""
    path = tmp_path / "copy.sqlite"
    with process_umask(0o000):
        create_private_file(path)
        connection = connect_file(str(path), passphrase=None, location=str(path))
        try:
            connection.execute("CREATE TABLE t (x)")
            connection.execute("BEGIN")
            connection.execute("INSERT INTO t VALUES (1)")
            assert mode(tmp_path / "copy.sqlite-journal") == 0o600
            connection.execute("COMMIT")
        finally:
            connection.close()
    assert not_private(tmp_path) == {}


def test_an_existing_database_keeps_the_mode_it_was_given(tmp_path: Path) -> None:
    """A database file a person (or an older mesolog) made is theirs: its mode is kept,
    and SQLite gives its log the same."""
    path = tmp_path / "shared.sqlite"
    first = Database(URL.create("sqlite", database=str(path)))
    with first.write() as s:
        s.execute(text("CREATE TABLE t (x)"))
    first.dispose()
    path.chmod(0o640)
    with process_umask(0o000):
        db = Database(URL.create("sqlite", database=str(path)))
        try:
            with db.write() as s:
                s.execute(text("INSERT INTO t VALUES (1)"))
            assert mode(path) == mode(tmp_path / "shared.sqlite-wal") == 0o640
        finally:
            db.dispose()


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_copy_of_the_database_is_0600(tmp_path: Path, passphrase: str | None) -> None:
    db = Database(
        URL.create("sqlite", database=str(tmp_path / "clinic.sqlite")), passphrase=passphrase
    )
    try:
        with db.write() as s:
            s.execute(text("CREATE TABLE t (x)"))
        with process_umask(0o000):
            write_copy(db.engine, tmp_path / "copy.sqlite", key=passphrase)
    finally:
        db.dispose()
    assert mode(tmp_path / "copy.sqlite") == 0o600
    assert is_encrypted_database(tmp_path / "copy.sqlite") is (passphrase is not None)


def test_a_database_that_cannot_be_created_says_where(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    db = Database(URL.create("sqlite", database=str(not_a_folder / "clinic.sqlite")))
    try:
        refused = pytest.raises(DatabaseError, match=r"^Cannot create the database .*sqlite: ")
        with refused, db.read() as s:
            s.execute(text("SELECT 1"))
    finally:
        db.dispose()
