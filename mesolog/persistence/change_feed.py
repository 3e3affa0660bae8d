"""What other workstations changed: the audit entries written since the last look, as the
patients and kinds of record they touched (scale plan §3.2).

Every change to a record writes an audit entry in the same transaction, so the audit log
alone says what changed. The feed is woken cheaply and then reads the entries after the
last id it saw (the primary key), so a missed wake-up costs only the delay to the next:

- PostgreSQL: a trigger on `audit_log` notifies the channel `mesolog_changes` at commit
  (persistence.guards); the feed holds one extra autocommit connection that LISTENs and
  runs nothing else, whose socket the window watches. A read every few seconds stands in
  for a dropped trigger or connection.
- SQLite: one extra connection, never inside a transaction, asked `PRAGMA data_version`
  (about 2 µs), which moves when another connection commits.

Entries written through this feed's own engine are dropped by id and hash (the window
refreshed for them already); an id rolled back here and reused by another workstation has
another hash, and is not. A batch of entries (persistence.audit_batches, an import's) is
told by its range of ids and its last entry's hash, which the connection that wrote it
keeps until its commit.
"""

from __future__ import annotations

import bisect
import logging
import re
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Insert, event, func, select

from mesolog.persistence.audit_batches import WRITTEN_HERE
from mesolog.persistence.database import Database
from mesolog.persistence.guards import CHANGES_CHANNEL
from mesolog.persistence.models import AuditEntryRow

READ_AT_LEAST_EVERY_S = 5.0
"""PostgreSQL: how often the entries are read without a notification."""
_AMENDS = re.compile(r"amends ([0-9a-f-]{36})")
AUDIT_LOG = AuditEntryRow.__tablename__
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Changes:
    """What other workstations changed since the feed last answered."""

    patients: frozenset[uuid.UUID]
    """The patients whose records changed."""
    kinds: frozenset[str]
    """The kinds of record changed (the audit's entity: `patient`, `session`, …)."""
    records: frozenset[uuid.UUID]
    """The records changed, and the sessions an amendment corrects."""
    entries: int
    """How many audit entries this is."""


class ChangeFeed:
    """Follows one database's audit log for the changes other workstations make."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._engine = db.engine
        self._own: dict[int, str] = {}
        self._own_batches: list[tuple[int, int, str]] = []
        with db.read() as s:
            self._last = s.scalar(select(func.max(AuditEntryRow.id))) or 0
        self._next_read = 0.0
        self._watcher: Any = None
        self._version: int | None = None
        event.listen(self._engine, "after_execute", self._executed)
        event.listen(self._engine, "commit", self._committed)
        event.listen(self._engine, "rollback", self._rolled_back)
        event.listen(self._engine, "engine_disposed", self._disposed)
        self._watch()

    @property
    def socket(self) -> int | None:
        """PostgreSQL: the listening connection's socket, readable when a notification
        came; None on SQLite (or while the connection is being made again)."""
        if self._db.backend != "postgresql" or self._watcher is None:
            return None
        fileno: int = self._watcher.driver_connection.pgconn.socket
        return fileno

    @property
    def last_id(self) -> int:
        """The newest audit entry read."""
        return self._last

    def changes(self) -> Changes | None:
        """What other workstations changed since the last call; None when nothing (the
        usual answer, without reading the audit log)."""
        if not self._woken():
            return None
        return self._read()

    def close(self) -> None:
        event.remove(self._engine, "after_execute", self._executed)
        event.remove(self._engine, "commit", self._committed)
        event.remove(self._engine, "rollback", self._rolled_back)
        event.remove(self._engine, "engine_disposed", self._disposed)
        self._drop_watcher()

    # waking

    def _watch(self) -> None:
        watcher: Any = self._engine.raw_connection()
        try:
            if self._db.backend == "postgresql":
                driver = watcher.driver_connection
                driver.autocommit = True
                driver.execute(f"LISTEN {CHANGES_CHANNEL}")
            else:
                self._version = _data_version(watcher)
        except BaseException:
            watcher.invalidate()
            raise
        self._watcher = watcher

    def _disposed(self, _engine: Any) -> None:
        """The clinic closed its connections (to encrypt the file, which no other connection
        may hold open): this one too; made again at the next look if the clinic goes on."""
        self._drop_watcher()

    def _drop_watcher(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            # detached: a connection that listens never goes back to the pool
            watcher.detach()
            watcher.close()

    def _woken(self) -> bool:
        try:
            if self._watcher is None:
                self._watch()
                return True
            if self._db.backend == "postgresql":
                return self._notified() or time.monotonic() >= self._next_read
            version = _data_version(self._watcher)
        except Exception:
            # a dropped connection: made again at the next look, the entries read then
            log.warning("the change feed's connection failed; it is made again", exc_info=True)
            self._drop_watcher()
            return False
        moved, self._version = version != self._version, version
        return moved

    def _notified(self) -> bool:
        pgconn = self._watcher.driver_connection.pgconn
        pgconn.consume_input()
        notified = False
        while pgconn.notifies() is not None:
            notified = True
        return notified

    # reading

    def _read(self) -> Changes | None:
        self._next_read = time.monotonic() + READ_AT_LEAST_EVERY_S
        with self._db.read() as s:
            rows = s.execute(
                select(
                    AuditEntryRow.id,
                    AuditEntryRow.entry_hash,
                    AuditEntryRow.entity,
                    AuditEntryRow.entity_uuid,
                    AuditEntryRow.patient_uuid,
                    AuditEntryRow.detail,
                )
                .where(AuditEntryRow.id > self._last)
                .order_by(AuditEntryRow.id)
            ).all()
            if rows:
                self._last = rows[-1].id
            else:
                # fewer entries than seen: the database was restored from a backup meanwhile
                newest = s.scalar(select(func.max(AuditEntryRow.id))) or 0
                self._last = min(self._last, newest)
        patients: set[uuid.UUID] = set()
        kinds: set[str] = set()
        records: set[uuid.UUID] = set()
        entries = 0
        own = self._batches_read(rows)
        for row in rows:
            if self._own.pop(row.id, None) == row.entry_hash or own(row.id):
                continue
            entries += 1
            kinds.add(row.entity)
            patients.update(u for u in (row.patient_uuid,) if u is not None)
            records.update(u for u in (row.entity_uuid,) if u is not None)
            amended = _AMENDS.fullmatch(row.detail or "")
            if amended is not None:
                records.add(uuid.UUID(amended.group(1)))
        if not entries:
            return None
        return Changes(frozenset(patients), frozenset(kinds), frozenset(records), entries)

    def _batches_read(self, rows: Sequence[Any]) -> Callable[[int], bool]:
        """Whether an id read is of a batch written here: one whose last entry, read
        now, has the hash it was written with. The batches read are let go."""
        hashes = {row.id: row.entry_hash for row in rows}
        mine = sorted(
            (first, last)
            for first, last, last_hash in self._own_batches
            if hashes.get(last) == last_hash
        )
        self._own_batches = [batch for batch in self._own_batches if batch[1] > self._last]
        starts = [first for first, _ in mine]

        def own(entry_id: int) -> bool:
            place = bisect.bisect_right(starts, entry_id) - 1
            return place >= 0 and entry_id <= mine[place][1]

        return own

    def _committed(self, connection: Connection) -> None:
        self._own_batches += connection.info.pop(WRITTEN_HERE, ())

    def _rolled_back(self, connection: Connection) -> None:
        connection.info.pop(WRITTEN_HERE, None)

    def _executed(
        self,
        _connection: Connection,
        statement: Any,
        many: Sequence[Mapping[str, Any]],
        one: Mapping[str, Any],
        *_rest: Any,
    ) -> None:
        """Every INSERT into the audit log through this engine by SQLAlchemy (the ORM's, one
        entry at a time): its entries are this window's own."""
        if isinstance(statement, Insert) and statement.table.name == AUDIT_LOG:
            for values in many or (one,):
                self._own[values["id"]] = values["entry_hash"]


def _data_version(connection: Any) -> int:
    """SQLite's count of the commits other connections made to the file (outside a
    transaction: inside one it stands still)."""
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA data_version")
        version: int = cursor.fetchone()[0]
    finally:
        cursor.close()
    return version
