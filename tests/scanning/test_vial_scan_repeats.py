"""A field a code gives twice, and spaces in the printed form.

GS1 forbids a code that gives one application identifier two different values: such a
code names no one vial, and reading either value would record a lot or an expiry the vial
may not have. An exact repeat is the same field said twice.
"""

from __future__ import annotations

import datetime as dt

import pytest
from biip.gs1_messages import GS1Message

from mesolog.scanning.scan_refusals import ScanError, ScanProblem
from mesolog.scanning.vial_scans import GS, parse_scan

GTIN = "09506000134352"
OTHER_GTIN = "04006381333931"


def refusal(text: str) -> ScanError:
    with pytest.raises(ScanError) as caught:
        parse_scan(text)
    return caught.value


@pytest.mark.parametrize(
    ("sent", "field", "shown"),
    [
        ("]d2" + "01" + GTIN + "10ABC" + GS + "10XYZ", "lot (AI 10)", ""),
        (f"(01){GTIN}(10)ABC(10)XYZ", "lot (AI 10)", ""),
        ("]d2" + "01" + GTIN + "10ABC" + GS + "10XYZ" + GS + "10ABC", "lot (AI 10)", ""),
        ("]d2" + "01" + GTIN + "17270131" + "17280131", "expiry (AI 17)", ", 270131 and 280131"),
        (f"(01){GTIN}(17)270131(17)280131", "expiry (AI 17)", ", 270131 and 280131"),
        ("]d2" + "01" + GTIN + "17270100" + "17270131", "expiry (AI 17)", ", 270100 and 270131"),
        ("]d2" + "01" + GTIN + "01" + OTHER_GTIN, "GTIN (AI 01)", f", {GTIN} and {OTHER_GTIN}"),
        ("]d2" + "01" + GTIN + "21S1" + GS + "21S2", "serial (AI 21)", ""),
        ("]d2" + "01" + GTIN + "11260115" + "11260116", "PROD DATE (AI 11)", ""),
    ],
    ids=[
        "lot",
        "lot-printed",
        "lot-thrice",
        "expiry",
        "expiry-printed",
        "expiry-day-00",
        "gtin",
        "serial",
        "other-ai",
    ],
)
def test_a_field_given_two_different_values_is_refused_naming_it(
    sent: str, field: str, shown: str
) -> None:
    """The values of a GTIN or an expiry (digits) are said, those of a lot or a serial
    are not (scan_refusals: text that may be a person's is never repeated)."""
    refused = refusal(sent)
    assert refused.problem is ScanProblem.REPEATED_FIELD
    assert str(refused).startswith(f"The code gives 2 different values for its {field}{shown}:")
    for text in ("ABC", "XYZ", "S1", "S2"):
        assert text not in str(refused)


@pytest.mark.parametrize(
    "sent",
    [
        "]d2" + "01" + GTIN + "10ABC" + GS + "10ABC" + GS + "17270131" + "17270131",
        f"(01){GTIN}(10)ABC(17)270131(10)ABC(01){GTIN}",
    ],
    ids=["code", "printed"],
)
def test_a_field_given_twice_alike_is_read_once(sent: str) -> None:
    scan = parse_scan(sent)
    assert (scan.gtin, scan.lot, scan.expiry) == (GTIN, "ABC", dt.date(2027, 1, 31))


def test_spaces_in_the_printed_form_are_dropped_as_biip_reads_it() -> None:
    """This module drops them before reading, as biip's own GS1Message.parse_hri does
    (biip's element parser refuses "10AB C": a lot is GS1's character set 82, which has
    no space). A space in the printed line is its layout, inside a value too: without it
    is the only reading GS1 allows."""
    printed = f"(01) {GTIN} (10) AB C"
    assert parse_scan(printed).lot == "ABC"
    hri = GS1Message.parse_hri(printed).element_strings.get(ai="10")
    assert hri is not None and hri.value == "ABC"
