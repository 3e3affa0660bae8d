"""Text from below the window (a `mesolog.domain.texts.Text`: a known error's message, what a
violated rule allows) shown in the window's language.

A `Text` is looked up in the translations installed in the application (`mesolog_<code>.qm`,
installed by `mesolog.app` at start-up), as `self.tr` is, so a test that installs a small
catalogue sees it too; its values are written as the rest of the window writes them, in the
default `QLocale` (which start-up sets from the language): numbers grouped and with the
locale's decimal mark, dates in the short form with the whole year, an enum's value in its
words. Without a translation the text is its English, as `str(text)` gives it but for those
values (`12,000` where `str` writes `12000`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from mesolog.domain.enum_words import WORDS, word
from mesolog.domain.texts import Text, fill
from mesolog.ui.common.dates import shown_date, shown_date_time

_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest


def window_language() -> str:
    """The code of the language the window speaks (`el`, `en`): Greek when start-up made a
    Greek locale the default and installed the Greek translations (Qt's own words read
    Greek), else English, whatever the formats (an English window may write Greek dates)."""
    greek = QLocale().language() == QLocale.Language.Greek
    translated = QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    return "el" if greek and translated else "en"


def shown(text: Text | str) -> str:
    """`text` in the window's language: a `Text` through the installed translation, each
    value written in the default locale; a plain string (not marked yet, or a person's own
    words) as it is."""
    if isinstance(text, str):
        return text
    if not text.context:  # a person's own words: never translated
        template = text.source
    else:
        # The one call that translates a source it is given: the Text was marked for lupdate
        # where it was made (phrase, phrase_n). Qt fills in %n and %Ln.
        count = text.count if text.count is not None else -1
        template = QCoreApplication.translate(text.context, text.source, text.disambiguation, count)
    return fill(template, None, dict(text.values), _value)


def _value(value: object) -> str:
    """One value of a text as the window writes it."""
    if isinstance(value, Text):
        return shown(value)
    if isinstance(value, StrEnum) and type(value) in WORDS:
        return shown(word(value))
    if isinstance(value, bool | str):
        return str(value)
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float | Decimal):
        return locale.toString(float(value), "f", _SHORTEST)
    if isinstance(value, dt.datetime):
        return shown_date_time(value, locale)
    if isinstance(value, dt.date):
        return shown_date(value, locale)
    return str(value)
