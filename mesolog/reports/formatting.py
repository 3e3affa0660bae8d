"""Words and numbers for people: Babel formats for the document's locale, and every word
in the document's language (mesolog.language renders the marked phrases without Qt, since
reports must not import PySide6); enum values in the window's words (domain.enum_words),
save the few a printed summary says otherwise (PRINTED_WORDS).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from typing import Any
from xml.sax.saxutils import escape

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, get_datetime_format
from babel.numbers import format_decimal

from mesolog.domain.enum_words import word as enum_word
from mesolog.domain.enums import Area, Indication, Severity, Sex
from mesolog.domain.texts import Text, fill, phrase
from mesolog.language.catalogues import renderer
from mesolog.language.choice import language
from mesolog.language.render import Renderer

PRINTED_WORDS: Mapping[type[StrEnum], Mapping[Any, Text]] = {
    Area: {
        Area.PERIORBITAL: phrase("Area", "Periorbital", "short, in a printed summary's tables"),
        Area.PERIORAL: phrase("Area", "Perioral", "short, in a printed summary's tables"),
    },
    Indication: {
        Indication.EYE_BAGS_PERIORBITAL: phrase(
            "Indication", "Eye bags, periorbital", "as a printed summary names a course"
        ),
    },
    Sex: {
        Sex.FEMALE: phrase("Sex", "female", "lower case, a printed summary's patient details"),
        Sex.MALE: phrase("Sex", "male", "lower case, a printed summary's patient details"),
        Sex.OTHER: phrase("Sex", "other", "lower case, a printed summary's patient details"),
        Sex.UNKNOWN: phrase("Sex", "unknown", "lower case, a printed summary's patient details"),
    },
}
"""Where a printed summary says a value otherwise than the window (domain.enum_words):
shorter, or in lower case. Every other value is printed in the window's words."""

SEVERITY_RANK: dict[Severity, int] = {Severity.MILD: 1, Severity.MODERATE: 2, Severity.SEVERE: 3}


def printed_word(value: StrEnum) -> Text:
    """`value` as a printed summary says it."""
    printed = PRINTED_WORDS.get(type(value), {}).get(value)
    return printed if printed is not None else enum_word(value)


def word(value: StrEnum) -> str:
    """`value` in English as a summary prints it, for files read in any language (the
    recall's CSV); a PDF says it in its own language (`Formatter.word`)."""
    return str(printed_word(value))


def clean(text: str) -> str:
    """Text as stored, NFC-normalised."""
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """NFC text escaped for Paragraph markup; line breaks kept as <br/>."""
    escaped = escape(clean(text))
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


NBSP = "\u00a0"
UNIT = phrase("Formatting", "{number} unit", "of a product counted in units")
UNITS = phrase("Formatting", "{number} units", "of a product counted in units")
ONE_USE_WITHOUT_UNITS = phrase("Formatting", "1 use without units", "units added up over uses")
USES_WITHOUT_UNITS = phrase("Formatting", "{count} uses without units", "units added up over uses")
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


def document_locale(code: str, locale: str) -> str:
    """The locale a document in the language `code` is written in. English: `locale` as
    given (as before there were languages: on a Greek computer an English summary has Greek
    dates). Greek: `locale` when it is Greek (`el_CY`), else Greek in its territory when CLDR
    knows the pair, else Greece's (`el_GR`), whatever the computer's locale."""
    if code == "en" or known_locale(locale).split("_", 1)[0] == code:
        return locale
    return language(code, locale).format_locale


def document_formatter(code: str, locale: str, words: Renderer | None = None) -> Formatter:
    """The formatter of a document in the language `code` (`el`, `en`): its locale as
    `document_locale` chooses, its words by `words`, else by the language's catalogue."""
    chosen = document_locale(code, locale)
    return Formatter(chosen, words or renderer(language(code, chosen)))


def fields(source: str) -> frozenset[str]:
    """The names of the `{name}` fields of a phrase's source."""
    return frozenset(re.findall(r"\{(\w+)\}", source))


def _english(locale: str) -> Renderer:
    return renderer(language("en", locale))


class Formatter:
    """Numbers, dates and times written the way the document's locale writes them; in the
    C/POSIX locale (no real locale set) dates are ISO 8601 and times 24-hour, as the
    window writes them there. Words are said by `words` (English when none is given)."""

    def __init__(self, locale: str, words: Renderer | None = None) -> None:
        self.locale = known_locale(locale)
        self.iso = self.locale == POSIX_LOCALE
        self.words = words or _english(locale)
        self._templates: dict[Text, tuple[str, frozenset[str]]] = {}
        self._words: dict[tuple[type[StrEnum], StrEnum], str] = {}

    @property
    def language_tag(self) -> str:
        """The document's language (BCP 47): `en-GB`, `el-GR`; `en` for the C locale."""
        return "en" if self.iso else self.locale.replace("_", "-")

    def say(self, text: Text | str, /, **values: object) -> str:
        """`text` in the document's language, its fields filled by `values`; a plain string
        (a person's own words) as is. `say(LOT, lot=number)` says what `say(LOT.having(
        lot=number))` says, without making a Text: a table says some texts in every row,
        and its translation is looked up once a document."""
        if isinstance(text, str):
            return text
        if text.values or text.count is not None:
            return self.words(text.having(**values) if values else text)
        found = self._templates.get(text)
        if found is None:
            found = self._templates[text] = (self.words.template(text), fields(text.source))
        template, named = found
        if not values:
            return template
        if not named.issuperset(values):
            raise ValueError(f"{text.source!r} has no field {', '.join(set(values) - named)}")
        return fill(template, None, values, self.words.value)

    def word(self, value: StrEnum) -> str:
        """`value` in the document's language, as a printed summary says it."""
        key = (type(value), value)  # Area.OTHER == Sex.OTHER: the type tells them apart
        said = self._words.get(key)
        if said is None:
            said = self._words[key] = self.words(printed_word(value))
        return said

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
        given = self.say(UNIT if value == 1 else UNITS, number=self.number(value))
        return given.replace(" ", NBSP)

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
            if without_units == 1:
                uses = self.say(ONE_USE_WITHOUT_UNITS)
            else:
                uses = self.say(USES_WITHOUT_UNITS, count=str(without_units))
            given += f"{NBSP}+ {uses.replace(' ', NBSP)}"
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
