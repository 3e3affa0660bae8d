"""A USB barcode scanner's keys as the platform delivers them, for the session editor's scan
tests (test_vial_scans_*.py), as in tests/ui/common/scanner_keys.py: each key a
ShortcutOverride, a press and a release to the widget with the focus (to a completion list
while one is open, as the platform sends them), stamped with the time it was typed, a few
milliseconds apart, GS typed as Ctrl+] with the text "\\x1d"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

GS = "\x1d"
SCANNER_MS = 4
PERSON_MS = 140


def datamatrix(gtin: str, expiry: str, lot: str, serial: str = "S0001", separator: str = GS) -> str:
    """What a scanner with its AIM prefix on sends for a GS1 DataMatrix: the GTIN and the
    expiry (fixed length), the lot ended by the separator, the serial."""
    return "]d2" + f"01{gtin}" + f"17{expiry}" + f"10{lot}" + separator + f"21{serial}"


class Keyboard:
    """The platform's side: key events stamped with their time, to the focused widget; the
    clock runs on from one keyboard to the next, as the platform's does."""

    clock = 8_000_000

    def __init__(self) -> None:
        self.now = Keyboard.clock

    def type(self, text: str, *, every_ms: int) -> None:
        for character in text:
            if character == GS:
                self.key(Qt.Key.Key_BracketRight, GS, Qt.KeyboardModifier.ControlModifier, every_ms)
            else:
                shifted = character.isupper() or character in '!"%&()*+:<>?_|'
                modifier = (
                    Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier
                )
                self.key(Qt.Key(ord(character.upper())), character, modifier, every_ms)

    def key(self, key: Qt.Key, text: str, modifiers: Qt.KeyboardModifier, after_ms: int) -> None:
        self.now += after_ms
        Keyboard.clock = self.now
        popup = QApplication.activePopupWidget()
        target = (popup.focusWidget() or popup) if popup else QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, modifiers, text)
            event.setTimestamp(self.now)
            if kind == QEvent.Type.ShortcutOverride:
                event.ignore()
            QApplication.sendEvent(target, event)

    def scan(self, code: str) -> None:
        self.now += PERSON_MS
        self.type(code, every_ms=SCANNER_MS)
        self.key(Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier, SCANNER_MS)
