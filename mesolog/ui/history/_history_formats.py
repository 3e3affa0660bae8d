"""Numbers, dates and times as the history writes them, in the user's locale (ISO 8601
where no real locale is set, C or POSIX, through `ui.common.dates`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from mesolog.ui.common.dates import shown_date, shown_time


def number(value: float) -> str:
    """A decimal number in the user's locale, as short as it is exact: 4, 1.5, 0,75."""
    return QLocale().toString(
        round(float(value), 3), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    )


def glued(text: str) -> str:
    """A number and its unit (or a label and its value) never split across lines."""
    return text.replace(" ", "\u00a0")


def date_time_text(moment: dt.datetime) -> str:
    """The wall-clock date and time of `moment` (no change of time zone), whole year."""
    return f"{shown_date(moment.date())} {shown_time(moment.time())}"


def local_date_time_text(moment: dt.datetime) -> str:
    """`moment` (when something was signed, amended, voided) in this computer's time zone."""
    return date_time_text(moment.astimezone())
