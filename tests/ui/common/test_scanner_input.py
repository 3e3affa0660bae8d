"""A USB scanner's burst of keys, caught anywhere in a dialog; a person's keys left alone.

Keys are sent as the platform sends them: for each key a ShortcutOverride, a press and a
release, to the widget with the focus, each stamped with the time it was typed. A scanner
types a key every few milliseconds and ends with Enter; a person types one every 100 ms
or more. The tests send them back to back: only the stamps say how fast they were typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCompleter,
    QDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesolog.ui.common.scanner_input import ScannerInput
from tests.typing_support import focus, type_into

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


@pytest.fixture
def editor(qtbot: QtBot) -> Editor:
    dialog = Editor()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.lot)
    return dialog


@pytest.fixture
def holding(qtbot: QtBot) -> Editor:
    """An editor that holds a person's key until something lets it go: no timer will."""
    dialog = Editor(hold_ms=600_000)
    qtbot.addWidget(dialog)
    focus(qtbot, dialog.lot)
    return dialog


def settled(qtbot: QtBot) -> None:
    """Long enough for keys held back as a possible burst to be typed into their field."""
    qtbot.wait(200)


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
