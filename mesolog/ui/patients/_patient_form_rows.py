"""The rows of the patient dialog's form: a label, the input, a hint and the error under it.

`FormRows` builds the groups and their rows and keeps every input by its field name, in
the order added (the dialog's tab order).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesolog.ui.common.form_layout import TEXT_LINES, NoteEdit
from mesolog.ui.common.forms import FieldErrors, named


class FormRows:
    """Builds the groups and rows of a form owned by `owner`, errors from `errors`."""

    def __init__(self, owner: QWidget, errors: FieldErrors) -> None:
        self._owner = owner
        self._errors = errors
        self.fields: dict[str, QWidget] = {}
        """Every input by its field name, in tab order."""

    def group(
        self, title: str, name: str, *, labels_above: bool = False
    ) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self._owner)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if labels_above
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def add(
        self,
        form: QFormLayout,
        field: str,
        label: str | QCheckBox,
        widget: QWidget,
        hint: QLabel | None = None,
    ) -> None:
        """A row: the label (a mnemonic's buddy), the input, a hint and the error under it.

        A check box as the label goes on one line with the input, across the form.
        """
        owner = self._owner
        cell = QWidget(owner)
        cell.setSizePolicy(QSizePolicy.Policy.Preferred, widget.sizePolicy().verticalPolicy())
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(label, str):
            text_label = QLabel(label, owner)
            text_label.setObjectName(f"{field}_label")
            text_label.setBuddy(widget)
            named(widget, field, label.replace("&", ""))
            column.addWidget(widget)
        else:
            named(widget, field, label.accessibleName())
            line = QHBoxLayout()
            line.addWidget(label)
            line.addWidget(widget)
            line.addStretch(1)
            column.addLayout(line)
        if hint is not None:
            column.addWidget(hint)
        column.addWidget(self._errors.label_for(field))
        if isinstance(label, str):
            form.addRow(text_label, cell)
        else:
            form.addRow(cell)
        self.fields[field] = widget

    def line(self, form: QFormLayout, field: str, label: str) -> QLineEdit:
        """A line of text; its length is checked on Save, never cut while typing."""
        edit = QLineEdit(self._owner)
        self.add(form, field, label, edit)
        return edit

    def combo(self, form: QFormLayout, field: str, label: str) -> QComboBox:
        combo = QComboBox(self._owner)
        self.add(form, field, label, combo)
        return combo

    def text(
        self,
        form: QFormLayout,
        field: str,
        label: str,
        hint: QLabel | None = None,
        *,
        lines: int = TEXT_LINES,
    ) -> QPlainTextEdit:
        edit = NoteEdit(self._owner, lines)
        self.add(form, field, label, edit, hint)
        return edit
