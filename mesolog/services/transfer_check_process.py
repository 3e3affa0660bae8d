"""A large document's check run in a second process while the importing one writes it.

Checking a plain document (services.transfer_stream.read_streamed) takes about a quarter of
its import and needs no database, so a second core can do it: the importer reads only what
it needs to write without checking (`scan_streamed`), writes in its transaction, looks for
a verdict before it begins and after each batch, and waits for it before it commits. A
refusal rolls the transaction back and is what the import says, word for word the refusal
the check would have given before any writing, never chained to an error of the writer's
(which may quote the file). An acceptance of the same bytes (their SHA-256) lets it commit,
and only then does an error of the writer's stand. Anything else (the process could not
start or died, the check would read the file whole, the bytes differ) rolls back too, and
the file is imported the one-process way, checked first.

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
_NO_VERDICT: tuple[str, Any] = (_OTHERWISE, None)
"""The verdict of a check that could not judge the file, and of a process that ended
without a whole verdict."""
_POLL = 0.1
"""Seconds between two askings whether the import is cancelled, while the verdict is awaited."""
_STOPPED = 5.0
"""Seconds a killed process is waited for: one stuck reading a stalled share is left."""


def _check(path: str, now: dt.datetime, sending: Connection) -> None:
    """The second process's work: one verdict on the document at `path`, sent."""
    verdict: tuple[str, Any]
    document = Path(path)
    try:
        checked = read_streamed(lambda: document.open("rb"), now=now)
    except ValidationError as refused:
        verdict = (_REFUSED, refused.violations)
    except Exception:  # the one-process check raises it again, in its own process
        verdict = _NO_VERDICT
    else:
        verdict = (_ACCEPTED, checked.sha256)
    sending.send(verdict)
    sending.close()


class FileCheck:
    """The check of the document at `path` (as of `now`), under way in a second process
    from the moment this is made; `stop` ends it. `cancelled` is asked while a verdict is
    awaited."""

    def __init__(self, path: Path, now: dt.datetime, cancelled: CancelCheck | None) -> None:
        context = multiprocessing.get_context("spawn")
        self._receiving, sending = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_check, args=(str(path), now, sending), name="mesolog check", daemon=True
        )
        try:
            self._process.start()
        except BaseException:
            self._receiving.close()
            raise
        finally:
            sending.close()  # the second process's end: a process that dies ends the pipe
        self._cancelled = cancelled
        self._verdict: tuple[str, Any] | None = None

    def _received(self) -> None:
        try:
            self._verdict = self._receiving.recv()
        except (EOFError, OSError):  # ended without a whole verdict (Windows: BrokenPipeError)
            self._verdict = _NO_VERDICT

    def _awaited(self) -> tuple[str, Any]:
        if self._verdict is None:
            stop_if_cancelled(self._cancelled, IMPORT_CANCELLED)
            try:
                while not self._receiving.poll(_POLL):
                    stop_if_cancelled(self._cancelled, IMPORT_CANCELLED)
            except OSError:
                self._verdict = _NO_VERDICT
            else:
                self._received()
        assert self._verdict is not None
        return self._verdict

    def accepted(self, sha256: str) -> bool:
        """Once the check has judged: whether it accepted the bytes whose SHA-256 is
        `sha256`; its ValidationError when it refused them."""
        verdict, said = self._awaited()
        if verdict == _REFUSED:
            raise ValidationError(said)
        return verdict == _ACCEPTED and said == sha256

    def confirm(self, sha256: str) -> None:
        """Returns once the check has accepted the bytes whose SHA-256 is `sha256`; raises
        its ValidationError when it refused them, Unconfirmed when it did neither."""
        if not self.accepted(sha256):
            raise Unconfirmed

    def raise_unless_accepting(self, sha256: str) -> None:
        """Without waiting: nothing while the check has not judged yet, or once it has
        accepted the bytes whose SHA-256 is `sha256`; else what `confirm` raises."""
        if self._verdict is None:
            try:
                if not self._receiving.poll(0):
                    return
            except OSError:
                self._verdict = _NO_VERDICT
            else:
                self._received()
        self.confirm(sha256)

    def stop(self) -> None:
        """Ends the process, judged or not, and waits for it a little."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join(_STOPPED)
        self._receiving.close()
