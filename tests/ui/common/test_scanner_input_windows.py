"""Which keys a window's scanner listens to (mesolog/ui/common/scanner_input.py): its
own, those of a completer's list open over it, none of another window's, none once it is
closed (tests/ui/common/scanner_keys.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.typing_support import focus
from tests.ui.common.scanner_keys import (
    DATAMATRIX,
    PERSON_MS,
    Editor,
    Keyboard,
    settled,
    shown_editor,
)


@pytest.fixture
def editor(qtbot: QtBot) -> Editor:
    return shown_editor(qtbot)


def test_a_scan_while_a_completers_list_is_open_is_caught(qtbot: QtBot, editor: Editor) -> None:
    completer = QCompleter(["HydraBoost 1.5%", "HydraLift", "Hyaluronic acid"], editor.product)
    editor.product.setCompleter(completer)
    focus(qtbot, editor.product)
    QTest.keyClicks(editor.product, "Hy")
    qtbot.waitUntil(completer.popup().isVisible)
    keyboard = Keyboard()
    keyboard.scan(DATAMATRIX)
    settled(qtbot)
    assert editor.scans == [DATAMATRIX]
    assert editor.product.text() == "Hy"
    keyboard.type("d", every_ms=PERSON_MS)
    settled(qtbot)
    assert editor.product.text() == "Hyd"


def test_another_window_is_not_listened_to(qtbot: QtBot, editor: Editor) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    field = QLineEdit(other)
    QVBoxLayout(other).addWidget(field)
    focus(qtbot, field)
    Keyboard().scan("4006381333931")
    settled(qtbot)
    assert field.text() == "4006381333931"
    assert editor.scans == []


def test_closing_the_dialog_stops_the_listening(qtbot: QtBot) -> None:
    dialog = Editor()
    dialog.show()
    qtbot.waitExposed(dialog)
    scanner = dialog.scanner
    with qtbot.waitSignal(scanner.destroyed):
        dialog.deleteLater()
    other = QLineEdit()
    qtbot.addWidget(other)
    focus(qtbot, other)
    Keyboard().scan("4006381333931")
    settled(qtbot)
    assert other.text() == "4006381333931"
