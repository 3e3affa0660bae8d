"""Text folding for search (case- and accent-insensitive in any script), and the control
characters no text field holds: finding them, naming them, and escaping them for a terminal."""

import re
import unicodedata

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d")
MIN_PHONE_SUFFIX = 3


_UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
"""Latin letters with a stroke or ligature that Unicode does not split into base + accent."""


def fold(text: str) -> str:
    """Lower-case, accent-free form: `Καρμίρης` → `καρμιρησ`, `Müller` → `muller`, `Ø` → `o`.

    Case folding also turns the Greek final sigma into σ, so a word typed with
    either sigma matches. Databases store folded search terms and sort keys: a
    change here needs a migration that rebuilds them.
    """
    # Decomposing first turns compatibility letters (ℌ, 𝐀) into ones case folding knows.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.translate(_UNDECOMPOSABLE))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def phone_digits(phone: str) -> str:
    return "".join(_DIGITS.findall(phone))


def patient_search_terms(
    family_name: str, given_name: str, record_number: str, phone: str
) -> set[str]:
    """The index terms of one patient; a query word matches a term it begins.

    Names and record numbers give their words; a phone gives every digit suffix
    of three or more, so any trailing part of the number finds the patient.
    """
    terms = set(words(family_name)) | set(words(given_name)) | set(words(record_number))
    folded_record = fold(record_number).strip()
    if folded_record:
        terms.add(folded_record)
    digits = phone_digits(phone)
    terms.update(digits[i:] for i in range(len(digits) - MIN_PHONE_SUFFIX + 1))
    return {term[:100] for term in terms if term}


def query_words(query: str) -> list[str]:
    """The words of a search query, folded like the index terms."""
    found = words(query)
    return [w[:100] for w in found]


def sort_key(family_name: str, given_name: str) -> str:
    return f"{fold(family_name).strip()}\x1f{fold(given_name).strip()}"[:210]


_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
"""The bidirectional embeddings, overrides and isolates: they make text read otherwise than
it is stored (a name shown backwards, a line that hides what follows)."""
_CONTROL_ON_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
_CONTROL_IN_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
"""The same, but for the tab (U+0009) and the line break (U+000A) of multi-line text."""
_NOT_FOR_A_TERMINAL = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}\ud800-\udfff]")
_CHARACTER_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "backspace",
    0x09: "tab",
    0x0A: "line break",
    0x0D: "carriage return",
    0x1B: "ESC",
    0x7F: "DEL",
}


def control_character(text: str, *, multiline: bool = False) -> tuple[int, str] | None:
    """The first control character `text` holds, with its index: a C0 or C1 control, DEL
    or a bidirectional control; with `multiline`, tabs and line breaks are text."""
    found = (_CONTROL_IN_LINES if multiline else _CONTROL_ON_ONE_LINE).search(text)
    return None if found is None else (found.start(), found.group())


def character_name(character: str) -> str:
    """`U+001B (ESC)`, `U+202E (right-to-left override)`: a character named without being
    shown, for messages about one that cannot be printed."""
    code = ord(character)
    name = _CHARACTER_NAMES.get(code) or unicodedata.name(character, "").lower()
    return f"U+{code:04X} ({name or 'a control character'})"


def visible(text: str, *, keep: str = "") -> str:
    """`text` safe to print on a terminal: each control character, bidirectional control
    or lone surrogate written as its escape (`\\u001b`), except the characters in `keep`
    (such as the tabs and line breaks a command's output is laid out with). The escapes
    are JSON's, so JSON stays JSON with the same meaning."""

    def escape(found: re.Match[str]) -> str:
        character = found.group()
        return character if character in keep else f"\\u{ord(character):04x}"

    return _NOT_FOR_A_TERMINAL.sub(escape, text)
