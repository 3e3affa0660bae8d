"""A product counted in units (ampoules, vials, U) records the units given beside the volume
injected: its row shows a units field once the product is chosen from the list, typed in full
or scanned, filled with the product's usual amount; a product counted in ml shows none and
stores None. The volume injected, in ml, is typed (test_product_units_volume). Typed key by
key, read back through the services. The session is on 10 March 2026 (tests/conftest.py's
clock)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from mesolog.domain.enums import Solution
from mesolog.domain.products import LotInput, Product, ProductInput, ProductUnit
from mesolog.domain.records import ProductUse
from mesolog.ui.common.typed_dates import read_date
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_products import ProductRow
from tests.locale_support import decimal
from tests.typing_support import focus, shown, type_into
from tests.ui.sessions.catalogue_chair import HYDRA, Keyboard, offered, stock
from tests.ui.sessions.typed_session import Chair, error_beside, errors_shown
from tests.ui.sessions.vial_keys import Keyboard as Scanner
from tests.ui.sessions.vial_keys import datamatrix

NCTF_GTIN = "09506000134406"
NCTF = ProductInput(
    "NCTF 135HA",
    Solution.VITAMINS,
    manufacturer="Filorga",
    concentration="3 ml vial",
    unit=ProductUnit.UNITS,
    gtin=NCTF_GTIN,
    default_volume=1.0,
)
"""Counted in vials: its usual amount is one vial."""


def nctf(chair: Chair) -> Product:
    product = chair.clinic.products.add(NCTF)
    chair.clinic.lots.add(
        LotInput(product.id, "NC-2701", dt.date(2027, 1, 31), quantity_received=20)
    )
    return product


def add_product(chair: Chair, editor: SessionEditor, keys: Keyboard) -> ProductRow:
    line = editor.line_editors[0]
    focus(chair.qtbot, line.add_product_button)
    keys.press(Qt.Key.Key_Space)
    return line.products[-1]


def chosen(chair: Chair, editor: SessionEditor, typed: str) -> ProductRow:
    """A product added and chosen from the name's list: its first line."""
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type(typed)
    assert offered(row.product_name), f"nothing offered for {typed!r}"
    keys.down()
    keys.enter()
    return row


def stored_products(chair: Chair, editor: SessionEditor) -> tuple[ProductUse, ...]:
    chair.save(editor)
    assert editor.saved_session is not None, f"not saved: {errors_shown(editor)}"
    [session] = [s for s in chair.sessions() if s.id == editor.saved_session.id]
    return session.entry.treatments[0].products


def test_a_units_product_chosen_from_the_list_gets_its_usual_units_and_leaves_its_ml(
    chair: Chair,
) -> None:
    nctf(chair)
    editor = chair.open()
    row = chosen(chair, editor, "nctf")
    assert row.units.isVisible()
    assert (shown(row.units), row.units.unit) == ("1", "units"), "the usual amount: one vial"
    assert shown(row.volume_ml) == "", "the volume injected is a field of its own, typed"

    type_into(chair.qtbot, row.units, "2")
    type_into(chair.qtbot, row.volume_ml, decimal("2.5"))
    editor.session_form.consent_confirmed.click()
    chair.sign(editor)
    [session] = chair.sessions()
    assert session.entry.treatments[0].products == (
        ProductUse(Solution.VITAMINS, 2.5, "NCTF 135HA", "3 ml vial", units=2.0),
    )


def test_units_beyond_what_is_allowed_are_refused_beside_the_field_and_nothing_is_stored(
    chair: Chair,
) -> None:
    nctf(chair)
    editor = chair.open()
    row = chosen(chair, editor, "nctf")
    type_into(chair.qtbot, row.units, "1500")
    for press in (chair.save, chair.sign):
        press(editor)
        assert chair.sessions() == ()
        label = error_beside(row.units)
        assert label.isVisible(), f"nothing said beside the field: {errors_shown(editor)}"
        assert label.text().startswith("1500 units is too high: more than 0, at most ")
        assert shown(row.units) == "1500", "kept as typed, not clamped"
    assert chair.boxes.shown == []

    type_into(chair.qtbot, row.units, "0")
    chair.save(editor)
    assert chair.sessions() == ()
    assert error_beside(row.units).text().startswith("0 units is too low")


def test_a_product_counted_in_ml_shows_no_units_and_stores_none(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    row = chosen(chair, editor, "hydr")
    line = editor.line_editors[0]
    assert not row.units.isVisible()
    assert not line.product_header.units_caption.isVisible(), "no column for units at all"
    assert stored_products(chair, editor) == (
        ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%"),
    )


def test_a_units_row_beside_an_ml_row_keeps_the_columns_lined_up(chair: Chair) -> None:
    stock(chair.clinic)
    nctf(chair)
    editor = chair.open()
    editor.resize(1366, 768)
    hydra_row = chosen(chair, editor, "hydr")
    nctf_row = chosen(chair, editor, "nctf")
    header = editor.line_editors[0].product_header
    assert header.units_caption.isVisible()
    assert not hydra_row.units.isVisible() and nctf_row.units.isVisible()

    def left(widget: QWidget) -> int:
        return widget.mapTo(editor, QPoint(0, 0)).x()

    for name in ("volume_ml", "lot_number", "expiry_date"):
        assert left(getattr(hydra_row, name)) == left(getattr(nctf_row, name)), name
    assert left(header.units_caption) == left(nctf_row.units)
    volume_caption = next(
        label for label in header.findChildren(QLabel) if label.text() == "Volume"
    )
    assert left(volume_caption) == left(hydra_row.volume_ml)


def test_a_units_product_typed_in_full_gets_its_units_and_another_product_takes_them_away(
    chair: Chair,
) -> None:
    """Units the catalogue filled in and nobody changed (test_product_units_named: typed
    ones stay)."""
    stock(chair.clinic)
    nctf(chair)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type("nctf 135ha")
    keys.press(Qt.Key.Key_Escape)
    keys.tab()
    assert row.units.isVisible(), "the name typed in full is the catalogue's product"
    assert shown(row.units) == "1"

    focus(chair.qtbot, row.product_name)
    keys.select_all()
    keys.type("HydraBoost")
    keys.tab()
    assert row.solution.value() == Solution.HYALURONIC_ACID
    assert not row.units.isVisible()
    [product] = stored_products(chair, editor)
    assert (product.product_name, product.units, product.volume_ml) == ("HydraBoost", None, 2.0)


def test_a_scanned_vial_of_a_units_product_fills_its_units(chair: Chair) -> None:
    chair.clinic.products.add(HYDRA)
    nctf(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())
    Scanner().scan(datamatrix(NCTF_GTIN, "270131", "NC-2701"))
    chair.qtbot.wait(200)
    [row] = line.products
    assert row.units.isVisible()
    assert (shown(row.units), shown(row.volume_ml)) == ("1", "")
    type_into(chair.qtbot, row.volume_ml, decimal("1.5"))
    [product] = stored_products(chair, editor)
    assert product == ProductUse(
        Solution.VITAMINS,
        1.5,
        "NCTF 135HA",
        "3 ml vial",
        "NC-2701",
        dt.date(2027, 1, 31),
        units=1.0,
    )


def test_an_empty_expiry_shows_a_hint_not_a_date(chair: Chair) -> None:
    editor = chair.open()
    line = editor.line_editors[0]
    line.add_product_button.click()
    hint = line.products[0].expiry_date.placeholderText()
    assert hint, "the empty field says what goes in it"
    assert read_date(hint, latest_year=2076).value is None, f"{hint!r} reads like a date"


def test_an_ml_and_a_units_product_on_screen(chair: Chair, tmp_path: Path) -> None:
    stock(chair.clinic)
    nctf(chair)
    editor = chair.open()
    editor.resize(1366, 768)
    editor.activateWindow()
    chair.qtbot.waitUntil(editor.isActiveWindow)
    chosen(chair, editor, "hydr")
    row = chosen(chair, editor, "nctf")
    type_into(chair.qtbot, row.units, "2")
    focus(chair.qtbot, editor.line_editors[0].add_product_button)
    QApplication.processEvents()
    assert row.units.width() >= row.units.sizeHint().width(), "room for 1000 units"
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert editor.grab().save(str(folder / "product-units.png"))
