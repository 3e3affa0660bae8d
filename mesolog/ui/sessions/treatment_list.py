"""A session's treatment lines, one editor each, with "Add area", and the chart beside them
(under them on a screen too narrow for both side by side)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.enums import Area
from mesolog.domain.errors import Violation
from mesolog.domain.records import Course, TechniqueDefaults, TreatmentLine
from mesolog.ui.common.forms import named
from mesolog.ui.sessions.chart_actions import chart_panel
from mesolog.ui.sessions.treatment_line_editor import LINE_MARGINS, TreatmentLineEditor
from mesolog.ui.sessions.treatment_products import ProductRow

_LINE_PATH = re.compile(r"treatments\[(\d+)\]\.")


class TreatmentList(QWidget):
    """The lines in order; a new one copies the last line's technique onto an area of the
    course not treated yet."""

    changed = Signal()

    def __init__(
        self,
        defaults: TechniqueDefaults,
        today: Callable[[], dt.date],
        course: Callable[[], Course | None],
        error_label: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("treatments")
        self._defaults = defaults
        self._today = today
        self._course = course
        self.line_editors: list[TreatmentLineEditor] = []
        self._row_width = 0
        """A product row's least width, measured once."""
        self.lines_layout = QVBoxLayout()
        self.lines_layout.setSpacing(6)
        self.add_line_button = named(
            QPushButton(self.tr("Add area")), "add_line", self.tr("Add a treated area")
        )
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.clicked.connect(self._add_line_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_line_button)
        add_row.addStretch(1)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.lines_layout)
        column.addWidget(error_label)
        column.addLayout(add_row)
        column.addStretch(1)
        self.chart = chart_panel(lambda: self.line_editors, self.add_line_for)
        self._column = column
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        # the widget's least width is the lines' (the chart then goes under them), not the
        # lines' and the chart's side by side
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout.addLayout(column, 3)
        self._layout.addWidget(self.chart, 1)

    def beside_width(self) -> int:
        """The least width that holds the lines and the chart side by side."""
        chart = max(self.chart.minimumWidth(), self.chart.minimumSizeHint().width())
        lines = max(
            [self._column.minimumSize().width()] + [self._least(e) for e in self.line_editors]
        )
        return lines + self._layout.spacing() + chart

    def _least(self, editor: TreatmentLineEditor) -> int:
        """The width a line needs with a product row, even before it has one (so that the
        first product added does not move the chart from beside the lines to under them)."""
        if not self._row_width:
            self._row_width = ProductRow(self._today).minimumSizeHint().width()
        margins = editor.contentsMargins() + LINE_MARGINS
        products = self._row_width + margins.left() + margins.right()
        return max(editor.minimumSizeHint().width(), products)

    def chart_beside(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def _place_chart(self) -> None:
        """The chart beside the lines where both fit, else under them (a narrow screen)."""
        beside = self.width() >= self.beside_width()
        if beside != self.chart_beside():
            direction = (
                QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
            )
            self._layout.setDirection(direction)
            self._layout.setStretch(0, 3 if beside else 0)
            self._layout.setStretch(1, 1 if beside else 0)
            self.chart.set_under(not beside)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        column = self._column.minimumSize()
        chart = self.chart.minimumSizeHint()
        height = column.height() + self._layout.spacing() + chart.height()
        if self.chart_beside():
            height = max(column.height(), chart.height())
        return QSize(max(column.width(), chart.width(), self.chart.minimumWidth()), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_chart()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._place_chart()
        return super().event(event)

    def _add_line_clicked(self) -> None:
        line = self.add_line(self.next_line())
        line.area.setFocus()
        self.changed.emit()

    def next_line(self) -> TreatmentLine:
        used = {Area(line.area.value()) for line in self.line_editors}
        course = self._course()
        planned = list(course.plan.areas) if course is not None else []
        area = next((a for a in [*planned, *Area] if a not in used), Area.OTHER)
        if self.line_editors and not self.line_editors[-1].show_typed():
            return TreatmentLine(area, self.line_editors[-1].technique())
        return TreatmentLine(area, self._defaults.needle())

    def add_line(self, line: TreatmentLine | None = None) -> TreatmentLineEditor:
        editor = TreatmentLineEditor(self._defaults, self._today)
        if line is not None:
            editor.set_line(line)
        editor.changed.connect(self._line_changed)
        editor.remove_requested.connect(self.remove_line)
        self.line_editors.append(editor)
        self.lines_layout.addWidget(editor)
        self._renumber()
        self.chart.watch_line(editor)
        return editor

    def add_line_for(self, area: Area) -> TreatmentLineEditor:
        """A line for `area` (a zone clicked on the chart), its technique as "Add area"'s."""
        editor = self.add_line(replace(self.next_line(), area=area))
        self.changed.emit()
        return editor

    def _line_changed(self) -> None:
        self.chart.refresh()
        self.changed.emit()

    def remove_line(self, editor: TreatmentLineEditor) -> None:
        self.line_editors.remove(editor)
        self.lines_layout.removeWidget(editor)
        editor.deleteLater()
        self._renumber()
        self.chart.forget_line(editor)
        self.add_line_button.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, editor in enumerate(self.line_editors, start=1):
            editor.set_number(number)
            editor.remove_button.setEnabled(len(self.line_editors) > 1)

    def _clear(self) -> None:
        for editor in self.line_editors:
            self.lines_layout.removeWidget(editor)
            editor.deleteLater()
        self.line_editors = []

    # values

    def lines(self) -> tuple[TreatmentLine, ...]:
        return tuple(line.to_line() for line in self.line_editors)

    def set_lines(self, lines: Iterable[TreatmentLine]) -> None:
        self._clear()
        for line in lines:
            self.add_line(line)
        self.chart.reset()

    def to_payload(self) -> list[dict[str, Any]]:
        return [line.to_payload() for line in self.line_editors]

    def load_payload(self, payload: list[dict[str, Any]]) -> None:
        self._clear()
        for item in payload:
            self.add_line().load_payload(item)
        self.chart.reset()

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for line in self.line_editors:
            widgets += line.focus_widgets()
        return [*widgets, self.add_line_button, *self.chart.focus_widgets()]

    # errors

    def show_errors(self, violations: Iterable[Violation]) -> list[Violation]:
        """Places `treatments[i]....` in line i; returns the violations of no line."""
        unplaced: list[Violation] = []
        for violation in violations:
            match = _LINE_PATH.match(violation.path)
            if match and int(match.group(1)) < len(self.line_editors):
                editor = self.line_editors[int(match.group(1))]
                unplaced += editor.show_errors([violation], match.group(0))
            else:
                unplaced.append(violation)
        return unplaced

    def clear_errors(self) -> None:
        for line in self.line_editors:
            line.clear_errors()

    def warn_expired(self, session_day: dt.date | None) -> bool:
        expired = [line.warn_expired(session_day) for line in self.line_editors]
        return any(expired)

    def show_typed(self) -> bool:
        shown = [line.show_typed() for line in self.line_editors]  # every line, not the first
        return any([*shown, self.chart.show_typed()])

    def first_error_widget(self) -> QWidget | None:
        for line in self.line_editors:
            widget = line.first_error_widget()
            if widget is not None:
                return widget
        return None
