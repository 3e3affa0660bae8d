"""Progress and cancelling of a long import or export.

The work reports (done, total) as it goes on and asks between steps whether to
stop; `Cancelled` raised inside a write transaction rolls it back. `PaceWatch` turns the
reports into a rate and a time left, for the command line and the window to show.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from mesolog.domain.errors import KnownError
from mesolog.domain.texts import Text, phrase

ProgressReport = Callable[[int, int], None]
"""Called with (done, total) as the work goes on, from the thread doing the work; a total
of 0 while an import's file is being checked, before its patients are counted."""
CancelCheck = Callable[[], bool]
"""Asked between steps; True stops the work with `Cancelled`."""


IMPORT_CANCELLED = phrase("Transfer", "The import was cancelled; nothing was imported.")


class Cancelled(KnownError):  # noqa: N818 - a state the user chose, not a failure
    """The user stopped the work before it ended; nothing was written."""


def stop_if_cancelled(cancelled: CancelCheck | None, message: Text) -> None:
    """Raises `Cancelled(message)` when `cancelled` says so (in a transaction: rolls it back)."""
    if cancelled is not None and cancelled():
        raise Cancelled(message)


@dataclass(frozen=True, slots=True)
class Pace:
    """How far a piece of work is, how fast it goes and how long it has left."""

    done: int
    total: int
    per_second: float | None
    """Patients a second since the first report; None until some were done."""
    seconds_left: float | None

    def text(self) -> Text:
        if self.total == 0:
            return _CHECKING.having(done=self.done)
        if self.per_second is None or self.seconds_left is None:
            return _DONE_OF.having(done=self.done, total=self.total)
        minutes, seconds = divmod(round(self.seconds_left), 60)
        return _PACED.having(
            done=self.done,
            total=self.total,
            rate=round(self.per_second),
            left=f"{minutes}:{seconds:02d}",
        )


_CHECKING = phrase("Transfer", "Checking the file. Patients read: {done}")
_DONE_OF = phrase("Transfer", "Patients: {done} of {total}")
_PACED = phrase(
    "Transfer",
    "Patients: {done} of {total}, {rate} a second, about {left} left",
    "{left} is minutes:seconds",
)


class PaceWatch:
    """Turns progress reports into a `Pace`, timing them by `clock` (seconds); timed again
    from the first report of a new total (the file checked, then its patients written)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._first: tuple[float, int, int] | None = None

    def pace(self, done: int, total: int) -> Pace:
        now = self._clock()
        if self._first is None or self._first[2] != total:
            self._first = (now, done, total)
        began, done_then, _ = self._first
        made, elapsed = done - done_then, now - began
        if made <= 0 or elapsed <= 0:
            return Pace(done, total, None, None)
        per_second = made / elapsed
        return Pace(done, total, per_second, max(0, total - done) / per_second)
