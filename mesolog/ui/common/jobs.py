"""Long work (import, export, backup) off the GUI thread, with a progress dialog and Cancel.

`run_job` runs a function in a QThread and shows a window-modal QProgressDialog
that the work updates through `Progress.report` (queued signals, coalesced so a
fast worker cannot flood the GUI). The GUI thread never waits for the work.
When it ends, as `run_change` does for short changes: the result goes to
`on_done` in the GUI thread; a known error is shown in a message box; a
cancellation only leaves a message in the status bar; anything else is a bug,
logged with its traceback and shown as one.

Services are safe to call from the job's thread: each call is its own
transaction on a connection of its own from the pool.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.services.transfer_progress import Cancelled
from mesolog.ui.common.translation import shown

T = TypeVar("T")
log = logging.getLogger(__name__)

SHOW_AFTER_MS = 300
"""Work that ends sooner shows no dialog at all (no flicker)."""
STATUS_TIMEOUT_MS = 10_000

_running: set[Job] = set()
"""Jobs whose thread has not ended yet: kept alive here, whatever happens to their parent."""
_finished: list[Job] = []
_QUIT_HOOK = "mesolog_jobs_quit_hook"


class Progress(QObject):
    """What the work sees of its job: `report(done, total)` and `cancelled()`.

    Both may be called from any thread. Reports are coalesced: the GUI reads the
    latest one whenever it gets round to it, so none is lost and none queues up.
    """

    reported = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None
        self._pending = False
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        with self._lock:
            self._latest = (done, total)
            if self._pending:
                return
            self._pending = True
        self.reported.emit()

    def latest(self) -> tuple[int, int] | None:
        """The last (done, total) reported; the next report signals again."""
        with self._lock:
            self._pending = False
            return self._latest

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Worker(QObject):
    """Runs the work in the job's thread and sends back its result or its exception."""

    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self._work = work
        self._progress = progress

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # reported to the GUI thread, never lost in this one
            self.failed.emit(error, traceback.format_exc())
        else:
            self.succeeded.emit(result)
        finally:
            # The thread ends with its work, not when the GUI thread has handled the result:
            # a GUI thread waiting for it (quitting) would never handle it.
            QThread.currentThread().quit()
            # Back to the GUI thread, where the job lets go of it once the thread has ended.
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())


class JobProgressDialog(QProgressDialog):
    """Stays up until the work has stopped: Esc, Cancel and the close button ask it to stop.

    (Qt's own QProgressDialog hides itself at once, while the work may go on writing.)
    """

    def __init__(self, label: str, cancel_text: str, parent: QWidget) -> None:
        super().__init__(label, cancel_text, 0, 0, parent)
        self.closable = False
        self.canceled.disconnect(self.cancel)

    def reject(self) -> None:  # Esc when the Cancel shortcut does not catch it
        if self.closable:
            super().reject()
        else:
            self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closable:
            super().closeEvent(event)
        else:
            event.ignore()
            self.canceled.emit()


class Job(QObject):
    """One run of `run_job`: its thread, its worker and its progress dialog.

    `finished` is emitted once the outcome has been handled and the thread has ended.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[KnownError], None] | None,
        label: str,
    ) -> None:
        super().__init__()  # no QObject parent: the job outlives a parent closed meanwhile
        self._parent = parent
        self._title = title
        self._on_done = on_done
        self._on_error = on_error
        self._ended = False
        self._handled = False
        self._thread_done = False
        self._setting_value = False
        self._delete_dialog = False
        self.progress = Progress()
        self.progress.reported.connect(self._show_progress)
        self.dialog = self._build_dialog(parent, title, label)
        self._thread = QThread()
        self._thread.setObjectName(f"job: {title}")
        self._worker = _Worker(work, self.progress)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._thread.finished.connect(self._thread_finished)

    def _build_dialog(self, parent: QWidget, title: str, label: str) -> JobProgressDialog:
        dialog = JobProgressDialog(label, self.tr("Cancel"), parent)
        dialog.setObjectName("job_progress")
        dialog.setAccessibleName(title)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        bar = dialog.findChild(QProgressBar)
        if bar is not None:
            bar.setObjectName("job_progress_bar")
            bar.setAccessibleName(self.tr("Progress"))
            bar.setFormat(self.tr("%v of %m"))
        button = dialog.findChild(QPushButton)
        if button is not None:
            button.setObjectName("job_cancel")
            button.setAccessibleName(self.tr("Cancel"))
        dialog.canceled.connect(self.cancel)
        return dialog

    @property
    def running(self) -> bool:
        return not self._ended

    def start(self) -> None:
        _running.add(self)
        self.dialog.setValue(0)  # starts the dialog's timer: it shows if the work lasts
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Asks the work to stop; it does at its next check, and nothing it did is kept."""
        if self._ended or self.progress.cancelled():
            return
        self.progress.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))
        button = self.dialog.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)

    @Slot()
    def _show_progress(self) -> None:
        latest = self.progress.latest()
        if latest is None or self._ended or not shiboken6.isValid(self.dialog):
            return
        done, total = latest
        dialog = self.dialog
        if total > 0 and dialog.maximum() != total:
            dialog.setRange(0, total)
        if total > 0:
            # A modal QProgressDialog runs the event loop inside setValue: the job may end
            # meanwhile, so the dialog is deleted only once setValue has returned.
            self._setting_value = True
            try:
                dialog.setValue(max(0, min(done, total)))
            finally:
                self._setting_value = False
            if self._delete_dialog:
                dialog.deleteLater()

    def _end(self) -> None:
        self._ended = True
        self._thread.quit()
        if not shiboken6.isValid(self.dialog):  # its parent was closed meanwhile
            return
        self.dialog.closable = True
        self.dialog.reset()  # stops the timer that would show it later
        self.dialog.hide()
        if self._setting_value:
            self._delete_dialog = True
        else:
            self.dialog.deleteLater()

    def _owner(self) -> QWidget | None:
        """The parent for message boxes, unless it was closed meanwhile."""
        return self._parent if shiboken6.isValid(self._parent) else None

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end()
        try:
            self._on_done(result)
        except Exception as error:
            self._show_failure(error, traceback.format_exc())
        self._handled = True
        self._finish_if_over()

    @Slot(object, str)
    def _failed(self, error: BaseException, details: str) -> None:
        self._end()
        try:
            self._show_failure(error, details)
        finally:
            self._handled = True
            self._finish_if_over()

    def _show_failure(self, error: BaseException, details: str) -> None:
        owner = self._owner()
        if isinstance(error, Cancelled):
            log.info("%s: %s", self._title, error)
            if owner is not None:
                show_status(owner, shown(error.text) or self.tr("Cancelled; nothing was changed."))
        elif isinstance(error, KnownError):
            if self._on_error is not None:
                self._on_error(error)
            else:
                QMessageBox.warning(owner, self._title, shown(error.text))
        else:
            log.error("unexpected error in %s\n%s", self._title, details)
            QMessageBox.critical(
                owner,
                self._title,
                self.tr(
                    "Something went wrong inside mesolog (a bug). The work stopped and "
                    "nothing it was writing was kept.\n\n%1"
                ).replace("%1", _last_lines(details)),
            )

    @Slot()
    def _thread_finished(self) -> None:
        self._thread.wait()  # `finished` comes from the thread's last moments
        self._thread_done = True
        self._finish_if_over()

    def _finish_if_over(self) -> None:
        if not (self._handled and self._thread_done) or self not in _running:
            return
        _running.discard(self)
        _finished.append(self)  # let go of outside this slot, once Qt is done delivering it
        QTimer.singleShot(0, _finished.clear)
        self.finished.emit()

    def wait(self, timeout_ms: int) -> bool:
        """Blocks until the job's thread has ended (only for shutting down)."""
        return self._thread.wait(timeout_ms)


def _last_lines(details: str, count: int = 6) -> str:
    return "\n".join(details.strip().splitlines()[-count:])


def show_status(parent: QWidget, message: str) -> None:
    """A message in the status bar of the parent's main window (if it has one)."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, STATUS_TIMEOUT_MS)


def run_job(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], T],
    *,
    on_done: Callable[[T], None],
    on_error: Callable[[KnownError], None] | None = None,
    label: str | None = None,
) -> Job:
    """Runs `work(progress)` in a thread of its own and returns at once.

    `on_done(result)` runs in the GUI thread. A known error goes to `on_error` if
    given, else to a warning box; `Cancelled` only to the status bar.
    """
    job = Job(
        parent,
        title,
        work,
        on_done=on_done,
        on_error=on_error,
        label=label if label is not None else f"{title}…",
    )
    _stop_jobs_on_quit()
    job.start()
    return job


def _stop_jobs_on_quit() -> None:
    """Once: when the application quits, running jobs are cancelled and waited for (a
    thread still running when Qt tears down aborts the process)."""
    app = QCoreApplication.instance()
    if app is not None and not app.property(_QUIT_HOOK):
        app.setProperty(_QUIT_HOOK, True)
        app.aboutToQuit.connect(cancel_and_wait)


def running_jobs() -> list[Job]:
    return list(_running)


def cancel_and_wait(timeout_ms: int = 30_000) -> bool:
    """Cancels every job and waits for their threads (before the application quits).

    True when all have stopped in time.
    """
    stopped = True
    for job in running_jobs():
        job.cancel()
        stopped = job.wait(timeout_ms) and stopped
    return stopped
