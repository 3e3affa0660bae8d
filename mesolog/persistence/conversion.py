"""Encrypting an existing plain database, and changing an encrypted one's passphrase.

Both write a new file with SQLCipher's `sqlcipher_export` and swap it into place;
the database file is never changed page by page, so a failure (or a crash) at
any point before the swap leaves it exactly as it was:

1. The database is opened alone: its connection takes SQLite's exclusive lock
   and keeps it to the end (`locking_mode = EXCLUSIVE`), after switching it out
   of WAL, which SQLite refuses while any other connection has the file open —
   the app in this process or on another workstation, or another program. Then
   nothing is done (DatabaseInUseError): mesolog must be closed everywhere first.
   Holding that lock, it removes what a conversion killed earlier left beside
   the database (its hidden new file and the plain copy's scratch file): no
   conversion can be under way anywhere else.
2. `ATTACH DATABASE 'NEW' AS encrypted KEY '…'` and `sqlcipher_export` copy the
   schema, every row, the triggers and the header's user version into a new
   file beside the database (hidden, `.partial`), created private (0600,
   persistence.private_files) before SQLite writes to it: it becomes the database.
3. The new file is opened with the new passphrase and checked: integrity_check,
   foreign_key_check, and the same number of rows in every table as the source.
4. The conversion's audit entry is written into the new file (`entry`, given by
   the service, which knows the audit log), so that the database is replaced
   together with its entry: a kill at any moment leaves the old database without
   it or the new one with it.
5. Encrypting: the plain database is copied (backup API, under the same lock) to
   `NAME.before-encryption-TIMESTAMP.sqlite` beside it, the name the entry gives.
   That copy is NOT encrypted: delete it (securely) once the encrypted database
   is known to open. (A kill between this step and the next leaves it beside the
   plain database it copies.)
6. The new file replaces the database in one rename, while the lock still keeps
   everyone out (on Windows, which cannot replace an open file, just after
   letting go of it): the folder synced first (the database's `-wal`, removed when it
   left WAL, stays removed), then the new file, the rename and the folder again
   (persistence.private_files.put_in_place), so a power cut at any instant leaves a
   database that opens, the old one or the new.

Backups taken before a conversion stay as they were: plain, or encrypted with
the former passphrase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher_dbapi

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import phrase
from mesolog.persistence.backup_files import publish, remove_database_file, scratch_path
from mesolog.persistence.conversion_checks import check_copy, reason_of, row_counts
from mesolog.persistence.encryption import (
    check_new_passphrase,
    connect_file,
    is_encrypted_database,
    is_plain_database,
    normalised,
)
from mesolog.persistence.private_files import create_private_file, put_in_place, sync_folder

IN_USE_WAIT_MS = 2_000
"""How long to wait for other connections to let go before saying the database is in use."""
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
STAMP = "%Y%m%dT%H%M%SZ"
KILLED_NEW_FILE = "encrypt"
"""The purpose in the scratch name of the new file (persistence.backup_files.scratch_path)."""
PLAIN_COPY = "before-encryption"


class DatabaseInUseError(DatabaseError):
    """Another connection has the database open, so it cannot be rewritten now."""


@dataclass(frozen=True, slots=True)
class ConversionResult:
    path: Path
    """The database, now encrypted with the new passphrase."""
    plain_copy: Path | None
    """Encrypting: the database as it was, NOT encrypted (delete it once checked)."""
    tables: int
    rows: int
    """Rows copied: in every table, as many in the new file as in the old one (before
    the conversion's audit entry was added to it)."""


EntryWriter = Callable[[Path, str, Path | None], None]
"""Writes the conversion's audit entry into the new file (step 4): given the file, the
passphrase it is encrypted with, and where the plain copy will be (None when none is kept)."""


def convert_to_encrypted(
    path: Path, passphrase: str, *, now: dt.datetime, entry: EntryWriter | None = None
) -> ConversionResult:
    """Encrypt the plain SQLite database at `path` with `passphrase` (see the module's doc),
    with the audit entry `entry` writes."""
    passphrase = check_new_passphrase(passphrase)
    _require_file(path)
    if is_encrypted_database(path):
        raise DatabaseError(
            phrase(
                "Encryption",
                "The database {path} is encrypted already (or is not an SQLite database); nothing "
                "was changed.",
            ).having(path=path)
        )
    if not is_plain_database(path):
        raise DatabaseError(
            phrase("Encryption", "{path} is not an SQLite database; nothing was changed.").having(
                path=path
            )
        )
    return _rewrite(path, None, passphrase, keep_plain=now, entry=entry)


def change_passphrase(
    path: Path, current: str, new: str, *, entry: EntryWriter | None = None
) -> ConversionResult:
    """Encrypt the database at `path`, now opened with `current`, with `new` instead, with
    the audit entry `entry` writes."""
    new = check_new_passphrase(new)
    current = normalised(current)
    _require_file(path)
    if not is_encrypted_database(path):
        raise DatabaseError(
            phrase(
                "Encryption",
                "The database {path} is not encrypted, so it has no passphrase to change; encrypt "
                "it with `mesolog encrypt`. Nothing was changed.",
            ).having(path=path)
        )
    if new == current:
        raise DatabaseError(
            phrase("Encryption", "The new passphrase is the current one; nothing was changed.")
        )
    return _rewrite(path, current, new, keep_plain=None, entry=entry)


def export_encrypted(source: Path, target: Path, passphrase: str) -> None:
    """Write the plain SQLite file `source` (a private copy nobody else has open) to
    `target`, a new file encrypted with `passphrase`, and check it as a conversion does."""
    connection = connect_file(str(source), passphrase=None, location=str(source))
    try:
        counts = _export(connection, target, passphrase)
    finally:
        connection.close()
    check_copy(target, passphrase, counts)


# --- the steps -----------------------------------------------------------------------------


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise DatabaseError(
            phrase("Encryption", "There is no database at {path}; nothing was changed.").having(
                path=path
            )
        )
    if path.stat().st_size == 0:
        raise DatabaseError(
            phrase("Encryption", "The database {path} is empty; nothing was changed.").having(
                path=path
            )
        )


def _rewrite(
    path: Path,
    current: str | None,
    new: str,
    *,
    keep_plain: dt.datetime | None,
    entry: EntryWriter | None,
) -> ConversionResult:
    partial = scratch_path(path, KILLED_NEW_FILE)
    connection = _alone(path, current)
    plain_copy: Path | None = None
    kept: Path | None = None
    swapped = False
    try:
        try:
            _tidy(path)
            _require_no_log(path)
            counts = _export(connection, partial, new)
            check_copy(partial, new, counts)
            if keep_plain is not None:
                plain_copy = _plain_copy_path(path, keep_plain)
            if entry is not None:
                entry(partial, new, plain_copy)
                _out_of_wal(partial, new)
            if plain_copy is not None:
                kept = _keep_plain_copy(connection, plain_copy)
            # The database's own -wal and -journal, gone since it left WAL, must stay gone
            # after a power cut: SQLite would play them into the file that takes its name.
            sync_folder(path.parent)
            try:
                put_in_place(partial, path)
            except PermissionError:
                # Windows replaces no open file: let go of it, then replace it at once.
                connection.close()
                put_in_place(partial, path)
            swapped = True
        except OSError as error:
            raise DatabaseError(
                f"Cannot write beside the database {path}: {error.strerror}."
                + ("" if swapped else " Nothing was changed.")
            ) from error
    finally:
        if not swapped:
            remove_database_file(partial)
            if kept is not None:
                kept.unlink(missing_ok=True)
            with contextlib.suppress(sqlcipher_dbapi.Error):
                connection.execute("PRAGMA journal_mode = WAL").fetchall()
        connection.close()
    return ConversionResult(path, kept, len(counts), sum(counts.values()))


def _tidy(path: Path) -> None:
    """What a killed conversion left beside the database `path` (only while holding its
    exclusive lock, which every conversion holds from before it writes anything)."""
    left = (f".{path.name}.{KILLED_NEW_FILE}-", f".{path.stem}.{PLAIN_COPY}-")
    for found in path.parent.iterdir():
        if found.name.startswith(left):
            found.unlink(missing_ok=True)


def _out_of_wal(path: Path, passphrase: str) -> None:
    """The new file in rollback-journal mode, whole in itself (no `-wal` beside it), as
    `sqlcipher_export` wrote it: writing the entry through the app's engine put it in WAL."""
    connection = connect_file(str(path), passphrase=passphrase, location=str(path))
    try:
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        connection.close()


def _require_no_log(path: Path) -> None:
    """No `-wal` with content may stay beside the file that is to replace the database."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise DatabaseError(
            phrase(
                "Encryption",
                "{wal} still holds changes that are not in the database; nothing was changed. Open "
                "the database in mesolog once and close it, then try again.",
            ).having(wal=wal)
        )


def _alone(path: Path, passphrase: str | None) -> Any:
    """A connection to the database that holds its exclusive lock until it is closed;
    DatabaseInUseError if any other connection has it open."""
    try:
        connection = connect_file(str(path), passphrase=passphrase, location=str(path))
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            phrase("Encryption", "Cannot open the database {path}: {reason}").having(
                path=path, reason=reason_of(error)
            )
        ) from error
    try:
        connection.execute(f"PRAGMA busy_timeout = {IN_USE_WAIT_MS}").fetchall()
        connection.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        # Out of WAL: SQLite does it only for the one connection that has the file open.
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
    except sqlcipher_dbapi.Error as error:
        connection.close()
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
            raise DatabaseInUseError(
                phrase(
                    "Encryption",
                    "The database {path} is open in mesolog — in this window or on another "
                    "workstation — or in another program. Close mesolog wherever it has this "
                    "database open, then try again. Nothing was changed.",
                ).having(path=path)
            ) from error
        raise DatabaseError(
            phrase("Encryption", "Cannot use the database {path}: {reason}").having(
                path=path, reason=reason_of(error)
            )
        ) from error
    except BaseException:
        connection.close()
        raise
    return connection


def _export(connection: Any, target: Path, passphrase: str) -> dict[str, int]:
    """Copy everything the connection's main database holds into `target`, a new file
    encrypted with `passphrase`; the source's rows per table."""
    try:
        create_private_file(target)
    except OSError as error:
        raise DatabaseError(
            phrase(
                "Encryption",
                "Writing the encrypted copy {target} failed: {strerror}. Nothing was changed.",
            ).having(target=target, strerror=error.strerror)
        ) from error
    try:
        counts = row_counts(connection)
        connection.execute(
            "ATTACH DATABASE ? AS encrypted KEY ?", (str(target), normalised(passphrase))
        )
        try:
            connection.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        finally:
            connection.execute("DETACH DATABASE encrypted")
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            phrase(
                "Encryption",
                "Writing the encrypted copy {target} failed: {reason}. Nothing was changed.",
            ).having(target=target, reason=reason_of(error))
        ) from error
    return counts


def _plain_copy_path(path: Path, now: dt.datetime) -> Path:
    stamp = now.astimezone(dt.UTC).strftime(STAMP)
    number, target = 1, path.with_name(f"{path.stem}.{PLAIN_COPY}-{stamp}.sqlite")
    while target.exists():
        number += 1
        target = path.with_name(f"{path.stem}.{PLAIN_COPY}-{stamp}-{number}.sqlite")
    return target


def _keep_plain_copy(connection: Any, target: Path) -> Path:
    partial = scratch_path(target, "plain")
    try:
        create_private_file(partial)
        destination = connect_file(str(partial), passphrase=None, location=str(partial))
        try:
            connection.backup(destination)
        finally:
            destination.close()
        publish(partial, target)
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            phrase(
                "Encryption", "Cannot keep the plain copy {target}: {reason}. Nothing was changed."
            ).having(target=target, reason=reason_of(error))
        ) from error
    finally:
        remove_database_file(partial)
    return target
