"""What the window's start made, set aside from Python's cycle collector once the window has
painted.

A full collection walks every object the collector tracks. Once the window is open that is
about 100,000 objects (modules, classes, functions, Qt's wrappers, the window's widgets),
nearly all of which live as long as mesolog does; walking them took 57–80 ms, every 19th
or so opening of a 300-session history, and those were the slowest openings. Frozen after
the first paint (what is garbage by then collected first), a full collection walks only
what was made since: 3.6–8.6 ms measured on the same history. The freeze waits for the
first paint so that its collection does not delay it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def freeze_start() -> None:
    """Collects what is garbage now, then freezes every object left: later collections
    pass over them."""
    gc.collect()
    gc.freeze()


class _FirstPaint(QObject):
    """Freezes the start once, after `window`'s first paint."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, freeze_start)
        return False


def freeze_after_first_paint(window: QWidget) -> None:
    """Freezes what the start made once `window` has painted for the first time."""
    _FirstPaint(window)
