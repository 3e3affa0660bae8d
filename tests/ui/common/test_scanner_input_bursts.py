"""A USB scanner's burst of keys told from a person's typing (mesolog/ui/common/
scanner_input.py): a burst ended by Enter or Tab is a scan; a person's keys, a fast typist's,
a burst with no Enter and one shaped like no code reach the field as typed
(tests/ui/common/scanner_keys.py sends the keys, stamped with their times).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.typing_support import focus, type_into
from tests.ui.common.scanner_keys import (
    DATAMATRIX,
    PERSON_MS,
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


def test_a_burst_is_caught_and_the_field_keeps_what_the_person_typed(
    qtbot: QtBot, editor: Editor
) -> None:
    keyboard = Keyboard()
    keyboard.type("Lot ", every_ms=PERSON_MS)
    keyboard.now += PERSON_MS
    with qtbot.waitSignal(editor.scanner.scanned) as signal:
        enter_kept_from_shortcuts = keyboard.scan(DATAMATRIX)
    assert signal.args == [DATAMATRIX]
    assert enter_kept_from_shortcuts
    settled(qtbot)
    assert editor.scans == [DATAMATRIX]
    assert editor.lot.text() == "Lot "
    assert editor.result() == 0
    assert editor.isVisible()


def test_a_person_typing_passes_through_untouched_digits_and_enter_included(
    qtbot: QtBot, editor: Editor
) -> None:
    keyboard = Keyboard()
    keyboard.type("12345678", every_ms=PERSON_MS)
    settled(qtbot)
    assert editor.lot.text() == "12345678"
    assert not keyboard.enter(after_ms=PERSON_MS)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.scans == []


@pytest.mark.parametrize("every_ms", [31, 45, 80])
def test_a_fast_typist_is_still_a_person(qtbot: QtBot, editor: Editor, every_ms: int) -> None:
    keyboard = Keyboard()
    keyboard.type("0109506000134352", every_ms=every_ms)
    keyboard.enter(after_ms=every_ms)
    settled(qtbot)
    assert editor.lot.text() == "0109506000134352"
    assert editor.scans == []
    assert editor.result() == QDialog.DialogCode.Accepted


def test_a_scan_in_the_middle_of_typing_leaves_the_typing_whole(
    qtbot: QtBot, editor: Editor
) -> None:
    keyboard = Keyboard()
    keyboard.type("HB-2026", every_ms=PERSON_MS)
    keyboard.now += PERSON_MS
    keyboard.scan(DATAMATRIX)
    keyboard.type("-0412", every_ms=PERSON_MS)
    settled(qtbot)
    assert editor.lot.text() == "HB-2026-0412"
    assert editor.scans == [DATAMATRIX]


def test_a_scan_ended_by_tab_leaves_the_focus_where_it_was(qtbot: QtBot, editor: Editor) -> None:
    keyboard = Keyboard()
    keyboard.type("4006381333931", every_ms=SCANNER_MS)
    keyboard.key(Key.Key_Tab, "\t", after_ms=SCANNER_MS)
    settled(qtbot)
    assert editor.scans == ["4006381333931"]
    assert QApplication.focusWidget() is editor.lot
    assert editor.lot.text() == ""


def test_shift_presses_between_a_scanners_keys_do_not_break_the_burst(
    qtbot: QtBot, editor: Editor
) -> None:
    keyboard = Keyboard()
    for character in "]d2" + "0104006381333931" + "10ABC":
        if character.isupper():
            keyboard.key(Key.Key_Shift, "", Mod.ShiftModifier, after_ms=1)
        keyboard.type(character, every_ms=2)
    keyboard.enter(after_ms=2)
    settled(qtbot)
    assert editor.scans == ["]d2" + "0104006381333931" + "10ABC"]
    assert editor.lot.text() == ""


def test_a_burst_with_no_enter_is_typed_into_the_field(qtbot: QtBot, editor: Editor) -> None:
    """A scanner set to send no suffix is an ordinary keyboard: nothing is lost."""
    Keyboard().type("4006381333931", every_ms=SCANNER_MS)
    settled(qtbot)
    assert editor.lot.text() == "4006381333931"
    assert editor.scans == []


@pytest.mark.parametrize("text", ["HB-2026-0412", "Redness, mild", "1234567"])
def test_a_fast_burst_that_is_no_code_is_typed_and_its_enter_pressed(
    qtbot: QtBot, editor: Editor, text: str
) -> None:
    keyboard = Keyboard()
    keyboard.type(text, every_ms=SCANNER_MS)
    keyboard.enter(after_ms=SCANNER_MS)
    settled(qtbot)
    assert editor.lot.text() == text
    assert editor.scans == []
    assert editor.result() == QDialog.DialogCode.Accepted


def test_keys_with_no_time_are_a_persons_as_the_typing_helpers_send_them(
    qtbot: QtBot, editor: Editor
) -> None:
    """QTest stamps no time on its keys: every window test typing through
    tests/typing_support keeps working in a dialog that listens for scans."""
    type_into(qtbot, editor.lot, "4006381333931")
    assert editor.lot.text() == "4006381333931"
    assert QApplication.focusWidget() is editor.checked
    focus(qtbot, editor.product)
    QTest.keyClicks(editor.product, "]d2" + "0104006381333931")
    QTest.keyClick(editor.product, Key.Key_Return)
    assert editor.product.text() == "]d2" + "0104006381333931"
    assert editor.scans == []


def test_a_held_key_repeating_is_a_person(qtbot: QtBot, editor: Editor) -> None:
    keyboard = Keyboard()
    for count in range(12):
        keyboard.now += 25
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Key.Key_0, Mod.NoModifier, "0", count > 0)
            event.setTimestamp(keyboard.now)
            QApplication.sendEvent(editor.lot, event)
    keyboard.enter(after_ms=25)
    settled(qtbot)
    assert editor.lot.text() == "0" * 12
    assert editor.scans == []
