"""What the command line prints never drives the terminal: text from the database (a row
written behind mesolog's back may hold an escape sequence, a bell or a right-to-left
override) is shown with each control character as its escape, `\\u001b`.

Every command writes through `VisibleText`, which keeps only the line breaks and tabs
the output is laid out with; a command printing records one a line escapes those too
inside a field (`field`), so a value cannot forge a column or a line. The escapes are
JSON's: a JSON export written to standard output stays the same JSON.
"""

from __future__ import annotations

import io
from typing import TextIO, cast

from mesolog.domain.text import visible

LAYOUT = "\n\t"


def field(text: str) -> str:
    """One value of a tab-separated line, every control character escaped."""
    return visible(text)


def message(text: str) -> str:
    """A message for standard error, its lines kept."""
    return visible(text, keep=LAYOUT)


class VisibleText(io.TextIOBase):
    """A text stream that writes to `stream` with control characters escaped."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text, keep=LAYOUT))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._stream.isatty()


def visible_output(stream: TextIO) -> TextIO:
    """`stream` as the commands write to it (they take a TextIO)."""
    return cast(TextIO, VisibleText(stream))
