"""The audit log for people: verifying the chain and the records, and listing entries."""

from __future__ import annotations

import datetime as dt
import gc
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.ids import PatientId
from mesolog.persistence.audit import (
    ChainBreak,
    ChainCheck,
    ChainStart,
    check_chain,
    check_entries,
    stored_hash,
)
from mesolog.persistence.audit_anchors import last_entry
from mesolog.persistence.audit_coverage import Unaudited, UnauditedRecord
from mesolog.persistence.audit_records import (
    RecordMismatch,
    RecordShare,
    check_records,
    filtered_entries,
)
from mesolog.persistence.guard_checks import GuardFault, GuardProblem, guard_problems
from mesolog.persistence.location import display_location
from mesolog.persistence.models import AuditEntryRow
from mesolog.persistence.verify_marks import (
    MarkState,
    VerifyMark,
    default_marks_folder,
    mark_path,
    mark_state,
    read_mark,
    write_mark,
)
from mesolog.services.context import ServiceContext
from mesolog.services.file_modes import ExposedFile, exposed_files
from mesolog.services.patients import load_patient

__all__ = [
    "AuditEntry",
    "AuditService",
    "AuditVerification",
    "CheckKind",
    "ExposedFile",
    "GuardFault",
    "GuardProblem",
    "RecordMismatch",
    "Unaudited",
    "UnauditedRecord",
    "VerifyMark",
    "VerifyScope",
]

INCREMENTAL_FROM = 20_000
"""The chain's length from which a check is incremental by default: a full check of a
clinic this size takes a few seconds, and grows with the chain."""
TURNS = 7
"""An incremental check compares one share in TURNS of the older entries and records: each
of them at least once in a week of daily checks (the window and the help say "a seventh")."""
BLOCK = 2000
"""Older entries are shared out in runs of this many, walked as runs."""
CLOCK_SLACK = dt.timedelta(minutes=10)
"""How far the workstations' clocks may disagree (as services.audit_anchors allows)."""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    occurred_at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_uuid: uuid.UUID | None
    patient_uuid: uuid.UUID | None
    detail: str
    before_digest: str | None
    after_digest: str | None
    entry_hash: str


class CheckKind(StrEnum):
    """Why a check was full, or that it was incremental."""

    INCREMENTAL = "incremental"
    """From this computer's verification mark: the entries after it, a share of the older
    entries and of the records, and the records' coverage and guards in full."""
    ASKED = "full, as asked"
    SMALL = "full: the chain is short"
    NO_MARK = "full: no verification mark of this database on this computer"
    RESTORED = "full: the database was restored since the last check"
    MARK_BROKEN = "full: the chain up to the last check's mark is not as it was then"


@dataclass(frozen=True, slots=True)
class VerifyScope:
    """What a check covered, and how long it took."""

    kind: CheckKind
    walked: int
    """Entries whose hashes and links were checked."""
    seconds: float
    mark: VerifyMark | None
    """The mark the check started from (incremental), or found not to hold (MARK_BROKEN)."""
    mark_file: Path
    """Where this database's mark is kept on this computer."""
    turn: int | None = None
    """For an incremental check: the share (0 to TURNS - 1) of the older entries and of
    the records it compared."""
    mark_error: str | None = None
    """Why the mark of this check could not be kept (the system's words), if so."""

    @property
    def incremental(self) -> bool:
        return self.kind is CheckKind.INCREMENTAL

    @property
    def entries_per_second(self) -> float:
        return self.walked / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True, slots=True)
class AuditVerification:
    entries: int
    last_hash: str
    """The newest entry's hash: written down or printed, it anchors the chain so far."""
    first_break: ChainBreak | None
    records_checked: int
    changed_records: tuple[RecordMismatch, ...]
    unaudited_records: tuple[UnauditedRecord, ...]
    """Rows no entry wrote: added behind mesolog's back."""
    guard_problems: tuple[GuardProblem, ...]
    """Triggers guarding the records that are missing, altered, disabled or not mesolog's."""
    exposed_files: tuple[ExposedFile, ...]
    """The database's files others on the computer may read: a warning, not a break."""
    records_audited: int
    """Records whose newest entry holds a digest; an incremental check compares a share."""
    scope: VerifyScope

    @property
    def intact(self) -> bool:
        return (
            self.first_break is None
            and self.scope.kind is not CheckKind.MARK_BROKEN
            and not (self.changed_records or self.unaudited_records or self.guard_problems)
        )


class AuditService:
    """For admins in the window; on the command line a maintenance task of whoever may
    open the database file (the audit names the operating-system user)."""

    def __init__(
        self,
        context: ServiceContext,
        *,
        marks_folder: Path | None = None,
        incremental_from: int = INCREMENTAL_FROM,
    ) -> None:
        self._ctx = context
        self._marks = default_marks_folder() if marks_folder is None else marks_folder
        self._incremental_from = incremental_from

    def verify(self, *, full: bool = False, marked: bool = True) -> AuditVerification:
        """Checks the chain, compares audited records with their newest entry, names every
        clinical or account row that no entry wrote and every guard of the records that is
        not as mesolog made it; and the files others may read.

        Past INCREMENTAL_FROM entries, unless `full`, a check starts from this computer's
        verification mark (persistence.verify_marks) when the chain still holds it: it walks
        the entries after the mark and one share in TURNS of the older ones, compares the
        records those entries wrote and one share in TURNS of all the others, and checks
        every record's entry and every guard. A record altered behind mesolog's back, its
        guards dropped and restored, between two checks is found when its share comes
        round (within TURNS checks), or by a full check.

        `marked=False` neither reads nor keeps a mark: a full check of a database this
        computer has not watched before, such as a migration's new copy (a mark left by an
        earlier copy into the same database would otherwise read as a rewritten chain)."""
        started = time.perf_counter()
        location = display_location(self._ctx.db.url)
        with _collector_paused(), self._ctx.db.read() as s:
            self._ctx.require_when_logged_in(s, Permission.ADMINISTER)
            mark = read_mark(self._marks, location) if marked else None
            state = mark_state(s, mark, slack=CLOCK_SLACK)
            kind = _kind(
                state, full=full or not marked, small=last_entry(s) < self._incremental_from
            )
            start = mark if kind is CheckKind.INCREMENTAL else None
            chain, walked = _chain(s, start)
            share = None
            if start is not None:
                share = RecordShare(start.entry, start.turn % TURNS, TURNS)
            records = check_records(s, share=share)
            guards = guard_problems(s.connection())
            first = stored_hash(s, 1) or ""
        scope = VerifyScope(
            kind,
            walked,
            time.perf_counter() - started,
            mark if kind in (CheckKind.INCREMENTAL, CheckKind.MARK_BROKEN) else None,
            mark_path(self._marks, location),
            None if share is None else share.turn,
        )
        result = AuditVerification(
            chain.entries,
            chain.last_hash,
            chain.first_break,
            records.compared,
            records.mismatches,
            records.unaudited,
            tuple(guards),
            exposed_files(self._ctx),
            records.audited,
            scope,
        )
        if (
            marked
            and result.intact
            and (mark is not None or chain.entries >= self._incremental_from)
        ):
            turn = 0 if mark is None else mark.turn
            if scope.incremental:
                turn = (turn + 1) % TURNS
            kept = VerifyMark(first, chain.entries, chain.last_hash, self._ctx.now(), turn)
            result = self._marked(result, location, kept)
        return result

    def _marked(
        self, result: AuditVerification, location: str, mark: VerifyMark
    ) -> AuditVerification:
        """`result` once `mark` is kept as this database's (or with why it could not be)."""
        try:
            write_mark(self._marks, location, mark)
        except OSError as error:
            scope = replace(result.scope, mark_error=error.strerror or str(error))
            return replace(result, scope=scope)
        return result

    def entries(
        self,
        *,
        patient: str | PatientId | None = None,
        actor: str | None = None,
        since: dt.date | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        """Newest first; `patient` by UUID or record number, `since` a day in local time."""
        with self._ctx.db.read() as s:
            self._ctx.require_when_logged_in(s, Permission.ADMINISTER)
            patient_uuid = None
            if patient is not None:
                patient_uuid = load_patient(s, patient, live=False).uuid
            start = None
            if since is not None:
                start = dt.datetime.combine(since, dt.time()).astimezone()
            rows = filtered_entries(
                s, patient_uuid=patient_uuid, actor=actor, since=start, limit=limit
            )
            return [_entry(row) for row in rows]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while a check keeps an entry of every record:
    it would walk them all again and again (a fifth of a check's time), to find no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _kind(state: MarkState, *, full: bool, small: bool) -> CheckKind:
    if state is MarkState.BROKEN:
        return CheckKind.MARK_BROKEN
    if state is MarkState.RESTORED:
        return CheckKind.RESTORED
    if full:
        return CheckKind.ASKED
    if small:
        return CheckKind.SMALL
    return CheckKind.INCREMENTAL if state is MarkState.HELD else CheckKind.NO_MARK


def _chain(s: Session, mark: VerifyMark | None) -> tuple[ChainCheck, int]:
    """The chain checked (whole, or from the mark with its share of the older entries),
    and how many entries were walked."""
    if mark is None:
        chain = check_chain(s)
        return chain, chain.entries
    chain = check_chain(s, start=ChainStart(mark.entry, mark.hash))
    walked = chain.entries - mark.entry
    for first in range(1 + BLOCK * (mark.turn % TURNS), mark.entry + 1, BLOCK * TURNS):
        last = min(first + BLOCK - 1, mark.entry)
        older = check_entries(s, first, last)
        if older is not None:
            return replace(chain, first_break=older), walked + older.entry_id - first + 1
        walked += last - first + 1
    return chain, walked


def _entry(row: AuditEntryRow) -> AuditEntry:
    return AuditEntry(
        row.id,
        row.occurred_at,
        row.actor,
        row.action,
        row.entity,
        row.entity_uuid,
        row.patient_uuid,
        row.detail,
        row.before_digest,
        row.after_digest,
        row.entry_hash,
    )
