"""The reactions dialog's filters: the first and last day (typed in the locale's order, or
picked), what to group by, the reaction (any, a kind, a kind at one severity), and Show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.enums import ReactionKind, Severity
from mesolog.domain.reaction_rates import Dimension, ReactionChoice
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import error_label, named
from mesolog.ui.common.labels import reaction_label, severity_label
from mesolog.ui.common.typed_fields import DateField
from mesolog.ui.reactions.group_words import dimension_label

GROUP_GAP = 8
"""Pixels between one filter and the next caption."""


@dataclass(frozen=True, slots=True)
class RatesQuery:
    first_day: dt.date
    last_day: dt.date
    by: Dimension
    reaction: ReactionChoice


class ReactionFilterBar(QWidget):
    """The filters in one row (two on a narrow screen), a problem with the days under them;
    `show_button` is the dialog's default button."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_day = self._day_field(
            today, "first_day", self.tr("First day"), self.tr("Type the first day (as %1).")
        )
        self.first_day.set_value(today - dt.timedelta(days=364))
        self.last_day = self._day_field(
            today, "last_day", self.tr("Last day"), self.tr("Type the last day (as %1).")
        )
        self.last_day.set_value(today)
        self.by = named(QComboBox(self), "by", self.tr("Group by"))
        for dimension in Dimension:
            self.by.addItem(dimension_label(dimension), dimension)
        self.kind = named(QComboBox(self), "reaction_kind", self.tr("Reaction"))
        self.kind.addItem(self.tr("Any reaction"), None)
        for kind in ReactionKind:
            self.kind.addItem(reaction_label(kind), kind)
        self.severity = named(QComboBox(self), "severity", self.tr("Severity"))
        self.severity.addItem(self.tr("any severity"), None)
        for severity in Severity:
            self.severity.addItem(severity_label(severity), severity)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()
        self.show_button = named(
            QPushButton(self.tr("&Show Rates"), self), "show_rates", self.tr("Show the rates")
        )
        self.show_button.setDefault(True)
        self.days_error = error_label("days_error", self)
        for field in (self.first_day, self.last_day):
            field.problem_changed.connect(lambda _problem: self.show_days_problem())

        self._groups = [
            self._captioned(self.tr("&From:"), self.first_day),
            self._captioned(self.tr("&To:"), self.last_day),
            self._captioned(self.tr("&By:"), self.by),
            [*self._captioned(self.tr("&Reaction:"), self.kind), self.severity],
        ]
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.rows = [QHBoxLayout(), QHBoxLayout()]
        for row in self.rows:
            column.addLayout(row)
        column.addWidget(self.days_error)
        self.arrange(None)

    def _captioned(self, caption: str, widget: QWidget) -> list[QWidget]:
        label = QLabel(caption, self)
        label.setBuddy(widget)
        return [label, widget]

    def arrange(self, width: int | None) -> None:
        """The filters in one row, or in two (the days and the grouping, then the reaction
        and Show) when one row would be wider than `width` (None: no limit)."""
        spacing = max(self.rows[0].spacing(), 0)
        pieces = [w for group in self._groups for w in group] + [self.show_button]
        one_row = sum(w.sizeHint().width() + spacing for w in pieces)
        one_row += GROUP_GAP * len(self._groups)
        self.two_rows = width is not None and one_row > width
        split = len(self._groups) - 1 if self.two_rows else len(self._groups)
        for row in self.rows:
            while row.count():
                row.takeAt(0)  # its widget stays, for the row it is added to next
        for index, group in enumerate(self._groups):
            row = self.rows[0 if index < split else 1]
            for widget in group:
                row.addWidget(widget)
            row.addSpacing(GROUP_GAP)
        for row in self.rows:
            row.addStretch(1)
        self.rows[1 if self.two_rows else 0].addWidget(self.show_button)

    def _day_field(self, today: dt.date, name: str, words: str, required: str) -> DateField:
        """A day's field named `words`; `required` says what to type when it is empty (%1:
        today, in the locale's form)."""
        field = named(
            DateField(
                latest_year=today.year + 1,
                required=required.replace("%1", shown_date(today)),
                start_page=today,
                parent=self,
            ),
            name,
            words,
        )
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance(shown_date(today)) + 48)
        return field

    def _kind_chosen(self) -> None:
        """A severity is chosen with a kind of reaction only."""
        chosen = self.kind.currentData() is not None
        if not chosen:
            self.severity.setCurrentIndex(0)
        self.severity.setEnabled(chosen)

    def show_days_problem(self) -> str:
        """Says under the filters why the days cannot be read, or that they are the wrong
        way round; returns it ("" when there is none)."""
        problem = self.first_day.problem() or self.last_day.problem()
        first, last = self.first_day.value(), self.last_day.value()
        if not problem and first is not None and last is not None and last < first:
            problem = (
                self.tr("The last day, %1, comes before the first day, %2.")
                .replace("%1", shown_date(last))
                .replace("%2", shown_date(first))
            )
        self.days_error.setText(problem)
        self.days_error.setVisible(bool(problem))
        return problem

    def query(self) -> RatesQuery | None:
        """What the filters ask for; None (the problem shown) when the days cannot be read."""
        first, last = self.first_day.value(), self.last_day.value()
        if self.show_days_problem() or first is None or last is None:
            return None
        # a combo box gives its items' data back as plain text
        kind, severity = self.kind.currentData(), self.severity.currentData()
        return RatesQuery(
            first,
            last,
            Dimension(self.by.currentData()),
            ReactionChoice(
                None if kind is None else ReactionKind(kind),
                None if severity is None else Severity(severity),
            ),
        )
