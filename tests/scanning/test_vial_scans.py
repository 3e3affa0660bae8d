"""What a USB scanner types for a vial's code, read into a VialScan or refused with the reason.

The strings are what scanners send in keyboard-wedge mode: the GS1 element string with
the GS separator (ASCII 29) and the AIM symbology prefix (]d2 DataMatrix, ]C1 GS1-128,
]Q3 QR, ]E0 EAN-13), or a substitute for GS; the printed form with parentheses; a plain
EAN-13, UPC-A or GTIN-14. The GTINs are GS1's own examples (09506000134352 from the GS1
DataMatrix guideline) and well-known ones (4006381333931, an EAN-13; 036000291452, a UPC-A).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mesolog.domain.errors import KnownError
from mesolog.scanning.scan_refusals import ScanError, ScanProblem
from mesolog.scanning.vial_scans import (
    GS,
    VialScan,
    is_allowed_separator,
    is_scan_like,
    parse_scan,
)

GTIN = "09506000134352"
DATAMATRIX = "]d2" + "01" + GTIN + "17270131" + "10ABC123" + GS + "21XYZ"
VIAL = VialScan(gtin=GTIN, lot="ABC123", expiry=dt.date(2027, 1, 31), serial="XYZ", raw="")


def refusal(text: str, *, separator: str | None = None) -> ScanError:
    with pytest.raises(ScanError) as caught:
        parse_scan(text, separator=separator)
    assert isinstance(caught.value, KnownError)
    return caught.value


def test_a_gs1_datamatrix_gives_gtin_lot_expiry_and_serial() -> None:
    scan = parse_scan(DATAMATRIX)
    assert scan == VIAL
    assert (scan.gtin, scan.lot, scan.expiry, scan.serial) == (
        GTIN,
        "ABC123",
        dt.date(2027, 1, 31),
        "XYZ",
    )


@pytest.mark.parametrize(
    "sent",
    [
        DATAMATRIX,
        DATAMATRIX.removeprefix("]d2"),
        "]C1" + DATAMATRIX.removeprefix("]d2"),
        "]Q3" + DATAMATRIX.removeprefix("]d2"),
        GS + DATAMATRIX.removeprefix("]d2"),
        DATAMATRIX + "\r\n",
        "]d2" + "10ABC123" + GS + "01" + GTIN + "21XYZ" + GS + "17270131",
        "]d2" + "01" + GTIN + GS + "17270131" + GS + "10ABC123" + GS + "21XYZ" + GS,
    ],
    ids=[
        "datamatrix",
        "no-prefix",
        "gs1-128",
        "gs1-qr",
        "leading-gs",
        "crlf",
        "order",
        "gs-after-all",
    ],
)
def test_every_way_a_scanner_sends_the_same_code_gives_the_same_vial(sent: str) -> None:
    assert parse_scan(sent) == VIAL


@pytest.mark.parametrize("substitute", ["|", "^", "~", "#", "@"])
def test_a_substitute_for_gs_is_read_as_gs_when_it_is_the_one_set(substitute: str) -> None:
    sent = DATAMATRIX.replace(GS, substitute)
    assert parse_scan(sent, separator=substitute) == VIAL
    refused = refusal(sent)
    assert refused.problem is ScanProblem.UNKNOWN_AI
    assert f"{substitute!r} at character {sent.index(substitute) + 1}" in str(refused)
    assert "separator" in str(refused)


@pytest.mark.parametrize(
    "printed",
    [
        "(01)09506000134352(17)270131(10)ABC123(21)XYZ",
        "(01) 09506000134352 (17) 270131 (10) ABC123 (21) XYZ",
        "(01)09506000134352(10)ABC123(21)XYZ(17)270131",
    ],
)
def test_the_printed_form_with_parentheses_is_read_like_the_code(printed: str) -> None:
    assert parse_scan(printed) == VIAL


def test_a_lot_may_hold_a_parenthesis_in_the_printed_form() -> None:
    assert parse_scan("(01)09506000134352(10)AB(1)C").lot == "AB(1)C"


@pytest.mark.parametrize(
    ("sent", "gtin"),
    [
        ("4006381333931", "04006381333931"),
        ("]E04006381333931", "04006381333931"),
        ("036000291452", "00036000291452"),
        ("]E0036000291452", "00036000291452"),
        ("10614141000415", "10614141000415"),
        ("]I110614141000415", "10614141000415"),
        ("96385074", "00000096385074"),
        ("]E496385074", "00000096385074"),
        ("4006381333931\t", "04006381333931"),
        ("(01)04006381333931", "04006381333931"),
        ("0104006381333931", "04006381333931"),
    ],
)
def test_a_plain_gtin_gives_the_gtin_as_14_digits_and_nothing_else(sent: str, gtin: str) -> None:
    assert parse_scan(sent) == VialScan(gtin=gtin, lot=None, expiry=None, serial=None, raw=sent)


@pytest.mark.parametrize(
    ("sent", "gtin"),
    [
        ("]d2" + "0109506000134353" + "17270131" + "10ABC123", "09506000134353"),
        ("(01)09506000134353(10)ABC123", "09506000134353"),
        ("4006381333932", "4006381333932"),
        ("]E04006381333932", "4006381333932"),
        ("036000291453", "036000291453"),
        ("96385075", "96385075"),
    ],
)
def test_a_wrong_check_digit_is_refused_naming_the_gtin(sent: str, gtin: str) -> None:
    refused = refusal(sent)
    assert refused.problem is ScanProblem.GTIN_CHECK_DIGIT
    assert f"The GTIN {gtin} has a wrong check digit" in str(refused)


@pytest.mark.parametrize(
    ("expiry", "why"),
    [
        ("270230", "30 February"),
        ("271331", "month 13"),
        ("270015", "month 00"),
        ("270431", "31 April"),
    ],
)
def test_an_expiry_that_is_not_a_date_is_refused_naming_it(expiry: str, why: str) -> None:
    for sent in (
        "]d2" + "01" + GTIN + "17" + expiry + "10ABC123",
        f"(01){GTIN}(17){expiry}(10)ABC123",
    ):
        refused = refusal(sent)
        assert refused.problem is ScanProblem.EXPIRY_NOT_A_DATE, why
        assert f"The expiry {expiry} is not a date" in str(refused)


@pytest.mark.parametrize(
    ("expiry", "last_day"),
    [
        ("270200", dt.date(2027, 2, 28)),
        ("280200", dt.date(2028, 2, 29)),
        ("271200", dt.date(2027, 12, 31)),
        ("270400", dt.date(2027, 4, 30)),
    ],
)
def test_day_00_is_the_last_day_of_the_month(expiry: str, last_day: dt.date) -> None:
    assert parse_scan("]d2" + "01" + GTIN + "17" + expiry + "10ABC123").expiry == last_day


def test_a_code_with_no_gtin_names_no_product() -> None:
    refused = refusal("]d2" + "17270131" + "10ABC123")
    assert refused.problem is ScanProblem.NO_GTIN
    assert "no GTIN (AI 01)" in str(refused)


@pytest.mark.parametrize(
    "typed",
    [
        "Redness after 2 days, patient anxious",
        "",
        "   ",
        "]d2",
        "12345",
        "ΥΑΛΟΥΡΟΝΙΚΟ 1.5%",
        "]E0ABC",
    ],
)
def test_text_that_is_no_code_is_refused_without_being_repeated(typed: str) -> None:
    refused = refusal(typed)
    assert refused.problem is ScanProblem.NOT_A_CODE
    assert f"({len(typed.strip())} characters)" in str(refused)
    if typed.strip():
        assert typed.strip() not in str(refused)


def test_a_field_out_of_its_gs1_format_is_named_without_its_content() -> None:
    lot = "LOT-OF-TWENTY-ONE-CH"  # 20 characters, the most AI 10 holds
    assert parse_scan("01" + GTIN + "10" + lot).lot == lot
    refused = refusal("01" + GTIN + "10" + "L" * 21 + GS + "21XYZ")
    assert refused.problem is ScanProblem.UNKNOWN_AI
    refused = refusal("(01)" + GTIN + "(10)" + "L" * 21)
    assert refused.problem is ScanProblem.FIELD_FORMAT
    assert "lot (AI 10)" in str(refused)
    assert "21 characters" in str(refused)
    assert "L" * 21 not in str(refused)
    refused = refusal("]d2" + "01" + GTIN[:10] + GS + "10ABC")
    assert refused.problem is ScanProblem.FIELD_FORMAT
    assert "GTIN (AI 01)" in str(refused)


def test_an_unknown_application_identifier_is_named_by_its_place() -> None:
    refused = refusal("]d2" + "01" + GTIN + "2345")
    assert refused.problem is ScanProblem.UNKNOWN_AI
    assert "character 20" in str(refused)


def test_an_unknown_application_identifier_in_the_printed_form_is_named() -> None:
    refused = refusal(f"(01){GTIN}(23)45")
    assert refused.problem is ScanProblem.UNKNOWN_AI
    assert "(23)" in str(refused)


def test_the_raw_text_is_kept_but_never_shown_and_does_not_make_two_scans_differ() -> None:
    scan = parse_scan(DATAMATRIX)
    assert scan.raw == DATAMATRIX
    assert "ABC123" in repr(scan)
    assert "raw" not in repr(scan)
    assert GS not in repr(scan)
    assert scan == parse_scan("(01)09506000134352(17)270131(10)ABC123(21)XYZ")


def test_other_application_identifiers_are_checked_and_left_aside() -> None:
    scan = parse_scan("]d2" + "01" + GTIN + "11260115" + "17270131" + "10ABC123" + GS + "7131234")
    assert scan == VialScan(GTIN, "ABC123", dt.date(2027, 1, 31), None, raw="")


@pytest.mark.parametrize("separator", ["A", "7", "-", "/", "%", "(", " ", "||", "", "]", "\n"])
def test_a_separator_that_gs1_data_may_hold_is_not_allowed(separator: str) -> None:
    assert not is_allowed_separator(separator)
    with pytest.raises(ValueError, match="separator"):
        parse_scan(DATAMATRIX, separator=separator)


@pytest.mark.parametrize("separator", ["|", "^", "~", "#", "@", "$", "`", "{", "}", "\\", "§", GS])
def test_a_separator_outside_gs1_data_is_allowed(separator: str) -> None:
    assert is_allowed_separator(separator)


@pytest.mark.parametrize(
    "sent",
    [
        DATAMATRIX,
        DATAMATRIX.removeprefix("]d2"),
        DATAMATRIX.replace(GS, "|"),
        "(01)09506000134352(17)270131(10)ABC123",
        "4006381333931",
        "4006381333932",
        "]E0036000291452",
        "96385074",
        "]d2" + "0109506000134353" + "17271331",
    ],
)
def test_what_a_scanner_sends_is_scan_like(sent: str) -> None:
    assert is_scan_like(sent)


@pytest.mark.parametrize(
    "typed",
    [
        "Redness after 2 days",
        "HB-2026-0412",
        "HydraBoost 1.5%",
        "ΥΑΛΟΥΡΟΝΙΚΟ",
        "1234567",
        "",
        "12 345 678",
        "anna@example.org",
    ],
)
def test_what_a_person_types_in_a_session_is_not_scan_like(typed: str) -> None:
    assert not is_scan_like(typed)
