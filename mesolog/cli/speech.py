"""The language the command line speaks (docs/translation-plan.md §4.5).

`main` chooses it once, before it builds the parser: `--language` before the command,
else `MESOLOG_LANGUAGE`, else this workstation's stored choice, else the system's
(mesolog.language.choice). Every message and help text is a `Text` (`phrase`/`phrase_n`)
written out by `say` from the compiled catalogue, read without Qt; argparse's own words
(`usage:`, `error:`, the help options) go through its gettext hook to the same
catalogue (cli.argparse_words).

Values are written as the command line writes them everywhere: numbers in plain digits
with a decimal point, days as YYYY-MM-DD, the notation its options take and its CSV
writes. Output meant for programs (CSV, JSON, tab-separated listings, `--format` tables,
the files written) is not a message: it stays as it is in every language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from babel.numbers import format_decimal

from mesolog.domain.texts import Text, fill
from mesolog.language.catalogues import renderer
from mesolog.language.choice import CODES, Language, choose_language, language
from mesolog.language.preference import stored_language
from mesolog.language.render import Renderer


class _Spoken:
    """The renderer of the language chosen; English until `speak` is called."""

    renderer: Renderer = renderer(language("en"))


def speak(chosen: Language) -> None:
    """Speak `chosen` from now on, argparse's words too."""
    from mesolog.cli.argparse_words import install

    _Spoken.renderer = renderer(chosen)
    install(_Spoken.renderer)


def spoken() -> Language:
    return _Spoken.renderer.language


def say(text: Text | str) -> str:
    """`text` in the language spoken, its values as the command line writes them; a `str`
    (a message from a layer not marked yet) as it is."""
    if isinstance(text, str):
        return text
    return fill(_Spoken.renderer.template(text), text.count, dict(text.values), _value)


def _value(value: object) -> str:
    return say(value) if isinstance(value, Text) else str(value)


def grouped(number: int) -> str:
    """A whole number with the language's group separator (`100,000`, `100.000`)."""
    return format_decimal(number, locale=spoken().code)


def chosen_language(argv: Sequence[str], options: Mapping[str, bool]) -> Language:
    """The language to speak for these arguments: a known `--language` among the
    `options` before the command (option → whether it takes a value), else as
    `choose_language` picks. An unknown one is left for the parser to refuse."""
    asked = asked_language(argv, options)
    return choose_language(asked if asked in CODES else None, stored_language())


def asked_language(argv: Sequence[str], options: Mapping[str, bool]) -> str | None:
    """The value of `--language` before the command, read as argparse reads it (an option
    may be shortened to a prefix no other option has; `--language=el` or `--language el`;
    the last one given counts), or None."""
    asked = None
    words = iter(argv)
    for word in words:
        if word == "--" or not word.startswith("-") or word == "-":
            break  # the command, or only positional arguments from here
        name, equals, value = word.partition("=")
        option = _option(name, options)
        if option is None or not options[option] or equals:
            if option == "--language" and equals:
                asked = value
            continue
        following = next(words, None)
        if option == "--language":
            asked = following
    return asked


def _option(name: str, options: Mapping[str, bool]) -> str | None:
    if name in options:
        return name
    if not name.startswith("--"):
        return None
    matches = [option for option in options if option.startswith(name)]
    return matches[0] if len(matches) == 1 else None
