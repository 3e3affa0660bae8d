"""Backup files of an SQLite database: online copies, their checks, and passphrase encryption.

Copies are taken with SQLite's backup API through the app's own driver
(`sqlcipher3`), in one step: the source is read in a single read transaction,
so in WAL mode writers go on meanwhile and the copy holds exactly what was
committed when it began. A copy is an SQLite file in rollback-journal mode (no
`-wal` beside it): a plain one, which any SQLite tool opens, of a plain
database; of a database encrypted with SQLCipher, a file encrypted by SQLCipher
with the same passphrase (`key` below), which opens only with it. Every
connection to such a copy (to take, check or restore it) is keyed first.

Restoring goes the other way through the same API into the open database, as
one write transaction: every other connection sees either the old database or
the restored one, and a failure half-way leaves the old one.

Encrypted backups (format version 1), all integers big-endian:

    offset size
     0     16   magic b"MESOLOG-BACKUP\\n\\x00"
    16      1   format version (1)
    17      1   key derivation (1 = scrypt)
    18      1   scrypt log2(N)
    19      1   scrypt r
    20      1   scrypt p
    21     16   salt (random)
    37      4   chunk size in bytes
    41      7   nonce prefix (random)
    48     16   key check: the AES-GCM tag of nothing, with nonce prefix‖FFFFFFFF‖02
                and the 48 bytes before it as associated data
    64      …   the chunks: each chunk of the plain file (the last may be shorter,
                even empty) encrypted with AES-256-GCM, its 16-byte tag after it

The key is scrypt(passphrase in Unicode NFC as UTF-8, salt). Chunk i has the
nonce prefix‖i (4 bytes)‖01 for the last chunk, 00 for the others, and the
64-byte header as associated data: a changed header, a chunk changed, moved,
removed or added, or a file cut short all fail authentication. The key check
tells a wrong passphrase (or a damaged header) from damaged content. Nothing
is written outside the target file, which the caller removes on failure.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import struct
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3.dbapi2 as sqlcipher_dbapi
from alembic.script import ScriptDirectory
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import Engine

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.encryption import connect_file
from mesolog.persistence.migrate import alembic_config

MAGIC = b"MESOLOG-BACKUP\n\x00"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
_FIELDS = struct.Struct(">16sBBBBB16sI7s")
HEADER_SIZE = _FIELDS.size + TAG_SIZE
_CHECK_COUNTER = b"\xff\xff\xff\xff\x02"
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupFileError(DatabaseError):
    """A backup file cannot be used: damaged, cut short, not a database, from a newer mesolog."""


class WrongPassphraseError(BackupFileError):
    """The passphrase does not open an encrypted backup."""


class DatabaseBusyError(DatabaseError):
    """Another connection kept the write lock for longer than the busy timeout."""


@dataclass(frozen=True, slots=True)
class ScryptCost:
    """Scrypt's parameters: memory is 128 · 2^log2_n · r bytes (128 MiB by default)."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    def problem(self) -> str | None:
        """Why these parameters are refused when read from a file (they bound the work)."""
        if not 10 <= self.log2_n <= 22 or not 1 <= self.r <= 32 or not 1 <= self.p <= 16:
            return f"scrypt parameters out of range (log2 N={self.log2_n}, r={self.r}, p={self.p})"
        if 128 * self.r * (1 << self.log2_n) > 1 << 30:
            return "scrypt parameters asking for more than 1 GiB of memory"
        return None


DEFAULT_COST = ScryptCost()


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
    def problems(self) -> str:
        """The checks' failures, for a message (empty when whole)."""
        found = (
            []
            if self.integrity == ("ok",)
            else ["integrity_check: " + "; ".join(self.integrity[:3])]
        )
        if self.broken_references:
            found.append(f"foreign_key_check: {self.broken_references} broken references")
        return ", ".join(found)

    @property
    def is_mesolog(self) -> bool:
        return "alembic_version" in self.tables


def known_revisions() -> frozenset[str]:
    """Every schema revision this program ships (an unknown one is from a newer mesolog)."""
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


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


def copy_file(source: Path, target: Path, *, key: str | None = None) -> None:
    """Copy an SQLite file (read-only, with any `-wal` beside it) to `target`, a new file;
    an encrypted one (SQLCipher) opened with `key` and copied encrypted with it."""
    try:
        connection = connect_file(
            _read_only_uri(source), passphrase=key, location=str(source), uri=True
        )
    except sqlcipher_dbapi.Error as error:
        raise BackupFileError(f"Cannot open {source}: {_reason(error)}.") from error
    try:
        _copy(connection, target, source_name=source.name, key=key)
    finally:
        connection.close()


def _copy(source: Any, target: Path, *, source_name: str, key: str | None) -> None:
    try:
        destination = _connect(target, key)
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(f"Cannot write {target}: {_reason(error)}.") from error
    try:
        source.backup(destination, progress=_give_up_when_busy)
        # One self-contained file: the copy of a WAL database would otherwise open in WAL.
        destination.execute("PRAGMA journal_mode = DELETE").fetchall()
    except _BusyError as error:
        raise DatabaseBusyError(
            f"{source_name} stayed locked by another connection; no copy was taken."
        ) from error
    except sqlcipher_dbapi.Error as error:
        raise BackupFileError(
            f"{source_name} is damaged or not an SQLite database: {_reason(error)}."
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
        copy = connect_file(_read_only_uri(source), passphrase=key, location=str(source), uri=True)
        try:
            copy.backup(raw.driver_connection, progress=_give_up_when_busy)
        finally:
            copy.close()
    except _BusyError as error:
        raise DatabaseBusyError(
            "Another window or workstation kept writing to the database; nothing was "
            "restored. Try again when it is idle."
        ) from error
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            f"Restoring into the database failed and was rolled back: {_reason(error)}."
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
        connection = connect_file(_read_only_uri(path), passphrase=key, location=label, uri=True)
        try:
            return _facts(connection)
        finally:
            connection.close()
    except sqlcipher_dbapi.Error as error:
        raise BackupFileError(
            f"{label} is damaged or not an SQLite database: {_reason(error)}."
        ) from error


def examine_open(engine: Engine) -> FileFacts:
    """The same checks on the engine's own database, through one of its connections."""
    raw = engine.raw_connection()
    try:
        return _facts(raw.driver_connection)
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(f"The database fails its checks: {_reason(error)}.") from error
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


# --- encryption ----------------------------------------------------------------------------


def is_encrypted(path: Path) -> bool:
    """Whether the file starts as an encrypted mesolog backup does."""
    with path.open("rb") as file:
        return file.read(len(MAGIC)) == MAGIC


def encrypt_file(
    source: Path,
    target: Path,
    passphrase: str,
    *,
    cost: ScryptCost = DEFAULT_COST,
    chunk_size: int = CHUNK_SIZE,
) -> None:
    """Write `source` encrypted with `passphrase` to `target`, a new file (see the format above)."""
    if cost.problem() is not None:
        raise ValueError(cost.problem())
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(7)
    fields = _FIELDS.pack(
        MAGIC, FORMAT_VERSION, KDF_SCRYPT, cost.log2_n, cost.r, cost.p, salt, chunk_size, prefix
    )
    cipher = AESGCM(_key(passphrase, salt, cost))
    header = fields + cipher.encrypt(prefix + _CHECK_COUNTER, b"", fields)
    with source.open("rb") as plain, target.open("xb") as out:
        out.write(header)
        for index, chunk, last in _chunks(plain, chunk_size):
            out.write(cipher.encrypt(_nonce(prefix, index, last), chunk, header))


def decrypt_file(source: Path, target: Path, passphrase: str, *, label: str) -> None:
    """Write the plain content of the encrypted backup `source` to `target`, a new file.

    Raises WrongPassphraseError or BackupFileError (naming the file as `label`);
    `target` may then hold part of the content: the caller removes it.
    """
    with source.open("rb") as encrypted:
        header = encrypted.read(HEADER_SIZE)
        cipher, prefix, chunk_size = _open_header(header, passphrase, label)
        with target.open("xb") as out:
            for index, block, last in _chunks(encrypted, chunk_size + TAG_SIZE):
                if len(block) < TAG_SIZE:
                    raise BackupFileError(f"{label} is cut short: its last part is missing.")
                try:
                    out.write(cipher.decrypt(_nonce(prefix, index, last), block, header))
                except InvalidTag as error:
                    offset = HEADER_SIZE + index * (chunk_size + TAG_SIZE)
                    raise BackupFileError(
                        f"{label} is damaged or cut short: the part that starts at byte "
                        f"{offset} does not match what was encrypted."
                    ) from error


def _open_header(header: bytes, passphrase: str, label: str) -> tuple[AESGCM, bytes, int]:
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        raise BackupFileError(f"{label} is not an encrypted mesolog backup.")
    _, version, kdf, log2_n, r, p, salt, chunk_size, prefix = _FIELDS.unpack(header[: _FIELDS.size])
    if version != FORMAT_VERSION or kdf != KDF_SCRYPT:
        raise BackupFileError(
            f"{label} was encrypted by a newer mesolog (format {version}, key derivation "
            f"{kdf}); this version reads format {FORMAT_VERSION}. Update mesolog."
        )
    cost = ScryptCost(log2_n, r, p)
    problem = cost.problem()
    if problem is not None or not 1 <= chunk_size <= 1 << 26:
        raise BackupFileError(
            f"{label} has a damaged header ({problem or f'chunk size {chunk_size}'})."
        )
    cipher = AESGCM(_key(passphrase, salt, cost))
    try:
        cipher.decrypt(prefix + _CHECK_COUNTER, header[_FIELDS.size :], header[: _FIELDS.size])
    except InvalidTag as error:
        raise WrongPassphraseError(
            f"The passphrase does not open {label} (or the file's header is damaged)."
        ) from error
    return cipher, prefix, chunk_size


def _key(passphrase: str, salt: bytes, cost: ScryptCost) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=salt, length=32, n=1 << cost.log2_n, r=cost.r, p=cost.p)
    return kdf.derive(secret)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if index >= 0xFFFFFFFF:
        raise BackupFileError("The file is too large for the backup format.")
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _chunks(file: BinaryIO, size: int) -> Iterator[tuple[int, bytes, bool]]:
    """(index, chunk, is last) over a file: at least one chunk, empty if the file is."""
    current, index = file.read(size), 0
    while True:
        following = file.read(size)
        yield index, current, not following
        if not following:
            return
        current, index = following, index + 1


# --- files ---------------------------------------------------------------------------------


def publish(partial: Path, target: Path) -> None:
    """Flush `partial` to disk and rename it to `target`, which must not exist yet."""
    with partial.open("r+b") as file:
        os.fsync(file.fileno())
    if target.exists():
        raise DatabaseError(f"{target} exists already; a backup never overwrites a file.")
    partial.replace(target)
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows cannot open a folder, and needs not)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def scratch_path(beside: Path, purpose: str) -> Path:
    """A new hidden file name beside `beside`, for work not meant to stay."""
    return beside.with_name(f".{beside.name}.{purpose}-{secrets.token_hex(4)}.partial")


def remove_database_file(path: Path) -> None:
    """Remove an SQLite file and whatever SQLite may have left beside it."""
    for name in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


def _connect(path: Path, key: str | None) -> Any:
    return connect_file(str(path), passphrase=key, location=str(path))


def _read_only_uri(path: Path) -> str:
    """Read-only; without a `-wal` beside it also immutable, so SQLite leaves no `-shm`."""
    wal = path.with_name(path.name + "-wal")
    return f"{path.resolve().as_uri()}?mode=ro{'' if wal.exists() else '&immutable=1'}"


def _reason(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
