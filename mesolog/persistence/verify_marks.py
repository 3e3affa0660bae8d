"""Verification marks: how far the last `audit verify` that found nothing wrong got (the
chain's newest entry, its hash, when), kept outside the database so that the next one
need walk only the entries after it.

A mark is a file in this workstation's data folder, `verify-marks/KEY.json`, KEY a hash
of the database's location; it holds the hash of the chain's first entry too. A copy of
the database elsewhere starts with no mark. A mark whose first entry differs is of
another database made in the same place when that database's first entry is dated after
the mark was taken, and is ignored; otherwise the chain was rewritten from its first
entry. The file is 0600 and the folder 0700; a mark is replaced whole (written beside
it, then renamed). A mark that is missing or does not read is no mark: the next check is
a full one. Like the anchors log, a mark is only as safe as the computer that keeps it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import platformdirs
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesolog.persistence.audit import AuditAction, stored_hash
from mesolog.persistence.models import AuditEntryRow
from mesolog.persistence.private_files import make_private_folder

FOLDER = "verify-marks"


@dataclass(frozen=True, slots=True)
class VerifyMark:
    first: str
    """The hash of the chain's first entry."""
    entry: int
    """The newest entry the check found intact."""
    hash: str
    """That entry's hash: a later chain that no longer holds it at `entry` was rewritten."""
    at: dt.datetime
    """When the check ended (aware)."""
    turn: int
    """Which share of the older entries and of the records the next incremental check
    compares."""


class MarkState(StrEnum):
    HELD = "held"
    """The marked entry still has its hash, and every entry up to it is there."""
    NONE = "none"
    """No mark, or the mark of another database made in the same place."""
    RESTORED = "restored"
    """The chain the mark describes was replaced by a restore since."""
    BROKEN = "broken"
    """The chain up to the marked entry is not as it was: it was rewritten, cut short, or
    had entries removed or slipped in."""


def default_marks_folder() -> Path:
    """`verify-marks` in this computer's mesolog data folder (for the user that runs it)."""
    return platformdirs.user_data_path("mesolog", appauthor=False) / FOLDER


def mark_path(folder: Path, location: str) -> Path:
    """The mark of the database at `location`."""
    return folder / f"{hashlib.sha256(location.encode()).hexdigest()[:32]}.json"


def read_mark(folder: Path, location: str) -> VerifyMark | None:
    """The mark of the database at `location`; None when there is none or it does not read."""
    try:
        record = json.loads(mark_path(folder, location).read_bytes())
        if record["database"] != location:
            return None
        mark = VerifyMark(
            record["first"],
            record["entry"],
            record["hash"],
            dt.datetime.fromisoformat(record["at"]),
            record["turn"],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    whole = [isinstance(n, int) and not isinstance(n, bool) for n in (mark.entry, mark.turn)]
    texts = [isinstance(text, str) for text in (mark.first, mark.hash)]
    return mark if all(whole + texts) and mark.at.tzinfo is not None else None


def write_mark(folder: Path, location: str, mark: VerifyMark) -> None:
    """Replaces the mark of the database at `location` (OSError when it cannot)."""
    make_private_folder(folder)
    record = {
        "database": location,
        "first": mark.first,
        "entry": mark.entry,
        "hash": mark.hash,
        "at": mark.at.astimezone(dt.UTC).isoformat(),
        "turn": mark.turn,
    }
    descriptor, name = tempfile.mkstemp(dir=folder, prefix=".mark-", suffix=".partial")
    scratch = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(json.dumps(record, separators=(",", ":")).encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        scratch.replace(mark_path(folder, location))
    except BaseException:
        with contextlib.suppress(OSError):
            scratch.unlink()
        raise


def mark_state(s: Session, mark: VerifyMark | None, *, slack: dt.timedelta) -> MarkState:
    """How today's chain stands to `mark`; `slack` is how far the workstations' clocks may
    disagree."""
    if mark is None:
        return MarkState.NONE
    since = mark.at - slack
    if stored_hash(s, 1) != mark.first:
        return MarkState.NONE if _dated_since(s, 1, since) else MarkState.BROKEN
    if stored_hash(s, mark.entry) == mark.hash and _numbered_through(s, mark.entry):
        return MarkState.HELD
    return MarkState.RESTORED if _restored_since(s, since) else MarkState.BROKEN


def _numbered_through(s: Session, entry: int) -> bool:
    """Whether the entries up to `entry` are exactly entries 1 to `entry`: none missing,
    none slipped in before entry 1."""
    count, lowest = s.execute(
        select(func.count(), func.min(AuditEntryRow.id)).where(AuditEntryRow.id <= entry)
    ).one()
    return bool(count == entry and (entry == 0 or lowest == 1))


def _dated_since(s: Session, entry: int, moment: dt.datetime) -> bool:
    """Whether entry `entry` is dated at or after `moment` (compared by the database, so
    an entry whose time no longer reads is simply not)."""
    found = select(AuditEntryRow.id).where(
        AuditEntryRow.id == entry, AuditEntryRow.occurred_at >= moment.astimezone(dt.UTC)
    )
    return s.scalar(found) is not None


def _restored_since(s: Session, moment: dt.datetime) -> bool:
    """Whether the chain holds a restore entry dated at or after `moment`."""
    found = select(AuditEntryRow.id).where(
        AuditEntryRow.action == AuditAction.RESTORE.value,
        AuditEntryRow.occurred_at >= moment.astimezone(dt.UTC),
    )
    return s.scalar(found.limit(1)) is not None
