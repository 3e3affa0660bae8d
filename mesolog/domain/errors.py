"""The two kinds of failure: a known error the user can act on, and anything else (a bug).

Every known error carries a message meant for a person: it names the field or
the cause and says what is allowed. The window shows it, the CLI prints it and
exits with status 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mesolog.domain.texts import Text, phrase, phrase_n, verbatim


class KnownError(Exception):
    """A failure the user can understand and fix; nothing was written.

    `text` is the message for people (rendered in their language where it is shown);
    `str(error)` is its English."""

    def __init__(self, message: str | Text) -> None:
        super().__init__(str(message))
        self.text = message if isinstance(message, Text) else verbatim(message)


@dataclass(frozen=True, slots=True)
class Violation:
    """One field that breaks a rule: where it is, what it holds, what is allowed."""

    path: str
    value: object
    allowed: Text | str
    """What is allowed, for people (a plain `str` until its layer is marked, WP 4a)."""

    @property
    def field(self) -> str:
        """The last name in the path (`depth_mm` for `treatments[0].technique.depth_mm`)."""
        last = self.path.rsplit(".", 1)[-1]
        return last.split("[", 1)[0]

    def __str__(self) -> str:
        return str(self.text)

    @property
    def text(self) -> Text:
        """The whole violation for people: where, what it holds, what is allowed."""
        refused = phrase("Errors", "{path}: {value} is not allowed; {allowed}")
        return refused.having(path=self.path, value=_shown(self.value), allowed=self.allowed)


def _shown(value: object) -> str:
    """The value as a message shows it; one too long to read there is shown by its length
    alone (never its beginning: it may be a note or a name)."""
    try:
        text = repr(value)
    except RecursionError:
        return "(a deeply nested value)"
    size = len(value) if isinstance(value, str) else len(text)
    return text if len(text) <= 80 else f"({size} characters)"


class ValidationError(KnownError):
    """Every rule an input breaks, all reported together."""

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations = tuple(violations)
        count = len(self.violations)
        one = phrase("Errors", "1 problem:")
        heading = one if count == 1 else phrase_n("Errors", "%n problems:", None, 1).counting(count)
        lines = [heading, *(v.text for v in self.violations)]
        names = [f"line{number}" for number in range(len(lines))]
        each = verbatim("\n  ".join(f"{{{name}}}" for name in names))
        super().__init__(each.having(**dict(zip(names, lines, strict=True))))


class NotFoundError(KnownError):
    """A record named by id or record number does not exist (or is voided)."""


class StateError(KnownError):
    """The record is in a state that does not allow the change (signed, voided, stopped)."""


class DatabaseError(KnownError):
    """The database cannot be used as asked: locked, newer than this version, not a database."""
