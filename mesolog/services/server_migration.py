"""Moving a clinic from its SQLite file to a PostgreSQL database (`mesolog migrate --to`).

All or nothing: the records are copied in one transaction on the server
(persistence.server_copy), so a failure, a refusal or Ctrl-C during the copy leaves the
server's database as empty as it was. In order:

1. The SQLite file (plain or encrypted) must be open nowhere else; it is upgraded to this
   version's schema if it is older (`Clinic.open`, which keeps a copy first), and otherwise
   not opened by the app's engine at all (which would at least switch it to WAL).
2. The server's database must be empty: no table with rows (its audit head may be the
   genesis row a new schema starts with); and the connecting role must own its tables,
   since only the owner may switch off the guard triggers for the copy. Then
   `Clinic.open` makes (or upgrades) mesolog's schema there.
3. Holding the file's exclusive lock, every table is copied; each table's rows and digest
   read back from the server must equal the file's, else the copy is rolled back; an audit
   entry on the server names the file, its chain head and the counts, and the copy commits.
4. `audit verify` runs in full on the server: the chain, every record against its newest
   entry, the guards. Should it find anything, what the copy wrote is removed again
   (unless the server has been written to since), so nothing stays half-trusted.

The SQLite file is only read (beyond the upgrade of step 1): its bytes are as they were.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy import Connection, exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import phrase
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.conversion_checks import reason_of
from mesolog.persistence.database import Database, known_database_errors
from mesolog.persistence.engine import create_database_engine
from mesolog.persistence.location import display_location, resolve_database_url, sqlite_file
from mesolog.persistence.models import AuditHeadRow
from mesolog.persistence.revision import HEAD_REVISION
from mesolog.persistence.server_copy import (
    Progress,
    SourceHead,
    TableCopy,
    copy_tables,
    current_role,
    differing,
    empty_again,
    not_owned,
    rows_held,
    source_alone,
    source_head,
    source_revision,
    table_digests,
)
from mesolog.services.audit import AuditService, AuditVerification
from mesolog.services.clinic import Clinic
from mesolog.services.context import Clock, ServiceContext, utc_now

SHOWN_TABLES = 3
"""How many of a non-empty target's tables its refusal names (those with most rows)."""

__all__ = ["MigrationReport", "Progress", "SourceHead", "TableCopy", "migrate_to_server"]


@dataclass(frozen=True, slots=True)
class MigrationReport:
    source: Path
    encrypted: bool
    target: str
    """The server's database, as MESOLOG_DB names it: without its password."""
    source_tables: tuple[TableCopy, ...]
    server_tables: tuple[TableCopy, ...]
    """Read back from the server before the copy committed: equal to the file's."""
    source_head: SourceHead
    verification: AuditVerification
    """The server's full `audit verify` after the copy (the migration's own entry included)."""
    seconds: float

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.source_tables)


def server_target(to: str) -> URL:
    """The PostgreSQL database `to` names; DatabaseError for anything else."""
    try:
        url = resolve_database_url(to)
    except exc.ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql":
        refused = phrase(
            "ServerMigration",
            "{to} is not a PostgreSQL database URL; the clinic moves to one named like "
            "postgresql+psycopg://USER@HOST/DATABASE. Nothing was copied.",
        )
        raise DatabaseError(refused.having(to=to if url is None else display_location(url)))
    return url


def migrate_to_server(
    source: str | None,
    to: str,
    *,
    passphrase: str | None,
    actor: str,
    clock: Clock = utc_now,
    progress: Progress | None = None,
) -> MigrationReport:
    """Copy the clinic in the SQLite file `source` (as `Clinic.open` names it; encrypted with
    `passphrase`, if given) into the empty PostgreSQL database `to` (see the module's doc)."""
    started = time.monotonic()
    path = _source_file(source)
    target = server_target(to)
    with source_alone(path, passphrase) as reading:  # in use elsewhere: refused before all
        current = source_revision(reading) == HEAD_REVISION
    _require_empty_and_owned(target)
    if not current:
        # Opening the file changes it (its journal mode, at least): only when it is older.
        Clinic.open(
            str(path), passphrase=passphrase, actor=actor, clock=clock, create=False
        ).close()
    Clinic.open(target.render_as_string(hide_password=False), actor=actor, clock=clock).close()
    context = ServiceContext(Database(target), actor, clock)
    try:
        with source_alone(path, passphrase) as reading:
            head = source_head(reading)
            copied, server, new_head = _copy(reading, context, head, path, progress)
        verification = _verified(context, new_head)
    finally:
        context.db.dispose()
    return MigrationReport(
        path,
        passphrase is not None,
        _without_password(target),
        tuple(copied),
        tuple(server),
        head,
        verification,
        time.monotonic() - started,
    )


def _without_password(url: URL) -> str:
    """The URL as a workstation's MESOLOG_DB names it: the password left to libpq."""
    return url._replace(password=None).render_as_string(hide_password=False)


def _source_file(source: str | None) -> Path:
    url = resolve_database_url(source)
    path = sqlite_file(url)
    if path is None:
        refused = phrase(
            "ServerMigration",
            "{location} is not an SQLite file: a clinic moves to the server from its SQLite "
            "file. Nothing was copied.",
        )
        raise DatabaseError(refused.having(location=display_location(url)))
    if not path.is_file():
        missing = phrase("ServerMigration", "There is no database at {path}. Nothing was copied.")
        raise DatabaseError(missing.having(path=path))
    return path


def _require_empty_and_owned(target: URL) -> None:
    engine = create_database_engine(target)
    try:
        with known_database_errors(target), engine.connect() as connection:
            _require_empty(connection, target)
            _require_owner(connection, target)
    finally:
        engine.dispose()


def _require_empty(connection: Connection, target: URL) -> None:
    held = rows_held(connection)
    if held:
        most = sorted(held.items(), key=lambda found: (-found[1], found[0]))[:SHOWN_TABLES]
        tables = ", ".join(f"{table} {rows}" for table, rows in most)
        refused = phrase(
            "ServerMigration",
            "The database {target} is not empty: {count} of its tables hold rows ({tables}). "
            "A clinic moves only into an empty database; nothing was copied or changed.",
        )
        raise DatabaseError(
            refused.having(
                target=display_location(target),
                count=len(held),
                tables=tables + (", …" if len(held) > len(most) else ""),
            )
        )


def _require_owner(connection: Connection, target: URL) -> None:
    found = not_owned(connection)
    if found is not None:
        table, owner = found
        refused = phrase(
            "ServerMigration",
            "The role {role} does not own the tables of {target} (the table {table} belongs "
            "to {owner}). Only the role that owns the schema can move a clinic into it, since "
            "the copy switches off the guard triggers for its own transaction: connect as "
            "{owner}. Nothing was copied or changed.",
        )
        raise DatabaseError(
            refused.having(
                role=current_role(connection),
                target=display_location(target),
                table=table,
                owner=owner,
            )
        )


def _copy(
    reading: Connection,
    context: ServiceContext,
    head: SourceHead,
    path: Path,
    progress: Progress | None,
) -> tuple[list[TableCopy], list[TableCopy], str]:
    """The copy in one transaction on the server: the file's side and the server's of every
    table, and the server's chain head after the migration's entry."""
    target = context.db.url
    try:
        with known_database_errors(target), context.db.engine.begin() as writing:
            _require_empty(writing, target)
            _require_owner(writing, target)
            copied = copy_tables(reading, writing, progress or (lambda *_: None))
            server = table_digests(writing)
            unequal = differing(copied, server)
            if unequal:
                refused = phrase(
                    "ServerMigration",
                    "The server's copy differs from the file in the tables {tables}; it was "
                    "rolled back, and the server's database is empty again.",
                )
                raise DatabaseError(refused.having(tables=", ".join(unequal)))
            with Session(bind=writing) as s:
                context.audit(s, AuditAction.IMPORT, "database", None, _detail(head, copied, path))
                s.flush()
                head_row = s.get(AuditHeadRow, 1)
                new_head = "" if head_row is None else head_row.last_hash
    except psycopg.Error as error:
        failed = phrase(
            "ServerMigration",
            "Copying into {target} failed: {reason}. The copy was rolled back: the server's "
            "database is empty again.",
        )
        raise DatabaseError(
            failed.having(target=display_location(target), reason=reason_of(error))
        ) from error
    return copied, server, new_head


def _detail(head: SourceHead, copied: list[TableCopy], path: Path) -> str:
    rows = {table.table: table.rows for table in copied}
    return (
        f"moved from SQLite, chain head {head.last_hash} ({head.entries} entries), "
        f"{sum(rows.values())} rows in {len(rows)} tables ({rows.get('patients', 0)} patients, "
        f"{rows.get('sessions', 0)} sessions), every table's rows and digest equal on the "
        f"server; file {path}"
    )


def _verified(context: ServiceContext, head_hash: str) -> AuditVerification:
    """The server's full verification; what the copy wrote removed again when it fails."""
    target = context.db.url
    verification = AuditService(context).verify(full=True, marked=False)
    if verification.intact:
        return verification
    with known_database_errors(target), context.db.engine.begin() as writing:
        emptied = empty_again(writing, head_hash)
    if emptied:
        failed = phrase(
            "ServerMigration",
            "The copy on {target} does not pass `audit verify` ({problems} problems), so it was "
            "removed again and the server's database is empty. Run `mesolog audit verify` on "
            "the SQLite file, which was left as it was, to see why.",
        )
    else:
        failed = phrase(
            "ServerMigration",
            "The copy on {target} does not pass `audit verify` ({problems} problems), and it "
            "was written to since, so it was left as it is. Run `mesolog audit verify` on it.",
        )
    problems = (
        (verification.first_break is not None)
        + len(verification.changed_records)
        + len(verification.unaudited_records)
        + len(verification.guard_problems)
    )
    raise DatabaseError(failed.having(target=display_location(target), problems=problems))
