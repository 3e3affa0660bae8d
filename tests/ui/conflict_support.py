"""Two workstations on one clinic file, and the conflict dialog answered by its own buttons.

`Workstations` opens the same SQLite file twice (two `Clinic` objects, as two computers
would), each logged in as its own account: `here` as Dr Nikos Pappas, `there` as Dr Eleni
Markou. Both are administrators, so both may change every kind of record.

`ConflictAnswers` watches for the conflict dialog (ui.common.conflict_dialog) while a test
presses Save: when it shows, modal, it records what the dialog says and clicks the button
named next in `clicks`, as a person would. Nothing is mocked: the dialog runs its own
event loop and closes on the click.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from mesolog.domain.enums import Role
from mesolog.services.clinic import Clinic

if TYPE_CHECKING:
    from tests.conftest import FixedClock

PASSWORD = "correct horse battery"
HERE_NAME = "Dr Nikos Pappas"
THERE_NAME = "Dr Eleni Markou"


@contextmanager
def workstations(clinic: Clinic, database: Path | str, clock: FixedClock) -> Iterator[Clinic]:
    """Makes `clinic` the workstation of nikos and yields the other one, of eleni, on the
    same `database` (a SQLite file or a PostgreSQL URL)."""
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("nikos", HERE_NAME, Role.ADMIN, PASSWORD)
    clinic.accounts.add("eleni", THERE_NAME, Role.ADMIN, PASSWORD)
    clinic.act_as("nikos")
    other = Clinic.open(str(database), actor="workstation 2", clock=clock)
    try:
        other.act_as("eleni")
        yield other
    finally:
        other.close()


@dataclass
class Shown:
    """What one conflict dialog said."""

    title: str
    heading: str
    others: str
    theirs_header: str
    captions: dict[str, str]
    theirs: dict[str, str]
    mine: dict[str, str]


@dataclass
class ConflictAnswers:
    """Answers each conflict dialog by clicking the next button of `clicks` (by its object
    name: use_theirs, keep_mine, cancel); `shown` keeps what each dialog said."""

    clicks: list[str]
    shown: list[Shown] = field(default_factory=list)
    timer: QTimer = field(default_factory=QTimer)

    def __post_init__(self) -> None:
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "conflict_dialog":
            return
        self.shown.append(read_dialog(dialog))
        button = dialog.findChild(QPushButton, self.clicks.pop(0))
        assert button is not None and button.isVisible()
        button.click()


def read_dialog(dialog: QWidget) -> Shown:
    def text(name: str) -> str:
        label = dialog.findChild(QLabel, name)
        assert label is not None, name
        return label.text()

    labels = dialog.findChildren(QLabel)
    paths = [
        label.objectName().removeprefix("caption:")
        for label in labels
        if label.objectName().startswith("caption:")
    ]
    return Shown(
        title=dialog.windowTitle(),
        heading=text("conflict_heading"),
        others=text("conflict_others") if dialog.findChild(QLabel, "conflict_others") else "",
        theirs_header=text("theirs_header"),
        captions={path: text(f"caption:{path}") for path in paths},
        theirs={path: text(f"theirs:{path}") for path in paths},
        mine={path: text(f"mine:{path}") for path in paths},
    )
