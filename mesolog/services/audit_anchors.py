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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.chain_anchor import AnchorClaim, ChainAnchor, grouped, rfc3339
from mesolog.persistence.anchor_log import anchor_log_path
from mesolog.persistence.audit import ChainBreak, check_chain
from mesolog.persistence.audit_anchors import (
    OutOfOrder,
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

CLOCK_SLACK = dt.timedelta(minutes=10)
"""How far the workstations' clocks may disagree: an entry after an anchor that is dated
more than this before the anchor was taken was back-dated."""


@dataclass(frozen=True, slots=True)
class AnchorOutcome:
    claim: AnchorClaim
    holds: bool
    reason: str
    """For people: how today's chain extends it, or what does not fit."""
    replaced: bool = False
    """It does not hold, but a restore recorded in the anchors log replaced that part of
    the chain (see `claim.replaced_by`): not a sign of tampering."""


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
        backup has written one."""
        database = sqlite_file(self._ctx.db.url)
        if database is None:
            return None
        folder = BackupService(self._ctx, self._backup_folder).folder
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
    out_of_order: list[OutOfOrder]


def _outcome(s: Session, claim: AnchorClaim, facts: _ChainFacts) -> AnchorOutcome:
    done = facts.restores
    holds, reason = _extends(s, claim, facts)
    if holds:
        return AnchorOutcome(claim, True, reason)
    if claim.replaced_by is not None:
        return AnchorOutcome(claim, False, f"replaced by {claim.replaced_by}", replaced=True)
    return AnchorOutcome(claim, False, reason + _restore_hint(claim, done))


def _extends(s: Session, claim: AnchorClaim, facts: _ChainFacts) -> tuple[bool, str]:
    broken, last = facts.broken, facts.last
    found = claimed_entries(s, claim)
    if not found:
        if claim.entry is None:
            return False, (
                "no entry of today's chain has that hash: the chain was rewritten or cut "
                "since, or the hash was mistyped"
            )
        return False, (
            f"today's chain ends at entry {last}, before entry {claim.entry}: entries were "
            "cut off the end of the chain"
        )
    if len(found) > 1:
        return False, (
            f"{len(found)} entries have hashes that start so; give more digits or --entry"
        )
    entry = found[0]
    if not entry.entry_hash.startswith(claim.prefix):
        return False, (
            f"entry {entry.id} now has the hash {grouped(entry.entry_hash)}: the chain was "
            f"rewritten at or before entry {entry.id}"
        )
    if broken is not None:
        return False, (
            f"entry {entry.id} still has that hash, but the chain breaks at entry "
            f"{broken.entry_id}, so today's chain does not extend it whole"
        )
    backdated = _back_dated(s, entry.id, claim.at, facts.out_of_order)
    if backdated is not None:
        return False, backdated
    follow = last - entry.id
    after = "it is the head"
    if follow:
        after = f"{follow} entr{'y follows' if follow == 1 else 'ies follow'} it"
    return True, f"today's chain extends it: entry {entry.id} has that hash, and {after}"


def _back_dated(
    s: Session, anchored: int, taken: dt.datetime | None, disorder: list[OutOfOrder]
) -> str | None:
    """The first entry after the anchored one that is dated before the anchor was taken, or
    before an entry that precedes it."""
    late = None if taken is None else first_dated_before(s, anchored, taken - CLOCK_SLACK)
    after = next((o for o in disorder if o.id > anchored), None)
    if late is not None and late.occurred_at is not None and (after is None or late.id <= after.id):
        return (
            f"entry {late.id} is dated {rfc3339(late.occurred_at)}, before the anchor was "
            f"taken ({rfc3339(taken or late.occurred_at)}), yet comes after entry {anchored}: "
            "it was written later and back-dated"
        )
    if after is not None:
        return (
            f"entry {after.id} is dated {rfc3339(after.occurred_at)}, before entry {after.later} "
            f"({rfc3339(after.later_at)}) that comes before it, after entry {anchored}: it was "
            "written later and back-dated (or a workstation's clock was wrong)"
        )
    return None


def _restore_hint(claim: AnchorClaim, done: list[RestoreFacts]) -> str:
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
        return ""
    restore = relevant[-1]
    return (
        f". The database was restored in entry {restore.id} ({restore.detail}): if this "
        f"anchor was taken before that restore, it describes the chain the restore replaced"
    )
