"""The background-job runner: off the GUI thread, progress, cancel, and the three error kinds."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton

from mesolog.domain.errors import KnownError
from mesolog.services.transfer_import import Cancelled
from mesolog.ui.common import jobs
from mesolog.ui.common.jobs import Job, Progress, run_job, running_jobs
from tests.qt_fixtures import Boxes

WAIT_S = 5.0
"""How long work waits for the test's go-ahead before giving up (the test then fails)."""


@pytest.fixture
def window(job_host: QMainWindow) -> QMainWindow:
    return job_host


def finish(qtbot: Any, job: Job) -> None:
    if job.running or job in running_jobs():
        with qtbot.waitSignal(job.finished, timeout=int(WAIT_S * 2000)):
            pass


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(
    qtbot: Any, window: QMainWindow, boxes: Boxes
) -> None:
    app = QApplication.instance()
    assert app is not None
    threads: list[bool] = []
    results: list[tuple[int, bool]] = []

    def work(_progress: Progress) -> int:
        threads.append(QThread.currentThread() != app.thread())
        return 42

    job = run_job(
        window,
        "Test",
        work,
        on_done=lambda result: results.append((result, QThread.currentThread() == app.thread())),
    )
    finish(qtbot, job)
    assert threads == [True]
    assert results == [(42, True)]
    assert boxes.shown == []
    assert not job.running


def test_the_gui_keeps_running_while_the_work_waits(
    qtbot: Any, window: QMainWindow, boxes: Boxes
) -> None:
    """The work waits until a timer on the GUI thread has fired three times."""
    ticked_three_times = threading.Event()
    ticks: list[int] = []

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= 3:
            ticked_three_times.set()

    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    done: list[str] = []

    def work(_progress: Progress) -> str:
        if not ticked_three_times.wait(WAIT_S):
            raise AssertionError("the GUI thread was blocked")
        return "finished"

    job = run_job(window, "Test", work, on_done=done.append)
    finish(qtbot, job)
    timer.stop()
    assert done == ["finished"]
    assert boxes.shown == []


def test_the_progress_dialog_follows_the_work(
    qtbot: Any, window: QMainWindow, boxes: Boxes
) -> None:
    go_on = threading.Event()

    def work(progress: Progress) -> None:
        progress.report(0, 40)
        progress.report(12, 40)
        if not go_on.wait(WAIT_S):
            raise AssertionError("the test did not let the work go on")
        progress.report(40, 40)

    window.show()
    job = run_job(
        window,
        "Εισαγωγή ασθενών",
        work,
        on_done=lambda _: None,
        label="Εισαγωγή από το αρχείο demo-clinic.json…",
    )
    dialog = job.dialog
    assert dialog.objectName() == "job_progress"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: (dialog.value(), dialog.maximum()) == (12, 40))
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.labelText() == "Εισαγωγή από το αρχείο demo-clinic.json…"
    dialog.grab().save("/tmp/job_progress.png")
    go_on.set()
    finish(qtbot, job)
    assert boxes.shown == []


def test_cancel_asks_the_work_to_stop_and_shows_only_a_status_message(
    qtbot: Any, window: QMainWindow, boxes: Boxes
) -> None:
    saw_cancel: list[bool] = []
    never = threading.Event()

    def work(progress: Progress) -> str:
        for _ in range(int(WAIT_S / 0.01)):
            if progress.cancelled():
                saw_cancel.append(True)
                raise Cancelled("The test work was cancelled; nothing was changed.")
            never.wait(0.01)
        return "not cancelled"

    done: list[str] = []
    job = run_job(window, "Test", work, on_done=done.append)
    dialog = job.dialog
    qtbot.waitUntil(dialog.isVisible)
    button = dialog.findChild(QPushButton, "job_cancel")
    assert button is not None
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert job.progress.cancelled()
    finish(qtbot, job)
    assert saw_cancel == [True]
    assert done == []
    assert boxes.shown == []
    assert window.statusBar().currentMessage() == (
        "The test work was cancelled; nothing was changed."
    )


@pytest.mark.parametrize("how", ["escape", "close"])
def test_escape_and_the_close_button_cancel_too(
    qtbot: Any, window: QMainWindow, boxes: Boxes, how: str
) -> None:
    seen: list[bool] = []
    go_on = threading.Event()

    def work(progress: Progress) -> None:
        if not go_on.wait(WAIT_S):
            raise AssertionError("the test did not let the work go on")
        seen.append(progress.cancelled())
        if progress.cancelled():
            raise Cancelled("Stopped.")

    job = run_job(window, "Test", work, on_done=lambda _: None)
    dialog = job.dialog
    qtbot.waitUntil(dialog.isVisible)
    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.close()
    assert dialog.isVisible(), "the dialog stays until the work has stopped"
    assert dialog.labelText() == "Cancelling…"
    assert not dialog.findChild(QPushButton, "job_cancel").isEnabled()
    go_on.set()
    finish(qtbot, job)
    assert seen == [True]
    assert boxes.shown == []
    assert window.statusBar().currentMessage() == "Stopped."


def test_a_known_error_is_shown_in_a_warning(qtbot: Any, window: QMainWindow, boxes: Boxes) -> None:
    def work(_progress: Progress) -> None:
        raise KnownError("The file /media/usb/clinic.json cannot be read: permission denied.")

    done: list[object] = []
    job = run_job(window, "Import", work, on_done=done.append)
    finish(qtbot, job)
    assert boxes.shown == [
        ("warning", "Import", "The file /media/usb/clinic.json cannot be read: permission denied.")
    ]
    assert done == []


def test_a_known_error_goes_to_on_error_when_given(
    qtbot: Any, window: QMainWindow, boxes: Boxes
) -> None:
    def work(_progress: Progress) -> None:
        raise KnownError("bad file")

    errors: list[str] = []
    job = run_job(
        window, "Import", work, on_done=lambda _: None, on_error=lambda e: errors.append(str(e))
    )
    finish(qtbot, job)
    assert errors == ["bad file"]
    assert boxes.shown == []


def test_any_other_exception_is_shown_as_a_bug(
    qtbot: Any, window: QMainWindow, boxes: Boxes, caplog: pytest.LogCaptureFixture
) -> None:
    def work(_progress: Progress) -> None:
        raise ZeroDivisionError("division by zero in the test")

    job = run_job(window, "Export", work, on_done=lambda _: None)
    finish(qtbot, job)
    assert boxes.kinds() == ["critical"]
    _, title, text = boxes.shown[0]
    assert title == "Export"
    assert "a bug" in text
    assert "ZeroDivisionError: division by zero in the test" in text
    assert "Traceback" in caplog.text


def test_an_error_in_on_done_is_shown_too(qtbot: Any, window: QMainWindow, boxes: Boxes) -> None:
    def on_done(_result: object) -> None:
        raise KnownError("Cannot write /readonly/export.json: read-only file system.")

    job = run_job(window, "Export", lambda _progress: 1, on_done=on_done)
    finish(qtbot, job)
    assert boxes.shown == [
        ("warning", "Export", "Cannot write /readonly/export.json: read-only file system.")
    ]


class ShowEvents(QObject):
    """Counts the times the widget it watches is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def test_quick_work_shows_no_dialog(
    qtbot: Any, window: QMainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quick: done well before the dialog is due (a minute here, so that a slow machine
    cannot make the work slow)."""
    monkeypatch.setattr(jobs, "SHOW_AFTER_MS", 60_000)
    done: list[str] = []

    def work(progress: Progress) -> str:
        progress.report(1, 1)
        return "written"

    window.show()
    job = run_job(window, "Test", work, on_done=done.append)
    dialog = job.dialog
    assert not dialog.isVisible()
    shown = ShowEvents()
    dialog.installEventFilter(shown)
    finish(qtbot, job)
    qtbot.waitUntil(lambda: not _alive(dialog))
    assert done == ["written"]
    assert shown.count == 0
    assert boxes.shown == []
    assert window.statusBar().currentMessage() == ""


def test_progress_reports_are_coalesced_and_none_is_lost() -> None:
    progress = Progress()
    signals: list[int] = []
    progress.reported.connect(lambda: signals.append(1))
    for done in range(100):
        progress.report(done, 100)
    assert signals == [1]
    assert progress.latest() == (99, 100)
    progress.report(100, 100)
    assert signals == [1, 1]
    assert progress.latest() == (100, 100)
    assert not progress.cancelled()
    progress.cancel()
    assert progress.cancelled()


def _alive(widget: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_quitting_waits_for_the_work_only_not_for_its_result_to_be_handled(
    qtbot: Any, window: QMainWindow, boxes: Boxes
) -> None:
    """At quit the GUI thread waits for running jobs without handling events: a job's
    thread that ended only once its result was handled would hold the quit for the whole
    timeout (30 s when the window closed during the day's first backup)."""
    handled: list[int] = []
    job = run_job(window, "Test", lambda _progress: 7, on_done=handled.append)
    assert jobs.cancel_and_wait(timeout_ms=int(WAIT_S * 1000))
    finish(qtbot, job)
    assert handled == [7]
    assert boxes.shown == []
