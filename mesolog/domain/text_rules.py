"""What a text field may hold: Unicode, no control characters, a length; and how a text that
breaks a rule is reported without being shown.

Names and free texts hold health data, which must not reach a message, a log or a
terminal: a violation names the field and says the text's length, or which character
(by its code point) and where, never the text itself. A multi-line field (notes,
allergies, medications, medical history, an address: the fields the window edits in a
box of several lines) may hold line breaks and tabs; no field holds another control
character (C0, DEL, C1) or a bidirectional embedding, override or isolate. A text typed
to find a record by is checked before any query is given it (`sought_violations`).
"""

from __future__ import annotations

from mesolog.domain import limits
from mesolog.domain.errors import Violation
from mesolog.domain.text import character_name, control_character
from mesolog.domain.texts import phrase, phrase_n

UNICODE_ALLOWED = phrase(
    "TextRules", "Unicode text (no unpaired surrogate, such as a byte that was not UTF-8)"
)
ONE_LINE_ALLOWED = phrase(
    "TextRules",
    "one line of text: no line break, tab, control character or bidirectional control",
)
LINES_ALLOWED = phrase(
    "TextRules",
    "text without control characters or bidirectional controls (line breaks and tabs are allowed)",
)
REASON_REQUIRED = phrase("TextRules", "a reason is required")


def length(text: str) -> str:
    """How a text too long is shown in a message: by its length alone."""
    return f"({len(text)} characters)"


def not_unicode(path: str, value: str) -> Violation | None:
    """A violation when `value` holds a lone surrogate: no database or file can store it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(value[error.start])
        where = f"character {error.start + 1}, U+{code:04X} (unpaired surrogate)"
        return Violation(path, where, UNICODE_ALLOWED)
    return None


def control_violation(path: str, value: str, *, multiline: bool = False) -> Violation | None:
    """A violation naming the first control character of `value` by its code point and its
    place (`character 4, U+001B (ESC)`), never the text around it."""
    found = control_character(value, multiline=multiline)
    if found is None:
        return None
    index, character = found
    allowed = LINES_ALLOWED if multiline else ONE_LINE_ALLOWED
    return Violation(path, f"character {index + 1}, {character_name(character)}", allowed)


def text_violations(
    path: str, value: str, *, maximum: int = limits.TEXT_MAX, multiline: bool = False
) -> list[Violation]:
    """A text that may be empty: Unicode, without control characters, at most `maximum`
    characters (a longer one is reported by its length). One violation at most, the first
    of these it breaks, as the format's schema reports one a field."""
    found = not_unicode(path, value) or control_violation(path, value, multiline=multiline)
    if found is None and len(value) > maximum:
        most = phrase_n("TextRules", "at most %n characters", None, 1).counting(maximum)
        found = Violation(path, length(value), most)
    return [] if found is None else [found]


def sought_violations(path: str, value: str) -> list[Violation]:
    """A text typed to find a record by (a record number, an id): what a query may be given,
    Unicode on one line without control characters (a lone surrogate cannot be sent to any
    database, a NUL not to PostgreSQL). Its length is not a fault: a text too long to be a
    record number finds none."""
    found = not_unicode(path, value) or control_violation(path, value)
    return [] if found is None else [found]


def name_violations(path: str, value: str) -> list[Violation]:
    """A person's name: one line, 1 to 100 characters, not only spaces."""
    found = text_violations(path, value, maximum=limits.NAME_MAX)
    if not found and not value.strip():
        required = phrase_n("TextRules", "a name is required (1 to %n characters)", None, 1)
        found.append(Violation(path, value, required.counting(limits.NAME_MAX)))
    return found


def reason_violations(path: str, value: str) -> list[Violation]:
    """A reason given for a change (void, stop, amend): one line, required, at most the
    length of a note."""
    found = text_violations(path, value)
    if not found and not value.strip():
        found.append(Violation(path, value, REASON_REQUIRED))
    return found
