"""For the Greek layout tests of the course, reactions and catalogue rooms (issue 14): the
shipped Greek catalogue started as mesolog starts it, on a demo clinic, with a 1024×700
screen's room (the test platform's own screen is 800×800: `screen_room` answers as a
1024×700 screen's would)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from mesolog import resource_files
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.ui.common import screen_fit
from tests.ui.conftest import Speak

ROOM = QSize(1024, 700) - screen_fit.FRAME
"""What a window on a 1024×700 screen has, less its title bar and borders."""


def greek_on_a_small_screen(
    speaking: Speak, monkeypatch: pytest.MonkeyPatch, *modules: object
) -> None:
    """Greek, the shipped catalogue; `screen_room` (of screen_fit and of each of `modules`
    that imported it) a 1024×700 screen's."""
    shipped = resource_files.resources_folder() / "translations" / "mesolog_el.ts"
    speaking("el", shipped.read_text(encoding="utf-8"))
    for module in (screen_fit, *modules):
        monkeypatch.setattr(module, "screen_room", lambda _widget: ROOM)


@pytest.fixture
def demo(clinic: Clinic) -> Iterator[Clinic]:
    DemoService(clinic.context).fill()
    clinic.templates.add_shipped()
    yield clinic


def fits(window: QWidget) -> bool:
    size = window.size()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    return (
        size.width() <= ROOM.width()
        and size.height() <= ROOM.height()
        and (least.width() <= ROOM.width())
    )


def reads_whole(label: QLabel) -> bool:
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width()
