"""A person's key held back as a possible scan is typed before anything acts on the
field (mesolog/ui/common/scanner_input.py): the next key, a click, a shortcut, a button's
Alt+letter, a focus change, closing the window (tests/ui/common/scanner_keys.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.typing_support import focus
from tests.ui.common.scanner_keys import (
    PERSON_MS,
    Editor,
    Key,
    Keyboard,
    Mod,
    holding_editor,
    settled,
    shown_editor,
)


@pytest.fixture
def editor(qtbot: QtBot) -> Editor:
    return shown_editor(qtbot)


@pytest.fixture
def holding(qtbot: QtBot) -> Editor:
    return holding_editor(qtbot)


def test_space_on_a_check_box_ticks_it_once(qtbot: QtBot, editor: Editor) -> None:
    """Press and release are held and typed again in order: a check box ticks on release."""
    focus(qtbot, editor.checked)
    Keyboard().type(" ", every_ms=PERSON_MS)
    settled(qtbot)
    assert editor.checked.isChecked()


def test_backspace_right_after_a_key_comes_after_it(qtbot: QtBot, editor: Editor) -> None:
    keyboard = Keyboard()
    keyboard.type("ab", every_ms=PERSON_MS)
    keyboard.key(Key.Key_Backspace, "\b", after_ms=10)
    settled(qtbot)
    assert editor.lot.text() == "a"


def test_a_click_right_after_a_key_comes_after_it(qtbot: QtBot, editor: Editor) -> None:
    """The last key is still held when the person clicks Save: it is typed first."""
    saved: list[str] = []
    editor.save.clicked.connect(lambda: saved.append(editor.lot.text()))
    Keyboard().type("HB7", every_ms=PERSON_MS)
    QTest.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert saved == ["HB7"]


@pytest.mark.parametrize(
    ("key", "modifiers", "acting"),
    [
        (Key.Key_S, Mod.ControlModifier, "save"),
        (Key.Key_S, Mod.ControlModifier | Mod.ShiftModifier, "sign"),
        (Key.Key_P, Mod.ControlModifier, "print"),
    ],
    ids=["ctrl-s", "ctrl-shift-s", "action-ctrl-p"],
)
def test_a_shortcut_right_after_a_key_acts_after_it(
    holding: Editor, key: Key, modifiers: Mod, acting: str
) -> None:
    """A shortcut's key press never reaches the field: its ShortcutOverride lets the held
    key go. Ctrl+S and Ctrl+Shift+S as the session editor's Save and Sign, Ctrl+P as an
    action's; the key goes through the window, where the shortcuts are looked up."""
    seen: list[tuple[str, str]] = []
    for name, keys in (("save", QKeySequence.StandardKey.Save), ("sign", "Ctrl+Shift+S")):
        shortcut = QShortcut(QKeySequence(keys), holding)
        shortcut.activated.connect(lambda name=name: seen.append((name, holding.lot.text())))
    action = QAction(holding, shortcut=QKeySequence("Ctrl+P"))
    action.triggered.connect(lambda: seen.append(("print", holding.lot.text())))
    holding.addAction(action)
    Keyboard().type("HB7", every_ms=PERSON_MS)
    QTest.keyClick(holding.windowHandle(), key, modifiers)
    assert seen == [(acting, "HB7")]


def test_a_buttons_alt_letter_right_after_a_key_presses_it_after_the_key(
    qtbot: QtBot, holding: Editor
) -> None:
    pressed: list[str] = []
    sign = QPushButton("Si&gn", holding)
    sign.clicked.connect(lambda: pressed.append(holding.lot.text()))
    sign.show()
    Keyboard().type("HB7", every_ms=PERSON_MS)
    QTest.keyClick(holding.windowHandle(), Key.Key_G, Mod.AltModifier)
    qtbot.waitUntil(lambda: pressed != [])
    assert pressed == ["HB7"]


def test_leaving_a_field_right_after_a_key_leaves_it_with_the_key(
    qtbot: QtBot, holding: Editor
) -> None:
    """A field is done with when it loses the focus (editingFinished): by a click on another
    field, which Qt moves the focus for before the click is seen, or by the program."""
    finished: list[tuple[str, str]] = []
    for field in (holding.lot, holding.product):
        field.editingFinished.connect(
            lambda field=field: finished.append((field.objectName(), field.text()))
        )
    holding.lot.setObjectName("lot")
    holding.product.setObjectName("product")
    keyboard = Keyboard()
    keyboard.type("HB7", every_ms=PERSON_MS)
    QTest.mouseClick(holding.product, Qt.MouseButton.LeftButton)
    keyboard.type("HB", every_ms=PERSON_MS)
    holding.checked.setFocus(Qt.FocusReason.OtherFocusReason)
    assert finished == [("lot", "HB7"), ("product", "HB")]
    assert not holding.checked.isChecked()


def test_closing_right_after_a_key_closes_with_the_key(holding: Editor) -> None:
    Keyboard().type("HB7", every_ms=PERSON_MS)
    holding.close()
    assert holding.closed_with == ["HB7"]
