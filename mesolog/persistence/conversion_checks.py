"""The checks of a database file converted to or from SQLCipher (persistence.conversion):
it opens with its passphrase, is whole, and holds as many rows as the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher_dbapi

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import Text, phrase
from mesolog.persistence.encryption import connect_file


def check_copy(target: Path, passphrase: str, counts: dict[str, int]) -> None:
    """The new file opens with the passphrase, is whole, and holds as many rows."""
    connection = connect_file(str(target), passphrase=passphrase, location=str(target))
    try:
        integrity = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        found = row_counts(connection)
    except sqlcipher_dbapi.Error as error:
        raise DatabaseError(
            phrase(
                "Encryption", "The encrypted copy fails its checks ({reason}). Nothing was changed."
            ).having(reason=reason_of(error))
        ) from error
    finally:
        connection.close()
    if integrity != ["ok"] or broken:
        problems: Text | str = "; ".join(integrity[:3]) if integrity != ["ok"] else ""
        problems = problems or phrase("Encryption", "{count} broken references").having(
            count=len(broken)
        )
        raise DatabaseError(
            phrase(
                "Encryption",
                "The encrypted copy fails its checks ({problems}); the database itself may be "
                "damaged: run `mesolog check`. Nothing was changed.",
            ).having(problems=problems)
        )
    if found != counts:
        differing = sorted(
            name for name in counts.keys() | found.keys() if counts.get(name) != found.get(name)
        )
        raise DatabaseError(
            phrase(
                "Encryption",
                "The encrypted copy does not hold the same rows as the database (tables {tables}). "
                "Nothing was changed.",
            ).having(tables=", ".join(differing))
        )


def row_counts(connection: Any) -> dict[str, int]:
    """Rows per table of the open `connection`'s main database."""
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0"
        )
    ]
    return {
        name: int(connection.execute(f"SELECT count(*) FROM main.{_quoted(name)}").fetchone()[0])
        for name in names
    }


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def reason_of(error: Exception) -> str:
    """The first line of a driver's error, or its kind when it says nothing."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
