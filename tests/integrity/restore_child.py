"""The process the restore-kill test kills: `mesolog restore` run as the command line runs it.

    python -m tests.integrity.restore_child DATABASE BACKUP [POINT]   (from the repository root)

It imports everything the command needs, prints READY, and waits for one line on
standard input; then it runs `mesolog --db DATABASE restore BACKUP` in this process
and prints `EXIT status` when the command returns. With POINT (`after:NAME` or
`before:NAME`, NAME one of STOP_POINTS), it prints `AT POINT` when the restore
reaches that step and waits there for ever, for the parent to kill it at that very
moment: the steps are the restore's own functions, named as the service calls them.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable
from typing import Any

import mesolog.services.backups as backups_module
from mesolog.cli.main import main

STOP_POINTS = ("checked_copy", "write_safety_copy", "restore_online")
"""The steps of `BackupService.restore` a kill may be pinned to."""


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def stop_at(point: str) -> None:
    """Wraps the step named by `point` so that the process halts before or after it."""
    when, _, name = point.partition(":")
    if when not in ("before", "after") or name not in STOP_POINTS:
        raise SystemExit(f"no such stop point: {point!r}")
    owner: Any = backups_module.backup_checks if name == "checked_copy" else backups_module
    step: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(step)
    def halting(*args: Any, **kwargs: Any) -> Any:
        if when == "before":
            _halt(point)
        result = step(*args, **kwargs)
        _halt(point)
        return result

    setattr(owner, name, halting)


def _halt(point: str) -> None:
    say(f"AT {point}")
    threading.Event().wait()


def run() -> None:
    database, backup, *point = sys.argv[1:]
    if point:
        stop_at(point[0])
    say("READY")
    sys.stdin.readline()
    status = main(["--db", database, "restore", backup])
    say(f"EXIT {status}")


if __name__ == "__main__":
    run()
