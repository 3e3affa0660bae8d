"""The audit dialog's filter bar: patient, user and first day, and Show Entries.

Each field is wide enough for its placeholder in the window's language ("οποιαδήποτε
ημερομηνία" is twice "any date"); the filters take one row where the dialog is wide enough
for it, else two (patient and user above, the day and the buttons below)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
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
from mesolog.ui.records._placeholders import fit_placeholder, fit_placeholder_in_combo


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

        fit_placeholder(self.patient)
        fit_placeholder_in_combo(self.user)
        fit_placeholder(self.since)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        # The bar's least width is that of two rows (minimumSizeHint), whichever it shows.
        column.setSizeConstraint(QBoxLayout.SizeConstraint.SetNoConstraint)
        self.rows = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.rows.setContentsMargins(0, 0, 0, 0)
        who, when = QHBoxLayout(), QHBoxLayout()
        self.rows.addLayout(who, 1)
        self.rows.addLayout(when)
        column.addLayout(self.rows)
        column.addWidget(self.since_error)
        for row, caption, field in (
            (who, self.tr("&Patient:"), self.patient),
            (who, self.tr("&User:"), self.user),
            (when, self.tr("S&ince:"), self.since),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 1 if field is self.patient else 0)
            row.addSpacing(8)
        when.addWidget(self.any_date)
        when.addStretch(1)
        when.addWidget(self.show_button)
        self._who, self._when = who, when

    def one_row_width(self) -> int:
        """The width the filters need on one row."""
        return self._who.sizeHint().width() + self.rows.spacing() + self._when.sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider of the two rows; as short as the rows shown now."""
        narrowest = max(self._who.minimumSize().width(), self._when.minimumSize().width())
        return QSize(narrowest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """One row when there is room for it, else two."""
        one_row = event.size().width() >= self.one_row_width()
        wanted = QBoxLayout.Direction.LeftToRight if one_row else QBoxLayout.Direction.TopToBottom
        if self.rows.direction() != wanted:
            self.rows.setDirection(wanted)
        super().resizeEvent(event)

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
