"""A serial (AI 21) makes a code name one vial: its GTIN and serial, GS1's serialised GTIN
(SGTIN), whichever way the scanner sent the code; a code without one names a product (and
maybe a lot), not one vial (mesolog/scanning/vial_scans.py `VialScan.sgtin`)."""

from __future__ import annotations

import pytest

from mesolog.scanning.vial_scans import GS, parse_scan

GTIN = "09506000134352"
OTHER_GTIN = "04006381333931"
VIAL = (GTIN, "S0001")


@pytest.mark.parametrize(
    ("sent", "separator"),
    [
        ("]d2" + "01" + GTIN + "17270131" + "10HB-2701" + GS + "21S0001", None),
        ("]d2" + "01" + GTIN + "17270131" + "10HB-2701" + "|" + "21S0001", "|"),
        ("01" + GTIN + "21S0001" + GS + "10HB-2701" + GS + "17270131", None),
        (f"(01){GTIN}(17)270131(10)HB-2701(21)S0001", None),
        (f"(01) {GTIN} (10) HB-2701 (21) S0001", None),
        ("]C1" + "01" + GTIN + "21S0001", None),
    ],
    ids=["gs", "substitute", "serial-first", "printed", "printed-spaced", "gs1-128-no-lot"],
)
def test_one_vial_sent_any_way_is_the_same_vial(sent: str, separator: str | None) -> None:
    assert parse_scan(sent, separator=separator).sgtin == VIAL


@pytest.mark.parametrize(
    "sent",
    [
        "]d2" + "01" + GTIN + "17270131" + "10HB-2701" + GS + "21S0002",
        "]d2" + "01" + GTIN + "17270131" + "10HB-2701" + GS + "21s0001",
        "]d2" + "01" + OTHER_GTIN + "17270131" + "10HB-2701" + GS + "21S0001",
    ],
    ids=["other-serial", "serial-in-lower-case", "other-gtin"],
)
def test_another_serial_or_gtin_is_another_vial(sent: str) -> None:
    """Serials are compared as written: GS1 serials are case-sensitive."""
    scan = parse_scan(sent)
    assert scan.sgtin is not None
    assert scan.sgtin != VIAL


@pytest.mark.parametrize(
    "sent",
    [
        "]d2" + "01" + GTIN + "17270131" + "10HB-2701",
        f"(01){GTIN}(10)HB-2701",
        "4006381333931",
        "]E0" + "4006381333931",
    ],
    ids=["no-serial", "printed-no-serial", "ean-13", "ean-13-prefixed"],
)
def test_a_code_without_a_serial_names_no_one_vial(sent: str) -> None:
    assert parse_scan(sent).sgtin is None
