"""Reading a date, or a date and a time, as people type them.

A day is typed in the locale's order of its parts (day, month, year in en_GB and el_GR;
month first in en_US) with spaces, slashes, dots or dashes between them, or as digits
only (31121980); a year first with four digits is always read as ISO 8601 (1980-12-31).
A two-digit year is the latest year ending in those digits that is not after
`latest_year`, so "80" is 1980 for a date of birth and never 1880 or 2080.

A time follows the date: 09:30, 9.30 or 0930, with the locale's AM or PM (its first letter
is enough) on a twelve-hour clock, or on the 24-hour clock without one.

Each reader returns the value or a message saying what is wrong, in words for the person
who typed it; it never guesses a value that was not typed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from mesolog.ui.common.dates import date_format, date_time_format

_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Reading:
    """What was read from a typed text: `value` (None for an empty text or a problem)
    and `problem`, the words to show beside the field ("" when there is none)."""

    value: dt.date | dt.datetime | None = None
    problem: str = ""


def part_order(locale: QLocale | None = None) -> str:
    """The order of the day's parts in the locale's format: "dMy", "Mdy" or "yMd"."""
    letters = re.findall(r"[dMy]", date_format(locale))
    return "".join(dict.fromkeys(letters))


def read_date(text: str, *, latest_year: int, locale: QLocale | None = None) -> Reading:
    """The day typed in `text`, or why it cannot be read."""
    typed = text.strip()
    if not typed:
        return Reading()
    if _LETTERS.search(typed):
        return Reading(problem=_date_hint(locale))
    return _day(_DIGITS.findall(typed), latest_year, locale)


def read_moment(text: str, *, latest_year: int, locale: QLocale | None = None) -> Reading:
    """The date and time typed in `text` (the date first), or why they cannot be read."""
    locale = locale or QLocale()
    typed = text.strip()
    if not typed:
        return Reading()
    words = _LETTERS.findall(typed)
    meridiem = _meridiem("".join(words), locale) if words else None
    if words and meridiem is None:
        return Reading(problem=_moment_hint(locale))
    groups = _DIGITS.findall(typed)
    date_groups, time_groups = _split_moment(groups)
    if not time_groups:
        return Reading(problem=_moment_hint(locale))
    day = _day(date_groups, latest_year, locale)
    if not isinstance(day.value, dt.date):
        return day
    time = _time(time_groups, meridiem)
    if isinstance(time, str):
        return Reading(problem=time)
    return Reading(dt.datetime.combine(day.value, time))


def _split_moment(groups: list[str]) -> tuple[list[str], list[str]]:
    """The digit groups of the date and those of the time."""
    if len(groups) == 1 and len(groups[0]) in (11, 12):
        whole = groups[0]
        return [whole[:8]], [whole[8:]]
    if groups and len(groups[0]) in (6, 8):
        return groups[:1], groups[1:]
    return groups[:3], groups[3:]


def _day(groups: list[str], latest_year: int, locale: QLocale | None) -> Reading:
    order = part_order(locale)
    if len(groups) == 1:
        groups = _cut_digits(groups[0], order)
    if len(groups) != 3:
        return Reading(problem=_date_hint(locale))
    if len(groups[0]) == 4:
        order = "yMd"
    elif len(groups[2]) == 4 and order.startswith("y"):
        order = "dMy"
    parts = dict(zip(order, groups, strict=True))
    year_digits = parts["y"]
    if len(year_digits) not in (2, 4):
        return Reading(problem=_date_hint(locale))
    year = int(year_digits)
    if len(year_digits) == 2:
        year = latest_year - (latest_year - year) % 100
    try:
        return Reading(dt.date(year, int(parts["M"]), int(parts["d"])))
    except ValueError:
        return Reading(
            problem=QCoreApplication.translate("TypedDates", "There is no such day: %1. %2")
            .replace("%1", " ".join(groups))
            .replace("%2", _date_hint(locale))
        )


def _cut_digits(digits: str, order: str) -> list[str]:
    """A date typed as digits only, cut into its parts (a four- or two-digit year)."""
    if len(digits) not in (6, 8):
        return [digits]
    year = len(digits) - 4
    widths = {"d": 2, "M": 2, "y": year}
    parts, start = [], 0
    for letter in order:
        parts.append(digits[start : start + widths[letter]])
        start += widths[letter]
    return parts


def _meridiem(word: str, locale: QLocale) -> str | None:
    """ "am" or "pm" for the locale's marker (or its first letters) typed, else None."""
    typed = word.replace(".", "").casefold()
    for name, marker in (("am", locale.amText()), ("pm", locale.pmText())):
        for spelled in (marker.replace(".", "").casefold(), name):
            if spelled.startswith(typed):
                return name
    return None


def _time(groups: list[str], meridiem: str | None) -> dt.time | str:
    if len(groups) == 1 and len(groups[0]) in (3, 4):
        hour_text, minute_text = groups[0][:-2], groups[0][-2:]
    elif len(groups) == 1 and len(groups[0]) <= 2:
        hour_text, minute_text = groups[0], "0"
    elif len(groups) == 2:
        hour_text, minute_text = groups
    else:
        return _time_hint()
    hour, minute = int(hour_text), int(minute_text)
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return _time_hint()
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return _time_hint()
    return dt.time(hour, minute)


def _date_hint(locale: QLocale | None) -> str:
    example = (locale or QLocale()).toString(QDate(1980, 12, 31), date_format(locale))
    return QCoreApplication.translate("TypedDates", "Type a date like %1.").replace("%1", example)


def _time_hint() -> str:
    return QCoreApplication.translate("TypedDates", "Type a time like 09:30 or 21:30.")


def _moment_hint(locale: QLocale) -> str:
    example = locale.toString(QDateTime(QDate(2026, 3, 9), QTime(9, 30)), date_time_format(locale))
    return QCoreApplication.translate("TypedDates", "Type a date and time like %1.").replace(
        "%1", example
    )
