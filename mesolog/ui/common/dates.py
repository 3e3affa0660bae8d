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


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (`d/M/yyyy`, `M/d/yyyy`);
    `yyyy-MM-dd` in the C locale."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return ISO_DATE
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub("y+", "yyyy", pattern)


def date_time_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
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
