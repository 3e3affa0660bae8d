"""Shared fixtures. Qt must run headless, so the platform is set before anything imports Qt.

The tests run in a fixed time zone with a UTC offset, so that a confusion between
local time and UTC shows up here rather than in a clinic.
"""

import os
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TZ"] = "Europe/Athens"
time.tzset()

import datetime as dt  # noqa: E402 - after the environment above is set
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from mesolog.services.clinic import Clinic  # noqa: E402

ATHENS = dt.timezone(dt.timedelta(hours=2))


class FixedClock:
    """The clock, the one system edge the tests replace: it moves only when told to."""

    def __init__(self, now: dt.datetime) -> None:
        self.current = now

    def __call__(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite"


@pytest.fixture
def clinic(db_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    """A real clinic database in a fresh SQLite file, with the fixed clock."""
    opened = Clinic.open(str(db_path), actor="tester", clock=clock)
    yield opened
    opened.close()
