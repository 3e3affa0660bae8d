"""One vial, one row per area (mesolog/ui/sessions/vial_scans.py): a code with a serial
(AI 21) names one physical vial. Scanned again into the area it is in, it adds no second
product use and says where it is; scanned while another area is the current one, it is
added there (one vial shared between face and neck is ordinary practice), saying the other
areas it is used on. Another serial of the same lot is another vial; a code without a
serial adds a row each time, as before.

The same vial is sent as a scanner sends it: with GS (Ctrl+]), with the substitute set for
this workstation, and in the printed form with parentheses (tests/ui/sessions/vial_keys.py).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import ProductUse
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor
from mesolog.ui.sessions.vial_scan_words import ADDED_STYLE, REFUSED_STYLE
from mesolog.ui.settings.scanner_settings import set_scanner_separator
from tests.typing_support import focus, type_into
from tests.ui.sessions.typed_session import Chair
from tests.ui.sessions.vial_keys import PERSON_MS, Keyboard, datamatrix
from tests.ui.sessions.vial_scans_support import HYDRA_GTIN, hydra, said, save, scanned

VIAL = datamatrix(HYDRA_GTIN, "270131", "HB-2701", serial="S0001")
PRINTED_VIAL = f"(01){HYDRA_GTIN}(17)270131(10)HB-2701(21)S0001"
NO_SERIAL = "]d2" + "01" + HYDRA_GTIN + "17270131" + "10HB-2701"
USE = ProductUse(
    Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "HB-2701", dt.date(2027, 1, 31)
)


def scanned_already(line: TreatmentLineEditor, row: int) -> str:
    return (
        f"This vial of HydraBoost, lot HB-2701, is in this area already: it is product {row} "
        f"of area {line.number()} ({line.area.currentText()}). Nothing was added; to use it "
        "on another area as well, scan it there."
    )


def also_used(*places: tuple[TreatmentLineEditor, int]) -> str:
    """What follows "Added …" when the vial is in `places` (line, product row) too."""
    named = "; ".join(
        f"area {line.number()} ({line.area.currentText()}), product row {row}"
        for line, row in places
    )
    return f" This vial is also used on {named}."


def two_lines(chair: Chair) -> tuple[SessionEditor, TreatmentLineEditor, TreatmentLineEditor]:
    hydra(chair)
    editor = chair.open()
    editor.resize(1366, 768)
    editor.session_form.add_line_button.click()
    first, second = editor.line_editors
    second.area.set_value(Area.NECK)
    return editor, first, second


def test_the_same_vial_scanned_again_into_its_area_adds_nothing_saying_where_it_is(
    chair: Chair,
) -> None:
    editor, first, second = two_lines(chair)
    focus(chair.qtbot, second.area_detail)
    scanned(chair, VIAL)
    assert said(editor).startswith("Added HydraBoost, lot HB-2701")

    keys = Keyboard()
    keys.type("chin", every_ms=PERSON_MS)
    keys.scan(VIAL)
    keys.now += PERSON_MS
    keys.type(" line", every_ms=PERSON_MS)
    chair.qtbot.wait(200)
    assert said(editor) == scanned_already(second, 1)
    assert editor.vial_scans.notice.styleSheet() == REFUSED_STYLE
    assert (len(first.products), len(second.products)) == (0, 1)
    assert second.area_detail.text() == "chin line", "the field typed in keeps its text"
    assert QApplication.focusWidget() is second.area_detail

    set_scanner_separator("|")
    for sent in (VIAL.replace("\x1d", "|"), PRINTED_VIAL):
        scanned(chair, sent)
        assert said(editor) == scanned_already(second, 1), sent
    assert (len(first.products), len(second.products)) == (0, 1)
    assert save(chair, editor) == ()
    [session] = chair.sessions()
    assert [line.products for line in session.entry.treatments] == [(), (USE,)]


def test_the_same_vial_scanned_into_another_area_is_added_there_saying_where_else_it_is(
    chair: Chair, tmp_path: Path
) -> None:
    """One vial shared between the face and the neck: a row on each, nothing refused."""
    editor, first, second = two_lines(chair)
    focus(chair.qtbot, second.area_detail)
    scanned(chair, VIAL)

    focus(chair.qtbot, first.area_detail)
    keys = Keyboard()
    keys.type("upper", every_ms=PERSON_MS)
    keys.scan(VIAL)
    keys.now += PERSON_MS
    keys.type(" lip", every_ms=PERSON_MS)
    chair.qtbot.wait(200)
    text = said(editor)
    assert text.startswith("Added HydraBoost, lot HB-2701"), text
    assert f"to area 1 ({first.area.currentText()})." in text
    assert text.endswith(also_used((second, 1))), text
    assert editor.vial_scans.notice.styleSheet() == ADDED_STYLE
    assert (len(first.products), len(second.products)) == (1, 1)
    assert first.area_detail.text() == "upper lip", "the field typed in keeps its text"
    assert QApplication.focusWidget() is first.area_detail
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert editor.grab().save(str(folder / "vial-scan-another-area.png"))

    set_scanner_separator("|")
    for sent in (VIAL.replace("\x1d", "|"), PRINTED_VIAL):
        scanned(chair, sent)
        assert said(editor) == scanned_already(first, 1), sent
    focus(chair.qtbot, second.area_detail)
    scanned(chair, PRINTED_VIAL)
    assert said(editor) == scanned_already(second, 1)
    assert (len(first.products), len(second.products)) == (1, 1)
    assert save(chair, editor) == (USE,)
    [session] = chair.sessions()
    assert [line.products for line in session.entry.treatments] == [(USE,), (USE,)]


def test_a_vial_on_two_areas_scanned_into_a_third_names_both(chair: Chair) -> None:
    editor, first, second = two_lines(chair)
    editor.session_form.add_line_button.click()
    third = editor.line_editors[2]
    second.add_product_button.click()  # an empty row before the vial's: it is row 2
    for line in (first, second):
        focus(chair.qtbot, line.area_detail)
        scanned(chair, VIAL)
    focus(chair.qtbot, third.area_detail)
    scanned(chair, VIAL)
    assert said(editor).endswith(also_used((first, 1), (second, 2)))
    first.products[0].remove_button.click()
    focus(chair.qtbot, editor.session_form.add_line_button)
    editor.session_form.add_line_button.click()
    focus(chair.qtbot, editor.line_editors[3].area_detail)
    scanned(chair, VIAL)
    assert said(editor).endswith(also_used((second, 2), (third, 1))), "a removed row is not"


def test_another_vial_of_the_same_lot_adds_a_row(chair: Chair) -> None:
    hydra(chair)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, VIAL)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701", serial="S0002"))
    assert said(editor).startswith("Added HydraBoost, lot HB-2701")
    scanned(chair, PRINTED_VIAL)
    assert said(editor) == scanned_already(editor.line_editors[0], 1)
    assert save(chair, editor) == (USE, USE)


def test_a_code_without_a_serial_adds_a_row_each_time(chair: Chair) -> None:
    """Such a code names a product and a lot, not one vial: two are two vials."""
    hydra(chair)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    for sent in (NO_SERIAL, NO_SERIAL, f"(01){HYDRA_GTIN}(17)270131(10)HB-2701"):
        scanned(chair, sent)
        assert said(editor).startswith("Added HydraBoost, lot HB-2701"), sent
    assert save(chair, editor) == (USE, USE, USE)


def test_a_vial_whose_row_was_removed_is_added_again(chair: Chair) -> None:
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())
    scanned(chair, VIAL)
    [row] = line.products
    row.remove_button.click()
    assert line.products == []
    scanned(chair, VIAL)
    assert said(editor).startswith("Added HydraBoost, lot HB-2701")
    assert save(chair, editor) == (USE,)


def test_a_vial_whose_row_now_holds_another_lot_is_added_again(chair: Chair) -> None:
    """The row no longer says the vial's lot: the vial is not recorded there any more."""
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())
    scanned(chair, VIAL)
    [row] = line.products
    type_into(chair.qtbot, row.lot_number, "HB-2606")
    focus(chair.qtbot, line.depth_field())
    scanned(chair, VIAL)
    assert said(editor).startswith("Added HydraBoost, lot HB-2701")
    assert [p.lot_number for p in save(chair, editor)] == ["HB-2606", "HB-2701"]


def test_a_vial_in_a_removed_area_is_added_again(chair: Chair) -> None:
    editor, first, second = two_lines(chair)
    focus(chair.qtbot, second.area_detail)
    scanned(chair, VIAL)
    second.remove_button.click()
    assert editor.line_editors == [first]
    focus(chair.qtbot, first.area_detail)
    scanned(chair, VIAL)
    assert said(editor).startswith("Added HydraBoost, lot HB-2701")
    assert save(chair, editor) == (USE,)


def test_a_vial_whose_code_has_no_lot_is_known_by_its_serial_once_its_lot_is_typed(
    chair: Chair,
) -> None:
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())
    no_lot = "]d2" + "01" + HYDRA_GTIN + "17270131" + "21S0009"
    scanned(chair, no_lot)
    [row] = line.products
    assert QApplication.focusWidget() is row.lot_number
    keys = Keyboard()
    keys.type("HB-2701", every_ms=PERSON_MS)
    keys.scan(no_lot)
    chair.qtbot.wait(200)
    assert said(editor) == (
        "This vial of HydraBoost is in this area already: it is product 1 of area 1 "
        f"({line.area.currentText()}). Nothing was added; to use it on another area as "
        "well, scan it there."
    )
    assert save(chair, editor) == (USE,)
