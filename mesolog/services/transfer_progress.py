"""Progress and cancelling of a long import or export.

The work reports (done, total) as it goes on and asks between steps whether to
stop; `Cancelled` raised inside a write transaction rolls it back.
"""

from __future__ import annotations

from collections.abc import Callable

from mesolog.domain.errors import KnownError
from mesolog.domain.texts import Text

ProgressReport = Callable[[int, int], None]
"""Called with (done, total) as the work goes on, from the thread doing the work."""
CancelCheck = Callable[[], bool]
"""Asked between steps; True stops the work with `Cancelled`."""


class Cancelled(KnownError):  # noqa: N818 - a state the user chose, not a failure
    """The user stopped the work before it ended; nothing was written."""


def stop_if_cancelled(cancelled: CancelCheck | None, message: Text) -> None:
    """Raises `Cancelled(message)` when `cancelled` says so (in a transaction: rolls it back)."""
    if cancelled is not None and cancelled():
        raise Cancelled(message)
