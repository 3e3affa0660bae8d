"""Texts rendered in one language: the catalogue's template, its plural form, its values
written in the language's locale.

`Renderer(language, load)(text)` picks the translation of `text` (the English source when
there is none, or when the text is a person's own words), the plural form for its count
(Greek and English alike: the first form for 1, the second otherwise, as Qt's rules and
CLDR's say), then fills it: numbers by Babel in the language's format locale (`0,25`,
`1.234,5` in Greek), dates in its medium form (`7 Μαρ 2025`), a `Text` inside a `Text`
rendered the same way, anything else (names, codes, units, enum values) as `str()` writes
it. The catalogue is loaded when the first text is rendered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from mesolog.domain.texts import Text, fill
from mesolog.language.choice import Language
from mesolog.language.qm_file import Catalogue


class Renderer:
    """Renders `Text`s for people who read `language`."""

    def __init__(self, language: Language, load: Callable[[], Catalogue]) -> None:
        self.language = language
        self._load = load

    @cached_property
    def catalogue(self) -> Catalogue:
        return self._load()

    def __call__(self, text: Text) -> str:
        return fill(self.template(text), text.count, dict(text.values), self.value)

    def template(self, text: Text) -> str:
        """The translation to fill for `text`, or its English source."""
        if not text.context:
            return text.source
        forms = self.catalogue.forms(text.context, text.source, text.disambiguation)
        if not forms:
            return text.source
        index = 0 if not text.plural or text.count == 1 else 1
        chosen = forms[min(index, len(forms) - 1)]
        return chosen or text.source

    def value(self, value: object) -> str:
        """One value as the language's locale writes it."""
        locale = self.language.format_locale
        if isinstance(value, Text):
            return self(value)
        if isinstance(value, bool | str):
            return str(value)
        if isinstance(value, int | float | Decimal):
            return format_decimal(value, locale=locale)
        if isinstance(value, datetime):
            return format_datetime(value, "medium", locale=locale)
        if isinstance(value, date):
            return format_date(value, "medium", locale=locale)
        return str(value)
