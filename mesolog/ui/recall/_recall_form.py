"""The recall's search fields: lot, product, first and last day, the reason, and Search;
each field's problem shown under it. No field has a maximum length: a text too long is
kept whole and refused under its field by the search, never cut as it is pasted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from mesolog.domain.errors import Violation
from mesolog.reports.recall_data import RecallQuery
from mesolog.ui.common.forms import FieldErrors, named, violation_text
from mesolog.ui.common.typed_fields import DateField
from mesolog.ui.recall._product_completer import ProductCompleter

FIELDS = ("lot", "product", "from_date", "to_date", "reason")


class RecallForm(QWidget):
    """The search as typed; `search_button` is the window's default button."""

    def __init__(self, today: dt.date, products: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.lot = named(QLineEdit(self), "lot", self.tr("Lot number"))
        self.lot.setPlaceholderText(self.tr("any lot of the product"))
        self.product = named(QLineEdit(self), "product", self.tr("Product"))
        self.product.setPlaceholderText(self.tr("any product with this lot"))
        self.completer = ProductCompleter(self.product, products)
        self.from_date = self._day("from_date", self.tr("From this day"), today)
        self.to_date = self._day("to_date", self.tr("Up to this day"), today)
        self.reason = named(QLineEdit(self), "reason", self.tr("Reason for the search"))
        self.reason.setPlaceholderText(
            self.tr("why the records are searched, e.g. the recall notice's reference")
        )
        self.search_button = named(
            QPushButton(self.tr("&Search"), self), "search", self.tr("Search")
        )
        self.search_button.setDefault(True)
        self.errors = FieldErrors(self)
        for day in (self.from_date, self.to_date):
            self.errors.follow(day)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        placed = (
            (0, 0, self.tr("&Lot:"), self.lot, 1),
            (0, 2, self.tr("&Product:"), self.product, 1),
            (0, 4, self.tr("&From:"), self.from_date, 1),
            (0, 6, self.tr("&To:"), self.to_date, 1),
            (2, 0, self.tr("&Reason:"), self.reason, 5),
        )
        for row, column, caption, field, span in placed:
            label = QLabel(caption, self)
            label.setBuddy(field)
            grid.addWidget(label, row, column)
            grid.addWidget(field, row, column + 1, 1, span)
            grid.addWidget(self.errors.label_for(field.objectName()), row + 1, column + 1, 1, span)
        grid.addWidget(self.search_button, 2, 7)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)

    def _day(self, name: str, accessible: str, today: dt.date) -> DateField:
        day = named(DateField(latest_year=today.year, start_page=today, parent=self), name, "")
        day.setAccessibleName(accessible)
        day.setPlaceholderText(self.tr("any date"))
        return day

    def query(self) -> RecallQuery | None:
        """The search typed, or None (its problems shown) when a day is not one."""
        self.errors.clear()
        if self.errors.show_typed():
            return None
        return RecallQuery(
            self.lot.text(), self.product.text(), self.from_date.value(), self.to_date.value()
        )

    def show_violations(self, violations: Sequence[Violation]) -> None:
        for violation in violations:
            field = violation.field if violation.field in FIELDS else "lot"
            self.errors.say(field, violation_text(violation))

    def errors_shown(self) -> dict[str, str]:
        """The problems shown under the fields, by field."""
        found = {}
        for name in FIELDS:
            label = self.findChild(QLabel, f"{name}_error")
            if label is not None and label.isVisibleTo(self):
                found[name] = label.text()
        return found
