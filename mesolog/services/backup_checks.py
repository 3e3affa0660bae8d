"""Checks on a backup file before it is restored, made on a private copy of it.

The copy is decrypted if the file was encrypted with a passphrase
(persistence.backup_encryption), then it must be whole and a mesolog database of
a schema this version knows. A copy of an encrypted database (SQLCipher) opens
only with the open database's own passphrase, and only into an encrypted
database. A copy of an older schema is brought to the newest with the shipped
migrations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL

from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.domain.texts import phrase
from mesolog.persistence.backup_encryption import WrongPassphraseError, decrypt_file, is_encrypted
from mesolog.persistence.backup_files import (
    BackupFileError,
    FileFacts,
    copy_file,
    examine,
    remove_database_file,
)
from mesolog.persistence.database import Database, known_database_errors
from mesolog.persistence.encryption import WrongDatabasePassphraseError, is_encrypted_database
from mesolog.persistence.migrate import head_revision, known_revisions, upgrade
from mesolog.services.backup_records import BackupCheck


def needs_passphrase(source: Path) -> bool:
    """Whether `source` is an encrypted backup (so restoring or checking it needs a passphrase)."""
    try:
        return is_encrypted(source)
    except OSError as error:
        raise DatabaseError(
            phrase("Backups", "Cannot read {source}: {strerror}").having(
                source=source, strerror=error.strerror
            )
        ) from error


def checked_copy(
    source: Path, work: Path, passphrase: str | None, *, database_key: str | None
) -> tuple[FileFacts, bool, str | None]:
    """Copy (or decrypt) `source` to `work` and check it; raise if it cannot be restored.

    `database_key` is the open database's SQLCipher passphrase (None for a plain
    database). Returns the facts, whether the file was encrypted as a file
    (AES-GCM), and the SQLCipher passphrase `work` opens with (the database's;
    None for a plain copy).
    """
    label = source.name
    if not source.is_file():
        raise DatabaseError(
            phrase("Backups", "There is no backup file at {source}.").having(source=source)
        )
    if source.stat().st_size == 0:
        raise BackupFileError(phrase("Backups", "{label} is empty.").having(label=label))
    encrypted = needs_passphrase(source)
    try:
        if encrypted:
            if passphrase is None:
                raise WrongPassphraseError(
                    phrase("Backups", "{label} is encrypted: give its passphrase.").having(
                        label=label
                    )
                )
            decrypt_file(source, work, passphrase, label=label)
            key = _copy_key(work, label, database_key)
        else:
            key = _copy_key(source, label, database_key)
            copy_file(source, work, key=key)
        facts = examine(work, label=label, key=key)
    except OSError as error:
        raise DatabaseError(
            phrase("Backups", "Cannot read {source}: {strerror}").having(
                source=source, strerror=error.strerror
            )
        ) from error
    except WrongDatabasePassphraseError as error:
        raise BackupFileError(
            phrase(
                "Backups",
                "{label} is encrypted by SQLCipher but does not open with this database's "
                "passphrase: it is a copy of another database, was taken before the passphrase was "
                "changed, or is damaged or no database at all.",
            ).having(label=label)
        ) from error
    if not facts.whole:
        raise BackupFileError(
            phrase("Backups", "{label} is damaged and cannot be restored ({problems}).").having(
                label=label, problems=facts.problems
            )
        )
    if not facts.is_mesolog:
        raise BackupFileError(
            phrase(
                "Backups",
                "{label} is an SQLite database but not a mesolog one (it has no schema revision).",
            ).having(label=label)
        )
    if facts.revision is None:
        raise BackupFileError(
            phrase("Backups", "{label} holds no mesolog schema (its revision is empty).").having(
                label=label
            )
        )
    if facts.revision not in known_revisions():
        raise BackupFileError(
            phrase(
                "Backups",
                "{label} was written by a newer mesolog (schema {revision}); this version knows "
                "schemas up to {head_revision}. Update mesolog to restore it.",
            ).having(label=label, revision=facts.revision, head_revision=head_revision())
        )
    return facts, encrypted, key


def _copy_key(copy: Path, label: str, database_key: str | None) -> str | None:
    """The SQLCipher passphrase a backup's database file opens with: the database's own
    when the file is encrypted by SQLCipher (refused into a plain database)."""
    try:
        keyed = is_encrypted_database(copy)
    except KnownError as error:
        raise DatabaseError(
            phrase("Backups", "Cannot read {label}: {error}").having(label=label, error=error.text)
        ) from error
    if not keyed:
        return None
    if database_key is None:
        raise BackupFileError(
            phrase(
                "Backups",
                "{label} is a copy of an encrypted database (SQLCipher) or no database at all, and "
                "this database is not encrypted. To restore it, first encrypt this database with "
                "the backup's passphrase (`mesolog encrypt`).",
            ).having(label=label)
        )
    return database_key


def upgrade_copy(
    work: Path, source: Path, facts: FileFacts, key: str | None, *, now: dt.datetime
) -> FileFacts:
    """Bring the checked copy to the newest schema with the shipped migrations."""
    db = Database(URL.create("sqlite", database=str(work)), passphrase=key)
    try:
        with known_database_errors(db.url):
            upgrade(db, now=now)
    except KnownError as error:
        raise DatabaseError(
            phrase(
                "Backups",
                "{name} holds the older schema {revision}, and upgrading it to {head_revision} "
                "failed; nothing was restored. ({error})",
            ).having(
                name=source.name,
                revision=facts.revision,
                head_revision=head_revision(),
                error=error.text,
            )
        ) from error
    finally:
        db.dispose()
        # The migrations' own copy of the scratch file, taken before they ran.
        for leftover in work.parent.iterdir():
            if leftover.name.startswith(f"{work.stem}.before-upgrade-"):
                remove_database_file(leftover)
    upgraded = examine(work, label=source.name, key=key)
    if not upgraded.whole:
        raise BackupFileError(
            phrase(
                "Backups",
                "{name} fails its checks after the upgrade to schema {revision} ({problems}).",
            ).having(name=source.name, revision=upgraded.revision, problems=upgraded.problems)
        )
    return upgraded


@contextmanager
def nothing_restored() -> Iterator[None]:
    """Say so in a refused file's message (its class kept, for the window to tell apart)."""
    try:
        yield
    except BackupFileError as error:
        reason = str(error).rstrip(".")
        raise type(error)(f"{reason}. Nothing was restored; the database is as it was.") from error


def check_result(
    source: Path, facts: FileFacts, encrypted: bool, database_encrypted: bool
) -> BackupCheck:
    """What `BackupService.verify` reports of a file that passed the checks."""
    return BackupCheck(
        source=source,
        encrypted=encrypted,
        revision=facts.revision or "",
        needs_upgrade=facts.revision != head_revision(),
        pages=facts.pages,
        patients=facts.patients or 0,
        sessions=facts.sessions or 0,
        database_encrypted=database_encrypted,
    )
