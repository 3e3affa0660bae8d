"""What a scanner types between and around a code's fields comes through whole in
`scanned` (mesolog/ui/common/scanner_input.py): GS as Ctrl+], a substitute character set
on the scanner, the printed form's parentheses (tests/ui/common/scanner_keys.py).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.common.scanner_keys import (
    DATAMATRIX,
    GS,
    SCANNER_MS,
    Editor,
    Key,
    Keyboard,
    Mod,
    settled,
    shown_editor,
)


@pytest.fixture
def editor(qtbot: QtBot) -> Editor:
    return shown_editor(qtbot)


def test_gs_typed_as_ctrl_bracket_is_gs_whatever_text_the_platform_gives(
    qtbot: QtBot, editor: Editor
) -> None:
    keyboard = Keyboard()
    head, tail = DATAMATRIX.split(GS)
    keyboard.type(head, every_ms=SCANNER_MS)
    keyboard.key(Key.Key_BracketRight, "]", Mod.ControlModifier, after_ms=SCANNER_MS)
    keyboard.type(tail, every_ms=SCANNER_MS)
    keyboard.enter(after_ms=SCANNER_MS)
    settled(qtbot)
    assert editor.scans == [DATAMATRIX]


def test_a_substitute_for_gs_comes_through_as_typed(qtbot: QtBot, editor: Editor) -> None:
    keyboard = Keyboard()
    keyboard.scan(DATAMATRIX.replace(GS, "|"))
    settled(qtbot)
    assert editor.scans == [DATAMATRIX.replace(GS, "|")]


def test_the_printed_form_s_parentheses_come_through_as_typed(qtbot: QtBot, editor: Editor) -> None:
    """A scanner that sends the printed form types each parenthesis with Shift."""
    printed = "(01)09506000134352(17)270131(10)ABC123(21)XYZ"
    Keyboard().scan(printed)
    settled(qtbot)
    assert editor.scans == [printed]
    assert editor.lot.text() == ""
