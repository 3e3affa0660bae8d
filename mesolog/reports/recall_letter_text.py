"""The recall letter's body, which the clinic edits: its placeholders, the default text,
what a text may hold, and a text filled in for one patient.

A placeholder is a name in braces (`{patient}`); any other text, braces included, is
printed as typed. A name in braces that is no placeholder is refused, so that a typing
slip never reaches a patient as `{patinet}`. `{treatments}`, a paragraph of its own,
is where the table of the patient's treatments goes (after the text when it is left out).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from babel.lists import format_list

from mesolog.domain import limits
from mesolog.domain.errors import Violation
from mesolog.domain.text_rules import text_violations
from mesolog.domain.texts import phrase
from mesolog.language.catalogues import renderer
from mesolog.language.choice import language
from mesolog.reports.formatting import Formatter
from mesolog.reports.recall_data import RecalledPatient

TREATMENTS = "treatments"
PLACEHOLDERS: dict[str, str] = {
    "patient": "the patient's name",
    "product": "the products the patient received",
    "lot": "their lot numbers",
    "dates": "the days of the patient's sessions",
    "clinic": "the clinic's name",
    "clinic_phone": "the clinic's phone",
    TREATMENTS: "the table of the patient's treatments (a paragraph of its own)",
}
"""Each placeholder with what it is replaced by."""

DEFAULT_LETTER = phrase(
    "RecallLetter",
    "Dear {patient},\n\n"
    "We are writing to you because the manufacturer of {product} has issued a notice "
    "about lot {lot}. Our records show that this product was used in your treatment at "
    "{clinic} on {dates}:\n\n"
    "{treatments}\n\n"
    "Most people need do nothing. Please call us on {clinic_phone} if you have noticed "
    "redness, swelling, lumps, pain or any other change in the treated areas since then, "
    "or if you have any question. We will gladly see you again at no cost.\n\n"
    "Yours sincerely,\n\n"
    "{clinic}",
)
"""mesolog's default letter, its placeholders left in place (the window offers the same
message, in the same context, in its own language: ui.recall)."""
DEFAULT_TEXT = str(DEFAULT_LETTER)
"""The default letter in English."""


def default_text(code: str) -> str:
    """mesolog's default letter in the language `code` (`el`, `en`), its placeholders left
    in place."""
    return renderer(language(code)).template(DEFAULT_LETTER)


_NAMED = re.compile(r"\{(\w+)\}")


def letter_text_violations(text: str) -> list[Violation]:
    """What is wrong with a letter text: required, at most a note's length, no control
    character but line breaks and tabs, and no name in braces that is no placeholder."""
    found = text_violations("letter", text, maximum=limits.TEXT_MAX, multiline=True)
    if found:
        return found
    if not text.strip():
        return [Violation("letter", "", phrase("RecallLetter", "a letter text is required"))]
    names = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    allowed = phrase("RecallLetter", "a placeholder is one of {placeholders}")
    found = [
        Violation("letter", match.group(), allowed.having(placeholders=names))
        for match in _NAMED.finditer(text)
        if match.group(1) not in PLACEHOLDERS
    ]
    table = f"{{{TREATMENTS}}}"
    alone = [part for part in paragraphs(text) if part.strip() == table]
    if text.count(table) > len(alone) or len(alone) > 1:
        once = phrase(
            "RecallLetter",
            "once at most, as a paragraph of its own (blank lines before and after it)",
            "the placeholder of the treatments' table in a letter",
        )
        found.append(Violation("letter", table, once))
    return found


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs: parted by blank lines, each without its surrounding spaces."""
    parts = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n"))
    return [part.strip() for part in parts if part.strip()]


def joined(items: Sequence[str], fmt: Formatter) -> str:
    """`a, b and c` as the locale joins a list (`a, b, c` in the C locale)."""
    if not items:
        return ""
    if fmt.iso:
        return ", ".join(items)
    return str(format_list(list(items), locale=fmt.locale))


def letter_values(
    patient: RecalledPatient, *, clinic: str, clinic_phone: str, fmt: Formatter
) -> dict[str, str]:
    days = sorted({session.performed_on for session in patient.sessions})
    return {
        "patient": patient.letter_name,
        "product": joined(patient.products, fmt),
        "lot": joined(patient.lots, fmt),
        "dates": joined([fmt.date(day) for day in days], fmt),
        "clinic": clinic,
        "clinic_phone": clinic_phone,
    }


def filled(text: str, values: Mapping[str, str]) -> str:
    """`text` with each placeholder replaced by its value (checked text only)."""
    return _NAMED.sub(lambda match: values.get(match.group(1), match.group()), text)
