"""What the backups are: their kinds, file names and results, and which daily copies
pruning keeps (pure rules, no files touched; services.backups does the work)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

DAILY_DAYS = 7
DAILY_WEEKS = 4
STAMP = "%Y%m%dT%H%M%SZ"
PLAIN_SUFFIX = ".sqlite"
ENCRYPTED_SUFFIX = ".sqlite.enc"


class BackupKind(StrEnum):
    MANUAL = "backup"
    DAILY = "daily"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size_bytes: int
    pages: int
    patients: int
    sessions: int
    revision: str
    """The schema revision the copy holds."""
    encrypted: bool
    """Encrypted as a file with the passphrase given to `backup` (AES-GCM)."""
    taken_at: dt.datetime
    database_encrypted: bool = False
    """The copy is encrypted by SQLCipher with the database's own passphrase (the database
    is encrypted): it opens only with that passphrase."""
    audited: bool = True
    """False when the database's disk was full: the backup was kept (on another disk) but
    could not be written in the audit log."""


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """What `verify` found in a backup file (it passed every check, or `verify` raised)."""

    source: Path
    encrypted: bool
    revision: str
    needs_upgrade: bool
    """An older schema: a restore upgrades it to this version's."""
    pages: int
    patients: int
    sessions: int
    database_encrypted: bool = False
    """The copy inside is encrypted by SQLCipher (with the database's passphrase)."""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    source: Path
    safety_copy: Path
    """The database as it was just before the restore (restore this file to undo)."""
    encrypted: bool
    revision: str
    upgraded_from: str | None
    """The backup's schema revision when it was older and had to be upgraded."""
    patients: int
    sessions: int
    restored_at: dt.datetime


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A file in the backup folder that this database's backups wrote."""

    path: Path
    kind: BackupKind
    taken_at: dt.datetime
    """In UTC, from the file's name."""
    encrypted: bool
    size_bytes: int


@dataclass(frozen=True, slots=True)
class DailyBackupResult:
    backup: BackupResult | None
    """The copy taken now; None when today's was taken already (nothing else was done)."""
    deleted: tuple[Path, ...] = ()
    """Older daily copies pruned away."""
    kept: tuple[Path, ...] = ()
    """The daily copies left, newest first (the new one included)."""

    @property
    def done(self) -> bool:
        return self.backup is not None


def default_backup_folder(database: Path) -> Path:
    """`backups` beside the database file."""
    return database.parent / "backups"


def backup_file_name(
    stem: str, kind: BackupKind, taken_at: dt.datetime, *, encrypted: bool, number: int = 1
) -> str:
    """`STEM.KIND-YYYYMMDDTHHMMSSZ[-N].sqlite[.enc]`, the time in UTC."""
    stamp = taken_at.astimezone(dt.UTC).strftime(STAMP)
    extra = "" if number == 1 else f"-{number}"
    return f"{stem}.{kind.value}-{stamp}{extra}{ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX}"


def parse_backup_file_name(stem: str, name: str) -> tuple[BackupKind, dt.datetime, bool] | None:
    """(kind, time taken in UTC, encrypted) of a name `backup_file_name` made, else None."""
    kinds = "|".join(re.escape(kind.value) for kind in BackupKind)
    found = re.fullmatch(
        rf"{re.escape(stem)}\.({kinds})-(\d{{8}}T\d{{6}}Z)(?:-[1-9]\d*)?\.sqlite(\.enc)?", name
    )
    if found is None:
        return None
    try:
        taken = dt.datetime.strptime(found[2], STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return BackupKind(found[1]), taken, found[3] is not None


def daily_copies_to_keep(
    taken: Iterable[dt.datetime], *, days: int = DAILY_DAYS, weeks: int = DAILY_WEEKS
) -> frozenset[dt.datetime]:
    """Which daily copies pruning keeps, given when each was taken, in local time.

    The newest copy of each of the `days` most recent days that have one; then,
    among the copies older than those days, the newest of each of the `weeks`
    most recent ISO weeks that have one. Days and weeks are those of the times
    as given (pass local times: a clinic's day is its own).
    """
    newest_first = sorted(set(taken), reverse=True)
    newest_of_day: dict[dt.date, dt.datetime] = {}
    for moment in newest_first:
        newest_of_day.setdefault(moment.date(), moment)
    recent_days = sorted(newest_of_day, reverse=True)[:days]
    keep = {newest_of_day[day] for day in recent_days}
    oldest_kept_day = recent_days[-1] if recent_days else None
    newest_of_week: dict[tuple[int, int], dt.datetime] = {}
    for moment in newest_first:
        if oldest_kept_day is not None and moment.date() >= oldest_kept_day:
            continue
        year, week, _ = moment.date().isocalendar()
        newest_of_week.setdefault((year, week), moment)
    keep.update(newest_of_week[week] for week in sorted(newest_of_week, reverse=True)[:weeks])
    return frozenset(keep)
