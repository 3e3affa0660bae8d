"""Date inputs of every form: the locale's order with the whole year, a calendar to pick
from, and the mouse wheel left to the form unless the field has the focus (`FocusedWheel`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from mesolog.ui.common.dates import date_format, date_time_format, pydate, qdate
from mesolog.ui.common.focused_wheel import FocusedWheel

CLEARING_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class DateEdit(FocusedWheel, QDateEdit):
    """A day in the locale's format (four-digit year), typed or picked in the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format(self.locale()))


class DateTimeEdit(FocusedWheel, QDateTimeEdit):
    """A date and time in the locale's format (four-digit year), in local time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_time_format(self.locale()))

    def value(self) -> dt.datetime:
        """The local date and time shown, without a UTC offset."""
        moment = self.dateTime()
        day, time = moment.date(), moment.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def set_value(self, value: dt.datetime) -> None:
        self.setDateTime(
            QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        )


class OptionalDateEdit(DateEdit):
    """A day that may be absent ("not set"), in one field: no check box to tick first.

    The day before `earliest` stands for "not set" and shows `not_set_text`. A digit
    typed then starts from `earliest`, so a half-typed date shows an implausible year
    rather than a plausible wrong one; emptying the field (select all, Delete) makes it
    "not set" again. While it is not set, the calendar opens on `start_page` and Tab
    leaves the field. `changed` follows every change of the value.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        earliest: dt.date,
        latest: dt.date,
        not_set_text: str,
        start_page: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setDateRange(qdate(earliest).addDays(-1), qdate(latest))
        self.setSpecialValueText(not_set_text)
        self._typing_start = qdate(earliest)
        self._start_page = qdate(start_page)
        self.calendarWidget().installEventFilter(self)
        self.set_value(None)
        self.dateChanged.connect(self.changed)

    def value(self) -> dt.date | None:
        return None if self.date() == self.minimumDate() else pydate(self.date())

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(self.minimumDate() if day is None else qdate(day))

    def raw(self) -> str | None:
        """The value as an autosaved draft keeps it: an ISO date, or None."""
        day = self.value()
        return None if day is None else day.isoformat()

    def set_raw(self, value: object) -> None:
        self.set_value(dt.date.fromisoformat(value) if isinstance(value, str) and value else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.value() is None:
            if event.key() in CLEARING_KEYS:
                return
            if event.text().isdigit():
                self.setDate(self._typing_start)
                self.setCurrentSectionIndex(0)
                self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)
        if event.key() in CLEARING_KEYS and not self.lineEdit().text():
            self.set_value(None)

    def focusNextPrevChild(self, next: bool) -> bool:
        # "Not set" has no parts to step through: Tab must leave (Qt would trap it here).
        if self.value() is None:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            self.calendarWidget().setCurrentPage(self._start_page.year(), self._start_page.month())
        return super().eventFilter(watched, event)
