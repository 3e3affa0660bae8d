"""What the window's start made is frozen from Python's cycle collector once the window has
painted, not before (its collection would delay the paint); garbage is collected first,
and the collector goes on collecting what is made later."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mesolog.ui.window.start_freeze import freeze_after_first_paint


class Node:
    """An object that can refer to itself: a cycle only the collector frees."""

    def __init__(self) -> None:
        self.me: Node | None = None


def cycle() -> weakref.ref[Node]:
    node = Node()
    node.me = node
    return weakref.ref(node)


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.frozen_at_paints: list[int] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.frozen_at_paints.append(gc.get_freeze_count())


def test_the_start_is_frozen_after_the_first_paint_and_its_garbage_collected(
    qtbot: QtBot,
) -> None:
    gc.collect()
    gc.disable()  # so that only the freeze's own collection can free the cycle below
    try:
        garbage = cycle()
        kept = [Node()]
        window = Window()
        qtbot.addWidget(window)
        freeze_after_first_paint(window)
        assert gc.get_freeze_count() == 0
        window.show()
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    finally:
        gc.enable()
    assert window.frozen_at_paints[0] == 0, "the paint came before the freeze"
    assert garbage() is None, "garbage was collected, not frozen"
    assert not any(o is kept for o in gc.get_objects()), "what lives on is frozen"
    later = cycle()
    gc.collect()
    assert later() is None, "what is made after the freeze is still collected"


def test_the_start_is_frozen_once(qtbot: QtBot) -> None:
    window = Window()
    qtbot.addWidget(window)
    freeze_after_first_paint(window)
    window.show()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    gc.unfreeze()
    window.update()
    qtbot.waitUntil(lambda: len(window.frozen_at_paints) > 1)
    qtbot.wait(50)
    assert gc.get_freeze_count() == 0
