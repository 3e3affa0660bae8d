"""An import's writes run by a thread of their own (persistence.deferred_writes): the values
stored as the driver stores them, the statements in their order, a failure raised as
SQLAlchemy raises it with nothing after it run, the connection refused to the importer's
thread while the writing thread uses it, and what was not begun dropped when the import
stops. A scratch table of the test's transaction, on a real SQLite clinic."""

from __future__ import annotations

import math
import random
import struct
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import exc, text
from sqlalchemy.orm import Session

from mesolog.persistence.deferred_writes import deferred, deferring
from mesolog.services.clinic import Clinic

pytestmark = pytest.mark.sqlite_only("the writing thread is SQLite's; PostgreSQL writes at once")

INSERT = "INSERT INTO scratch (number, words, whole, raw) VALUES (?, ?, ?, ?)"


@pytest.fixture
def session(clinic: Clinic) -> Iterator[Session]:
    """A write transaction with a scratch table, rolled back at the end."""
    with clinic.context.db.write() as s:
        s.execute(
            text(
                "CREATE TEMP TABLE scratch (id INTEGER PRIMARY KEY, number REAL, words TEXT, "
                "whole INTEGER, raw BLOB, UNIQUE (whole))"
            )
        )
        yield s
        s.rollback()


def _stored(s: Session) -> list[tuple[Any, ...]]:
    rows = s.execute(text("SELECT id, number, words, whole, raw FROM scratch ORDER BY id"))
    return [tuple(row) for row in rows]


def _doubles(count: int) -> list[float]:
    chosen = random.Random(15)
    found: list[float] = [0.1, 0.3, 1e22, 1e23, 5e-324, 1.7976931348623157e308, -0.0, 2.5]
    while len(found) < count:
        value = struct.unpack("<d", chosen.getrandbits(64).to_bytes(8, "little"))[0]
        if math.isfinite(value):
            found.append(value)
    return found


def test_rows_sent_as_json_are_stored_as_the_driver_stores_them(session: Session) -> None:
    """Doubles of every kind (random bit patterns, the shortest and longest, -0.0), text
    with quotes, escapes and Greek, whole numbers to 64 bits and NULLs: the same values
    and types, row for row, in the order sent."""
    doubles = _doubles(3000)
    words = ['"quoted"', "back\\slash", "νέο\u2028line\ttab", "", None, "😀"]
    rows = [
        (number, words[n % len(words)], n * (2**53 + 1) % 2**63, None)
        for n, number in enumerate(doubles)
    ]
    driver = session.connection().connection.driver_connection
    assert driver is not None
    driver.executemany(INSERT, rows)
    by_driver = _stored(session)
    session.execute(text("DELETE FROM scratch"))
    with deferring(session) as writes:
        assert writes is not None
        writes.insert(INSERT, rows[:1000], columns=4, reals=(0,))
        writes.end_batch()
        writes.insert(INSERT, rows[1000:], columns=4, reals=(0,))
    by_thread = _stored(session)
    assert [row[1:] for row in by_thread] == [row[1:] for row in by_driver]
    assert [[type(value) for value in row] for row in by_thread] == [
        [type(value) for value in row] for row in by_driver
    ]
    assert [struct.pack("<d", row[1]) for row in by_thread] == [
        struct.pack("<d", row[1]) for row in by_driver
    ]


def test_a_value_json_cannot_carry_is_bound_by_the_driver_in_its_turn(session: Session) -> None:
    with deferring(session) as writes:
        assert writes is not None
        writes.insert(INSERT, [(1.5, "first", 1, None)], columns=4, reals=(0,))
        writes.insert(INSERT, [(2.5, "bytes", 2, b"\x00\xff")], columns=4, reals=(0,))
        writes.insert(INSERT, [(math.inf, "infinite", 3, None)], columns=4, reals=(0,))
        writes.insert(INSERT, [(4.5, "past 53 bits", 2**60 + 1, None)], columns=4, reals=(0,))
        writes.insert(INSERT, [(5.5, "last", 5, None)], columns=4, reals=(0,))
    assert [row[1:] for row in _stored(session)] == [
        (1.5, "first", 1, None),
        (2.5, "bytes", 2, b"\x00\xff"),
        (math.inf, "infinite", 3, None),
        (4.5, "past 53 bits", 2**60 + 1, None),
        (5.5, "last", 5, None),
    ]


def test_a_failure_is_raised_as_sqlalchemy_raises_it_and_nothing_after_it_runs(
    session: Session,
) -> None:
    """A repeated value refused by a UNIQUE constraint: an IntegrityError without the
    values (the engine hides parameters), the statements after it not run."""
    with pytest.raises(exc.IntegrityError) as raised, deferring(session) as writes:
        assert writes is not None
        writes.insert(INSERT, [(1.0, "Maria Papadopoulou", 7, None)], columns=4, reals=(0,))
        writes.insert(INSERT, [(2.0, "Maria Papadopoulou", 7, None)], columns=4, reals=(0,))
        writes.insert(INSERT, [(3.0, "after", 8, None)], columns=4, reals=(0,))
    assert "UNIQUE" in str(raised.value)
    assert "Papadopoulou" not in str(raised.value)
    assert [row[2:4] for row in _stored(session)] == [("Maria Papadopoulou", 7)]
    assert deferred(session) is None


def _holding(session: Session) -> tuple[threading.Event, threading.Event]:
    """A statement, `SELECT held_here()`, that holds the writing thread until the first
    event is set; the second is set once it runs."""
    release = threading.Event()
    started = threading.Event()

    def wait() -> int:
        started.set()
        release.wait(10)
        return 1

    driver = session.connection().connection.driver_connection
    assert driver is not None
    driver.create_function("held_here", 0, wait)
    return release, started


def test_the_connection_is_refused_to_the_importer_while_the_thread_writes(
    session: Session,
) -> None:
    release, started = _holding(session)
    with deferring(session) as writes:
        assert writes is not None
        writes.execute("SELECT held_here()", ())
        writes.end_batch()
        assert started.wait(10)
        with pytest.raises(RuntimeError, match="while it was writing"):
            session.execute(text("SELECT 1"))
        release.set()
        writes.drain()
        assert session.execute(text("SELECT 1")).scalar_one() == 1


def test_when_the_import_stops_the_rest_of_the_batch_is_dropped(session: Session) -> None:
    """The statement running ends; those after it in its batch, and what was not handed
    over, do not run."""
    release, started = _holding(session)
    with pytest.raises(KeyError), deferring(session) as writes:
        assert writes is not None
        writes.execute("SELECT held_here()", ())
        writes.insert(INSERT, [(1.0, "same batch", 1, None)], columns=4, reals=(0,))
        writes.end_batch()
        assert started.wait(10)
        writes.insert(INSERT, [(2.0, "not handed over", 2, None)], columns=4, reals=(0,))
        threading.Timer(0.2, release.set).start()
        raise KeyError("the import stopped")
    assert _stored(session) == []


def test_a_thread_that_fails_outside_a_statement_fails_the_import_without_a_hang(
    session: Session,
) -> None:
    """The driver's cursor refused (a connection closed under it): the failure is raised,
    and the waits and the stop that follow do not hang."""
    with pytest.raises(sqlite3.ProgrammingError, match="closed"), deferring(session) as writes:
        assert writes is not None

        closed = sqlite3.connect(":memory:", check_same_thread=False)
        closed.close()
        writes._driver = closed
        writes.insert(INSERT, [(1.0, "first", 1, None)], columns=4, reals=(0,))
        writes.end_batch()
        writes.insert(INSERT, [(2.0, "second", 2, None)], columns=4, reals=(0,))
        writes.end_batch()
    assert _stored(session) == []
