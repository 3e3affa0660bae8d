"""An import's progress on the terminal: one line, rewritten in place, saying the patients
done of the file's, how many a second and the time left."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from mesolog.cli.speech import say
from mesolog.services.transfer_progress import PaceWatch

_EVERY = 0.2
"""Seconds between two rewrites of the line: often enough to see it move."""


class ProgressLine:
    """A `ProgressReport` writing to `stream` (a terminal): the line is rewritten at most
    every 0.2 s, and once more, ended, when the last patient is done."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._clock = clock
        self._watch = PaceWatch(clock)
        self._shown_at: float | None = None

    def __call__(self, done: int, total: int) -> None:
        pace = self._watch.pace(done, total)
        now = self._clock()
        last = 0 < total <= done  # a total of 0: the file is still being checked
        if not last and self._shown_at is not None and now - self._shown_at < _EVERY:
            return
        self._shown_at = now
        self._stream.write("\r" + say(pace.text()) + "\x1b[K" + ("\n" if last else ""))
        self._stream.flush()


def progress_line(stream: TextIO) -> ProgressLine | None:
    """The line for `stream` when it is a terminal; None otherwise (a log needs no bar)."""
    return ProgressLine(stream) if stream.isatty() else None
