"""Copying a clinic's SQLite file into an empty PostgreSQL database (`mesolog migrate`,
services.server_migration), and comparing the two sides.

The source is read through one connection that holds the file's exclusive lock from
before the first row to the end (`source_alone`): SQLite refuses it while any other
connection has the file open, and while it is held nobody else can read or write.
Unlike an encryption (persistence.conversion) the file stays in WAL mode: the copy
leaves it byte for byte as it was.

The target is written in the caller's one transaction (`copy_tables`): the guard triggers
(persistence.guards) are disabled on every table, which only the tables' owner may do and
only this transaction sees; each table, in foreign-key order and by primary key, goes in
with psycopg's `COPY … FROM STDIN`, each value through its column type's bind processor as
an INSERT would send it; the triggers are enabled again and every serial sequence set past
the largest id. Foreign keys stay enforced throughout.

Both sides are compared the same way (`TableCopy`): rows per table, and a SHA-256 over each
row's canonical JSON (every column, `digests.plain` values) in primary-key order, text
keys in code-point order on both backends.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import psycopg
import sqlcipher3.dbapi2 as sqlcipher_dbapi
from psycopg import sql
from sqlalchemy import Connection, String, Table, create_engine, select, text
from sqlalchemy.pool import StaticPool

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import phrase
from mesolog.persistence import (  # noqa: F401 - every table in the metadata before it is read
    catalogue_models,
    draft_models,
    models,
    photo_models,
    template_models,
)
from mesolog.persistence.audit import GENESIS
from mesolog.persistence.base import Base
from mesolog.persistence.conversion import (
    IN_USE_WAIT_MS,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    DatabaseInUseError,
)
from mesolog.persistence.conversion_checks import reason_of
from mesolog.persistence.digests import plain
from mesolog.persistence.encryption import connect_file

ALEMBIC_TABLE = "alembic_version"
"""The schema's revision: made by `Clinic.open` on the target, never copied."""
STREAMED_ROWS = 2_000


@dataclass(frozen=True, slots=True)
class TableCopy:
    """One side of a table: its rows and their digest."""

    table: str
    rows: int
    digest: str


@dataclass(frozen=True, slots=True)
class SourceHead:
    """The source's audit chain: its newest entry's id and hash."""

    entries: int
    last_hash: str


Progress = Callable[[TableCopy, int, int], None]
"""Told after each table is copied: the table, its place (1-based) and the tables' count."""


def tables() -> tuple[Table, ...]:
    """The clinic's tables in foreign-key order (a table after those it refers to)."""
    return tuple(Base.metadata.sorted_tables)


@contextmanager
def source_alone(path: Path, passphrase: str | None) -> Iterator[Connection]:
    """A connection reading the SQLite file `path` (encrypted with `passphrase`, if given)
    that holds the file's exclusive lock until the block ends; DatabaseInUseError, with
    nothing read, while any other connection has it open."""
    location = str(path)
    try:
        raw = connect_file(location, passphrase=passphrase, location=location)
    except sqlcipher_dbapi.Error as error:
        cannot = phrase("ServerMigration", "Cannot open the database {path}: {reason}")
        raise DatabaseError(cannot.having(path=path, reason=reason_of(error))) from error
    try:
        raw.execute(f"PRAGMA busy_timeout = {IN_USE_WAIT_MS}").fetchall()
        raw.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        raw.execute("BEGIN EXCLUSIVE")
        raw.execute("COMMIT")
    except sqlcipher_dbapi.Error as error:
        raw.close()
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
            in_use = phrase(
                "ServerMigration",
                "The database {path} is open in mesolog — in this window or on another "
                "workstation — or in another program. Close mesolog wherever it has this "
                "database open, then try again. Nothing was copied.",
            )
            raise DatabaseInUseError(in_use.having(path=path)) from error
        cannot = phrase("ServerMigration", "Cannot use the database {path}: {reason}")
        raise DatabaseError(cannot.having(path=path, reason=reason_of(error))) from error
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher_dbapi,
        creator=lambda: raw,
        poolclass=StaticPool,
        pool_reset_on_return=None,
        hide_parameters=True,
    )
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()
        raw.close()


def source_head(source: Connection) -> SourceHead:
    """The source's audit head (the genesis when it has none)."""
    found = source.execute(
        text("SELECT last_entry_id, last_hash FROM audit_head WHERE id = 1")
    ).first()
    return SourceHead(0, GENESIS) if found is None else SourceHead(int(found[0]), str(found[1]))


def source_revision(source: Connection) -> str | None:
    """The schema revision the source file is at (None before any)."""
    found = source.execute(text(f"SELECT version_num FROM {ALEMBIC_TABLE}")).scalar()
    return None if found is None else str(found)


def rows_held(target: Connection) -> dict[str, int]:
    """The tables of the target's schema that hold rows, and how many: every table but the
    schema's revision, and the audit head while it is only the genesis row."""
    names = target.execute(
        text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> :alembic ORDER BY tablename"
        ),
        {"alembic": ALEMBIC_TABLE},
    ).scalars()
    held: dict[str, int] = {}
    for name in list(names):
        quoted = sql.Identifier(name).as_string(_driver(target))
        count = int(target.exec_driver_sql(f"SELECT count(*) FROM {quoted}").scalar_one())
        if count and not (name == "audit_head" and _only_genesis(target)):
            held[name] = count
    return held


def _only_genesis(target: Connection) -> bool:
    rows = target.execute(text("SELECT id, last_entry_id, last_hash FROM audit_head")).all()
    return [tuple(row) for row in rows] == [(1, 0, GENESIS)]


def not_owned(target: Connection) -> tuple[str, str] | None:
    """The first table of the target's schema the connected role does not own (nor is a
    member of its owner), and its owner; None when it owns them all."""
    found = target.execute(
        text(
            "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = current_schema() "
            "AND NOT pg_has_role(current_user, tableowner, 'USAGE') ORDER BY tablename LIMIT 1"
        )
    ).first()
    return None if found is None else (str(found[0]), str(found[1]))


def current_role(target: Connection) -> str:
    return str(target.execute(text("SELECT current_user")).scalar_one())


def copy_tables(source: Connection, target: Connection, progress: Progress) -> list[TableCopy]:
    """Copy every table of `source` into the empty tables of `target`, within the target's
    transaction (see the module's doc); the source's side of each table, as read."""
    _guards(target, enable=False)
    target.execute(text("DELETE FROM audit_head"))  # the genesis row the copied head replaces
    copied: list[TableCopy] = []
    everything = tables()
    for place, table in enumerate(everything, start=1):
        copied.append(_copy_table(source, target, table))
        progress(copied[-1], place, len(everything))
    _guards(target, enable=True)
    _set_sequences(target)
    return copied


def _copy_table(source: Connection, target: Connection, table: Table) -> TableCopy:
    columns = list(table.columns)
    dialect = target.dialect
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c.name) for c in columns)
    )
    digest, rows = hashlib.sha256(), 0
    with _driver(target).cursor() as cursor, cursor.copy(statement) as copy:
        for row in _ordered(source, table):
            digest.update(_line(row))
            copy.write_row(
                [
                    value if process is None else process(value)
                    for process, value in zip(processors, row, strict=True)
                ]
            )
            rows += 1
    return TableCopy(table.name, rows, digest.hexdigest())


def _driver(target: Connection) -> psycopg.Connection[Any]:
    return cast("psycopg.Connection[Any]", target.connection.driver_connection)


def table_digests(connection: Connection) -> list[TableCopy]:
    """Each table's rows and digest, read from either side as `copy_tables` reads the
    source."""
    found = []
    for table in tables():
        digest, rows = hashlib.sha256(), 0
        for row in _ordered(connection, table):
            digest.update(_line(row))
            rows += 1
        found.append(TableCopy(table.name, rows, digest.hexdigest()))
    return found


def _ordered(connection: Connection, table: Table) -> Iterable[Any]:
    """The table's rows in primary-key order, text compared by code point on either backend
    (SQLite's BINARY, PostgreSQL's "C"), read in batches."""
    postgresql = connection.dialect.name == "postgresql"
    keys = [
        column.collate("C") if postgresql and isinstance(column.type, String) else column
        for column in table.primary_key.columns
    ]
    statement = select(table).order_by(*keys)
    return connection.execute(statement.execution_options(yield_per=STREAMED_ROWS))


def _line(row: Any) -> bytes:
    values = [plain(value) for value in row]
    return (json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def _guards(target: Connection, *, enable: bool) -> None:
    """Every user trigger of the clinic's tables (the guards) off or on again; only the
    tables' owner may, and only this transaction sees it until it commits."""
    switch = "ENABLE" if enable else "DISABLE"
    for table in tables():
        target.exec_driver_sql(f'ALTER TABLE "{table.name}" {switch} TRIGGER USER')


def _set_sequences(target: Connection) -> None:
    """Each serial id's sequence to go on past the largest id copied."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1:
            continue
        sequence = target.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": keys[0].name},
        ).scalar()
        if sequence is None:
            continue
        target.exec_driver_sql(
            f'SELECT setval(%(sequence)s, (SELECT coalesce(max("{keys[0].name}"), 0) + 1 '
            f'FROM "{table.name}"), false)',
            {"sequence": sequence},
        )


def empty_again(target: Connection, head_hash: str) -> bool:
    """Within the target's transaction, remove everything a copy wrote and put the genesis
    head back, if the chain's head is still `head_hash` (nobody wrote since); whether it did."""
    found = target.execute(
        text("SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
    ).scalar()
    if found != head_hash:
        return False
    _guards(target, enable=False)
    names = ", ".join(f'"{table.name}"' for table in tables())
    target.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY")
    target.execute(
        text("INSERT INTO audit_head (id, last_entry_id, last_hash) VALUES (1, 0, :genesis)"),
        {"genesis": GENESIS},
    )
    _guards(target, enable=True)
    return True


def differing(source: Iterable[TableCopy], target: Iterable[TableCopy]) -> list[str]:
    """The tables whose rows or digest differ between the two sides."""
    there: Mapping[str, TableCopy] = {copy.table: copy for copy in target}
    return [copy.table for copy in source if there.get(copy.table) != copy]
