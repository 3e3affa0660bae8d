"""argparse's own words (`usage:`, `error:`, the help options) in the language spoken.

argparse looks each of them up with gettext's `_` as it builds a parser or writes to a
person; `install` puts a lookup in mesolog's catalogue (context `argparse`) in its place,
so they come from the same `.qm` as every other word of the command line, without Qt and
without gettext's search of the system's folders for a catalogue on each of its ~140
calls at start-up. Words with no translation, and any argparse asks for that is not
marked here, stay argparse's English.

Marked are the words a person can meet with mesolog's parser under Python 3.11 to 3.13;
tests/cli/test_language_choice.py lists the others argparse has (the errors of a program
that builds its parser wrongly, and those of features mesolog does not use) and fails on
one it does not know. argparse fills the `%s`/`%(name)s` placeholders itself: a translation
that drops, adds or changes one is not used, so it can never make argparse fail.
"""

from __future__ import annotations

import argparse
import re

from mesolog.domain.texts import Text, phrase
from mesolog.language.render import Renderer

WORDS: dict[str, Text] = {
    text.source: text
    for text in (
        #: Begins the usage line, e.g. "usage: mesolog [-h] [--db DB] COMMAND ...";
        #: keep the space at the end and every %s, %r, %(name)s of these argparse texts.
        phrase("argparse", "usage: "),
        phrase("argparse", "positional arguments"),
        phrase("argparse", "options"),
        phrase("argparse", "%(heading)s:"),
        phrase("argparse", "show this help message and exit"),
        phrase("argparse", "show program's version number and exit"),
        phrase("argparse", "%(prog)s: error: %(message)s\n"),
        phrase("argparse", "argument %(argument_name)s: %(message)s"),
        phrase("argparse", "unrecognized arguments: %s"),
        phrase("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        phrase("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        phrase("argparse", "expected one argument"),
        phrase("argparse", "invalid %(type)s value: %(value)r"),
        phrase("argparse", "the following arguments are required: %s"),
        phrase("argparse", "ignored explicit argument %r"),
    )
}
VERSION_HELP = WORDS["show program's version number and exit"]
"""argparse 3.11 gives `--version` this help without `_`: the parser gives it instead."""

_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[a-z%]")


def install(renderer: Renderer) -> None:
    """argparse's words from `renderer`'s catalogue from now on."""

    def translated(message: str) -> str:
        text = WORDS.get(message)
        if text is None:
            return message
        translation = renderer.template(text)
        return translation if _placeholders(translation) == _placeholders(message) else message

    argparse._ = translated  # type: ignore[attr-defined]


def _placeholders(template: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(template))
