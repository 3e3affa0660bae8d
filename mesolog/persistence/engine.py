"""Engine set-up: the SQLite driver and pragmas, or a PostgreSQL server, with one code path.

SQLite runs through the `sqlcipher3` driver, which bundles SQLite 3.53.4: the
system's SQLite (3.40.1 here) has the WAL-reset corruption bug fixed in 3.51.3.
Every connection gets foreign keys, WAL and synchronous=FULL; transactions that
write begin with BEGIN IMMEDIATE, so two writers queue on the busy timeout
instead of failing with "database is locked" half-way through.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3.dbapi2 as sqlcipher_dbapi
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "mesolog_write"
SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)


def create_database_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def writing(engine: Engine) -> Engine:
    """The same engine (and pool) with transactions that take the write lock at once."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(
        url.set(drivername="sqlite+pysqlite"),
        module=sqlcipher_dbapi,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event below emit BEGIN, instead of the driver's
        # own implicit (deferred) transactions.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def sqlite_library_version() -> str:
    """The SQLite library the driver links (not the system's)."""
    return str(sqlcipher_dbapi.sqlite_version)
