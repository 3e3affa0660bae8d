"""The wait cursor over the whole application while a short step runs in the window's
thread (hashing a password, encrypting the database): longer work runs as a job
(`jobs.run_job`) with a progress dialog instead."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor until the block ends, however it ends."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
