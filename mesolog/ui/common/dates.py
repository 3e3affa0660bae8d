"""Dates as every screen shows them: the locale's short form, always with the whole year,
and ISO 8601 (2003-02-06 16:15) where no real locale is set (C or POSIX).

A two-digit year would make a birth in 1925 and one in 2025 look the same.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

ISO_DATE = "yyyy-MM-dd"
ISO_TIME = "HH:mm"


def writes_iso(locale: QLocale | None = None) -> bool:
    """Whether no real locale is set (C or POSIX): dates and times are then ISO 8601."""
    return (locale or QLocale()).language() == QLocale.Language.C


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (`d/M/yyyy`, `M/d/yyyy`);
    `yyyy-MM-dd` in the C locale."""
    locale = locale or QLocale()
    if writes_iso(locale):
        return ISO_DATE
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub("y+", "yyyy", pattern)


def date_time_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if writes_iso(locale):
        return f"{ISO_DATE} {ISO_TIME}"
    return f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def shown_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date in the locale's short form with the whole year (31/12/1980, 12/31/1980)."""
    locale = locale or QLocale()
    return locale.toString(qdate(day), date_format(locale))


def shown_date_time(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """A moment in local time, in the locale's format with a four-digit year."""
    locale = locale or QLocale()
    local = moment.astimezone() if moment.tzinfo else moment
    value = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
    return locale.toString(value, date_time_format(locale))


def shown_time(time: dt.time | QTime, locale: QLocale | None = None) -> str:
    """A wall-clock time to the minute in the locale's short form (16:15, 4:15 PM); `HH:mm`
    in the C locale (whose own short form has seconds)."""
    locale = locale or QLocale()
    value = time if isinstance(time, QTime) else QTime(time.hour, time.minute)
    if writes_iso(locale):
        return locale.toString(value, ISO_TIME)
    return locale.toString(value, QLocale.FormatType.ShortFormat)


def long_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date in words, in the locale's language (Friday, 14 March 1980); ISO 8601 in the C
    locale."""
    locale = locale or QLocale()
    if writes_iso(locale):
        return locale.toString(qdate(day), ISO_DATE)
    return locale.toString(qdate(day), QLocale.FormatType.LongFormat)


def month_date(day: dt.date, *, year: bool = True, locale: QLocale | None = None) -> str:
    """A date with the month's short name in the user's language: 14 Mar 2026, or 14 Mar
    without the year; ISO 8601 (always with the year) in the C locale."""
    locale = locale or QLocale()
    if writes_iso(locale):
        return locale.toString(qdate(day), ISO_DATE)
    return locale.toString(qdate(day), "d MMM yyyy" if year else "d MMM")


def day_span(start: dt.date, end: dt.date, locale: QLocale | None = None) -> str:
    """From one day to another, short: 12–16 Mar, or 30 Mar – 3 Apr across a month's end;
    2026-03-12 – 2026-03-16 in the C locale."""
    locale = locale or QLocale()
    if (start.year, start.month) == (end.year, end.month) and not writes_iso(locale):
        return f"{start.day}–{month_date(end, year=False, locale=locale)}"
    first = month_date(start, year=False, locale=locale)
    return f"{first} – {month_date(end, year=False, locale=locale)}"
