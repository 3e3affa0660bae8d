"""Online copies of an SQLite database with SQLite's backup API.

The copy of an encrypted database is keyed with the database's passphrase: it is
encrypted by SQLCipher like the database, and opens only with the same passphrase.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher_dbapi
from sqlalchemy import Engine

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.encryption import connect_file


def backup_sqlite(engine: Engine, target: Path, *, passphrase: str | None = None) -> None:
    """Copy the whole database to `target` (a new file) while others may keep using it;
    keyed with `passphrase` (that of the engine's database) when it is encrypted."""
    if target.exists():
        raise DatabaseError(f"{target} exists already; a backup never overwrites a file.")
    partial = target.with_name(target.name + ".partial")
    raw = engine.raw_connection()
    try:
        partial.unlink(missing_ok=True)  # left by a copy that was cut short
        destination = connect_file(str(partial), passphrase=passphrase, location=str(target))
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
        partial.replace(target)
    except (OSError, sqlcipher_dbapi.Error) as error:
        partial.unlink(missing_ok=True)
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise DatabaseError(f"Cannot write the backup {target}: {reason}") from error
    finally:
        raw.close()
