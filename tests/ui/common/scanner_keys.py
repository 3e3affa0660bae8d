"""A USB scanner's keys and a person's, sent to a dialog that listens for scans, for the
tests of mesolog/ui/common/scanner_input.py (tests/ui/common/test_scanner_input_*.py).

Keys are sent as the platform sends them: for each key a ShortcutOverride, a press and a
release, to the widget with the focus, each stamped with the time it was typed. A scanner
types a key every few milliseconds and ends with Enter; a person types one every 100 ms
or more. The tests send them back to back: only the stamps say how fast they were typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesolog.ui.common.scanner_input import ScannerInput
from tests.typing_support import focus

GS = "\x1d"
DATAMATRIX = "]d2" + "0109506000134352" + "17270131" + "10ABC123" + GS + "21XYZ"
SCANNER_MS = 4
PERSON_MS = 140
Key = Qt.Key
Mod = Qt.KeyboardModifier


def receiver() -> QWidget:
    """Where the platform's key goes: an open popup (its focus widget), else the focus."""
    popup = QApplication.activePopupWidget()
    target = (popup.focusWidget() or popup) if popup is not None else QApplication.focusWidget()
    assert target is not None
    return target


class Keyboard:
    """The platform's side: key events with their time, to the focused widget."""

    def __init__(self) -> None:
        self.now = 5_000_000

    def type(self, text: str, *, every_ms: int) -> None:
        for character in text:
            if character == GS:  # a scanner in keyboard-wedge mode types GS as Ctrl+]
                self.key(Key.Key_BracketRight, GS, Mod.ControlModifier, after_ms=every_ms)
            else:
                shifted = character.isupper() or character in '!"%&()*+:<>?_'
                self.key(
                    Key(ord(character.upper())),
                    character,
                    Mod.ShiftModifier if shifted else Mod.NoModifier,
                    after_ms=every_ms,
                )

    def key(
        self, key: Key, text: str = "", modifiers: Mod = Mod.NoModifier, *, after_ms: int
    ) -> bool:
        """Types the key; returns whether its ShortcutOverride was accepted, which keeps
        every shortcut from acting on it (the override starts ignored, as Qt sends it)."""
        self.now += after_ms
        target = receiver()
        overridden = False
        for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, modifiers, text)
            event.setTimestamp(self.now)
            if kind == QEvent.Type.ShortcutOverride:
                event.ignore()
            QApplication.sendEvent(target, event)
            if kind == QEvent.Type.ShortcutOverride:
                overridden = event.isAccepted()
        return overridden

    def enter(self, *, after_ms: int) -> bool:
        return self.key(Key.Key_Return, "\r", after_ms=after_ms)

    def scan(self, code: str) -> bool:
        self.type(code, every_ms=SCANNER_MS)
        return self.enter(after_ms=SCANNER_MS)


class Editor(QDialog):
    """A dialog like the session editor: two fields, a check box and a default button;
    closing it looks at what the fields hold, as the editor does to ask about changes."""

    def __init__(self, *, hold_ms: int = 60) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.product = QLineEdit(self)
        self.lot = QLineEdit(self)
        self.checked = QCheckBox("Patch test done", self)
        self.save = QPushButton("Save", self)
        self.save.setDefault(True)
        self.save.clicked.connect(self.accept)
        for widget in (self.product, self.lot, self.checked, self.save):
            column.addWidget(widget)
        self.scans: list[str] = []
        self.closed_with: list[str] = []
        self.scanner = ScannerInput(self, hold_ms=hold_ms)
        self.scanner.scanned.connect(self.scans.append)

    def reject(self) -> None:
        self.closed_with.append(self.lot.text())
        super().reject()


def shown_editor(qtbot: QtBot) -> Editor:
    """The dialog shown, the focus in its lot field."""
    dialog = Editor()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.lot)
    return dialog


def holding_editor(qtbot: QtBot) -> Editor:
    """A dialog that holds a person's key until something lets it go: no timer will."""
    dialog = Editor(hold_ms=600_000)
    qtbot.addWidget(dialog)
    focus(qtbot, dialog.lot)
    return dialog


def settled(qtbot: QtBot) -> None:
    """Long enough for keys held back as a possible burst to be typed into their field."""
    qtbot.wait(200)
