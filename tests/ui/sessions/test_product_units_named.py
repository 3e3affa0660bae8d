"""Units typed by the person, or brought with a stored session, stay when the product's name
is edited, whatever the name then names: only the units the catalogue filled in (and nobody
changed since) go with a product counted in units. A row holding units whose product is not
(or no longer) counted in units keeps its units field shown, with its value. Typed key by
key, read back through the services. The session is on 10 March 2026."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mesolog.domain.enums import SessionStatus
from mesolog.domain.products import ProductInput, ProductUnit
from mesolog.domain.records import ProductUse
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_products import ProductRow
from tests.locale_support import decimal
from tests.typing_support import empty, focus, shown, type_into
from tests.ui.sessions.catalogue_chair import HYDRA, Keyboard, offered, stock
from tests.ui.sessions.test_product_units import NCTF, chosen, stored_products
from tests.ui.sessions.test_product_units_kept import (
    GIVEN,
    PLAIN,
    entry,
    rows,
    signed,
    stored,
    units_shown,
)
from tests.ui.sessions.typed_session import Chair


def name_retyped(chair: Chair, row: ProductRow, keys: str) -> None:
    """At the end of the product's name: `keys` typed (a Backspace as "\\b"), then Tab."""
    focus(chair.qtbot, row.product_name)
    keyboard = Keyboard()
    keyboard.press(Qt.Key.Key_End)
    for key in keys:
        if key == "\b":
            keyboard.press(Qt.Key.Key_Backspace)
        else:
            keyboard.type(key)
    if offered(row.product_name):
        keyboard.press(Qt.Key.Key_Escape)  # the name as typed, not the list's first
    keyboard.tab()


def test_an_amendment_keeps_the_units_of_a_retired_product_whose_name_was_touched(
    chair: Chair,
) -> None:
    """The reviewer's case: a space typed and taken back in the name of a product retired
    since the session was signed."""
    product = chair.clinic.products.add(NCTF)
    session = signed(chair)
    chair.clinic.products.retire(product.id)
    editor = chair.open(session)
    editor.start_amendment()
    row = rows(editor)[0]
    name_retyped(chair, row, " \b")
    assert units_shown(editor) == ["2", None], "the units the session brought"

    type_into(chair.qtbot, editor.frame.amendment_reason, "Volume was 1.6 ml")
    type_into(chair.qtbot, row.volume_ml, decimal("1.6"))
    editor.sign_amendment()
    amended = stored(chair, editor)
    assert (amended.amends, amended.status) == (session.id, SessionStatus.SIGNED)
    assert amended.entry.treatments[0].products[0] == ProductUse(
        GIVEN.solution, 1.6, "NCTF 135HA", "3 ml vial", "NC-2701", units=2.0
    )


def test_units_typed_stay_while_a_typo_in_the_name_is_made_and_fixed(chair: Chair) -> None:
    chair.clinic.products.add(NCTF)
    editor = chair.open()
    row = chosen(chair, editor, "nctf")
    type_into(chair.qtbot, row.units, "3")

    name_retyped(chair, row, "x")
    assert shown(row.product_name) == "NCTF 135HAx"
    assert (row.units.isVisible(), shown(row.units)) == (True, "3"), "a name not in the list"
    name_retyped(chair, row, "\b")
    assert (row.units.isVisible(), shown(row.units)) == (True, "3"), "the name fixed"

    type_into(chair.qtbot, row.volume_ml, "2")
    [product] = stored_products(chair, editor)
    assert (product.product_name, product.units, product.volume_ml) == ("NCTF 135HA", 3.0, 2.0)


def test_units_typed_stay_shown_beside_a_product_counted_in_ml_until_emptied(
    chair: Chair,
) -> None:
    stock(chair.clinic)
    chair.clinic.products.add(NCTF)
    editor = chair.open()
    row = chosen(chair, editor, "nctf")
    type_into(chair.qtbot, row.units, "3")
    focus(chair.qtbot, row.product_name)
    keys = Keyboard()
    keys.select_all()
    keys.type("hydra")
    assert offered(row.product_name)
    keys.down()
    keys.enter()
    assert shown(row.product_name) == HYDRA.name
    assert (row.units.isVisible(), shown(row.units)) == (True, "3")
    assert editor.line_editors[0].product_header.units_caption.isVisible()
    [product] = stored_products(chair, editor)
    assert (product.product_name, product.units) == (HYDRA.name, 3.0)

    empty(chair.qtbot, row.units)
    [product] = stored_products(chair, editor)
    assert (product.product_name, product.units) == (HYDRA.name, None)


def test_a_draft_s_units_stay_when_its_product_is_renamed_to_one_the_catalogue_lacks(
    chair: Chair,
) -> None:
    chair.clinic.products.add(NCTF)
    draft = chair.clinic.sessions.create_draft(chair.patient.id, entry(chair))
    editor: SessionEditor = chair.open(draft)
    row = rows(editor)[0]
    name_retyped(chair, row, " 5ml")
    assert units_shown(editor) == ["2", None]
    assert stored_products(chair, editor) == (
        ProductUse(GIVEN.solution, 1.5, "NCTF 135HA 5ml", "3 ml vial", "NC-2701", units=2.0),
        PLAIN,
    )


def test_a_signed_session_amended_keeps_units_its_product_no_longer_counts_in(
    chair: Chair,
) -> None:
    chair.clinic.products.add(ProductInput(NCTF.name, NCTF.solution, unit=ProductUnit.ML))
    session = signed(chair)
    editor = chair.open(session)
    editor.start_amendment()
    row = rows(editor)[0]
    name_retyped(chair, row, "A\b")
    assert units_shown(editor) == ["2", None]
    type_into(chair.qtbot, row.volume_ml, "2")
    type_into(chair.qtbot, editor.frame.amendment_reason, "Two ml")
    editor.sign_amendment()
    [amended, plain] = stored(chair, editor).entry.treatments[0].products
    assert (amended.units, amended.volume_ml, plain) == (2.0, 2.0, PLAIN)
