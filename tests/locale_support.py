"""What the pinned test locale (tests/conftest.py) writes, read from Qt's locale data,
so that a test states its expectation in every locale of the matrix and not only en_GB."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QLocale, QTime

from mesolog.ui.common.dates import date_format


def month(number: int) -> str:
    """The locale's short month name: Mar, Μαρ."""
    return QLocale().monthName(number, QLocale.FormatType.ShortFormat)


def no_locale() -> bool:
    """Whether the tests run in C or POSIX, where the window writes ISO 8601."""
    return QLocale().language() == QLocale.Language.C


def named_day(year: int, month_number: int, day: int) -> str:
    """A day as the course cards write it: 24 Mar 2026 (2026-03-24 in C)."""
    if no_locale():
        return dt.date(year, month_number, day).isoformat()
    return f"{day} {month(month_number)} {year}"


def named_span(year: int, month_number: int, first: int, last: int) -> str:
    """Days of one month as the course cards write them: 22–26 Mar (2026-03-22 –
    2026-03-26 in C)."""
    if no_locale():
        start, end = dt.date(year, month_number, first), dt.date(year, month_number, last)
        return f"{start.isoformat()} – {end.isoformat()}"
    return f"{first}–{last} {month(month_number)}"


def decimal(text: str) -> str:
    """A decimal written with the locale's mark: 1.5 → 1,5 in Greek."""
    return text.replace(".", QLocale().decimalPoint())


def short_time(hour: int, minute: int) -> str:
    """A time as the locale writes it: 20:00, 8:00 PM."""
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def date_keys(day: dt.date) -> str:
    """The digits a person types for `day` in the order of day, month and year the window
    shows (14031980 in en_GB and el_GR, 03141980 in en_US, 19800314 in C)."""
    return typed_date(day)


def typed_date(day: dt.date, separator: str = "", *, short_year: bool = False) -> str:
    """`day` typed in the window's order of its parts, `separator` between them, the year
    with two digits when `short_year`."""
    year = f"{day.year % 100:02d}" if short_year else f"{day.year:04d}"
    parts = {"d": f"{day.day:02d}", "M": f"{day.month:02d}", "y": year}
    order = re.findall(r"[dMy]", date_format())
    return separator.join(parts[letter] for letter in dict.fromkeys(order))
