"""The audit dialog's filter bar: patient, user and first day, and Show Entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.ui.common.forms import error_label, named
from mesolog.ui.common.typed_fields import DateField


class AuditFilterBar(QWidget):
    """The filters in one row; `show_button` is the dialog's default button."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient = named(QLineEdit(self), "patient", self.tr("Patient, by record number or id"))
        self.patient.setPlaceholderText(self.tr("record number or id"))
        self.patient.setClearButtonEnabled(True)
        self.user = named(QComboBox(self), "user", self.tr("User"))
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.setMinimumContentsLength(14)
        line = self.user.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("any user"))
        line.setClearButtonEnabled(True)
        self.since = named(
            DateField(latest_year=today.year, start_page=today, parent=self),
            "since",
            self.tr("From this day on"),
        )
        self.since.setPlaceholderText(self.tr("any date"))
        self.since_error = error_label("since_error", self)
        self.since.problem_changed.connect(self.show_since_problem)
        self.any_date = named(
            QPushButton(self.tr("A&ny Date"), self), "any_date", self.tr("From any date")
        )
        self.any_date.setAutoDefault(False)
        self.any_date.clicked.connect(lambda: self.since.set_value(None))
        self.show_button = named(
            QPushButton(self.tr("&Show Entries"), self), "show_entries", self.tr("Show entries")
        )
        self.show_button.setDefault(True)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        column.addWidget(self.since_error)
        for caption, field in (
            (self.tr("&Patient:"), self.patient),
            (self.tr("&User:"), self.user),
            (self.tr("S&ince:"), self.since),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 1 if field is self.patient else 0)
            row.addSpacing(8)
        row.addWidget(self.any_date)
        row.addStretch(0)
        row.addWidget(self.show_button)

    def filters(self) -> dict[str, Any]:
        """The filters as the audit service takes them (None: not filtered)."""
        since = self.since.value()
        return {
            "patient": self.patient.text().strip() or None,
            "actor": self.user.currentText().strip() or None,
            "since": since,
        }

    def show_since_problem(self, problem: str | None = None) -> bool:
        """Says beside the filters why the day typed cannot be read; whether it cannot."""
        text = self.since.problem() if problem is None else problem
        self.since_error.setText(text)
        self.since_error.setVisible(bool(text))
        return bool(text)

    def add_users(self, names: Iterable[str]) -> None:
        """Offers these usernames too: all of them sorted, '' first; what is typed stays."""
        known = {self.user.itemText(i) for i in range(self.user.count())} - {""}
        known |= set(names)
        typed = self.user.currentText()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem("")
        self.user.addItems(sorted(known, key=str.casefold))
        self.user.setCurrentText(typed)
        self.user.blockSignals(False)
