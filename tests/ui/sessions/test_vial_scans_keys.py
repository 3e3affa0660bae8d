"""A person's keys around a vial scanned in the session editor (mesolog/ui/sessions/
vial_scans.py, mesolog/ui/common/scanner_input.py): the field being typed in keeps what was
typed, the scan's keys reach no field, a key typed just before Ctrl+S is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mesolog.domain.enums import Solution
from mesolog.domain.records import ProductUse
from tests.typing_support import focus
from tests.ui.sessions.typed_session import Chair
from tests.ui.sessions.vial_keys import PERSON_MS, Keyboard, datamatrix
from tests.ui.sessions.vial_scans_support import (
    HYDRA_GTIN,
    hydra,
    said,
    save,
    scanned,
    settled,
)


def test_a_scan_adds_the_vial_and_the_field_being_typed_in_keeps_its_text(
    chair: Chair,
) -> None:
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.area_detail)
    keys = Keyboard()
    keys.type("left", every_ms=PERSON_MS)
    keys.scan(datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    keys.now += PERSON_MS
    keys.type(" cheek", every_ms=PERSON_MS)
    settled(chair)

    assert line.area_detail.text() == "left cheek"
    assert QApplication.focusWidget() is line.area_detail
    [row] = line.products
    assert row.volume_ml.number() == 2.0, "the product's usual volume"
    assert said(editor).startswith("Added HydraBoost, lot HB-2701")
    products = save(chair, editor)
    assert products == (
        ProductUse(
            Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "HB-2701", dt.date(2027, 1, 31)
        ),
    )
    [session] = chair.sessions()
    assert session.entry.treatments[0].area_detail == "left cheek"


def test_keys_typed_into_a_field_of_a_line_never_reach_another(chair: Chair) -> None:
    """The scan's keys reach no field: the lot typed by hand in a row stays as typed."""
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    line.add_product_button.click()
    [row] = line.products
    focus(chair.qtbot, row.lot_number)
    keys = Keyboard()
    keys.type("HB", every_ms=PERSON_MS)
    keys.scan(datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    settled(chair)
    assert QApplication.focusWidget() is row.lot_number
    assert row.lot_number.text() == "HB"
    assert len(line.products) == 2


def test_a_volume_s_last_digit_typed_just_before_ctrl_s_is_saved(chair: Chair) -> None:
    """Keys through the window, stamped with the time they are typed, as the platform does:
    the 5 is still held back (it might start a scan) when Ctrl+S, a shortcut whose key
    press reaches no field, saves; it is typed first."""
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    [row] = line.products
    focus(chair.qtbot, row.volume_ml)
    window = editor.windowHandle()
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Period):
        QTest.keyClick(window, key)
        chair.qtbot.wait(PERSON_MS)
    QTest.keyClick(window, Qt.Key.Key_5)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [session] = chair.sessions()
    assert [p.volume_ml for p in session.entry.treatments[0].products] == [1.5]
