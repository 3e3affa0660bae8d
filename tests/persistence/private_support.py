"""What the private-files tests share: a process umask set for a while, and what under a
folder is not private."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def process_umask(mask: int) -> Iterator[None]:
    """The process's umask set to `mask`, the former one put back afterwards."""
    before = os.umask(mask)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def not_private(folder: Path, *, left_alone: frozenset[Path] = frozenset()) -> dict[str, str]:
    """What under `folder` is not 0600 (a file) or 0700 (a folder), with its mode; the
    folders in `left_alone` (made by the test, as a person would) are not looked at."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path in left_alone:
            continue
        wanted = 0o700 if path.is_dir() else 0o600
        if mode(path) != wanted:
            found[str(path.relative_to(folder))] = oct(mode(path))
    return found
