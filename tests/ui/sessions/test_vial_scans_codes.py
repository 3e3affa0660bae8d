"""The codes a scanner sends, read in the session editor (mesolog/ui/sessions/vial_scans.py):
the GS1 element string with GS or the substitute set for this workstation, the printed form
with parentheses, a plain EAN-13; a code that does not read is said and adds nothing
(tests/ui/sessions/vial_scans_support.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from mesolog.domain.enums import Solution
from mesolog.domain.records import ProductUse
from mesolog.ui.settings.scanner_settings import set_scanner_separator
from tests.typing_support import focus
from tests.ui.sessions.typed_session import Chair
from tests.ui.sessions.vial_keys import PERSON_MS, Keyboard, datamatrix
from tests.ui.sessions.vial_scans_support import (
    DMAE,
    EAN_13,
    HYDRA_GTIN,
    hydra,
    said,
    save,
    scanned,
    settled,
)


def test_the_printed_form_and_a_substitute_set_for_this_workstation_read_alike(
    chair: Chair,
) -> None:
    product = hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.area_detail)
    piped = datamatrix(HYDRA_GTIN, "270630", "HB-2706", separator="|")

    scanned(chair, piped)
    assert line.products == [], "| read as part of the lot: refused, not guessed"
    assert "set it as the separator in Settings" in said(editor)

    set_scanner_separator("|")
    scanned(chair, piped)
    scanned(chair, "(01)09506000134352(17)270131(10)HB-2701")
    assert [row.lot_number.text() for row in line.products] == ["HB-2706", "HB-2701"]
    lot = chair.clinic.lots.find(product.id, "HB-2706")
    assert lot is not None, "a clinician's scan adds the new lot to the catalogue"
    assert lot.details.expiry_date == dt.date(2027, 6, 30)
    assert [p.expiry_date for p in save(chair, editor)] == [
        dt.date(2027, 6, 30),
        dt.date(2027, 1, 31),
    ]


def test_a_wrong_check_digit_is_said_and_nothing_changes(chair: Chair) -> None:
    hydra(chair)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, datamatrix("09506000134353", "270131", "HB-2701"))
    assert said(editor) == (
        "The scan was not read: The GTIN 09506000134353 has a wrong check digit: the code is "
        "damaged, misread or mistyped. Scan it again, or type the product. Nothing was added."
    )
    assert editor.line_editors[0].products == []


def test_an_ean_13_adds_the_product_and_the_lot_is_typed_next(chair: Chair) -> None:
    chair.clinic.products.add(DMAE)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, EAN_13)
    [row] = editor.line_editors[0].products
    assert QApplication.focusWidget() is row.lot_number
    assert (row.lot_number.text(), row.expiry_date.text()) == ("", "")
    Keyboard().type("dm-0427", every_ms=PERSON_MS)
    settled(chair)
    assert save(chair, editor) == (
        ProductUse(Solution.DMAE, 1.0, "DMAE Lift", "3%", "dm-0427", None),
    )
