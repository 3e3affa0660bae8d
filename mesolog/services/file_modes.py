"""Files of the database that others on the computer may read: the database and its
journals, the copies mesolog keeps beside it (the hidden ones too: a backup's or a
restore's unfinished copy, a safety copy pending its restore), the backups, and the two
folders that hold them.

mesolog creates its files 0600 and the folders it makes 0700 (persistence.private_files),
among them the data folder of the default location; a folder the person chose for the
database or the backups keeps the mode it had. Either is named when others may open it:
they can list the names of the database's files and copies there, and change them where
they may write. A file from an older version, or copied, or changed by hand, may be wider
too. Each is named with its mode, so that whoever looks after the computer can make it
private again; nothing is changed here.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from mesolog.domain.errors import KnownError
from mesolog.persistence.location import sqlite_file
from mesolog.services.backups import BackupService
from mesolog.services.context import ServiceContext

OTHERS = stat.S_IRWXG | stat.S_IRWXO
"""The bits of a mode that let anyone but the owner in."""


@dataclass(frozen=True, slots=True)
class ExposedFile:
    path: Path
    mode: int
    """The permission bits (0o644)."""
    folder: bool

    @property
    def octal(self) -> str:
        return f"{self.mode:04o}"


def exposed_files(context: ServiceContext) -> tuple[ExposedFile, ...]:
    """The database's files and folders others may read or enter, in path order; none for
    a database that is not a file (PostgreSQL), nor where files have no such modes."""
    database = sqlite_file(context.db.url)
    if database is None or os.name == "nt":
        return ()
    found: list[ExposedFile] = []
    folders = [database.parent]
    try:
        backups = BackupService(context).folder
    except KnownError:
        backups = None  # an unreadable setting: the backups' own check says so
    if backups is not None and backups.resolve() != database.parent.resolve():
        folders.append(backups)
    for folder in folders:
        found += _wide(folder, folder=True)
        found += _files_of(folder, database.stem)
    return tuple(sorted(found, key=lambda f: str(f.path)))


def _files_of(folder: Path, stem: str) -> list[ExposedFile]:
    """The database's files in `folder`: all named `STEM.…` (the database, its `-wal`,
    `-shm` and `-journal`, its copies and backups) or `.STEM.…` (the hidden ones:
    persistence.backup_files.scratch_path, services.backup_copies.pending_path)."""
    mine = (f"{stem}.", f".{stem}.")
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(mine)]
    except OSError:
        return []
    return [found for name in names for found in _wide(folder / name, folder=False)]


def _wide(path: Path, *, folder: bool) -> list[ExposedFile]:
    try:
        status = path.stat()
    except OSError:
        return []
    if folder != stat.S_ISDIR(status.st_mode) or not status.st_mode & OTHERS:
        return []
    return [ExposedFile(path, stat.S_IMODE(status.st_mode), folder)]
