"""Anchoring the audit chain outside the database, and proving that today's chain extends
an anchor taken before.

An anchor (domain.chain_anchor) is the chain's newest entry, number and hash, at a
moment. Backups leave it in the anchors log of the backup folder
(services.backup_anchors), exports carry it as `chain_anchor`, summaries print it.
Today's chain extends an anchor when the chain is intact from its first entry to its
head, the entry the anchor names is there with the anchored hash (so, by the chain,
every entry up to it is as it was), and no entry after it is dated before the anchor
(an entry appended later and back-dated). Whoever can write the database file can
rewrite whatever came after the newest anchor out of their reach, and nothing before it.

A restore of an older backup replaces the entries after the backup's newest, so an anchor
of those entries no longer holds. The anchors log says which restore kept which entries,
but a file's word is only a claim: such an anchor counts as replaced only when today's
chain itself holds that restore's entry, right after the entries kept and dated after the
anchor was taken (`_replaced`). The services say what they found as facts
(domain.anchor_findings); the window and the command line put them into words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.anchor_findings import (
    Ambiguous,
    BackDated,
    BrokenAfter,
    Cut,
    Finding,
    Held,
    NoSuchHash,
    OutOfOrder,
    Replaced,
    RestoredSince,
    Rewritten,
)
from mesolog.domain.chain_anchor import AnchorClaim, ChainAnchor
from mesolog.persistence.anchor_log import anchor_log_path
from mesolog.persistence.audit import ChainBreak, check_chain
from mesolog.persistence.audit_anchors import (
    OutOfOrderRow,
    RestoreFacts,
    chain_anchor,
    claimed_entries,
    first_dated_before,
    last_entry,
    out_of_order,
    restores,
)
from mesolog.persistence.location import sqlite_file
from mesolog.services import backup_checks
from mesolog.services.anchor_sources import AnchorFile, read_anchor_file
from mesolog.services.backups import BackupService
from mesolog.services.context import ServiceContext
from mesolog.services.restore_steps import tidy_unless_busy

CLOCK_SLACK = dt.timedelta(minutes=10)
"""How far the workstations' clocks may disagree: an entry after an anchor that is dated
more than this before the anchor was taken was back-dated."""


@dataclass(frozen=True, slots=True)
class AnchorOutcome:
    claim: AnchorClaim
    finding: Finding
    """How today's chain extends it (`Held`), or what does not fit."""
    restored: RestoredSince | None = None
    """Beside an anchor that does not hold: a restore of today's chain that may explain it."""

    @property
    def holds(self) -> bool:
        return isinstance(self.finding, Held)

    @property
    def replaced(self) -> bool:
        """It does not hold, but a restore that today's chain records replaced that part
        of the chain: not a sign of tampering."""
        return isinstance(self.finding, Replaced)


@dataclass(frozen=True, slots=True)
class AnchorVerification:
    entries: int
    """Today's chain's newest entry."""
    first_break: ChainBreak | None
    outcomes: tuple[AnchorOutcome, ...]

    @property
    def intact(self) -> bool:
        return self.first_break is None and all(o.holds or o.replaced for o in self.outcomes)


class AnchorService:
    def __init__(self, context: ServiceContext, backup_folder: Path | None = None) -> None:
        self._ctx = context
        self._backup_folder = backup_folder

    def current(self) -> ChainAnchor:
        """The chain's anchor now (for an export's `chain_anchor`, a summary's footer)."""
        with self._ctx.db.read() as s:
            return chain_anchor(s, at=self._ctx.now())

    def anchors_log(self) -> Path | None:
        """The anchors log of the backup folder, when the database is an SQLite file and a
        backup has written one; a restore cut short before its line reached the log (the
        power went) is settled first, as listing the backups does, so that the restore is
        not read as a rewritten chain."""
        database = sqlite_file(self._ctx.db.url)
        if database is None:
            return None
        folder = BackupService(self._ctx, self._backup_folder).folder
        tidy_unless_busy(self._ctx, database, folder)
        log = anchor_log_path(folder, database.stem)
        return log if log.is_file() else None

    @staticmethod
    def needs_passphrase(path: Path) -> bool:
        """Whether `path` is a backup encrypted with a passphrase (to ask before `read`)."""
        return path.is_file() and backup_checks.needs_passphrase(path)

    def read(self, path: Path, passphrase: str | None = None) -> AnchorFile:
        """The anchors a backup, an export or an anchors log holds."""
        with self._ctx.db.read() as s:
            self._ctx.require_when_logged_in(s, Permission.ADMINISTER)
        return read_anchor_file(self._ctx, path, passphrase)

    def verify(self, claims: Sequence[AnchorClaim]) -> AnchorVerification:
        """Walks today's whole chain, then checks it against each claim."""
        with self._ctx.db.read() as s:
            self._ctx.require_when_logged_in(s, Permission.ADMINISTER)
            chain = check_chain(s)
            facts = _ChainFacts(
                chain.first_break, last_entry(s), restores(s), out_of_order(s, slack=CLOCK_SLACK)
            )
            outcomes = tuple(_outcome(s, c, facts) for c in claims)
        return AnchorVerification(facts.last, chain.first_break, outcomes)


@dataclass(frozen=True, slots=True)
class _ChainFacts:
    """What every claim is checked against, read once."""

    broken: ChainBreak | None
    last: int
    restores: list[RestoreFacts]
    out_of_order: list[OutOfOrderRow]


def _outcome(s: Session, claim: AnchorClaim, facts: _ChainFacts) -> AnchorOutcome:
    finding = _extends(s, claim, facts)
    if isinstance(finding, Held):
        return AnchorOutcome(claim, finding)
    replaced = _replaced(claim, facts.restores)
    if replaced is not None:
        return AnchorOutcome(claim, replaced)
    return AnchorOutcome(claim, finding, _restored_since(claim, facts.restores))


def _extends(s: Session, claim: AnchorClaim, facts: _ChainFacts) -> Finding:
    broken, last = facts.broken, facts.last
    found = claimed_entries(s, claim)
    if not found:
        return NoSuchHash() if claim.entry is None else Cut(last)
    if len(found) > 1:
        return Ambiguous(len(found))
    entry = found[0]
    if not entry.entry_hash.startswith(claim.prefix):
        return Rewritten(entry.id, entry.entry_hash)
    if broken is not None:
        return BrokenAfter(entry.id, broken.entry_id)
    backdated = _back_dated(s, entry.id, claim.at, facts.out_of_order)
    if backdated is not None:
        return backdated
    return Held(entry.id, last - entry.id)


def _back_dated(
    s: Session, anchored: int, taken: dt.datetime | None, disorder: list[OutOfOrderRow]
) -> BackDated | OutOfOrder | None:
    """The first entry after the anchored one that is dated before the anchor was taken, or
    before an entry that precedes it."""
    late = None if taken is None else first_dated_before(s, anchored, taken - CLOCK_SLACK)
    after = next((o for o in disorder if o.id > anchored), None)
    if (
        late is not None
        and late.occurred_at is not None
        and taken is not None
        and (after is None or late.id <= after.id)
    ):
        return BackDated(late.id, late.occurred_at, taken, anchored)
    if after is not None:
        return OutOfOrder(after.id, after.occurred_at, after.later, after.later_at, anchored)
    return None


def _replaced(
    claim: AnchorClaim, done: list[RestoreFacts], seen: dict[int, Replaced | None] | None = None
) -> Replaced | None:
    """The restore that replaced the chain the anchor describes, when today's chain itself
    records it: a restore line of the anchors log is only a claim, and counts when the
    chain holds a restore entry where the line says (services.backup_anchors), which says
    it kept what the line says, dated no earlier than the anchor. A restore whose entry a
    later restore replaced in turn (the wrong backup restored, then the same one again)
    counts when its line's own anchor is that entry and is replaced so, by a later line of
    the log. So a line forged into the log excuses nothing the chain does not show; a
    restore entry forged into the chain shows in the audit log as a restore."""
    if claim.at is None:
        return None
    seen = {} if seen is None else seen  # each line's own anchor weighed once
    by_entry = {restore.id: restore for restore in done}
    for line in reversed(claim.restores_after):
        restore = by_entry.get(line.restore_entry)
        if (
            restore is not None
            and restore.kept_up_to == line.kept_up_to
            and restore.occurred_at >= claim.at
        ):
            return Replaced(
                restore.id, restore.occurred_at, line.number, line.file, line.kept_up_to
            )
        own = line.own
        if (
            own is not None
            and own.entry == line.restore_entry
            and own.at is not None
            and own.at >= claim.at
            and _replaced_once(own, done, seen) is not None
        ):
            return Replaced(
                line.restore_entry, own.at, line.number, line.file, line.kept_up_to, in_turn=True
            )
    return None


def _replaced_once(
    claim: AnchorClaim, done: list[RestoreFacts], seen: dict[int, Replaced | None]
) -> Replaced | None:
    if id(claim) not in seen:
        seen[id(claim)] = _replaced(claim, done, seen)
    return seen[id(claim)]


def _restored_since(claim: AnchorClaim, done: list[RestoreFacts]) -> RestoredSince | None:
    """A restore of an older backup replaces the entries after the backup's newest: an
    anchor of those entries, taken before the restore, no longer holds (said, not excused:
    the restore entry is in the chain, and a rewritten chain may hold one too)."""
    relevant = [
        r
        for r in done
        if (claim.entry is None or r.id <= claim.entry)
        and (claim.at is None or r.occurred_at >= claim.at)
    ]
    if not relevant:
        return None
    restore = relevant[-1]
    return RestoredSince(restore.id, restore.occurred_at, restore.detail)
