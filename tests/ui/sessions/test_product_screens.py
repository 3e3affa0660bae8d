"""The editor at 1366×768 with a product's completion list open, its lot list open, and the
offer to add a product the catalogue lacks (PNGs in $MESOLOG_SCREENSHOTS, else tmp_path).
Under pytest Qt's offscreen screen is 800 px wide, so the lot list, a window of its own near
its right edge, is moved left into it; on a 1366×768 screen (tools/screenshots.py) it opens
under the lot field."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from mesolog.domain.products import LotInput
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.locale_support import date_keys
from tests.typing_support import focus, type_into
from tests.ui.sessions.catalogue_chair import Keyboard, grab_with_list, open_list, stock
from tests.ui.sessions.typed_session import Chair


def shown_at_size(chair: Chair) -> SessionEditor:
    editor = chair.open()
    editor.resize(1366, 768)
    editor.activateWindow()
    chair.qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_the_lists_and_the_offer_on_screen(chair: Chair, tmp_path: Path) -> None:
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    catalogue = stock(chair.clinic)
    chair.clinic.lots.add(
        LotInput(catalogue.collagen.id, "KP-0326", dt.date(2026, 3, 31), quantity_received=20)
    )
    editor = shown_at_size(chair)
    line = editor.line_editors[0]
    keys = Keyboard()
    focus(chair.qtbot, line.add_product_button)
    keys.press(Qt.Key.Key_Space)
    keys.type("hydr")
    keys.down()
    keys.enter()
    focus(chair.qtbot, line.add_product_button)
    keys.press(Qt.Key.Key_Space)
    second = line.products[-1]
    keys.type("κολ")
    assert open_list(second.product_name) is not None
    assert grab_with_list(editor, second.product_name).save(str(folder / "product-completion.png"))

    keys.down()
    keys.enter()
    keys.tab(3)
    assert open_list(second.lot_number) is not None
    assert grab_with_list(editor, second.lot_number).save(str(folder / "product-lots.png"))

    keys.press(Qt.Key.Key_Escape)
    focus(chair.qtbot, line.add_product_button)
    keys.press(Qt.Key.Key_Space)
    third = line.products[-1]
    type_into(chair.qtbot, third.product_name, "NovaSkin 3%")
    type_into(chair.qtbot, third.concentration, "3%")
    type_into(chair.qtbot, third.lot_number, "NS-0127")
    type_into(chair.qtbot, third.expiry_date, date_keys(dt.date(2027, 1, 31)))
    assert third.offer.isVisible()
    assert editor.grab().save(str(folder / "product-offer.png"))
