"""An import's inserts on SQLite run by a thread of their own, while the importer reads,
decodes and builds the next batch's rows: SQLite's own work storing the rows (about a third
of an import's time) on the second core.

The driver lets go of Python's lock only while SQLite runs a statement, so a thread of
`executemany` calls gains nothing: it waits for the lock after every row (measured: 0.644
s threaded against 0.654 s one after the other). Each batch's rows of a table are sent
instead as one JSON array, inserted by one statement (`INSERT ... SELECT ... FROM
json_each(?)`): SQLite reads the values as the driver would have bound them (every double
as written, tested), and the statement runs whole without Python (0.45 s threaded against
0.65 s). A value JSON cannot carry (a number past 64 bits, a lone surrogate) sends that
table's rows by `executemany`, run in its turn.

Everything stays in the import's one transaction on its one connection. The statements run
in the order they were sent; the importer's own thread runs nothing on the connection while
the writing thread works (`drain` first: a statement that would is refused loudly), and it
never sends more than one batch ahead. The first failure stops the writing; it is raised
in the importer's thread, as SQLAlchemy would have raised it, at the next `end_batch`,
`drain` or the end.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, event, exc
from sqlalchemy.orm import Session

_KEY = "mesolog.deferred_writes"

_ROWS_A_STATEMENT = 2000

_PLAIN_ONLY = (
    orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
)
"""Values bound as they are (str, int, float, bool, None) are written; a date, a
dataclass or a subclass (an enum of str or int) is refused, as the driver would refuse
it, instead of written in orjson's own form. A UUID cannot come: every uuid column's bind
processor makes it text."""


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
        self._sent: queue.Queue[list[_Statement] | None] = queue.Queue(maxsize=1)
        self._failure: BaseException | None = None
        self._stopping = False
        self._thread = threading.Thread(target=self._write, name="mesolog import writes")
        self._thread.start()

    def insert(self, sql: str, columns: int, rows: Sequence[Sequence[Any]]) -> None:
        """Sends `rows`, each the bound values of the `columns` of the INSERT `sql`
        (`INSERT INTO t (a, b) VALUES (?, ?)`), to be inserted in their order."""
        head = sql[: sql.index(" VALUES ")]
        values = ", ".join(f"j.value->>{place}" for place in range(columns))
        selected = f"{head} SELECT {values} FROM json_each(?) AS j ORDER BY j.key"
        for start in range(0, len(rows), _ROWS_A_STATEMENT):
            chunk = rows[start : start + _ROWS_A_STATEMENT]
            try:  # text, not bytes: SQLite may take a BLOB for its binary JSON (JSONB)
                payload = orjson.dumps(chunk, option=_PLAIN_ONLY).decode()
            except TypeError:  # a value JSON cannot carry: the driver binds it, or says why
                self._batch.append(_Statement(sql, list(chunk), many=True))
            else:
                self._batch.append(_Statement(selected, (payload,), many=False))

    def with_rows(self, sql: str, first: Sequence[Any], rows: Sequence[Sequence[Any]]) -> bool:
        """Sends `sql`, whose parameters are `first` then `rows` as one JSON array (read
        by `json_each(?)`), to be run in its turn; False, with nothing sent, when JSON
        cannot carry one of the values."""
        try:
            payload = orjson.dumps(rows, option=_PLAIN_ONLY).decode()
        except TypeError:
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
        """Ends the thread once the statement it runs has run: what it has not begun is
        dropped (the transaction is rolled back, or everything has run)."""
        self._batch = []
        self._stopping = True
        self._sent.put(None)
        self._thread.join()

    def busy(self) -> bool:
        return self._sent.unfinished_tasks > 0 and threading.current_thread() != self._thread

    def _raise_failure(self) -> None:
        failure = self._failure
        if failure is not None:
            raise failure

    def _write(self) -> None:
        while True:
            batch = self._sent.get()
            try:
                if batch is None:
                    return
                if self._failure is None and not self._stopping:
                    self._run(batch)
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


def _as_sqlalchemy(connection: Connection, statement: _Statement, error: Exception) -> Exception:
    """The driver's `error` as SQLAlchemy raises it from a statement it ran (parameters
    hidden, as the engine hides them)."""
    dialect = connection.dialect
    if not isinstance(error, dialect.loaded_dbapi.Error):
        return error
    return exc.DBAPIError.instance(
        statement.sql,
        None,
        error,
        dialect.loaded_dbapi.Error,
        hide_parameters=True,
        dialect=dialect,
        ismulti=statement.many,
    )


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
    event.listen(connection, "before_cursor_execute", guard)
    s.info[_KEY] = writes
    try:
        yield writes
        writes.drain()
    finally:
        del s.info[_KEY]
        writes.stop()
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
    def refuse_while_busy(*_: object) -> None:
        if writes.busy():
            raise RuntimeError("a statement ran on the import's connection while it was writing")

    return refuse_while_busy
