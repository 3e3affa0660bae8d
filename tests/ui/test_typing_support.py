"""The typing helper types as a person does, so it shows what a widget makes of keys."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QSpinBox, QVBoxLayout
from pytestqt.qtbot import QtBot

from tests.typing_support import empty, shown, type_into


def _form(qtbot: QtBot) -> tuple[QDialog, QSpinBox, QLineEdit]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    box = QSpinBox()
    box.setRange(1, 100)
    box.setValue(42)
    line = QLineEdit()
    layout.addWidget(box)
    layout.addWidget(line)
    return dialog, box, line


def test_keys_reach_the_field_one_by_one_and_tab_moves_on(qtbot: QtBot) -> None:
    dialog, box, line = _form(qtbot)
    type_into(qtbot, box, "150")
    # Qt's spin box drops the key that would pass its maximum: the trap the helper exposes.
    assert (shown(box), box.value()) == ("15", 15)
    assert line.hasFocus()
    assert dialog.isVisible()
    type_into(qtbot, line, "Παπαδοπούλου 7")
    assert line.text() == "Παπαδοπούλου 7"


def test_typing_replaces_what_the_field_held_and_empty_clears_it(qtbot: QtBot) -> None:
    dialog, _, line = _form(qtbot)
    line.setText("older")
    type_into(qtbot, line, "newer", tab=False)
    assert line.text() == "newer"
    empty(qtbot, line)
    assert line.text() == ""
    assert dialog.isVisible()
