"""Backup files of an SQLite database: online copies, their checks, and the files around them.

Copies are taken with SQLite's backup API through the app's own driver
(`sqlcipher3`), in one step: the source is read in a single read transaction,
so in WAL mode writers go on meanwhile and the copy holds exactly what was
committed when it began. A copy is a new private file (persistence.private_files)
that SQLite fills, in rollback-journal mode (no `-wal` beside it): a plain one,
which any SQLite tool opens, of a plain database; of a database encrypted with
SQLCipher, a file encrypted by SQLCipher with the same passphrase (`key` below),
which opens only with it. Every connection to such a copy (to take, check or
restore it) is keyed first.

Restoring goes the other way through the same API into the open database, as
one write transaction: every other connection sees either the old database or
the restored one, and a failure half-way leaves the old one.

A backup encrypted with a passphrase of its own is a file of another format
(persistence.backup_encryption).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher_dbapi
from sqlalchemy import Engine

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import Text, phrase, verbatim
from mesolog.persistence.encryption import connect_file
from mesolog.persistence.private_files import create_private_file, put_in_place
from mesolog.persistence.process_lock import LockHeldError, held

SQLITE_BUSY, SQLITE_LOCKED = 5, 6
CHUNK_BYTES = 1 << 20
_SIDE_FILES = ("-wal", "-shm", "-journal")
ABANDONED_PURPOSES = ("backup", "backup-encrypted")
"""The `scratch_file`s that `remove_abandoned` removes once their writer is gone: the copies
a backup (or safety copy, or copy before an upgrade) is written into before it is renamed."""
_ABANDONED = re.compile(
    rf"\..+\.(?:{'|'.join(ABANDONED_PURPOSES)})-[0-9a-f]{{8}}\.partial(?=$|-|\.lock$)"
)


class BackupFileError(DatabaseError):
    """A backup file cannot be used: damaged, cut short, not a database, from a newer mesolog."""


class DatabaseBusyError(DatabaseError):
    """Another connection kept the write lock for longer than the busy timeout."""


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the checks found in an SQLite file."""

    pages: int
    page_size: int
    integrity: tuple[str, ...]
    """`PRAGMA integrity_check`'s lines: ("ok",) when the file is whole."""
    broken_references: int
    """Rows `PRAGMA foreign_key_check` reports."""
    tables: frozenset[str]
    revision: str | None
    """The schema revision in `alembic_version`, None if the table is missing or empty."""
    patients: int | None
    sessions: int | None

    @property
    def whole(self) -> bool:
        return self.integrity == ("ok",) and self.broken_references == 0

    @property
    def problems(self) -> Text:
        """The checks' failures, for a message (empty when whole)."""
        integrity = (
            "" if self.integrity == ("ok",) else "integrity_check: " + "; ".join(self.integrity[:3])
        )
        if not self.broken_references:
            return verbatim(integrity)
        broken = phrase("Backups", "foreign_key_check: {count} broken references").having(
            count=self.broken_references
        )
        if not integrity:
            return broken
        return verbatim("{integrity}, {broken}").having(integrity=integrity, broken=broken)

    @property
    def is_mesolog(self) -> bool:
        return "alembic_version" in self.tables


# --- online copies -------------------------------------------------------------------------


def copy_online(engine: Engine, target: Path, *, key: str | None = None) -> None:
    """Copy the open database to `target` (a new file) while other connections go on.

    `key`: the passphrase of the engine's database when it is encrypted (SQLCipher);
    the copy is then encrypted with it too.
    """
    raw = engine.raw_connection()
    try:
        _copy(raw.driver_connection, target, source_name="The database", key=key)
    finally:
        raw.close()


def write_copy(engine: Engine, target: Path, *, key: str | None = None) -> None:
    """Copy the open database to `target`, a new file, as `copy_online` does: into a hidden
    file beside it, renamed to `target` once whole and on disk, so that a copy cut short
    leaves nothing behind and no file is ever overwritten. An OSError is left to the
    caller to word."""
    _refuse_existing(target)
    with scratch_file(target, "backup") as partial:
        copy_online(engine, partial, key=key)
        publish(partial, target)


def copy_file(source: Path, target: Path, *, key: str | None = None) -> None:
    """Copy an SQLite file (read-only, with any `-wal` beside it) to `target`, a new file;
    an encrypted one (SQLCipher) opened with `key` and copied encrypted with it."""
    try:
        connection = connect_file(
            read_only_uri(source), passphrase=key, location=str(source), uri=True
        )
    except sqlcipher_dbapi.Error as error:
        raise BackupFileError(
            phrase("Backups", "Cannot open {source}: {reason}.").having(
                source=source, reason=_reason(error)
            )
        ) from error
    try:
        _copy(connection, target, source_name=source.name, key=key)
    finally:
        connection.close()


def _copy(source: Any, target: Path, *, source_name: str, key: str | None) -> None:
    try:
        create_private_file(target)
        destination = _connect(target, key)
    except OSError as error:
        raise DatabaseError(
            phrase("Backups", "Cannot write {target}: {strerror}.").having(
                target=target, strerror=error.strerror
            )
        ) from error
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            phrase("Backups", "Cannot write {target}: {reason}.").having(
                target=target, reason=_reason(error)
            )
        ) from error
    try:
        source.backup(destination, progress=_give_up_when_busy)
        # One self-contained file: the copy of a WAL database would otherwise open in WAL.
        destination.execute("PRAGMA journal_mode = DELETE").fetchall()
    except _BusyError as error:
        raise DatabaseBusyError(
            phrase(
                "Backups", "{source_name} stayed locked by another connection; no copy was taken."
            ).having(source_name=source_name)
        ) from error
    except sqlcipher_dbapi.Error as error:
        raise BackupFileError(
            phrase(
                "Backups", "{source_name} is damaged or not an SQLite database: {reason}."
            ).having(source_name=source_name, reason=_reason(error))
        ) from error
    finally:
        destination.close()


def restore_online(source: Path, engine: Engine, *, key: str | None = None) -> None:
    """Replace the whole content of the engine's database with the SQLite file `source`.

    One write transaction through the backup API: it waits for other writers up
    to the busy timeout, then gives up (DatabaseBusyError) with nothing changed.
    The pool is emptied before and after, so no idle connection keeps old state.
    `source` must be encrypted (with `key`) exactly when the engine's database is:
    SQLCipher's backup API copies between two encrypted files or two plain ones.
    """
    engine.dispose()
    raw = engine.raw_connection()
    try:
        copy = connect_file(read_only_uri(source), passphrase=key, location=str(source), uri=True)
        try:
            copy.backup(raw.driver_connection, progress=_give_up_when_busy)
        finally:
            copy.close()
    except _BusyError as error:
        raise DatabaseBusyError(
            phrase(
                "Backups",
                "Another window or workstation kept writing to the database; nothing was restored. "
                "Try again when it is idle.",
            )
        ) from error
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            phrase(
                "Backups", "Restoring into the database failed and was rolled back: {reason}."
            ).having(reason=_reason(error))
        ) from error
    finally:
        raw.close()
        engine.dispose()


class _BusyError(Exception):
    pass


def _give_up_when_busy(status: int, _remaining: int, _total: int) -> None:
    # The driver retries a busy step for ever; the busy timeout has already been waited.
    if status in (SQLITE_BUSY, SQLITE_LOCKED):
        raise _BusyError


# --- checks --------------------------------------------------------------------------------


def examine(path: Path, *, label: str, key: str | None = None) -> FileFacts:
    """Check an SQLite file read-only (an encrypted one opened with `key`); `label` names it
    in the error if it is no database."""
    try:
        connection = connect_file(read_only_uri(path), passphrase=key, location=label, uri=True)
        try:
            return _facts(connection)
        finally:
            connection.close()
    except sqlcipher_dbapi.Error as error:
        raise BackupFileError(
            phrase("Backups", "{label} is damaged or not an SQLite database: {reason}.").having(
                label=label, reason=_reason(error)
            )
        ) from error


def examine_open(engine: Engine) -> FileFacts:
    """The same checks on the engine's own database, through one of its connections."""
    raw = engine.raw_connection()
    try:
        return _facts(raw.driver_connection)
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            phrase("Backups", "The database fails its checks: {reason}.").having(
                reason=_reason(error)
            )
        ) from error
    finally:
        raw.close()


def _facts(connection: Any) -> FileFacts:
    def one(sql: str) -> Any:
        return connection.execute(sql).fetchone()[0]

    integrity = tuple(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
    broken = len(connection.execute("PRAGMA foreign_key_check").fetchall())
    tables = frozenset(
        str(row[0])
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    )
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
    return FileFacts(
        pages=int(one("PRAGMA page_count")),
        page_size=int(one("PRAGMA page_size")),
        integrity=integrity,
        broken_references=broken,
        tables=tables,
        revision=revision,
        patients=int(one("SELECT count(*) FROM patients")) if "patients" in tables else None,
        sessions=int(one("SELECT count(*) FROM sessions")) if "sessions" in tables else None,
    )


# --- files ---------------------------------------------------------------------------------


def publish(partial: Path, target: Path) -> None:
    """Put the finished `partial` in place as `target`, which must not exist yet, durably
    (persistence.private_files.put_in_place)."""
    _refuse_existing(target)
    put_in_place(partial, target)


def scratch_path(beside: Path, purpose: str) -> Path:
    """A new hidden file name beside `beside`, for work not meant to stay."""
    return beside.with_name(f".{beside.name}.{purpose}-{secrets.token_hex(4)}.partial")


@contextlib.contextmanager
def scratch_file(beside: Path, purpose: str) -> Iterator[Path]:
    """A `scratch_path` held for the block by a lock file of its own (persistence.process_lock),
    and removed, with whatever SQLite left beside it, at the block's end. The lock is taken
    before the file is made and let go after it is gone (renamed into place, or removed),
    so whoever takes the lock of one found knows that its writer was killed: see
    `remove_abandoned`. `purpose` is one of ABANDONED_PURPOSES."""
    path = scratch_path(beside, purpose)
    busy = phrase("Backups", "{name} is being written already.").having(name=path.name)
    with held(_scratch_lock(path), busy=busy):
        try:
            yield path
        finally:
            remove_database_file(path)


def remove_abandoned(folder: Path) -> None:
    """Removes from `folder` the `scratch_file`s (and their lock files) that a killed
    writer left: those whose lock no one holds. One being written is left alone."""
    found = sorted({m[0] for p in folder.iterdir() if (m := _ABANDONED.match(p.name))})
    for name in found:
        scratch = folder / name
        with contextlib.suppress(LockHeldError), held(_scratch_lock(scratch), busy=verbatim("")):
            remove_database_file(scratch)


def _scratch_lock(scratch: Path) -> Path:
    return scratch.with_name(scratch.name + ".lock")


def sha256_of(path: Path) -> str:
    """The SHA-256 of the file's bytes, in hexadecimal (what `sha256sum` prints)."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def remove_database_file(path: Path) -> None:
    """Remove an SQLite file and whatever SQLite may have left beside it."""
    for name in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


def _refuse_existing(target: Path) -> None:
    if target.exists():
        raise DatabaseError(
            phrase("Backups", "{target} exists already; a backup never overwrites a file.").having(
                target=target
            )
        )


def _connect(path: Path, key: str | None) -> Any:
    return connect_file(str(path), passphrase=key, location=str(path))


def read_only_uri(path: Path) -> str:
    """Read-only; without a `-wal` beside it also immutable, so SQLite leaves no `-shm`."""
    wal = path.with_name(path.name + "-wal")
    return f"{path.resolve().as_uri()}?mode=ro{'' if wal.exists() else '&immutable=1'}"


def _reason(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
