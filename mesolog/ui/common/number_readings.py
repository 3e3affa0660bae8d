"""A number typed with a mark that is the locale's thousands mark and also a decimal mark
the fields accept: "1,200" in English is one thousand two hundred, or 1.2 to someone who
writes a decimal comma. A field allowing three decimals would store either in silence."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_GROUPED = re.compile(r"[+-]?\d{1,3}[.,]\d{3}")


def two_readings(typed: str, places: int) -> tuple[str, str] | None:
    """The whole number and the decimal `typed` could be, as the locale writes them, when it
    groups thousands with the locale's thousands mark in a field of `places` (3 or more)
    decimals; None when it reads one way."""
    group = QLocale().groupSeparator()
    if places < 3 or group not in typed or not _GROUPED.fullmatch(typed):
        return None
    head, tail = typed.split(group)
    if head.lstrip("+-") == "0":  # "0,125" groups nothing
        return None
    point = QLocale().decimalPoint()
    return f"{head}{tail}", f"{head}{point}{tail.rstrip('0') or '0'}"
