"""A USB barcode scanner's keys, told from a person's anywhere in one window.

A scanner in keyboard-wedge mode types a whole code in a few milliseconds a key and ends
it with Enter (or Tab); a person types a key every 100 ms or more, and no one types eight
keys in a row each within 30 ms of the last. `ScannerInput` listens to the keys typed
into any widget of its window and emits `scanned(text)` for such a burst, the keys of the
burst reaching no field, and the Enter that ends it pressing no button.

The first keys of a burst arrive before anything says it is one. They are held back,
not typed and taken out again: a key with a time (every key the platform delivers has
one) is held until the next key says whether it belongs to a burst, or until `hold_ms`
pass with no key; then it is sent on to the widget it was typed into, press and release
in order, and typed there as it would have been. A person's key reaches the field up to
`hold_ms` (60 ms) late, less than a frame or two. Taking typed text out again instead
would mean undoing whatever the field did with it: a spin box that clamped it, a line
edit's validator that refused it, a completer that opened, a check box that ticked, an
autosave or a search already run on it; none of that can be undone reliably.

Held keys are typed before anything can act on what they were typed into: before the
next key's ShortcutOverride goes on, unless it is part of a burst (Qt asks it before a
shortcut, an action's keys or a button's Alt+letter act, and the key press of one that
acts never comes: Ctrl+S would save without the last digit typed); before a mouse press
(Qt moves the focus for it before the press is seen); before a focus change (a field is
done with when it loses the focus); and before the window closes.

Only the keys' own times (QKeyEvent.timestamp, the platform's record of when the key
was pressed) say how fast they were typed, so a busy event loop that delivers a
person's keys late and together does not make them a burst. A key with no time (0:
QTest and other synthesised keys) is a person's, so window tests that type through
tests/typing_support see no difference.

GS, which GS1 codes put between fields, comes from a scanner in keyboard-wedge mode as
Ctrl+]: on X11 Qt gives key ] with Ctrl and the text "\\x1d" (seen under Xvfb with
xdotool); a platform that gives "]" as the text is read the same. Where the keyboard
layout has no ] key (German: AltGr+9) Ctrl+] cannot be typed: the scanner is then set
to send a substitute character, passed on as typed, and `parse_scan` is told which.

A burst that is not shaped like a code (`accepts`, `is_scan_like` by default) is typed
into the field after all, with its Enter: a scanner is a keyboard for anything else.
`scanned` is emitted once the key that ended the burst has been dealt with, so a slot
may open a dialog.

Limits: the filter is the application's (so it sees keys in the window's popups, a
completer's list), about 3 µs an event while the window lives. A key a person types
within `gap_ms` before a scan starts becomes part of it. A scanner sends key positions,
which the system's layout makes characters: under a Greek layout, letters arrive Greek.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from mesolog.scanning.vial_scans import GS, is_scan_like

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_ACTIONS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.FocusAboutToChange,
    QEvent.Type.FocusOut,
)
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
)
_COMMANDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _Kind(Enum):
    CHARACTER = auto()
    SEPARATOR = auto()
    END = auto()
    MODIFIER = auto()
    OTHER = auto()


class ScannerInput(QObject):
    """Listens to the keys typed into `window` (any widget in it, not the windows it
    opens) for as long as `window` lives. Defaults: a burst is at least `min_length`
    characters, each within `gap_ms` of the one before, ended by Enter or Tab within
    `gap_ms` of the last."""

    scanned = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        min_length: int = 8,
        gap_ms: int = 30,
        hold_ms: int = 60,
        accepts: Callable[[str], bool] = is_scan_like,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._min_length = min_length
        self._gap_ms = gap_ms
        self._accepts = accepts
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._text: list[str] = []
        self._last_ms = 0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self._release_held)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent) and self._typed_here(watched):
            if kind == QEvent.Type.KeyRelease:
                return self._on_release(watched, event)
            return self._on_key(watched, event, ask_only=kind == QEvent.Type.ShortcutOverride)
        if self._held and (
            (kind in _ACTIONS and self._in_window(watched))
            or (kind == QEvent.Type.Close and watched is self._window)
        ):
            self._release_held()
        return False

    def _in_window(self, widget: QWidget) -> bool:
        """In the window, or in a popup open over it (a completer's list, a combo's)."""
        if widget is self._window or self._window.isAncestorOf(widget):
            return True
        popup = QApplication.activePopupWidget()
        in_popup = popup is not None and (widget is popup or popup.isAncestorOf(widget))
        return in_popup and QApplication.activeWindow() is self._window

    def _typed_here(self, widget: QWidget) -> bool:
        """A key event's first delivery, to the widget Qt gives keys to (a key the widget
        leaves is delivered again to its parents)."""
        return widget is _key_receiver(self._window) and self._in_window(widget)

    def _on_key(self, widget: QWidget, event: QKeyEvent, *, ask_only: bool) -> bool:
        """For a ShortcutOverride (`ask_only`), whether the key will be taken: then no
        shortcut acts on it. For a KeyPress, takes it or lets it through."""
        kind = _kind(event)
        if kind is _Kind.MODIFIER:
            return False
        time_ms = event.timestamp()
        if time_ms == 0 or event.isAutoRepeat():
            return self._let_through()
        in_burst = bool(self._held) and 0 <= time_ms - self._last_ms <= self._gap_ms
        taken = (
            kind is _Kind.CHARACTER
            or (kind is _Kind.SEPARATOR and in_burst)
            or (kind is _Kind.END and in_burst and self._is_code())
        )
        if not taken:
            return self._let_through()
        if ask_only:
            event.accept()
            return True
        if kind is _Kind.END:
            self._end_burst()
            return True
        if self._held and not in_burst:
            self._release_held()
        self._held.append((widget, event.clone()))
        self._text.append(GS if kind is _Kind.SEPARATOR else event.text())
        self._last_ms = time_ms
        self._timer.start()
        return True

    def _on_release(self, widget: QWidget, event: QKeyEvent) -> bool:
        """A release is held with the presses before it, so a key typed again later
        is pressed and released in order (a check box ticks on release)."""
        if not self._held:
            return False
        self._held.append((widget, event.clone()))
        return True

    def _let_through(self) -> bool:
        """The held keys typed first, then the key goes on: to a shortcut, whose key press
        the field never gets, or to the field."""
        self._release_held()
        return False

    def _is_code(self) -> bool:
        text = "".join(self._text)
        return len(text) >= self._min_length and self._accepts(text)

    def _end_burst(self) -> None:
        text = "".join(self._text)
        self._forget()
        QTimer.singleShot(0, self, lambda: self.scanned.emit(text))

    def _forget(self) -> None:
        self._held = []
        self._text = []
        self._timer.stop()

    def _release_held(self) -> None:
        """The held keys typed, in order, into the widgets they were typed into."""
        held = self._held
        self._forget()
        self._replaying = True
        try:
            for widget, event in held:
                if isValid(widget):
                    QApplication.sendEvent(widget, event)
        finally:
            self._replaying = False


def _key_receiver(window: QWidget) -> QWidget | None:
    """Where Qt delivers a key first: the keyboard grabber, else an open popup's focus
    widget or the popup, else the focus widget (the window itself when none has it)."""
    grabber = QWidget.keyboardGrabber()
    if grabber is not None:
        return grabber
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return QApplication.focusWidget() or window


def _kind(event: QKeyEvent) -> _Kind:
    key = event.key()
    commands = event.modifiers() & _COMMANDS
    text = event.text()
    if key in _MODIFIER_KEYS:
        return _Kind.MODIFIER
    if text == GS or (
        key == Qt.Key.Key_BracketRight and commands == Qt.KeyboardModifier.ControlModifier
    ):
        return _Kind.SEPARATOR
    if key in _ENDS and not commands:
        return _Kind.END
    if len(text) == 1 and text.isprintable() and not commands:
        return _Kind.CHARACTER
    return _Kind.OTHER
