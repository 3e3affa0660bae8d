"""A large document's check run in a second process while the importing one writes it.

Checking a plain document (services.transfer_stream.read_streamed) takes about a quarter of
its import and needs no database, so a second core can do it: the importer reads only what
it needs to write without checking (`scan_streamed`), writes in its transaction, and asks
for the verdict before it commits. A refusal rolls the transaction back and is what the
import says, word for word the refusal the check would have given before any writing. An
acceptance of the same bytes (their SHA-256) lets it commit. Anything else (the process
could not start or died, the check would read the file whole, the bytes differ) rolls back
too, and the file is imported the one-process way, checked first.

The process is started by `spawn` on every platform: a fork of a process that runs Qt's
threads is not safe. It reads the file and sends one verdict; it writes nothing.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from mesolog.domain.errors import ValidationError
from mesolog.services.transfer_progress import IMPORT_CANCELLED, CancelCheck, stop_if_cancelled
from mesolog.services.transfer_stream import read_streamed


class Unconfirmed(Exception):  # noqa: N818 - a way to import, not a failure
    """The check did not judge the bytes written: import the one-process way."""


_ACCEPTED = "accepted"
_REFUSED = "refused"
_OTHERWISE = "otherwise"
_POLL = 0.1
"""Seconds between two askings whether the import is cancelled, while the verdict is awaited."""


def _check(path: str, now: dt.datetime, sending: Connection) -> None:
    """The second process's work: one verdict on the document at `path`, sent."""
    verdict: tuple[str, Any]
    document = Path(path)
    try:
        checked = read_streamed(lambda: document.open("rb"), now=now)
    except ValidationError as refused:
        verdict = (_REFUSED, refused.violations)
    except Exception:  # the one-process check raises it again, in its own process
        verdict = (_OTHERWISE, None)
    else:
        verdict = (_ACCEPTED, checked.sha256)
    sending.send(verdict)
    sending.close()


class FileCheck:
    """The check of the document at `path` (as of `now`), under way in a second process
    from the moment this is made; `stop` ends it."""

    def __init__(self, path: Path, now: dt.datetime) -> None:
        context = multiprocessing.get_context("spawn")
        self._receiving, sending = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_check, args=(str(path), now, sending), name="mesolog check", daemon=True
        )
        self._process.start()
        sending.close()  # the second process's end: a process that dies ends the pipe
        self._verdict: tuple[str, Any] | None = None

    def _awaited(self, cancelled: CancelCheck | None) -> tuple[str, Any]:
        if self._verdict is None:
            stop_if_cancelled(cancelled, IMPORT_CANCELLED)
            while not self._receiving.poll(_POLL):
                stop_if_cancelled(cancelled, IMPORT_CANCELLED)
            try:
                self._verdict = self._receiving.recv()
            except EOFError:  # the process ended without a verdict
                self._verdict = (_OTHERWISE, None)
        return self._verdict

    def confirm(self, sha256: str, cancelled: CancelCheck | None = None) -> None:
        """Returns once the check has accepted the bytes whose SHA-256 is `sha256`; raises
        its ValidationError when it refused them, Unconfirmed when it did neither.
        `cancelled` is asked while the verdict is awaited."""
        verdict, said = self._awaited(cancelled)
        if verdict == _REFUSED:
            raise ValidationError(said)
        if verdict != _ACCEPTED or said != sha256:
            raise Unconfirmed

    def refusal(self, cancelled: CancelCheck | None = None) -> ValidationError | None:
        """The check's refusal, once it has judged; None when it did not refuse."""
        verdict, said = self._awaited(cancelled)
        return ValidationError(said) if verdict == _REFUSED else None

    def stop(self) -> None:
        """Ends the process, judged or not, and waits for it."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiving.close()
