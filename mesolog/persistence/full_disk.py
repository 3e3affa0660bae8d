"""Reading an SQLite database whose disk is full.

In WAL mode SQLite keeps the index of the log in a file beside the database (`-shm`),
which the first connection of any process creates and grows to 32 KiB. On a disk with
no room left that fails ("disk I/O error") and not even a read can begin, although the
database itself is whole. A connection in EXCLUSIVE locking mode keeps that index in its
own memory instead ("WAL without shared memory", sqlite.org/wal.html), so the records can
still be listed, checked, verified and copied to another disk. It holds the file's lock
until it closes: meant for when the shared index cannot be made, that is when no other
connection has the database open (one that has made the index already).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event, exc

SQLITE_IOERR = 10
SQLITE_FULL = 13


def out_of_room(error: exc.DBAPIError) -> bool:
    """Whether SQLite failed for want of room (or a write the disk refused)."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (SQLITE_IOERR, SQLITE_FULL)


def readable(engine: Engine) -> bool:
    """Whether a connection of `engine` can begin a read; False when the disk has no room
    for the log's index. Any other failure is raised."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except exc.OperationalError as error:
        if out_of_room(error):
            return False
        raise
    return True


def index_in_memory(engine: Engine) -> Engine:
    """`engine`, its connections keeping the log's index in their own memory (EXCLUSIVE
    locking mode, set before anything touches the file)."""
    event.listen(engine, "connect", _exclusive, insert=True)
    return engine


def _exclusive(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA locking_mode = EXCLUSIVE")
    finally:
        cursor.close()


def for_want_of_room(error: BaseException) -> bool:
    """Whether `error` (a DatabaseError of persistence.database) came from SQLite failing
    for want of room."""
    cause = error.__cause__
    return isinstance(cause, exc.DBAPIError) and out_of_room(cause)
