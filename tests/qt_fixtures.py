"""Qt fixtures for every test that opens a window: an own settings store, message boxes
recorded, a host window for jobs, a watchdog for a dialog nobody closes. Registered for the
whole suite by tests/conftest.py."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from mesolog.ui.common.jobs import running_jobs


@pytest.fixture
def qt_settings(tmp_path: Path) -> None:
    """QSettings write under this test's folder, never into the user's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))


class Boxes:
    """Message boxes, recorded instead of shown (a true system edge)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.shown]

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for kind in ("warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str) -> Any:
        def record(
            _parent: object, title: str, text: str, *_: object
        ) -> QMessageBox.StandardButton:
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(record)


def answer_signing(
    monkeypatch: pytest.MonkeyPatch, *, sign: bool = True, into: list[str] | None = None
) -> list[str]:
    """The question before signing (a message box with its own buttons, "Sign …" and "Back
    to the session") answered by pressing one of them: Sign, or Back when `sign` is false.
    Returns the texts asked (`into`, when given, collects them too)."""
    asked: list[str] = [] if into is None else into
    role = QMessageBox.ButtonRole.AcceptRole if sign else QMessageBox.ButtonRole.RejectRole

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    found = Boxes()
    found.install(monkeypatch)
    return found


@pytest.fixture
def job_host(qtbot: Any) -> Iterator[QMainWindow]:
    """A window to run background jobs from; a job a failed test left running is stopped."""
    window = QMainWindow()
    window.resize(1000, 700)
    qtbot.addWidget(window)
    yield window
    left_running = running_jobs()
    for job in left_running:
        job.cancel()
    qtbot.waitUntil(lambda: not running_jobs(), timeout=20_000)
    assert left_running == []


WATCHDOG_SECONDS = 150
"""A window test whose event loop still runs this long after it began is stuck: a modal
dialog waits for a click its test never gave (an assertion failed in the timer that was to
answer it), or the application's loop waits for a window nobody closes. No window test
comes near it; pytest-timeout cannot end such a wait, as its signal is only handled when
Python runs again."""


class Watchdog:
    """Closes what keeps a stuck test's event loop running, then fails the test by name."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.limit = WATCHDOG_SECONDS
        self.closed: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        self.limit = WATCHDOG_SECONDS
        if time.monotonic() - self.started < self.limit:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.closed.append(type(modal).__name__)
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            return
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.closed.extend(type(w).__name__ for w in windows)
        QApplication.closeAllWindows()
        QApplication.exit(1)


@pytest.fixture(autouse=True)
def stuck_event_loop_fails(request: pytest.FixtureRequest) -> Iterator[None]:
    """A window test stuck in an event loop fails after WATCHDOG_SECONDS, naming the
    windows it closed, instead of stalling the whole run."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    request.getfixturevalue("qapp")
    watchdog = Watchdog()
    yield
    watchdog.timer.stop()
    if watchdog.closed:
        pytest.fail(
            f"the test's event loop was still running after {watchdog.limit} s; closed: "
            + ", ".join(watchdog.closed)
        )
