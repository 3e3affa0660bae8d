"""What the pinned test locale (tests/conftest.py) writes, read from Qt's locale data,
so that a test states its expectation in every locale of the matrix and not only en_GB."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QLocale, QTime


def month(number: int) -> str:
    """The locale's short month name: Mar, Μαρ."""
    return QLocale().monthName(number, QLocale.FormatType.ShortFormat)


def decimal(text: str) -> str:
    """A decimal written with the locale's mark: 1.5 → 1,5 in Greek."""
    return text.replace(".", QLocale().decimalPoint())


def short_time(hour: int, minute: int) -> str:
    """A time as the locale writes it: 20:00, 8:00 PM."""
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def date_keys(day: dt.date) -> str:
    """The digits a person types for `day` in the locale's order of day, month and year
    (14031980 in en_GB and el_GR, 03141980 in en_US)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    parts = {"d": f"{day.day:02d}", "M": f"{day.month:02d}", "y": f"{day.year:04d}"}
    order = [letter for letter in re.findall(r"[dMy]", pattern) if letter in parts]
    return "".join(parts[letter] for letter in dict.fromkeys(order))
