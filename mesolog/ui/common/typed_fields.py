"""Fields that keep what was typed: a number with its unit, a day, a date and time.

Each is a line edit that takes every keystroke (no mask, no clamping, no dropped digit)
and reads its text only when asked. A text that is not a value the field allows is kept as
typed and its `problem()` says why, in words for the clinician, with what is allowed; the
form shows that beside the field (`FieldErrors.follow`) and refuses to save until it is
corrected. A number typed with either "," or "." as its decimal mark is read the same.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QSizePolicy, QWidget

from mesolog.domain.limits import Range
from mesolog.ui.common.dates import pydate, qdate, shown_date, shown_date_time
from mesolog.ui.common.number_readings import two_readings
from mesolog.ui.common.typed_dates import Reading, read_date, read_moment

_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")


class TypedField(QLineEdit):
    """A line edit whose text is read as a value on demand.

    `problem_changed` carries the problem after the person leaves the field (Tab, Enter,
    a click elsewhere), and "" as soon as an edit corrects a problem shown; `changed`
    follows every edit.
    """

    problem_changed = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_problem = ""
        self.textEdited.connect(self._edited)
        self.textChanged.connect(lambda _text: self.changed.emit())
        self.editingFinished.connect(self.check)

    def problem(self) -> str:
        """Why the text is not a value the field allows; "" when it is one (or empty and
        allowed to be)."""
        raise NotImplementedError

    def check(self) -> None:
        """Shows the problem of the text now (or none), and tidies a value read."""
        problem = self.problem()
        if not problem:
            self._tidy()
        self._set_shown(problem)

    def raw(self) -> str:
        """The text as an autosaved draft keeps it."""
        return self.text()

    def set_raw(self, value: object) -> None:
        self.setText(value if isinstance(value, str) else "")

    def _tidy(self) -> None:
        """Rewrites a value read in the field's own form (overridden where there is one)."""

    def _edited(self, _text: str) -> None:
        if self._shown_problem and not self.problem():
            self._set_shown("")

    def _set_shown(self, problem: str) -> None:
        if problem != self._shown_problem:
            self._shown_problem = problem
            self.problem_changed.emit(problem)


class NumberField(TypedField):
    """A number in `span`, its unit drawn after it; `places` decimals at most (0: a whole
    number). Empty means none when `optional`, and `placeholder` then says what none is
    ("not asked"); otherwise a value is required."""

    def __init__(
        self,
        span: Range,
        unit: str = "",
        *,
        places: int = 0,
        optional: bool = False,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.span = span
        self.unit = unit.strip()
        self._places = places
        self._optional = optional
        self.setPlaceholderText(placeholder)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, self.sizePolicy().verticalPolicy())
        self._unit_gap = self.fontMetrics().horizontalAdvance(f" {self.unit} ") if self.unit else 0
        self.textChanged.connect(self._make_room_for_unit)

    def value(self) -> float | None:
        """The number typed (None when empty or not a number the field allows)."""
        number = self._number()
        if number is None or self.problem():
            return None
        return float(number) if self._places else int(number)

    def number(self) -> float:
        """The number held; only asked once the form's typed values were checked."""
        value = self.value()
        if value is None:
            raise ValueError(f"{self.objectName()} holds no number the field allows")
        return value

    def set_raw(self, value: object) -> None:
        """A draft's text; a number (drafts autosaved before fields kept their text) is
        shown, except a value outside the span, which stood for "none"."""
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.set_value(value if self.span.contains(value) else None)
        else:
            super().set_raw(value)

    def set_value(self, value: float | None) -> None:
        if value is None:
            self.setText("")
            return
        # Without thousands separators: "1,500" would read back as a decimal mark.
        locale = QLocale()
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        text = locale.toString(float(value), "f", self._places)
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        self.setText(text)

    def problem(self) -> str:
        typed = self.text().strip()
        if not typed:
            return "" if self._optional else self._needed()
        readings = two_readings(typed, self._places)
        if readings is not None:
            return (
                self.tr("%1 reads two ways, %2 or %3: write it without a thousands mark (%4).")
                .replace("%1", typed)
                .replace("%2", readings[0])
                .replace("%3", readings[1])
                .replace("%4", self._allowed())
            )
        number = self._number()
        if number is None:
            return (
                self.tr("%1 is not a number: %2.")
                .replace("%1", typed)
                .replace("%2", self._allowed())
            )
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > self._places:
            if not self._places:
                return (
                    self.tr("%1 is not a whole number: %2.")
                    .replace("%1", typed)
                    .replace("%2", self._allowed())
                )
            return (
                self.tr("%1 has more than %2 decimals: %3.")
                .replace("%1", typed)
                .replace("%2", str(self._places))
                .replace("%3", self._allowed())
            )
        if not self.span.contains(float(number)):
            words = (
                self.tr("%1 is too high: %2.")
                if number > Decimal(str(self.span.low))
                else self.tr("%1 is too low: %2.")
            )
            return words.replace("%1", self._with_unit(typed)).replace("%2", self._allowed())
        return ""

    def sizeHint(self) -> QSize:
        """Room for the widest value allowed and its unit, or for the words of "none"."""
        metrics = self.fontMetrics()
        widest = self._shown(self.span.high) + "0" * (self._places > 0)
        width = max(
            metrics.horizontalAdvance(f"{widest} ") + self._unit_gap,
            metrics.horizontalAdvance(f"{self.placeholderText()} "),
        )
        return QSize(width + 16, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _make_room_for_unit(self, text: str) -> None:
        """The unit is drawn after a number, not after the empty field's words."""
        self.setTextMargins(0, 0, self._unit_gap if text else 0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.unit or not self.text():
            return
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.PlaceholderText)))
        margins = self.textMargins()
        area = self.rect().adjusted(0, 0, -6, 0)
        area.setLeft(area.right() - margins.right())
        painter.drawText(
            area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.unit
        )

    def _tidy(self) -> None:
        value = self.value()
        if value is not None:
            self.set_value(value)

    def _number(self) -> Decimal | None:
        typed = self.text().strip()
        if not _NUMBER.fullmatch(typed) or two_readings(typed, self._places) is not None:
            return None
        try:
            return Decimal(typed.replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            return None

    def _needed(self) -> str:
        return self.tr("A value is needed: %1.").replace("%1", self._allowed())

    def _allowed(self) -> str:
        if self.span.low_exclusive:
            return (
                self.tr("more than %1, at most %2")
                .replace("%1", self._shown(self.span.low))
                .replace("%2", self._with_unit(self._shown(self.span.high)))
            )
        return (
            self.tr("%1 to %2")
            .replace("%1", self._shown(self.span.low))
            .replace("%2", self._with_unit(self._shown(self.span.high)))
        )

    def _shown(self, number: float) -> str:
        locale = QLocale()  # without thousands marks: a limit said "1,000" is typed back as 1
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        text = locale.toString(float(number), "f", self._places)
        point = locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text

    def _with_unit(self, text: str) -> str:
        return f"{text} {self.unit}" if self.unit else text


def _calendar_icon(size: int) -> QIcon:
    """A small calendar drawn in the palette's text colour: a page with two rings."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QPalette().color(QPalette.ColorRole.Text), 1.2))
    page = QRect(2, 3, size - 4, size - 5)
    painter.drawRect(page)
    painter.fillRect(QRect(2, 3, size - 4, 3), QPalette().color(QPalette.ColorRole.Text))
    for x in (page.left() + 3, page.right() - 3):
        painter.drawLine(QPoint(x, 1), QPoint(x, 4))
    painter.end()
    return QIcon(pixmap)


class DateField(TypedField):
    """A day typed as people type it (see `typed_dates`) or picked in a calendar (the icon
    at its end, or Alt+Down). `earliest` and `latest` bound the days allowed, each with the
    words said when a day falls outside (%1 the day typed, %2 the bound); empty means none,
    unless `required` says what to say then."""

    def __init__(
        self,
        *,
        latest_year: int,
        required: str = "",
        earliest: tuple[dt.date, str] | None = None,
        latest: tuple[dt.date, str] | None = None,
        start_page: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._latest_year = latest_year
        self._required = required
        self._earliest = earliest
        self._latest = latest
        self._start_page = start_page
        self._calendar: QCalendarWidget | None = None
        self.calendar_action = self.addAction(
            _calendar_icon(16), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Pick the day in a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.setPlaceholderText(shown_date(dt.date(1980, 12, 31)))

    def reading(self) -> Reading:
        return read_date(self.text(), latest_year=self._latest_year)

    def value(self) -> dt.date | None:
        """The day typed (None when empty or not a day the field allows)."""
        day = self.reading().value
        return day if isinstance(day, dt.date) and not self.problem() else None

    def set_value(self, day: dt.date | None) -> None:
        self.setText("" if day is None else shown_date(day))

    def set_bounds(
        self, earliest: tuple[dt.date, str] | None, latest: tuple[dt.date, str] | None
    ) -> None:
        self._earliest, self._latest = earliest, latest

    def problem(self) -> str:
        reading = self.reading()
        if reading.problem:
            return reading.problem
        day = reading.value
        if not isinstance(day, dt.date):
            return self._required
        for bound, too_far in ((self._earliest, day.__lt__), (self._latest, day.__gt__)):
            if bound is not None and too_far(bound[0]):
                return bound[1].replace("%1", shown_date(day)).replace("%2", shown_date(bound[0]))
        return ""

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setObjectName("calendar")
        calendar.setGridVisible(True)
        day = self.reading().value
        if isinstance(day, dt.date):
            calendar.setSelectedDate(qdate(day))
        elif self._start_page is not None:
            calendar.setCurrentPage(self._start_page.year, self._start_page.month)
        calendar.clicked.connect(lambda picked: self._picked(calendar, picked))
        calendar.activated.connect(lambda picked: self._picked(calendar, picked))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        self._calendar = calendar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def _picked(self, calendar: QCalendarWidget, picked: QDate) -> None:
        calendar.close()
        self.set_value(pydate(picked))
        self.setFocus()
        self.check()

    def _tidy(self) -> None:
        day = self.value()
        if day is not None:
            self.set_value(day)


class MomentField(TypedField):
    """A date and a time typed in one field (the date first), in local time; `latest`
    is the last moment allowed with the words said after it."""

    def __init__(self, *, latest_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._latest_year = latest_year
        self.setPlaceholderText(shown_date_time(dt.datetime(2026, 3, 9, 9, 30)))

    def reading(self) -> Reading:
        return read_moment(self.text(), latest_year=self._latest_year)

    def value(self) -> dt.datetime | None:
        moment = self.reading().value
        return moment if isinstance(moment, dt.datetime) else None

    def set_value(self, moment: dt.datetime) -> None:
        self.setText(shown_date_time(moment))

    def problem(self) -> str:
        reading = self.reading()
        if reading.problem:
            return reading.problem
        return "" if reading.value is not None else self.tr("A date and time are needed.")

    def _tidy(self) -> None:
        moment = self.value()
        if moment is not None:
            self.set_value(moment)
