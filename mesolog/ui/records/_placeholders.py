"""Fields wide enough for their placeholder in the window's language: Qt elides a
placeholder that does not fit ("οποιαδήποτε ημε…"), so a field's least width is its
placeholder's, measured as QLineEdit measures its text."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleOptionComboBox

HINT_CHARACTERS = 17
"""The `x`s QLineEdit's size hint makes room for (qlineedit.cpp)."""


def placeholder_width(edit: QLineEdit) -> int:
    """The least width at which `edit` shows its whole placeholder: Qt's size hint less the
    17 `x`s it counts, plus the placeholder's own width (the frame, the margins and the
    room of its actions, the calendar's or the clear button's, stay)."""
    metrics = edit.fontMetrics()
    room = QLineEdit.sizeHint(edit).width() - HINT_CHARACTERS * metrics.horizontalAdvance("x")
    return room + metrics.horizontalAdvance(edit.placeholderText()) + 1


def fit_placeholder(edit: QLineEdit) -> None:
    edit.setMinimumWidth(max(edit.minimumWidth(), placeholder_width(edit)))


def fit_placeholder_in_combo(combo: QComboBox) -> None:
    """An editable combo box as wide as its line edit's placeholder needs, with its arrow."""
    line = combo.lineEdit()
    if line is None:
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    hint = combo.sizeHint()
    option.rect.setSize(hint)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    combo.setMinimumWidth(
        max(combo.minimumWidth(), placeholder_width(line) + hint.width() - field.width())
    )
