"""Encryption at rest of an SQLite database file with SQLCipher (the `sqlcipher3` driver).

An encrypted database is ciphertext from its first byte: SQLCipher 4's defaults,
AES-256 per 4096-byte page with an HMAC-SHA512 on each page, the key derived
from the passphrase with PBKDF2-HMAC-SHA512 (256,000 iterations) and a random
salt kept in the file's first 16 bytes. Nothing in it reads as SQLite, not even
the header.

When a `-wal` lies beside the file, `check_passphrase` first tries the
passphrase on a read-only connection that ignores the `-wal` and `-shm` and
takes no lock (`immutable`): a wrong passphrase then leaves every file as it
was, even when another workstation has the database open or the `-wal` was
left by a crash (an ordinary connection would replay and, on closing,
checkpoint such a log, or mark its place in the `-shm`, before failing on the
key). Every connection
then sends `PRAGMA key` with the passphrase before any other statement and
reads the schema to check it, before any pragma could write to the file.
SQLCipher's own log (it prints decryption failures on standard error) is
switched off on every connection this package opens.

Copies of an encrypted database (backups, the copy taken before an upgrade,
the safety copy a restore keeps) are taken with SQLite's backup API into a
file keyed with the same passphrase: they are encrypted by SQLCipher with the
database's passphrase, and open only with it.

Passphrases are compared in Unicode normal form NFC (as typed on any system);
they are never logged, echoed or put in a message.
"""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher_dbapi

from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.domain.texts import phrase

SQLITE_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every plain SQLite database file."""
MINIMUM_NEW_PASSPHRASE = 8
"""Characters a new database passphrase needs at least (its only protection once the file
is copied away is the work of guessing it)."""
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
SMALLEST_PAGE = 512
KEY_CHECK = "SELECT count(*) FROM sqlite_master"
CHECK_ATTEMPTS = 3


class WrongDatabasePassphraseError(DatabaseError):
    """The passphrase does not open an encrypted database (nothing was changed)."""

    def __init__(self, location: str) -> None:
        self.location = location
        super().__init__(
            phrase(
                "Encryption",
                "The passphrase does not open the database {location}; nothing was changed. Check "
                "capital letters and the keyboard layout, then try again. (A file that is damaged "
                "or not a database at all fails the same way.)",
            ).having(location=location)
        )


class PassphraseNeededError(KnownError):
    """The database is encrypted and no passphrase was given: ask for one and open again."""

    def __init__(self, location: str) -> None:
        self.location = location
        super().__init__(
            phrase(
                "Encryption",
                "The database {location} is encrypted: it opens only with its passphrase. Nothing "
                "was changed.",
            ).having(location=location)
        )


class NotEncryptedError(DatabaseError):
    """A passphrase was given for a database that is not encrypted."""

    def __init__(self, location: str) -> None:
        self.location = location
        super().__init__(
            phrase(
                "Encryption",
                "The database {location} is not encrypted; open it without a passphrase (`mesolog "
                "encrypt` encrypts it). Nothing was changed.",
            ).having(location=location)
        )


def is_encrypted_database(path: Path) -> bool:
    """Whether `path` looks like an SQLCipher database: a non-empty file of whole pages
    (a multiple of 512 bytes) that does not read as a plain SQLite database. (Nothing tells
    its ciphertext from random bytes until a passphrase opens it.)"""
    return _kind(path) == "encrypted"


def is_plain_database(path: Path) -> bool:
    """Whether `path` is a non-empty file that reads as a plain SQLite database."""
    return _kind(path) == "plain"


def _kind(path: Path) -> str:
    """ "missing" (or empty), "plain", "encrypted", or "other" (no database), read
    through SQLite.

    Not with Python's own open(): closing any descriptor of a file drops every POSIX
    lock this process holds on it, those of SQLite's connections included (SQLite keeps
    its own descriptors open until its last lock on the file is gone).
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return "missing"
    except FileNotFoundError:
        return "missing"
    except OSError as error:
        raise DatabaseError(
            phrase("Encryption", "Cannot read {path}: {strerror}").having(
                path=path, strerror=error.strerror
            )
        ) from error
    try:
        connection = sqlcipher_dbapi.connect(_unlocked_uri(path), uri=True)
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            phrase("Encryption", "Cannot read {path}: {error}").having(path=path, error=error)
        ) from error
    try:
        quiet(connection)
        connection.execute("PRAGMA schema_version").fetchall()
    except sqlcipher_dbapi.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code == SQLITE_NOTADB:
            return "encrypted" if size % SMALLEST_PAGE == 0 else "other"
        if code != SQLITE_CORRUPT:  # (an SQLite header, on a damaged file)
            raise DatabaseError(
                phrase("Encryption", "Cannot read {path}: {error}").having(path=path, error=error)
            ) from error
    finally:
        connection.close()
    return "plain"


def _unlocked_uri(path: Path) -> str:
    """Read-only, no locks, no `-wal` or `-shm`: reads only what the file itself holds."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def normalised(passphrase: str) -> str:
    """The passphrase as SQLCipher gets it (NFC); refuses one that cannot be a key."""
    if not passphrase.strip():
        raise KnownError(
            phrase("Encryption", "The passphrase is empty; type the database's passphrase.")
        )
    if "\x00" in passphrase:
        raise KnownError(
            phrase(
                "Encryption", "The passphrase holds a NUL character, which no passphrase may hold."
            )
        )
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(passphrase: str) -> str:
    """A passphrase to encrypt a database with, normalised; refused when too short."""
    chosen = normalised(passphrase)
    if len(chosen) < MINIMUM_NEW_PASSPHRASE:
        raise KnownError(
            phrase(
                "Encryption",
                "The passphrase has {count} characters; choose one of at least "
                "{minimum} (a few unrelated words are easy to remember and hard to "
                "guess). Nothing was changed.",
            ).having(count=len(chosen), minimum=MINIMUM_NEW_PASSPHRASE)
        )
    return chosen


def key_pragma(passphrase: str) -> str:
    """`PRAGMA key = '…'` with the passphrase as an SQL string literal (SQLCipher derives
    the key from it with PBKDF2; pragmas take no bound parameters)."""
    return "PRAGMA key = '{}'".format(normalised(passphrase).replace("'", "''"))


def quiet(connection: Any) -> None:
    """No SQLCipher log lines on standard error (a wrong key is reported as an error)."""
    connection.execute("PRAGMA cipher_log_level = NONE").fetchall()


def key_connection(connection: Any, passphrase: str, *, location: str) -> None:
    """Key a new connection and check the key by reading the schema.

    Must come before any other statement on the connection. Raises
    WrongDatabasePassphraseError when the passphrase does not open the file.
    """
    quiet(connection)
    connection.execute(key_pragma(passphrase)).fetchall()
    try:
        connection.execute(KEY_CHECK).fetchall()
    except sqlcipher_dbapi.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == SQLITE_NOTADB:
            raise WrongDatabasePassphraseError(location) from None
        raise


def check_passphrase(path: Path, passphrase: str, *, location: str) -> None:
    """WrongDatabasePassphraseError unless `passphrase` opens the encrypted file `path`,
    found without writing anything anywhere (see the module's doc)."""
    uri = _unlocked_uri(path)
    for attempt in range(CHECK_ATTEMPTS):
        try:
            connect_file(uri, passphrase=passphrase, location=location, uri=True).close()
        except WrongDatabasePassphraseError:
            # Without locks, a page being written by a checkpoint elsewhere at this very
            # moment reads as damaged: look again before calling the passphrase wrong.
            if attempt + 1 == CHECK_ATTEMPTS:
                raise
            time.sleep(0.05)
        except sqlcipher_dbapi.Error as error:
            raise DatabaseError(
                phrase("Encryption", "Cannot read the database {location}: {error}").having(
                    location=location, error=error
                )
            ) from error
        else:
            return


def connect_file(target: str, *, passphrase: str | None, location: str, uri: bool = False) -> Any:
    """A driver connection to an SQLite file (a path, or a `file:` URI with `uri`), keyed
    and checked when a passphrase is given; its own transactions off (autocommit)."""
    connection = sqlcipher_dbapi.connect(target, uri=uri)
    try:
        connection.isolation_level = None
        if passphrase is None:
            quiet(connection)
        else:
            key_connection(connection, passphrase, location=location)
    except BaseException:
        connection.close()
        raise
    return connection


def require_passphrase_fits(path: Path | None, passphrase: str | None, location: str) -> None:
    """Before opening: PassphraseNeededError for an encrypted file without a passphrase,
    NotEncryptedError for a plain one with a passphrase (nothing is opened or written)."""
    if path is None:
        if passphrase is not None:
            raise DatabaseError(
                phrase(
                    "Encryption",
                    "{location} is not an SQLite file: only SQLite files are encrypted by mesolog "
                    "(a database server has its own encryption at rest).",
                ).having(location=location)
            )
        return
    if passphrase is None and is_encrypted_database(path):
        raise PassphraseNeededError(location)
    if passphrase is not None and is_plain_database(path):
        raise NotEncryptedError(location)
