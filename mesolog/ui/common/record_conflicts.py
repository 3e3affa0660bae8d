"""A form's fields in words for the person who saved it while someone else changed the
record: each field's caption as the form shows it and its value as a person reads it.

The services name the fields of a record by their paths (`phone`,
`pre_treatment.consent_confirmed`, `techniques.needle_depth_mm`, domain.conflicts); each
form has a `FieldWords` table (near the form) that gives them the form's own captions.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from mesolog.domain.conflicts import flat
from mesolog.ui.common.dates import shown_date, shown_date_time, shown_time


@dataclass(frozen=True)
class FieldWords:
    """One form's fields in words: `captions` by path; `values` words a field's value where
    the plain words (`plain_text`) will not do (a choice's label, a unit)."""

    captions: Mapping[str, str]
    values: Mapping[str, Callable[[Any], str]] = field(default_factory=dict)

    def caption(self, path: str) -> str:
        return self.captions.get(path, path)

    def value(self, path: str, content: object) -> str:
        """The value of the field at `path` of `content`, as the form would show it."""
        value = flat(content)[path]
        words = self.values.get(path)
        return words(value) if words is not None else plain_text(value)

    def listed(self, paths: Iterable[str]) -> str:
        """Captions in a sentence: "phone, e-mail"."""
        return ", ".join(in_sentence(self.caption(path)) for path in paths)


def empty_text() -> str:
    return QCoreApplication.translate("RecordConflicts", "(empty)")


def plain_text(value: object) -> str:
    """A value in the locale's words: dates and numbers as the forms show them, a tick box
    ticked or not, nothing as "(empty)"; free text whole."""
    if value is None or value in ("", ()):
        return empty_text()
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("RecordConflicts", "ticked")
            if value
            else QCoreApplication.translate("RecordConflicts", "not ticked")
        )
    if isinstance(value, dt.datetime):
        return shown_date_time(value)
    if isinstance(value, dt.date):
        return shown_date(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return "\n".join(plain_text(item) for item in value)
    return str(value)


def number_text(value: float, unit: str = "") -> str:
    """1.5 as the locale writes it (1,5 in Greek), without trailing zeros; the unit after."""
    text = QLocale().toString(float(value), "f", 3)
    decimal = QLocale().decimalPoint()
    if decimal in text:
        text = text.rstrip("0").removesuffix(decimal)
    return f"{text} {unit}" if unit else text


def in_sentence(caption: str) -> str:
    """A caption inside a sentence: "Phone" → "phone"; "NSAID" stays as it is."""
    if len(caption) > 1 and caption[1].islower():
        return caption[0].lower() + caption[1:]
    return caption


def moment_text(moment: dt.datetime, today: dt.date) -> str:
    """When something happened, in local time: 14:02 today, else with its day."""
    local = moment.astimezone()
    if local.date() == today:
        return shown_time(local.time())
    return shown_date_time(local)
