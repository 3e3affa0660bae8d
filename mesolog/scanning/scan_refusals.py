"""A scan refused, and the message that names what is wrong with it.

A refusal names the field (GTIN, lot, expiry, serial, by its GS1 application identifier),
the digits of a GTIN or an expiry, a single character and its place, or a length; never the
text of a lot, a serial or the scan itself, which may be something a person typed.
"""

from __future__ import annotations

from enum import StrEnum

from mesolog.domain.errors import KnownError

GS1_CHARACTERS = "letters, digits and !\"%&'()*+,-./:;<=>?_"
"""GS1's character set 82, which lots and serials are written in (no spaces)."""

FIELD_NAMES = {"01": "GTIN", "10": "lot", "17": "expiry", "21": "serial"}
FIELD_RULES = {
    "01": "14 digits",
    "10": f"1 to 20 {GS1_CHARACTERS}",
    "17": "a date written YYMMDD",
    "21": f"1 to 20 {GS1_CHARACTERS}",
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

    def __init__(self, problem: ScanProblem, message: str) -> None:
        self.problem = problem
        super().__init__(message)


def not_a_code(length: int) -> ScanError:
    return ScanError(
        ScanProblem.NOT_A_CODE,
        f"The scan ({length} characters) is neither a GS1 code nor a GTIN "
        "(EAN-13, UPC-A, GTIN-14).",
    )


def no_gtin() -> ScanError:
    return ScanError(
        ScanProblem.NO_GTIN,
        "The code has no GTIN (AI 01), so it names no product: scan the code on the vial's "
        "label that holds the GTIN.",
    )


def wrong_check_digit(gtin: str) -> ScanError:
    """The expected digit is not said: after a mistyped digit elsewhere it would make a
    wrong GTIN look right."""
    return ScanError(
        ScanProblem.GTIN_CHECK_DIGIT,
        f"The GTIN {gtin} has a wrong check digit: the code is damaged, misread or "
        "mistyped. Scan it again, or type the product.",
    )


def expiry_not_a_date(value: str) -> ScanError:
    shown = value if value.isdigit() else f"({len(value)} characters)"
    return ScanError(
        ScanProblem.EXPIRY_NOT_A_DATE,
        f"The expiry {shown} is not a date: GS1 writes it YYMMDD, with day 00 for the last "
        "day of the month.",
    )


def field_format(ai: str, title: str, data_format: str, length: int) -> ScanError:
    """`title` and `data_format` are biip's for an AI that mesolog does not read itself."""
    name = FIELD_NAMES.get(ai, title)
    rule = FIELD_RULES.get(ai, f"GS1's format {data_format}")
    return ScanError(
        ScanProblem.FIELD_FORMAT,
        f"The code's {name} (AI {ai}) holds {length} characters that are not {rule}.",
    )


def unknown_ai(position: int, character: str, *, could_be_separator: bool) -> ScanError:
    """`position` counts from 1 in what the scanner sent. A character there that could
    stand for GS but was not set to is likely the substitute the scanner sends."""
    if could_be_separator:
        message = (
            f"The code holds {character!r} at character {position}, which GS1 data cannot "
            "hold: if the scanner sends it in place of the GS separator, set it as the "
            "separator in Settings."
        )
    else:
        message = (
            f"The code holds data at character {position} that starts with no GS1 "
            "application identifier: the scanner may have left out a GS separator."
        )
    return ScanError(ScanProblem.UNKNOWN_AI, message)


def unknown_printed_ai(ai: str) -> ScanError:
    return ScanError(
        ScanProblem.UNKNOWN_AI, f"The code's ({ai}) is not a GS1 application identifier."
    )


def repeated_field(ai: str, title: str, values: list[str]) -> ScanError:
    """`values` are the field's, each once, in the code's order; said only for a GTIN or
    an expiry. `title` is biip's, for an AI that mesolog does not read itself."""
    name = FIELD_NAMES.get(ai, title)
    shown = ""
    if ai in ("01", "17") and all(value.isdigit() for value in values):
        shown = f", {', '.join(values[:-1])} and {values[-1]}"
    return ScanError(
        ScanProblem.REPEATED_FIELD,
        f"The code gives {len(values)} different values for its {name} (AI {ai}){shown}: "
        "a vial has one, so the code is misread or wrongly made. Scan it again, or type the "
        "product.",
    )
