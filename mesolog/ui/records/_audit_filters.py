"""The audit dialog's filter bar: patient, user and first day, and Show Entries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mesolog.ui.common.forms import named

ANY_DATE = QDate(2000, 1, 1)
"""The date edit's 'from any date' state (its minimum, shown as words)."""


class _TodayWhenAnyDate(QObject):
    """Opens the date edit's calendar on this month while the edit says 'any date'
    (else it would open on the year 2000)."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._edit.date() == self._edit.minimumDate():
            today = QDate.currentDate()
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class AuditFilterBar(QWidget):
    """The filters in one row; `show_button` is the dialog's default button."""

    def __init__(self, parent: QWidget | None = None) -> None:
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
        self.since = named(QDateEdit(self), "since", self.tr("From this day on"))
        self.since.setCalendarPopup(True)
        self.since.setMinimumDate(ANY_DATE)
        self.since.setSpecialValueText(self.tr("any date"))
        self.since.setDate(ANY_DATE)
        self.since.calendarWidget().installEventFilter(_TodayWhenAnyDate(self.since))
        self.any_date = named(
            QPushButton(self.tr("A&ny Date"), self), "any_date", self.tr("From any date")
        )
        self.any_date.setAutoDefault(False)
        self.any_date.clicked.connect(lambda: self.since.setDate(ANY_DATE))
        self.show_button = named(
            QPushButton(self.tr("&Show Entries"), self), "show_entries", self.tr("Show entries")
        )
        self.show_button.setDefault(True)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
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
        since = self.since.date()
        return {
            "patient": self.patient.text().strip() or None,
            "actor": self.user.currentText().strip() or None,
            "since": None if since == self.since.minimumDate() else since.toPython(),
        }

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
