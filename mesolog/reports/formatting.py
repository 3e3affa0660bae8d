"""Words and numbers for people: Babel formats for the summary's locale, English enum names.

No Qt here (reports must not import PySide6), so each enum has its own small dict.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from typing import Any
from xml.sax.saxutils import escape

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, get_datetime_format
from babel.numbers import format_decimal

from mesolog.domain.enums import (
    Area,
    CoursePhase,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Solution,
)

AREA_WORDS: dict[Area, str] = {
    Area.FOREHEAD: "Forehead",
    Area.PERIORBITAL: "Periorbital",
    Area.CHEEKS: "Cheeks",
    Area.PERIORAL: "Perioral",
    Area.JAWLINE: "Jawline",
    Area.FULL_FACE: "Full face",
    Area.SCALP: "Scalp",
    Area.NECK: "Neck",
    Area.DECOLLETAGE: "Décolletage",
    Area.HANDS: "Hands",
    Area.ARMS: "Arms",
    Area.ABDOMEN: "Abdomen",
    Area.FLANKS: "Flanks",
    Area.BACK: "Back",
    Area.BUTTOCKS: "Buttocks",
    Area.THIGHS: "Thighs",
    Area.KNEES: "Knees",
    Area.SCAR_SITE: "Scar site",
    Area.OTHER: "Other area",
}

SOLUTION_WORDS: dict[Solution, str] = {
    Solution.HYALURONIC_ACID: "Hyaluronic acid",
    Solution.DMAE: "DMAE",
    Solution.CAFFEINE: "Caffeine",
    Solution.PHOSPHATIDYLCHOLINE: "Phosphatidylcholine",
    Solution.VITAMINS: "Vitamins",
    Solution.AMINO_ACIDS: "Amino acids",
    Solution.PEPTIDES: "Peptides",
    Solution.OTHER: "Other solution",
}

REACTION_WORDS: dict[ReactionKind, str] = {
    ReactionKind.NAUSEA: "Nausea",
    ReactionKind.PAIN: "Pain",
    ReactionKind.SENSITIVITY: "Sensitivity",
    ReactionKind.SWELLING: "Swelling",
    ReactionKind.ITCHING: "Itching",
    ReactionKind.REDNESS: "Redness",
    ReactionKind.BRUISING: "Bruising",
    ReactionKind.DISCOLOURATION: "Discolouration",
    ReactionKind.INFECTION: "Infection",
    ReactionKind.SCARRING: "Scarring",
    ReactionKind.OTHER: "Other reaction",
}

SEVERITY_WORDS: dict[Severity, str] = {
    Severity.MILD: "mild",
    Severity.MODERATE: "moderate",
    Severity.SEVERE: "severe",
}

SEVERITY_RANK: dict[Severity, int] = {Severity.MILD: 1, Severity.MODERATE: 2, Severity.SEVERE: 3}

INDICATION_WORDS: dict[Indication, str] = {
    Indication.HYDRATION_TIGHTENING: "Hydration and tightening",
    Indication.WRINKLES: "Wrinkles",
    Indication.RADIANCE_REGENERATION: "Radiance and regeneration",
    Indication.EYE_BAGS_PERIORBITAL: "Eye bags, periorbital",
    Indication.PORES_ACNE_SCARS: "Pores and acne scars",
    Indication.STRETCH_MARKS: "Stretch marks",
    Indication.CELLULITE_FIRMING: "Cellulite and firming",
    Indication.POST_OPERATIVE_SCARS: "Post-operative scars",
    Indication.OTHER: "Other indication",
}

NEEDLE_METHOD_WORDS: dict[NeedleMethod, str] = {
    NeedleMethod.POINT_BY_POINT: "point by point",
    NeedleMethod.NAPPAGE: "nappage",
    NeedleMethod.PAPULE: "papule",
    NeedleMethod.LINEAR: "linear",
}

ONSET_WORDS: dict[Onset, str] = {
    Onset.DURING: "during the session",
    Onset.SAME_DAY: "the same day",
    Onset.NEXT_DAYS: "in the following days",
    Onset.LATER: "later",
}

PHASE_WORDS: dict[CoursePhase, str] = {
    CoursePhase.INITIAL: "initial",
    CoursePhase.MAINTENANCE: "maintenance",
}


_TABLES: dict[type[StrEnum], Mapping[Any, str]] = {
    Area: AREA_WORDS,
    Solution: SOLUTION_WORDS,
    ReactionKind: REACTION_WORDS,
    Severity: SEVERITY_WORDS,
    Indication: INDICATION_WORDS,
    NeedleMethod: NEEDLE_METHOD_WORDS,
    CoursePhase: PHASE_WORDS,
    Onset: ONSET_WORDS,
}


def word(value: StrEnum) -> str:
    """The English word for any enum value the summary prints."""
    table = _TABLES.get(type(value))
    if table is not None and value in table:
        return table[value]
    return value.value.replace("_", " ")


def clean(text: str) -> str:
    """Text as stored, NFC-normalised."""
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """NFC text escaped for Paragraph markup; line breaks kept as <br/>."""
    escaped = escape(clean(text))
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


NBSP = "\u00a0"
POSIX_LOCALE = "en_US_POSIX"
"""Babel's name for the C/POSIX locale, whose dates the summary writes in ISO 8601."""


def locale_from_environment(environ: Mapping[str, str]) -> str:
    """The locale the process's environment names for dates (LC_ALL, else LC_TIME, else
    LANG), without its encoding or modifier: `el_GR.UTF-8` → `el_GR`; none set → `C`."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = environ.get(variable, "")
        if value:
            return value.split(".", 1)[0].split("@", 1)[0] or "C"
    return "C"


def known_locale(name: str) -> str:
    """`name` when it is a real locale Babel knows; the POSIX locale for C, POSIX (with any
    encoding) and any name Babel does not know."""
    if name.split(".", 1)[0].split("@", 1)[0].upper() in ("C", "POSIX", ""):
        return POSIX_LOCALE
    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError, TypeError):
        return POSIX_LOCALE
    return name


class Formatter:
    """Numbers, dates and times written the way the summary's locale writes them; in the
    C/POSIX locale (no real locale set) dates are ISO 8601 and times 24-hour, as the
    window writes them there."""

    def __init__(self, locale: str) -> None:
        self.locale = known_locale(locale)
        self.iso = self.locale == POSIX_LOCALE

    @property
    def language_tag(self) -> str:
        """The document's language (BCP 47): `en-GB`, `el-GR`; `en` for the C locale."""
        return "en" if self.iso else self.locale.replace("_", "-")

    def number(self, value: float, *, max_digits: int = 2) -> str:
        whole = "0" if self.iso else "#,##0"
        pattern = f"{whole}." + "#" * max_digits if max_digits else whole
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def mm(self, value: float) -> str:
        return f"{self.number(value)} mm"

    def ml(self, value: float) -> str:
        return f"{self.number(value)} ml"

    def units(self, value: float) -> str:
        """`1 unit`, `2 units`, `1,5 units`: a number never split from its word."""
        return f"{self.number(value)}{NBSP}{'unit' if value == 1 else 'units'}"

    def amount(self, volume_ml: float, units: float | None, *, without_units: int = 0) -> str:
        """What a product use gave: `5 ml`, or the units beside it, `2 units · 5 ml`, for a
        product counted in units; the amount may break only after the dot. For uses added
        up, `without_units` counts those of the product that have no units recorded: the
        units are then not its whole amount, `2 units + 1 use without units · 5 ml` (it may
        break after the plus too)."""
        volume = f"{self.number(volume_ml)}{NBSP}ml"
        if units is None:
            return volume
        given = self.units(units)
        if without_units:
            uses = "use" if without_units == 1 else "uses"
            given += f"{NBSP}+ {without_units}{NBSP}{uses}{NBSP}without{NBSP}units"
        return f"{given}{NBSP}· {volume}"

    def date(self, value: dt.date) -> str:
        """Never broken across lines: its spaces are no-break spaces."""
        if self.iso:
            return value.isoformat()
        return str(format_date(value, format="medium", locale=self.locale)).replace(" ", NBSP)

    def time(self, value: dt.datetime) -> str:
        """The time of day at the value's own UTC offset (naive values are taken as they are)."""
        if self.iso:
            return f"{value:%H:%M}"
        zone = value.tzinfo or dt.UTC
        text = format_time(value, format="short", tzinfo=zone, locale=self.locale)
        return str(text).replace(" ", NBSP).replace("\u202f", NBSP)

    def datetime(self, value: dt.datetime) -> str:
        """The date and the time of day (no seconds) joined as the locale joins them."""
        if self.iso:
            return f"{value:%Y-%m-%d %H:%M}"
        joined = str(get_datetime_format("medium", locale=self.locale))
        return joined.replace("{1}", self.date(value.date())).replace("{0}", self.time(value))
