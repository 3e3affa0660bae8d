"""Creating and upgrading a database with the migrations shipped in the package.

Before an existing SQLite database is upgraded, a copy of it is taken with
SQLite's online backup API, beside the file. The copy of an encrypted database is
encrypted by SQLCipher with the database's own passphrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import Text, phrase
from mesolog.persistence.backup_files import write_copy
from mesolog.persistence.database import Database
from mesolog.persistence.engine import writing
from mesolog.persistence.location import sqlite_file
from mesolog.persistence.revision import HEAD_REVISION, at_head

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None
    after: tuple[str, ...] = ()
    """What was done to the records once the schema was new, in words with its counts (the
    services add it: the catalogue built from the sessions on the upgrade to 0011)."""

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision

    def went_through(self, revision: str) -> bool:
        """Whether this upgrade brought a database that held a schema before `revision` to
        it (or past it); False for a database created now."""
        if self.from_revision is None or not self.changed:
            return False
        passed = _scripts().iterate_revisions(self.to_revision, self.from_revision)
        return any(step.revision == revision for step in passed)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    """The shipped migrations, read once: reading them compiles every file, which was most of
    the time taken to open a database already at the newest schema."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def known_revisions() -> frozenset[str]:
    """Every schema revision this program ships (an unknown one is from a newer mesolog)."""
    return frozenset(revision.revision for revision in _scripts().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(database: Database, *, now: dt.datetime) -> MigrationResult:
    """Bring the database to the newest schema, taking a copy first if it held one already.
    Alembic is imported only when the database is not at the newest schema already."""
    with database.engine.connect() as connection:
        if at_head(connection):
            return MigrationResult(HEAD_REVISION, HEAD_REVISION, None)
    from alembic import command

    head = head_revision()
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = current_revision(connection)
    if revision == head:
        return MigrationResult(revision, head, None)
    if revision is not None and revision not in known_revisions():
        newer = phrase(
            "Database",
            "The database {where} was written by a newer mesolog (schema {revision}); this "
            "version knows schemas up to {head}. Update mesolog.",
        )
        where = database.url.render_as_string()
        raise DatabaseError(newer.having(where=where, revision=revision, head=head))
    if tables and "alembic_version" not in tables:
        foreign = phrase("Database", "{where} holds tables but is not a mesolog database.")
        raise DatabaseError(foreign.having(where=database.url.render_as_string()))
    backup = _backup_before_upgrade(database, revision, now) if tables else None
    with writing(database.engine).connect() as connection:
        driver = connection.connection.driver_connection
        if database.backend == "sqlite":
            # Outside any transaction: inside one SQLite ignores this pragma.
            driver.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            command.upgrade(alembic_config(connection), "head")
        except Exception as error:
            raise DatabaseError(_upgrade_failed(revision or "none", backup, error)) from error
        finally:
            if database.backend == "sqlite":
                driver.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
    return MigrationResult(revision, head, backup)


def _backup_before_upgrade(
    database: Database, revision: str | None, now: dt.datetime
) -> Path | None:
    path = sqlite_file(database.url)
    if path is None:
        return None
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision or 'empty'}-{stamp}.sqlite")
    try:
        write_copy(database.engine, target, key=database.passphrase)
    except OSError as error:
        cannot = phrase("Database", "Cannot write the backup {file}: {reason}")
        raise DatabaseError(cannot.having(file=str(target), reason=str(error.strerror))) from error
    return target


def _upgrade_failed(revision: str, backup: Path | None, error: Exception) -> Text:
    """An upgrade rolled back, where the copy taken before it is, and the error (in the
    words of the code that failed)."""
    if backup is None:
        failed = phrase(
            "Database",
            "Upgrading the database from schema {revision} failed and was rolled back; the "
            "database is as it was. ({error})",
        )
        return failed.having(revision=revision, error=str(error))
    kept = phrase(
        "Database",
        "Upgrading the database from schema {revision} failed and was rolled back; the "
        "database is as it was. A copy taken before it is at {backup}. ({error})",
    )
    return kept.having(revision=revision, backup=str(backup), error=str(error))
