"""Small input widgets of the session editor: enum combos, unit spin boxes, optional dates.

Spin boxes and combos here ignore the mouse wheel unless they have the focus
(`FocusedWheel`), so that scrolling the long form never changes a depth or a volume by
accident.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPalette, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from mesolog.domain.limits import Range
from mesolog.ui.common.date_edits import OptionalDateEdit
from mesolog.ui.common.focused_wheel import FocusedWheel
from mesolog.ui.common.forms import named


class SpinBox(FocusedWheel, QSpinBox):
    """A whole-number spin box that leaves the wheel to the form unless it has the focus."""


class DecimalSpinBox(FocusedWheel, QDoubleSpinBox):
    """A decimal spin box in the locale's notation, without trailing zeros (2 mm, 0,75 mm)."""

    def _as_typed(self, text: str) -> str:
        """Either '.' or ',' is the decimal point: these values never need a thousands
        separator, and reading '2.5' as 25 where the locale writes '2,5' would be a
        silent tenfold error in a dose."""
        point = self.locale().decimalPoint()
        return text.replace("," if point == "." else ".", point)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(self._as_typed(text), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._as_typed(text))

    def textFromValue(self, value: float) -> str:
        locale = self.locale()
        text = locale.toString(value, "f", self.decimals())
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


class ComboBox(FocusedWheel, QComboBox):
    """A combo of choices; item data holds the stored value (None for the blank choice)."""

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: object) -> None:
        index = self.findData(None if value in (None, "") else str(value))
        self.setCurrentIndex(max(index, 0))


def enum_combo(labels: Mapping[Any, str], *, blank: str | None = None) -> ComboBox:
    """A combo of an enumeration's human labels; `blank` adds a first "none" choice."""
    combo = ComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for member, label in labels.items():
        combo.addItem(label, str(member))
    return combo


def int_spin(span: Range, suffix: str = "", *, special: str | None = None) -> SpinBox:
    """A spin box over `span`; with `special`, one value below it means "not recorded"."""
    box = SpinBox()
    low = int(span.low)
    if special is not None:
        low -= 1
        box.setSpecialValueText(special)
    box.setRange(low, int(span.high))
    box.setValue(low)
    box.setSuffix(suffix)
    box.setAccelerated(True)
    return box


def decimal_spin(low: float, high: float, step: float, suffix: str) -> DecimalSpinBox:
    box = DecimalSpinBox()
    box.setDecimals(2)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    return box


def special_to_none(box: QSpinBox) -> int | None:
    """The spin box's value, None while it shows its special text."""
    return None if box.specialValueText() and box.value() == box.minimum() else box.value()


def set_or_special(box: QSpinBox, value: int | None) -> None:
    box.setValue(box.minimum() if value is None else value)


EARLIEST_DAY = dt.date(1900, 1, 1)
"""The first day an expiry or a resolution date can hold: a half-typed date starts there."""


def optional_date(name: str, accessible: str, today: dt.date) -> OptionalDateEdit:
    """An expiry or a resolution date: "—" until a date is typed or picked, the calendar
    opening on `today`'s month; the session's rules, not the field, say which days fit."""
    edit = named(
        OptionalDateEdit(
            earliest=EARLIEST_DAY, latest=dt.date.max, not_set_text="—", start_page=today
        ),
        name,
        accessible,
    )
    edit.setToolTip(
        edit.tr("Type a date or pick it in the calendar; select all and press Delete for none")
    )
    return edit


def watch(widgets: list[QWidget], slot: Callable[[], None]) -> None:
    """Calls `slot` whenever any of the widgets changes its value."""
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda *_: slot())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: slot())
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            widget.valueChanged.connect(lambda *_: slot())
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(lambda *_: slot())
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda *_: slot())
        else:  # pragma: no cover - a programming error
            raise TypeError(f"cannot watch {type(widget).__name__}")


def fill_width(widget: QWidget, minimum: int) -> QWidget:
    """Lets a grid column, not the widget's own size hint, decide the widget's width (so that
    a header and the rows under it line up)."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)
    widget.setMinimumWidth(minimum)
    return widget


def table_grid(columns: list[tuple[int, int]], parent: QWidget | None = None) -> QGridLayout:
    """A grid whose columns have these (stretch, minimum width in average characters)."""
    grid = QGridLayout(parent)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(2)
    char = QFontMetrics(QApplication.font()).averageCharWidth()
    for index, (stretch, chars) in enumerate(columns):
        grid.setColumnStretch(index, stretch)
        grid.setColumnMinimumWidth(index, chars * char)
    return grid


def column_width(chars: int) -> int:
    return chars * QFontMetrics(QApplication.font()).averageCharWidth()


def caption(text: str) -> QLabel:
    """A column heading above a table-like list of rows."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def widget_char_width(widget: QWidget) -> int:
    return widget.fontMetrics().averageCharWidth()


def add_error_rows(grid: QGridLayout, errors: list[tuple[int, QLabel]], first_row: int) -> None:
    """Puts each field's error label on its own row under the fields, starting under its
    field and running towards the wide side, so that no message is squeezed into a narrow
    column and two messages never overlap (empty rows take no space)."""
    columns = grid.columnCount()
    for offset, (column, label) in enumerate(errors):
        fill_width(label, 0)
        if column * 2 >= columns:
            grid.addWidget(label, first_row + offset, 0, 1, column + 1)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        else:
            grid.addWidget(label, first_row + offset, column, 1, columns - column)
