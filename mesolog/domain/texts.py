"""Text for people, built below the window without choosing a language.

A `Text` is a context, an English source marked for Qt's lupdate, and the values that
fill it. Whoever shows it (the window, the command line, a PDF) renders it for the
chosen language with `mesolog.language.Renderer`; `str(text)` is the English, so code
that is not converted yet reads what it read before.

Marking (lupdate is run with `-tr-function-alias QT_TRANSLATE_NOOP+=phrase,translate+=phrase_n`,
and reads only positional literals, so values come after the closing parenthesis):

    phrase("Limits", "more than {low} and at most {high} ml").having(low=0, high=50)
    phrase_n("Warnings", "{drug} taken %n day(s) before", None, 1).counting(days, drug=name)
    phrase("Area", "Back", "the body area, not the verb")

Placeholders: `{name}` for a value, `%n` (or `%Ln`, grouped by the language's locale) for
the count of a plural. A placeholder with no value is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

_FIELD = re.compile(r"\{(\w+)\}")
_COUNT = re.compile(r"%L?n")


@dataclass(frozen=True, slots=True)
class Text:
    """A message for people: its English source, where a translation is found, and its
    values (numbers, dates, strings, enum values or other `Text`s)."""

    context: str
    """The translation's context; empty for a person's own words, never translated."""
    source: str
    disambiguation: str | None = None
    plural: bool = False
    count: int | None = None
    values: tuple[tuple[str, object], ...] = ()

    def having(self, **values: object) -> Text:
        """This text with `{name}` fields filled by these values."""
        return replace(self, values=self._merged(values))

    def counting(self, n: int, **values: object) -> Text:
        """This plural text for `n` things (its `%n`), with values as `having` takes them."""
        if not self.plural:
            raise ValueError(f"{self.source!r} is not a plural: mark it with phrase_n")
        return replace(self, count=n, values=self._merged(values))

    def _merged(self, values: Mapping[str, object]) -> tuple[tuple[str, object], ...]:
        unknown = sorted(set(values) - set(_FIELD.findall(self.source)))
        if unknown:
            raise ValueError(f"{self.source!r} has no field {', '.join(unknown)}")
        return tuple({**dict(self.values), **values}.items())

    def __str__(self) -> str:
        return fill(self.source, self.count, dict(self.values), str)


def phrase(context: str, source: str, disambiguation: str | None = None, /) -> Text:
    """Mark `source` for translation in `context` (lupdate reads it as QT_TRANSLATE_NOOP;
    the disambiguation becomes the translator's comment)."""
    return Text(context, source, disambiguation)


def phrase_n(context: str, source: str, disambiguation: str | None, plural: Literal[1], /) -> Text:
    """Mark a plural `source` (with `%n`) for translation: the `1` is what makes lupdate
    mark it plural. Give the count with `.counting(n)`."""
    return Text(context, source, disambiguation, plural=True)


def verbatim(value: str) -> Text:
    """A person's own words (a name, a note, an error from elsewhere): shown as they are in
    every language."""
    return Text("", value)


def fill(
    template: str, count: int | None, values: Mapping[str, object], show: Callable[[object], str]
) -> str:
    """`template` with `%n`/`%Ln` replaced by the count and each `{name}` that has a value
    by that value as `show` writes it (`%Ln` is the count shown, `%n` its plain digits)."""
    if count is not None:
        template = _COUNT.sub(lambda m: show(count) if m[0] == "%Ln" else str(count), template)
    return _FIELD.sub(lambda m: show(values[m[1]]) if m[1] in values else m[0], template)
