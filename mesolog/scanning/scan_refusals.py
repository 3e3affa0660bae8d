"""A scan refused, and the message that names what is wrong with it.

A refusal names the field (GTIN, lot, expiry, serial, by its GS1 application identifier),
the digits of a GTIN or an expiry, a single character and its place, or a length; never the
text of a lot, a serial or the scan itself, which may be something a person typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from mesolog.domain.errors import KnownError
from mesolog.domain.texts import Text, phrase, verbatim

GS1_CHARACTERS = "letters, digits and !\"%&'()*+,-./:;<=>?_"
"""GS1's character set 82, which lots and serials are written in (no spaces)."""

FIELD_NAMES: Mapping[str, Text] = {
    "01": verbatim("GTIN"),
    "10": phrase("Scanning", "lot", "a GS1 field: the vial's lot number"),
    "17": phrase("Scanning", "expiry", "a GS1 field: the vial's expiry date"),
    "21": phrase("Scanning", "serial", "a GS1 field: the vial's serial number"),
}
_IN_GS1_CHARACTERS = phrase(
    "Scanning", "1 to 20 letters, digits and !\"%&'()*+,-./:;<=>?_", "GS1's character set 82"
)
FIELD_RULES: Mapping[str, Text] = {
    "01": phrase("Scanning", "14 digits"),
    "10": _IN_GS1_CHARACTERS,
    "17": phrase("Scanning", "a date written YYMMDD"),
    "21": _IN_GS1_CHARACTERS,
}


class ScanProblem(StrEnum):
    NOT_A_CODE = "not_a_code"
    NO_GTIN = "no_gtin"
    GTIN_CHECK_DIGIT = "gtin_check_digit"
    EXPIRY_NOT_A_DATE = "expiry_not_a_date"
    FIELD_FORMAT = "field_format"
    UNKNOWN_AI = "unknown_ai"
    REPEATED_FIELD = "repeated_field"


class ScanError(KnownError):
    """A scan that does not give a vial; `problem` says which way."""

    def __init__(self, problem: ScanProblem, message: Text) -> None:
        self.problem = problem
        super().__init__(message)


def not_a_code(length: int) -> ScanError:
    refused = phrase(
        "Scanning",
        "The scan ({length} characters) is neither a GS1 code nor a GTIN (EAN-13, UPC-A, GTIN-14).",
    )
    return ScanError(ScanProblem.NOT_A_CODE, refused.having(length=length))


def no_gtin() -> ScanError:
    return ScanError(
        ScanProblem.NO_GTIN,
        phrase(
            "Scanning",
            "The code has no GTIN (AI 01), so it names no product: scan the code on the vial's "
            "label that holds the GTIN.",
        ),
    )


def wrong_check_digit(gtin: str) -> ScanError:
    """The expected digit is not said: after a mistyped digit elsewhere it would make a
    wrong GTIN look right."""
    refused = phrase(
        "Scanning",
        "The GTIN {gtin} has a wrong check digit: the code is damaged, misread or mistyped. "
        "Scan it again, or type the product.",
    )
    return ScanError(ScanProblem.GTIN_CHECK_DIGIT, refused.having(gtin=gtin))


def expiry_not_a_date(value: str) -> ScanError:
    if value.isdigit():
        refused = phrase(
            "Scanning",
            "The expiry {digits} is not a date: GS1 writes it YYMMDD, with day 00 for the last "
            "day of the month.",
        ).having(digits=value)
    else:
        refused = phrase(
            "Scanning",
            "The expiry ({length} characters) is not a date: GS1 writes it YYMMDD, with day 00 "
            "for the last day of the month.",
        ).having(length=len(value))
    return ScanError(ScanProblem.EXPIRY_NOT_A_DATE, refused)


def field_format(ai: str, title: str, data_format: str, length: int) -> ScanError:
    """`title` and `data_format` are biip's for an AI that mesolog does not read itself."""
    name = FIELD_NAMES.get(ai, verbatim(title))
    rule = FIELD_RULES.get(ai) or phrase("Scanning", "GS1's format {format}").having(
        format=data_format
    )
    refused = phrase(
        "Scanning", "The code's {name} (AI {ai}) holds {length} characters that are not {rule}."
    )
    return ScanError(
        ScanProblem.FIELD_FORMAT, refused.having(name=name, ai=ai, length=length, rule=rule)
    )


def unknown_ai(position: int, character: str, *, could_be_separator: bool) -> ScanError:
    """`position` counts from 1 in what the scanner sent. A character there that could
    stand for GS but was not set to is likely the substitute the scanner sends."""
    if could_be_separator:
        message = phrase(
            "Scanning",
            "The code holds {character} at character {position}, which GS1 data cannot hold: "
            "if the scanner sends it in place of the GS separator, set it as the separator in "
            "Settings.",
        ).having(character=repr(character), position=position)
    else:
        message = phrase(
            "Scanning",
            "The code holds data at character {position} that starts with no GS1 application "
            "identifier: the scanner may have left out a GS separator.",
        ).having(position=position)
    return ScanError(ScanProblem.UNKNOWN_AI, message)


def unknown_printed_ai(ai: str) -> ScanError:
    refused = phrase("Scanning", "The code's ({ai}) is not a GS1 application identifier.")
    return ScanError(ScanProblem.UNKNOWN_AI, refused.having(ai=ai))


def repeated_field(ai: str, title: str, values: list[str]) -> ScanError:
    """`values` are the field's, each once, in the code's order; said only for a GTIN or
    an expiry. `title` is biip's, for an AI that mesolog does not read itself."""
    name = FIELD_NAMES.get(ai, verbatim(title))
    said = {"count": len(values), "name": name, "ai": ai}
    if ai in ("01", "17") and all(value.isdigit() for value in values):
        refused = phrase(
            "Scanning",
            "The code gives {count} different values for its {name} (AI {ai}), {values} and "
            "{last}: a vial has one, so the code is misread or wrongly made. Scan it again, or "
            "type the product.",
        ).having(values=", ".join(values[:-1]), last=values[-1], **said)
    else:
        refused = phrase(
            "Scanning",
            "The code gives {count} different values for its {name} (AI {ai}): a vial has one, "
            "so the code is misread or wrongly made. Scan it again, or type the product.",
        ).having(**said)
    return ScanError(ScanProblem.REPEATED_FIELD, refused)
