"""Private files and folders: what mesolog writes is its owner's alone, whatever the umask.

Health data stays private: every file mesolog writes (the database, its copies and
backups, the scratch files they pass through) is created here, new and empty, with
mode 0600, before anything is written into it; every folder it creates is 0700. The
mode is set exactly, so neither a permissive umask (002, 000) nor a restrictive one
changes it.

SQLite, given such an existing empty file, makes a new database in it (plain, or
encrypted by SQLCipher when keyed first) and creates its `-wal`, `-shm` and
`-journal` with the database file's own mode, so they are 0600 as well. A file
written under a scratch name and renamed into place keeps its mode.

A folder that exists already is left as it is: the person chose it, and its mode is
theirs to set. Exports and summaries go through `tempfile.mkstemp`, which creates
0600 files too (services.file_output).

A file written whole under a scratch name takes its place with `put_in_place`, in the
order that survives a power cut at any instant: the file synced to disk, then renamed,
then its folder synced. Without the first sync the rename may reach the disk before the
content (an empty or torn file under the final name); without the last, the rename may
not reach it at all.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def create_private_file(path: Path) -> None:
    """Create `path` as a new empty file only its owner may read and write
    (FileExistsError if anything is there already: nothing is ever overwritten)."""
    os.close(_create(path))


def create_private_file_unless_present(path: Path) -> None:
    """Create `path` as `create_private_file` does; a file already there is left as it is."""
    with contextlib.suppress(FileExistsError):
        create_private_file(path)


def open_private_file(path: Path) -> BinaryIO:
    """A new file at `path`, created as `create_private_file` does, open for writing bytes."""
    return os.fdopen(_create(path), "wb")


def make_private_folder(folder: Path) -> None:
    """Create `folder` and whichever of its parents are missing, each 0700 and durable; a
    folder that exists already is left as it is (also one made meanwhile by someone else)."""
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for each in reversed(missing):
        try:
            each.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if not each.is_dir():
                raise
            continue
        # mkdir's mode passes through the umask; this one does not.
        each.chmod(FOLDER_MODE)
        sync_folder(each.parent)  # the new folder stays, with what is put in place in it
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))


def put_in_place(scratch: Path, target: Path) -> None:
    """Rename the finished file `scratch` to `target` (replacing any file there) durably:
    after a power cut `target` is whole, as it was before or as `scratch` holds it."""
    with scratch.open("r+b") as file:
        os.fsync(file.fileno())
    scratch.replace(target)
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make the renames, creations and removals in `folder` durable (POSIX; Windows cannot
    open a folder, and its renames need no such step)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _create(path: Path) -> int:
    descriptor = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE
    )
    try:
        # os.open's mode passes through the umask; this one does not. (Windows has no
        # such modes, nor os.fchmod before Python 3.13.)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, FILE_MODE)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor
