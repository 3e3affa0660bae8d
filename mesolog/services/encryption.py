"""Encrypting a clinic's SQLite database at rest, and changing its passphrase (SQLCipher).

Both rewrite the whole file (persistence.conversion): the database must not be
open anywhere else — close mesolog on every workstation first — and the clinic
given is closed first and stays closed (open it again with the passphrase).
Both are an admin's work once the database has accounts, and each leaves an
audit entry in the rewritten database, written into it before it replaces the
database (services.copy_audit): a conversion killed at any moment leaves the old
database, or the new one with its entry.

Encrypting keeps the database as it was beside it, as
`NAME.before-encryption-TIMESTAMP.sqlite`: that copy is NOT encrypted; delete it
(securely) once the encrypted database opens and `mesolog check` passes.
Backups taken before stay plain (or encrypted with the former passphrase).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import exc

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.domain.texts import phrase
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.conversion import (
    ConversionResult,
    DatabaseInUseError,
    EntryWriter,
    change_passphrase,
    convert_to_encrypted,
)
from mesolog.persistence.encryption import (
    MINIMUM_NEW_PASSPHRASE,
    check_new_passphrase,
    is_encrypted_database,
)
from mesolog.persistence.location import display_location, resolve_database_url, sqlite_file
from mesolog.services.clinic import Clinic
from mesolog.services.context import ServiceContext
from mesolog.services.copy_audit import audit_copy

__all__ = [
    "MINIMUM_NEW_PASSPHRASE",
    "DatabaseInUseError",
    "DatabaseKind",
    "EncryptionResult",
    "change_database_passphrase",
    "check_new_passphrase",
    "database_kind",
    "encrypt_database",
]


class DatabaseKind(StrEnum):
    """What a database name points at, as far as encryption goes (nothing is opened)."""

    NEW = "new"
    """An SQLite file that does not exist yet, or is empty."""
    PLAIN = "plain"
    """A plain SQLite file."""
    ENCRYPTED = "encrypted"
    """An SQLite file encrypted with SQLCipher (or something that is no database)."""
    SERVER = "server"
    """A database server (or SQLite in memory): never encrypted by mesolog."""


def database_kind(database: str | None) -> tuple[DatabaseKind, str]:
    """The kind of the database `Clinic.open(database)` would open, and where it is (for
    messages), reading at most the first bytes of the file."""
    try:
        url = resolve_database_url(database)
    except exc.ArgumentError as error:
        raise DatabaseError(
            phrase("Encryption", "{database} is neither a file path nor a database URL").having(
                database=repr(database)
            )
        ) from error
    location = display_location(url)
    path = sqlite_file(url)
    if path is None:
        return DatabaseKind.SERVER, location
    if is_encrypted_database(path):
        return DatabaseKind.ENCRYPTED, location
    if path.is_file() and path.stat().st_size > 0:
        return DatabaseKind.PLAIN, location
    return DatabaseKind.NEW, location


@dataclass(frozen=True, slots=True)
class EncryptionResult:
    path: Path
    """The database file, now encrypted with the new passphrase."""
    plain_copy: Path | None
    """Encrypting: the database as it was, NOT encrypted: delete it (securely) once the
    encrypted database is checked. None when a passphrase was changed."""
    tables: int
    rows: int
    """Rows copied, checked to be as many in every table as before."""


def encrypt_database(clinic: Clinic, passphrase: str) -> EncryptionResult:
    """Encrypt the clinic's plain SQLite database with `passphrase` (see the module's doc).

    DatabaseInUseError, with nothing changed, while any other connection has it open.
    """
    path = _file_to_rewrite(clinic)
    if clinic.context.db.encrypted:
        raise DatabaseError(
            phrase(
                "Encryption",
                "The database {path} is encrypted already; nothing was changed. Change its "
                "passphrase instead.",
            ).having(path=path)
        )
    now = clinic.context.now()
    entry = _entry(
        clinic.context,
        lambda copy: (
            "encrypted at rest (SQLCipher); the unencrypted original kept as "
            + (copy.name if copy else "")
        ),
    )
    clinic.close()
    return _result(convert_to_encrypted(path, passphrase, now=now, entry=entry))


def change_database_passphrase(clinic: Clinic, new_passphrase: str) -> EncryptionResult:
    """Encrypt the clinic's encrypted database with `new_passphrase` instead of the one it
    was opened with (see the module's doc). Backups taken before keep the old one."""
    path = _file_to_rewrite(clinic)
    current = clinic.context.db.passphrase
    if current is None:
        raise DatabaseError(
            phrase(
                "Encryption",
                "The database {path} is not encrypted, so it has no passphrase to change; encrypt "
                "it instead. Nothing was changed.",
            ).having(path=path)
        )
    entry = _entry(clinic.context, lambda _copy: "database passphrase changed")
    clinic.close()
    return _result(change_passphrase(path, current, new_passphrase, entry=entry))


def _file_to_rewrite(clinic: Clinic) -> Path:
    context = clinic.context
    path = sqlite_file(context.db.url)
    if path is None:
        raise DatabaseError(
            phrase(
                "Encryption",
                "{location} is not an SQLite file: mesolog encrypts SQLite files only (a database "
                "server has its own encryption at rest).",
            ).having(location=clinic.location)
        )
    with context.db.read() as s:
        context.require(s, Permission.ADMINISTER)
    return path


def _entry(context: ServiceContext, detail: Callable[[Path | None], str]) -> EntryWriter:
    """Writes the conversion's entry (`detail` of the plain copy kept, if any), by the
    context's actor, into the new file before it replaces the database."""

    def write(new_file: Path, passphrase: str, plain_copy: Path | None) -> None:
        try:
            audit_copy(context, new_file, passphrase, AuditAction.UPDATE, detail(plain_copy))
        except KnownError as error:
            raise DatabaseError(
                phrase(
                    "Encryption",
                    "The audit entry could not be written into the new database file ({error}); "
                    "nothing was changed.",
                ).having(error=error.text)
            ) from error

    return write


def _result(result: ConversionResult) -> EncryptionResult:
    return EncryptionResult(result.path, result.plain_copy, result.tables, result.rows)
