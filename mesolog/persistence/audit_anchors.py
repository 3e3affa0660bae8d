"""Reading the audit chain against an anchor (domain.chain_anchor): the anchor of the
chain now, the entry an anchor names, the entries after it, and the anchor a copy of
the database (a backup) holds."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, func, inspect, select
from sqlalchemy.orm import Session

from mesolog.domain.chain_anchor import AnchorClaim, ChainAnchor
from mesolog.persistence.audit import GENESIS, AuditAction, ChainCheck, check_chain
from mesolog.persistence.backup_files import read_only_uri
from mesolog.persistence.database import Database
from mesolog.persistence.encryption import connect_file
from mesolog.persistence.models import AuditEntryRow, AuditHeadRow
from mesolog.persistence.restore_entries import entries_kept


def chain_anchor(s: Session, *, at: dt.datetime) -> ChainAnchor:
    """The chain's newest entry as its head names it, anchored at `at` (entry 0 and the
    genesis hash before the first entry). Read in the caller's transaction, so that an
    export's anchor is the chain as it was when the exported records were read."""
    head = s.get(AuditHeadRow, 1)
    if head is None:
        return ChainAnchor(0, GENESIS, at)
    return ChainAnchor(head.last_entry_id, head.last_hash, at)


@dataclass(frozen=True, slots=True)
class EntryFacts:
    id: int
    entry_hash: str
    occurred_at: dt.datetime | None
    """None for entry 0 (the chain's start, before any entry)."""


def claimed_entries(s: Session, claim: AnchorClaim) -> list[EntryFacts]:
    """The entry the claim names (by number), or the entries whose hash starts with its
    prefix; entry 0 is the genesis hash of every chain."""
    if claim.entry == 0:
        return [EntryFacts(0, GENESIS, None)]
    query = select(AuditEntryRow.id, AuditEntryRow.entry_hash, AuditEntryRow.occurred_at)
    if claim.entry is not None:
        query = query.where(AuditEntryRow.id == claim.entry)
    else:
        query = query.where(AuditEntryRow.entry_hash.startswith(claim.prefix, autoescape=True))
    return [EntryFacts(*row) for row in s.execute(query.order_by(AuditEntryRow.id))]


def last_entry(s: Session) -> int:
    return s.scalar(select(func.max(AuditEntryRow.id))) or 0


def first_dated_before(s: Session, after: int, moment: dt.datetime) -> EntryFacts | None:
    """The first entry after entry `after` that is dated before `moment`."""
    row = s.execute(
        select(AuditEntryRow.id, AuditEntryRow.entry_hash, AuditEntryRow.occurred_at)
        .where(AuditEntryRow.id > after, AuditEntryRow.occurred_at < moment.astimezone(dt.UTC))
        .order_by(AuditEntryRow.id)
        .limit(1)
    ).first()
    return None if row is None else EntryFacts(*row)


@dataclass(frozen=True, slots=True)
class OutOfOrderRow:
    """An entry dated before an entry that comes before it in the chain."""

    id: int
    occurred_at: dt.datetime
    later: int
    """The entry before it with the latest time so far."""
    later_at: dt.datetime


def out_of_order(s: Session, *, slack: dt.timedelta) -> list[OutOfOrderRow]:
    """Every entry dated more than `slack` before the latest entry that precedes it: entries
    are appended as they happen, so such an entry was written later and back-dated (or a
    workstation's clock was that far wrong)."""
    found: list[OutOfOrderRow] = []
    latest: tuple[int, dt.datetime] | None = None
    rows = s.execute(select(AuditEntryRow.id, AuditEntryRow.occurred_at).order_by(AuditEntryRow.id))
    for entry_id, moment in rows:
        if latest is not None and moment < latest[1] - slack:
            found.append(OutOfOrderRow(entry_id, moment, *latest))
        if latest is None or moment > latest[1]:
            latest = (entry_id, moment)
    return found


@dataclass(frozen=True, slots=True)
class RestoreFacts:
    id: int
    occurred_at: dt.datetime
    detail: str

    @property
    def kept_up_to(self) -> int:
        """The last entry of the chain it replaced that the restore kept."""
        return entries_kept(self.detail, self.id)


def restores(s: Session) -> list[RestoreFacts]:
    """The chain's restore entries, oldest first."""
    rows = s.execute(
        select(AuditEntryRow.id, AuditEntryRow.occurred_at, AuditEntryRow.detail)
        .where(AuditEntryRow.action == AuditAction.RESTORE.value)
        .order_by(AuditEntryRow.id)
    )
    return [RestoreFacts(*row) for row in rows]


@dataclass(frozen=True, slots=True)
class CopyChain:
    """A database copy's own chain: whether it is whole, and its anchor when it is."""

    check: ChainCheck | None
    """None when the copy holds no audit chain at all (a schema before the chain)."""
    anchor: ChainAnchor | None


def copy_chain(path: Path, *, key: str | None) -> CopyChain:
    """Walks the chain of the SQLite file `path` (a private copy: it may be written) and
    anchors it at its newest entry's time."""
    db = Database(URL.create("sqlite", database=str(path)), passphrase=key)
    try:
        with db.read() as s:
            if not inspect(s.connection()).has_table(AuditHeadRow.__tablename__):
                return CopyChain(None, None)
            check = check_chain(s)
            if not check.intact:
                return CopyChain(check, None)
            newest = s.scalar(select(func.max(AuditEntryRow.occurred_at)))
            if newest is None:
                return CopyChain(check, None)
            return CopyChain(check, chain_anchor(s, at=newest))
    finally:
        db.dispose()


def shared_up_to(s: Session, other: Path | Database, *, key: str | None, below: int) -> int:
    """The last entry before entry `below` that today's chain (read in `s`) and the chain
    of `other` hold alike, 0 when none is: an SQLite file (read only; keyed with `key`) or
    another database. Each entry's hash chains the one before it, so two chains alike at
    an entry are alike up to it: a binary search over the entries."""
    with _hashes_of(other, key) as theirs:

        def alike(entry: int) -> bool:
            ours = s.scalar(select(AuditEntryRow.entry_hash).where(AuditEntryRow.id == entry))
            return ours is not None and theirs(entry) == ours

        low, high = 0, below - 1
        while low < high:
            middle = (low + high + 1) // 2
            if alike(middle):
                low = middle
            else:
                high = middle - 1
        return low


@contextlib.contextmanager
def _hashes_of(other: Path | Database, key: str | None) -> Iterator[Callable[[int], str | None]]:
    """The entry hashes of `other`'s chain, by entry number (None for an entry it lacks)."""
    if isinstance(other, Database):
        with other.read() as theirs:
            yield lambda entry: theirs.scalar(
                select(AuditEntryRow.entry_hash).where(AuditEntryRow.id == entry)
            )
        return
    copy = connect_file(read_only_uri(other), passphrase=key, location=other.name, uri=True)
    try:

        def stored(entry: int) -> str | None:
            row = copy.execute("SELECT entry_hash FROM audit_log WHERE id = ?", (entry,))
            found = row.fetchone()
            return None if found is None else str(found[0])

        yield stored
    finally:
        copy.close()
