"""The pieces of a dialog's form: captions lined up across groups, free text a few lines
high, and Save and Cancel under the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from mesolog.ui.common.form_layout import NoteEdit, align_captions, save_cancel_buttons

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _group(dialog: QDialog, captions: list[str]) -> QGroupBox:
    group = QGroupBox(dialog)
    form = QFormLayout(group)
    for text in captions:
        caption = QLabel(text, group)
        caption.setBuddy(QLineEdit(group))
        form.addRow(caption, caption.buddy())
    form.addRow(QLabel("A note without a field", group))
    return group


def test_the_captions_of_stacked_groups_get_one_width(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    groups = [_group(dialog, ["&Name:"]), _group(dialog, ["&Phone:", "Record &number:"])]
    align_captions(groups)
    captions = [c for g in groups for c in g.findChildren(QLabel) if c.buddy() is not None]
    widest = max(c.sizeHint().width() for c in captions)
    assert {c.minimumWidth() for c in captions} == {widest}
    notes = [c for g in groups for c in g.findChildren(QLabel) if c.buddy() is None]
    assert {note.minimumWidth() for note in notes} == {0}


def test_a_note_is_as_high_as_its_lines_and_tab_leaves_it(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    three, five = NoteEdit(dialog), NoteEdit(dialog, lines=5)
    spacing = three.fontMetrics().lineSpacing()
    assert five.minimumHeight() - three.minimumHeight() == 2 * spacing
    assert three.sizeHint().height() == three.minimumHeight()
    assert three.tabChangesFocus()


def test_save_is_the_default_button_and_cancel_rejects(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    saved: list[bool] = []
    buttons, save = save_cancel_buttons(dialog, lambda: saved.append(True))
    QVBoxLayout(dialog).addWidget(buttons)
    assert (buttons.objectName(), save.objectName(), save.text()) == ("buttons", "save", "&Save")
    assert save.isDefault()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved == [True]
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(buttons.findChild(QPushButton, "cancel"), Qt.MouseButton.LeftButton)
