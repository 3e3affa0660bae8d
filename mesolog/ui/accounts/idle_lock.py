"""The idle lock: after some minutes without a key press, click or mouse move anywhere in
mesolog, every window is taken off the screen (`_concealed_windows`) and the logged-in
account's password is asked for (`_lock_dialog`); the windows come back exactly as they were,
with whatever was being typed. A window that appears while locked (a message at the end of
an export) is taken off the screen the same way, under the lock dialog.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from mesolog.domain.errors import KnownError
from mesolog.services.accounts import WRONG as WRONG_LOG_IN
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts._concealed_windows import ConcealedWindows
from mesolog.ui.accounts._lock_dialog import LockDialog
from mesolog.ui.accounts.password_dialog import fit_height
from mesolog.ui.common.translation import shown
from mesolog.ui.common.wait_cursor import busy
from mesolog.ui.sessions.session_autosave import SessionAutosave

log = logging.getLogger(__name__)

LOCK_KEY = QKeyCombination(Qt.Modifier.CTRL | Qt.Modifier.SHIFT, Qt.Key.Key_L)
LOCK_KEYS = QKeySequence(LOCK_KEY)
"""Lock Now, from any window of mesolog."""
SWITCH_KEY = QKeyCombination(Qt.Modifier.CTRL | Qt.Modifier.SHIFT, Qt.Key.Key_H)
SWITCH_KEYS = QKeySequence(SWITCH_KEY)
"""Switch User ("hand over"), from any window of mesolog: a session editor on top is
asked to close first."""
MS_PER_MINUTE = 60_000

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)
"""What counts as someone using mesolog."""


class IdleLock(QObject):
    """Watches input to the whole application; locks after the clinic's idle time (or
    `timeout_ms`, for tests), or when `lock()` is called. Only with a logged-in account.

    The idle time is measured with `clock` (monotonic seconds; a test passes its own): the
    timer only says when to look again, so a timer that fires early or late changes nothing
    but the moment of that look."""

    locked = Signal()
    unlocked = Signal()
    quit_requested = Signal()
    switch_requested = Signal()
    """Switch User was pressed in a window the main window's own shortcut does not reach
    (a session editor on top of it)."""

    def __init__(
        self,
        clinic: Clinic,
        parent: QObject | None = None,
        *,
        timeout_ms: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._clock = clock
        self._fixed_timeout = timeout_ms
        self._timeout_ms = timeout_ms or self._timeout_from_settings(default=10 * MS_PER_MINUTE)
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setObjectName("idle_timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check_idle)
        self._watching = False
        self._concealed = ConcealedWindows(
            self.tr("mesolog is locked."), self.tr("mesolog — locked")
        )
        self._active_window: QWidget | None = None
        self._focus: QWidget | None = None
        self.dialog: LockDialog | None = None

    # settings

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def reload_settings(self) -> None:
        """Reads the clinic's idle time again (after the settings changed)."""
        if self._fixed_timeout is None:
            self._apply_timeout(self._timeout_from_settings(default=self._timeout_ms))

    def _timeout_from_settings(self, *, default: int) -> int:
        try:
            return self._clinic.settings.clinic().idle_lock_minutes * MS_PER_MINUTE
        except KnownError:
            log.warning("could not read the idle lock setting", exc_info=True)
            return default

    def _apply_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, timeout_ms)
        if self._watching and not self.is_locked:
            self._arm()

    # watching

    @property
    def active(self) -> bool:
        """Whether the lock is watching (only when an account is logged in)."""
        return self._watching

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def start(self) -> None:
        if self._watching or self._clinic.account is None:
            return
        app = QApplication.instance()
        if app is None:
            return
        app.installEventFilter(self)
        self._watching = True
        self._last_input = self._clock()
        self._arm()

    def stop(self) -> None:
        """Stops watching; an open lock is closed without showing the windows again."""
        self._timer.stop()
        if self._watching:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False
        if self.dialog is not None:
            self._close_dialog()
        self._concealed.forget()

    def _idle_ms(self) -> float:
        return (self._clock() - self._last_input) * 1000

    def _arm(self) -> None:
        """The timer, to look again when the idle time will have been reached."""
        self._timer.start(max(0, math.ceil(self._timeout_ms - self._idle_ms())))

    def _check_idle(self) -> None:
        if self.is_locked or not self._watching:
            return
        if self._idle_ms() >= self._timeout_ms:
            self.lock(self._idle_reason())
        else:
            self._arm()  # input meanwhile, or the timer fired early

    def _idle_reason(self) -> str:
        minutes = round(self._timeout_ms / MS_PER_MINUTE)
        if minutes > 1:
            return self.tr("Nobody used mesolog for %1 minutes.").replace("%1", str(minutes))
        if minutes == 1:
            return self.tr("Nobody used mesolog for a minute.")
        return self.tr("Nobody used mesolog for a while.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            if self.is_locked:
                return False
            self._last_input = self._clock()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.keyCombination() == LOCK_KEY:
                    self.lock()
                    return True
                if event.keyCombination() == SWITCH_KEY:
                    # after this key press is done with: the switch may ask questions
                    QTimer.singleShot(0, self, self.switch_requested.emit)
                    return True
        elif (
            kind == QEvent.Type.Show
            and self.is_locked
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self._belongs_to_lock(watched)
        ):
            window = watched
            QTimer.singleShot(0, self, lambda: self._conceal_late(window))
        return False

    # locking

    def lock(self, reason: str = "") -> None:
        """Takes every window off the screen and asks for the password."""
        if self.is_locked or self._clinic.account is None:
            return
        account = self._clinic.account
        self._timer.stop()
        self._keep_typed_sessions()
        QToolTip.hideText()  # a table's tooltip may quote a note
        for _ in range(8):  # an open menu, and the menu it opened
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        self._active_window = QApplication.activeWindow()
        self._focus = QApplication.focusWidget()
        windows = [w for w in QApplication.topLevelWidgets() if self._to_conceal(w)]
        self.dialog = LockDialog(
            account.name, account.username, reason or self.tr("Locked with Lock Now.")
        )
        self.dialog.unlock_requested.connect(self.try_unlock)
        self.dialog.quit_requested.connect(self.quit_requested)
        for window in windows:
            self._concealed.conceal(window)
        self._show_dialog(windows)
        log.info("locked")
        self.locked.emit()

    def _to_conceal(self, window: QWidget) -> bool:
        return self._concealed.may_conceal(window) and not self._belongs_to_lock(window)

    def _belongs_to_lock(self, window: QWidget) -> bool:
        dialog = self.dialog
        if dialog is None:
            return False
        widget: QWidget | None = window
        while widget is not None:
            if widget is dialog:
                return True
            widget = widget.parentWidget()
        return False

    def _conceal_late(self, window: QWidget) -> None:
        """A window shown while locked: concealed too, the lock dialog kept on top."""
        if not self.is_locked or not shiboken6.isValid(window) or not self._to_conceal(window):
            return
        self._concealed.conceal(window)
        dialog = self.dialog
        assert dialog is not None
        dialog.hide()  # shown again, it is the newest modal window: the one that gets input
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.password.setFocus()

    def _show_dialog(self, windows: list[QWidget]) -> None:
        dialog = self.dialog
        assert dialog is not None
        dialog.resize(dialog.minimumWidth(), 0)
        fit_height(dialog)
        anchor = self._active_window or (windows[0] if windows else None)
        if anchor is not None and shiboken6.isValid(anchor):
            area = anchor.frameGeometry()
            screen = anchor.screen().availableGeometry()
            centre = area.center() if screen.contains(area.center()) else screen.center()
            dialog.move(centre - dialog.rect().center())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.password.setFocus()

    @staticmethod
    def _keep_typed_sessions() -> None:
        """Session editors keep what was typed two seconds after it was typed: whatever is
        still waiting is kept now, in case mesolog is quit or stops while locked."""
        for window in QApplication.topLevelWidgets():
            for autosave in window.findChildren(SessionAutosave):
                if autosave.timer.isActive():
                    autosave.timer.stop()
                    autosave.keep()

    # unlocking

    def try_unlock(self, password: str) -> bool:
        """Checks the logged-in account's password (audited, throttled, locked out after too
        many tries, like a log-in); on success shows every window again."""
        dialog, account = self.dialog, self._clinic.account
        if dialog is None or account is None:
            return False
        try:
            with busy():
                self._clinic.accounts.log_in(account.username, password)
        except KnownError as error:
            # The username is not in question here: only the password can be wrong.
            wrong = str(error) == WRONG_LOG_IN
            dialog.show_refusal(self.tr("The password is wrong.") if wrong else shown(error.text))
            return False
        except Exception:
            log.exception("checking the password to unlock")
            dialog.show_refusal(self.tr("The password could not be checked (a bug; see the log)."))
            return False
        self._restore()
        return True

    def _restore(self) -> None:
        self._close_dialog()
        self._concealed.bring_back()
        active, focus = self._active_window, self._focus
        self._active_window = self._focus = None
        if active is not None and shiboken6.isValid(active) and active.isVisible():
            active.raise_()
            active.activateWindow()
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        self._last_input = self._clock()
        if self._watching:
            self._arm()
        log.info("unlocked")
        self.unlocked.emit()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.may_close = True
            dialog.hide()
            dialog.deleteLater()
