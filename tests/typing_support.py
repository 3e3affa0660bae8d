"""Typing as a person types: into the focused field, key by key, then Tab to move on.

Every numeric and date field is tested through these, never through `setValue`,
`setDate` or `setText`: a widget that clamps, wraps or drops a keystroke (typing 150
into a 1-100 spin box gives 15) only shows itself when the keys are typed.

- `type_into(qtbot, widget, "150")` selects what the field holds, types the text one key
  at a time (non-ASCII too: Greek goes through `QTest.sendKeyEvent`, since `keyClicks`
  aborts the process on it), then presses Tab, which is where Qt commits a typed value.
- `empty(qtbot, widget)` selects everything and deletes it, then Tab.
- `shown(widget)` is the text the field shows now, for "what the person sees".

The test then reads back what was stored, from the database through the services,
not only from the widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Shows the widget's window if need be and gives the widget the keyboard focus."""
    window = widget.window()
    if not window.isVisible():
        window.show()
        qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _has_focus(widget), timeout=2_000)


def _has_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is widget or (focused is not None and widget.isAncestorOf(focused))


def select_all(widget: QWidget) -> None:
    """What a person does before typing over a field: Ctrl+A (on the editable part)."""
    target = _typing_target(widget)
    QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def type_keys(widget: QWidget, text: str) -> None:
    """One key press and release per character, into whatever has the focus inside
    `widget` (a spin box's line edit, an editable combo's)."""
    target = _typing_target(widget)
    for character in text:
        if character == "\n":
            QTest.keyClick(target, Qt.Key.Key_Return)
        elif character.isascii():
            QTest.keyClicks(target, character)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                target,
                Qt.Key.Key_unknown,
                character,
                Qt.KeyboardModifier.NoModifier,
            )


def tab_away(widget: QWidget) -> None:
    QTest.keyClick(_typing_target(widget), Qt.Key.Key_Tab)


def type_into(qtbot: QtBot, widget: QWidget, text: str, *, tab: bool = True) -> None:
    """Focus, select all, type `text` key by key, and (unless `tab=False`) press Tab."""
    focus(qtbot, widget)
    select_all(widget)
    type_keys(widget, text)
    if tab:
        tab_away(widget)


def empty(qtbot: QtBot, widget: QWidget, *, tab: bool = True) -> None:
    """Focus, select all, Delete: the field as a person empties it."""
    focus(qtbot, widget)
    select_all(widget)
    QTest.keyClick(_typing_target(widget), Qt.Key.Key_Delete)
    if tab:
        tab_away(widget)


def shown(widget: QWidget) -> str:
    """The text the field shows."""
    if isinstance(widget, QAbstractSpinBox | QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    raise TypeError(f"no text to read from {type(widget).__name__}")


def _typing_target(widget: QWidget) -> QWidget:
    if isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit() is not None:
        return widget.lineEdit()
    return widget


@dataclass(frozen=True)
class Typed:
    """One way a person fills a field, and what must come of it: `stored` is the value the
    database must hold afterwards; `refused` (when set) is a fragment of the message that
    must be shown beside the field instead, with nothing stored."""

    case: str
    keys: str
    stored: object = None
    refused: str | None = None
