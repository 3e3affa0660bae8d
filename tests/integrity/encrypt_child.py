"""The process the encryption-kill test kills: `mesolog encrypt` or `mesolog passphrase`
run as the command line runs it.

    python -m tests.integrity.encrypt_child DATABASE COMMAND [POINT]   (from the repository root)

It imports everything the command needs, prints READY, and waits for the line `go`;
then it runs `mesolog --db DATABASE COMMAND --db-passphrase-stdin` in this process,
which reads its passphrases from the next lines of standard input, and prints
`EXIT status` when the command returns. With POINT (`after:NAME` or `before:NAME`, NAME
one of STOP_POINTS), it prints `AT POINT` when the command reaches that step and waits
there for ever, for the parent to kill it at that very moment: the steps are the
conversion's own functions, named as it calls them.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable
from typing import Any

import mesolog.persistence.conversion as conversion_module
import mesolog.services.encryption as encryption_module
from mesolog.cli.main import main

STOP_POINTS = {
    "_export": conversion_module,
    "check_copy": conversion_module,
    "_keep_plain_copy": conversion_module,
    "put_in_place": conversion_module,
    "audit_copy": encryption_module,
}
"""The steps of a conversion a kill may be pinned to, and the module that calls each:
the new file written, checked, given its audit entry, the plain copy kept, and (after
`put_in_place`) the new file just renamed over the database."""


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def stop_at(point: str) -> None:
    """Wraps the step named by `point` so that the process halts before or after it."""
    when, _, name = point.partition(":")
    if when not in ("before", "after") or name not in STOP_POINTS:
        raise SystemExit(f"no such stop point: {point!r}")
    owner: Any = STOP_POINTS[name]
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
    database, command, *point = sys.argv[1:]
    if point:
        stop_at(point[0])
    say("READY")
    sys.stdin.readline()
    status = main(["--db", database, command, "--db-passphrase-stdin"])
    say(f"EXIT {status}")


if __name__ == "__main__":
    run()
