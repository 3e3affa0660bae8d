"""A row of a catalogue form: the caption (its mnemonic's buddy), the input, a hint and the
error under it, the input named by its field."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from mesolog.ui.common.forms import FieldErrors, named

W = TypeVar("W", bound=QWidget)


def form_row(
    form: QFormLayout,
    errors: FieldErrors,
    field: str,
    caption: str,
    widget: W,
    *,
    hint: QLabel | None = None,
) -> W:
    owner = form.parentWidget()
    cell = QWidget(owner)
    cell.setSizePolicy(QSizePolicy.Policy.Preferred, widget.sizePolicy().verticalPolicy())
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    named(widget, field, caption.replace("&", ""))
    column.addWidget(widget)
    if hint is not None:
        column.addWidget(hint)
    column.addWidget(errors.label_for(field))
    label = QLabel(caption, owner)
    label.setObjectName(f"{field}_label")
    label.setBuddy(widget)
    form.addRow(label, cell)
    return widget
