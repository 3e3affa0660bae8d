"""An import's inserts on SQLite run by a thread of their own, while the importer reads,
decodes and builds the next batch's rows: SQLite's own work storing the rows (about a third
of an import's time) on the second core.

The driver lets go of Python's lock only while SQLite runs a statement, so a thread of
`executemany` calls gains nothing: it waits for the lock after every row (measured: 0.644
s threaded against 0.654 s one after the other). A batch's rows of a table are sent
instead as JSON arrays of up to 2,000 rows, each inserted by one statement (`INSERT ...
SELECT ... FROM json_each(?)`), which runs whole without Python (0.45 s threaded against
0.65 s). SQLite reads the values as the driver would have bound them: text, whole numbers
to 53 bits, finite doubles (every one as written, tested), true and false as 1 and 0,
NULL. The values come from the columns' bind processors, which make every date, time, enum
and uuid text. Any other value (a number past 53 bits, an infinite double, a lone
surrogate, bytes) sends its rows by `executemany`, run in their turn, so that the driver
binds it, or refuses it, as before.

Everything stays in the import's one transaction on its one connection. The statements run
in the order they were sent; the importer's own thread runs nothing on the connection while
the writing thread works (`drain` first: a statement that would is refused loudly), and it
hands a batch over only once the thread has written the one before. The first failure
stops the writing; it is raised in the importer's thread, as SQLAlchemy would have raised
it, at the next `end_batch`, `drain` or the end.
"""

from __future__ import annotations

import math
import queue
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, event, exc
from sqlalchemy.orm import Session

_KEY = "mesolog.deferred_writes"

_ROWS_A_STATEMENT = 500
"""SQLite's memory for a statement grows with its JSON and is kept: an import of 50,300
sessions peaked at 131 MB with 2,000 rows a statement, 121 MB with 500, 113 MB with 100
(115 MB before the writing thread); fewer rows, more statements, each a wait below."""

_SWITCH_S = 0.001
"""Python's switch interval while the thread writes. After each statement the thread waits
for Python's lock, which the importer's thread gives up only when asked and then after up
to the interval (5 ms by default): about 25 statements a batch of 100 patients, so up to
~6 s of 16 at 50,300 sessions. At 1 ms the import took 14.9 s against 16.3 s."""

_PLAIN_ONLY = (
    orjson.OPT_STRICT_INTEGER
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
)
"""orjson refuses (TypeError) a whole number past 53 bits, which SQLite's JSON would read
back as a double, and a date, a dataclass or a subclass of str or int, which it would
write in its own form. (It writes an infinite double as null: `insert` looks for those.)"""


@dataclass(frozen=True, slots=True)
class _Statement:
    sql: str
    parameters: Sequence[Any]
    many: bool


class DeferredWrites:
    """The writing thread of one import's transaction (see the module's docstring)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._driver: Any = connection.connection.driver_connection
        self._batch: list[_Statement] = []
        self._sent: queue.Queue[list[_Statement] | None] = queue.Queue()
        self._failure: BaseException | None = None
        self._stopping = False
        self._thread = threading.Thread(target=self._write, name="mesolog import writes")
        self._thread.start()

    def insert(
        self, sql: str, rows: Sequence[Sequence[Any]], *, columns: int, reals: Sequence[int]
    ) -> None:
        """Sends `rows`, each the bound values of the `columns` of the INSERT `sql`
        (`INSERT INTO t (a, b) VALUES (?, ?)`), to be inserted in their order; `reals`
        are the places of the values that may be doubles."""
        head = sql[: sql.index(" VALUES ")]
        values = ", ".join(f"j.value->>{place}" for place in range(columns))
        selected = f"{head} SELECT {values} FROM json_each(?) AS j ORDER BY j.key"
        for start in range(0, len(rows), _ROWS_A_STATEMENT):
            chunk = rows[start : start + _ROWS_A_STATEMENT]
            payload = _json(chunk, reals)
            if payload is None:
                self._batch.append(_Statement(sql, list(chunk), many=True))
            else:
                self._batch.append(_Statement(selected, (payload,), many=False))

    def with_rows(self, sql: str, first: Sequence[Any], rows: Sequence[Sequence[Any]]) -> bool:
        """Sends `sql`, whose parameters are `first` then `rows` as one JSON array (read
        by `json_each(?)`), to be run in its turn; False, with nothing sent, when JSON
        cannot carry one of the values (none is a double)."""
        payload = _json(rows, ())
        if payload is None:
            return False
        self._batch.append(_Statement(sql, (*first, payload), many=False))
        return True

    def execute(self, sql: str, parameters: Sequence[Any]) -> None:
        """Sends one statement of the driver's SQL, to be run in its turn."""
        self._batch.append(_Statement(sql, parameters, many=False))

    def end_batch(self) -> None:
        """Hands the statements sent so far to the writing thread; waits while it still has
        the batch before (so at most two batches' rows are held)."""
        if self._batch:
            self._sent.join()
            self._raise_failure()
            self._sent.put(self._batch)
            self._batch = []
        self._raise_failure()

    def drain(self) -> None:
        """Returns once every statement sent has run (raising the first failure): the
        importer's thread may then use the connection."""
        self.end_batch()
        self._sent.join()
        self._raise_failure()

    def wait_idle(self) -> None:
        """Returns once the writing thread has run what was handed to it (raising the first
        failure), leaving the batch being sent unsent: the importer's thread may then read
        what does not depend on it."""
        self._sent.join()
        self._raise_failure()

    def stop(self) -> None:
        """Ends the thread once the statement it runs has run: the rest of its batch, and
        what was not handed over, are dropped (the transaction is rolled back, or
        everything has run)."""
        self._batch = []
        self._stopping = True
        self._sent.put(None)
        self._thread.join()

    def refuse_use(self) -> None:
        """Raises while the writing thread works, or once it has failed (SQLite may have
        rolled the transaction back then): the importer's thread must not use the
        connection."""
        if self._sent.unfinished_tasks > 0:
            raise RuntimeError("a statement ran on the import's connection while it was writing")
        self._raise_failure()

    def _raise_failure(self) -> None:
        failure = self._failure
        if failure is not None:
            raise failure

    def _write(self) -> None:
        """Runs each batch handed over; any failure is kept for the importer's thread, and
        the thread goes on taking batches (and dropping them) until it is stopped, so that
        no wait for it is left hanging."""
        while True:
            batch = self._sent.get()
            try:
                if batch is None:
                    return
                if self._failure is None and not self._stopping:
                    self._run(batch)
            except BaseException as failure:
                self._failure = failure
            finally:
                self._sent.task_done()

    def _run(self, batch: list[_Statement]) -> None:
        cursor = self._driver.cursor()
        try:
            for statement in batch:
                if self._stopping:
                    return
                try:
                    if statement.many:
                        cursor.executemany(statement.sql, statement.parameters)
                    else:
                        cursor.execute(statement.sql, statement.parameters)
                except Exception as error:
                    self._failure = _as_sqlalchemy(self._connection, statement, error)
                    return
        finally:
            cursor.close()


def _json(rows: Sequence[Sequence[Any]], reals: Sequence[int]) -> str | None:
    """The rows as a JSON array, as text (SQLite may take a BLOB for its binary JSON); None
    when JSON cannot carry one of their values as the driver binds it."""
    for row in rows:
        for place in reals:
            value = row[place]
            if type(value) is float and not math.isfinite(value):
                return None
    try:
        return orjson.dumps(rows, option=_PLAIN_ONLY).decode()
    except TypeError:
        return None


def _as_sqlalchemy(connection: Connection, statement: _Statement, error: Exception) -> Exception:
    """The driver's `error` as SQLAlchemy raises it from a statement it ran (parameters
    hidden, as the engine hides them), caused by the driver's error. That error's own
    traceback is dropped: its frames hold the batch's rows."""
    error.__traceback__ = None
    dialect = connection.dialect
    if not isinstance(error, dialect.loaded_dbapi.Error):
        return error
    wrapped = exc.DBAPIError.instance(
        statement.sql,
        None,
        error,
        dialect.loaded_dbapi.Error,
        hide_parameters=True,
        dialect=dialect,
        ismulti=statement.many,
    )
    wrapped.__cause__ = error
    return wrapped


@contextmanager
def deferring(s: Session) -> Iterator[DeferredWrites | None]:
    """Within the block, the inserts `record_inserts.insert_many` and an import's other
    writes make in `s` are sent to a writing thread, on SQLite; on PostgreSQL, None and
    they run at once. Leaving the block waits for what was sent (raising its failure),
    or, when the block raises, for the statement running."""
    connection = s.connection()
    if connection.dialect.name != "sqlite":
        yield None
        return
    writes = DeferredWrites(connection)
    guard = _guard(writes)
    switching = sys.getswitchinterval()
    sys.setswitchinterval(_SWITCH_S)
    try:
        event.listen(connection, "before_cursor_execute", guard)
        s.info[_KEY] = writes
        yield writes
        writes.drain()
    finally:
        sys.setswitchinterval(switching)
        s.info.pop(_KEY, None)
        writes.stop()
        if event.contains(connection, "before_cursor_execute", guard):
            event.remove(connection, "before_cursor_execute", guard)


def deferred(s: Session) -> DeferredWrites | None:
    """The writing thread of the block of `deferring` this session is in, if any."""
    writes = s.info.get(_KEY)
    return writes if isinstance(writes, DeferredWrites) else None


def drained(s: Session) -> None:
    """Waits for every write sent so far, if `s` sends its writes to a thread."""
    writes = deferred(s)
    if writes is not None:
        writes.drain()


def idle(s: Session) -> None:
    """Waits for the writing thread to be idle, if `s` sends its writes to one."""
    writes = deferred(s)
    if writes is not None:
        writes.wait_idle()


def flush(s: Session) -> None:
    """`s.flush()`, after the writes sent so far when it has changes to write (a flush
    with none runs no statement)."""
    if s.new or s.dirty or s.deleted:
        drained(s)
    s.flush()


def _guard(writes: DeferredWrites) -> Callable[..., None]:
    def refuse(*_: object) -> None:
        writes.refuse_use()

    return refuse
