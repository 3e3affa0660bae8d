"""A lock a process holds on a file while it works: whoever takes it next knows that
anything an earlier holder left behind was left by a process that has ended.

The operating system releases the lock when its holder ends, however it ends (a
SIGKILL, a crash, a power cut), so the lock is never stale. POSIX `flock` and
Windows' byte-range locks are both per open file, so two holders in one process
exclude each other as two processes do. The lock file is empty and private
(persistence.private_files); it is there while the lock is held, and removed as it
is let go (one a killed holder left is removed by the next). On POSIX a taker
checks that the file it locked is still the one at the path, so a file removed
meanwhile is never taken for the lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import Text, phrase
from mesolog.persistence.private_files import create_private_file_unless_present


class LockHeldError(DatabaseError):
    """Another holder (in this process or another) has the lock."""


@contextmanager
def held(path: Path, *, busy: Text) -> Iterator[None]:
    """Holds the lock of the file `path` (created when missing) for the block; LockHeldError
    with the message `busy` at once when someone else holds it."""
    descriptor = _take(path, busy)
    try:
        yield
    finally:
        _let_go(path, descriptor)


def _take(path: Path, busy: Text) -> int:
    while True:
        try:
            create_private_file_unless_present(path)
            descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:  # removed by the holder letting go meanwhile
            continue
        except OSError as error:
            raise DatabaseError(
                phrase("Database", "Cannot open the lock file {path}: {strerror}").having(
                    path=path, strerror=error.strerror
                )
            ) from error
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise LockHeldError(busy)
        if _still_there(path, descriptor):
            return descriptor
        os.close(descriptor)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _still_there(_path: Path, _descriptor: int) -> bool:
        return True  # Windows removes no file that is open

    def _let_go(path: Path, descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
        os.close(descriptor)
        with contextlib.suppress(OSError):  # taken meanwhile by someone else: theirs now
            path.unlink()

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _still_there(path: Path, descriptor: int) -> bool:
        try:
            found = path.stat()
        except FileNotFoundError:
            return False
        held_file = os.fstat(descriptor)
        return (found.st_dev, found.st_ino) == (held_file.st_dev, held_file.st_ino)

    def _let_go(path: Path, descriptor: int) -> None:
        # Removed while still locked: a taker that opened it meanwhile sees it gone.
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        os.close(descriptor)
