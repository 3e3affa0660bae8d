"""Small input widgets of the session editor: enum combos, numbers with their unit,
optional dates.

Combos here ignore the mouse wheel unless they have the focus (`FocusedWheel`), so that
scrolling the long form never changes a choice by accident; numbers and dates are typed
(`typed_fields`), so the wheel never changes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from mesolog.domain.limits import Range
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.focused_wheel import FocusedWheel
from mesolog.ui.common.forms import named
from mesolog.ui.common.typed_fields import DateField, NumberField


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


def number_field(
    span: Range, unit: str = "", *, places: int = 0, none: str | None = None
) -> NumberField:
    """A number in `span` with its unit; with `none`, empty stands for "not recorded" and
    says so in the empty field."""
    return NumberField(span, unit, places=places, optional=none is not None, placeholder=none or "")


LATEST_YEAR_AHEAD = 50
"""A two-digit year typed in an expiry or resolution date is at most this far ahead."""


def optional_date(name: str, accessible: str, today: dt.date) -> DateField:
    """An expiry or a resolution date: empty until a date is typed or picked, the calendar
    opening on `today`'s month; the session's rules, not the field, say which days fit."""
    edit = named(
        DateField(latest_year=today.year + LATEST_YEAR_AHEAD, start_page=today), name, accessible
    )
    edit.setToolTip(
        QCoreApplication.translate(
            "SessionForm", "Type a date or pick it in the calendar; empty for none"
        )
    )
    return edit


def consent_box(on_file: dt.date | None) -> QCheckBox:
    """The session's consent: the consent on file (its day named) is confirmed for the
    session unless unticked; without one, a consent confirmed goes on file when signed."""
    box = named(
        QCheckBox(
            QCoreApplication.translate("SessionForm", "Consent confirmed")
            if on_file is None
            else QCoreApplication.translate(
                "SessionForm", "Consent on file (%1) confirmed"
            ).replace("%1", shown_date(on_file))
        ),
        "consent_confirmed",
        QCoreApplication.translate("SessionForm", "Consent confirmed for this session"),
    )
    box.setToolTip(
        QCoreApplication.translate(
            "SessionForm", "Signed with a confirmed consent, it is put on the patient's file"
        )
        if on_file is None
        else QCoreApplication.translate(
            "SessionForm", "The consent on file covers this session unless you untick this"
        )
    )
    return box


def watch(widgets: list[QWidget], slot: Callable[[], None]) -> None:
    """Calls `slot` whenever any of the widgets changes its value."""
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda *_: slot())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: slot())
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


def text_room(field: QLineEdit, *texts: str) -> int:
    """The width `field` needs to show each of `texts` (and its placeholder) whole, a number
    field's unit after it, beside its actions (a date's calendar): measured in the field's
    own font and style, so that it holds in every language."""
    metrics = field.fontMetrics()
    unit = field.unit if isinstance(field, NumberField) else ""
    after = metrics.horizontalAdvance(f" {unit} ") if unit else 0
    # a line edit's hint is 17 "x", its frame, margins and actions: what is not text
    frame = QLineEdit.sizeHint(field).width() - 17 * metrics.horizontalAdvance("x")
    widest = max(metrics.horizontalAdvance(text) for text in (*texts, field.placeholderText()))
    return widest + after + frame


def room_for(field: QLineEdit, *texts: str) -> QLineEdit:
    """Makes `field` at least `text_room` wide."""
    field.setMinimumWidth(max(field.minimumWidth(), text_room(field, *texts)))
    return field


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
