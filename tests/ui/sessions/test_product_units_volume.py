"""A product counted in units leaves the volume injected (ml) to be typed: a new row's 1 ml,
which nobody typed, is emptied when the product is chosen or scanned, and Save and Sign ask
for the volume beside its field; a volume typed first stays. A product counted in ml chosen
after it fills its usual volume; a name the catalogue lacks leaves it empty. Typed key by
key, read back through the services. The session is on 10 March 2026."""

from __future__ import annotations

from mesolog.domain.enums import Solution
from mesolog.domain.records import ProductUse
from tests.locale_support import decimal
from tests.typing_support import focus, shown, type_into
from tests.ui.sessions.catalogue_chair import Keyboard, stock
from tests.ui.sessions.test_product_units import add_product, chosen, nctf, stored_products
from tests.ui.sessions.typed_session import Chair, error_beside, errors_shown


def test_a_units_product_chosen_empties_the_volume_nobody_typed_and_asks_for_it(
    chair: Chair,
) -> None:
    nctf(chair)
    editor = chair.open()
    row = chosen(chair, editor, "nctf")
    assert (shown(row.units), shown(row.volume_ml)) == ("1", ""), "no 1 ml nobody chose"
    assert row.volume_ml.placeholderText() == "ml"

    for press in (chair.save, chair.sign):
        press(editor)
        assert chair.sessions() == (), "nothing stored without a volume"
        label = error_beside(row.volume_ml)
        assert label.isVisible(), f"nothing said beside the volume: {errors_shown(editor)}"
        assert label.text().startswith("A value is needed: more than 0, at most 50")

    type_into(chair.qtbot, row.volume_ml, decimal("2.5"))
    assert stored_products(chair, editor) == (
        ProductUse(Solution.VITAMINS, 2.5, "NCTF 135HA", "3 ml vial", units=1.0),
    )


def test_a_volume_typed_before_the_units_product_was_chosen_stays(chair: Chair) -> None:
    nctf(chair)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    type_into(chair.qtbot, row.volume_ml, "3")
    focus(chair.qtbot, row.product_name)
    keys.type("nctf")
    keys.down()
    keys.enter()
    assert (shown(row.units), shown(row.volume_ml)) == ("1", "3")
    [product] = stored_products(chair, editor)
    assert (product.units, product.volume_ml) == (1.0, 3.0)


def test_an_ml_product_chosen_after_a_units_one_fills_its_usual_volume(chair: Chair) -> None:
    stock(chair.clinic)
    nctf(chair)
    editor = chair.open()
    row = chosen(chair, editor, "nctf")
    assert shown(row.volume_ml) == ""
    focus(chair.qtbot, row.product_name)
    keys = Keyboard()
    keys.select_all()
    keys.type("hydra")
    keys.down()
    keys.enter()
    assert (row.units.isVisible(), shown(row.volume_ml)) == (False, "2")
    [product] = stored_products(chair, editor)
    assert (product.product_name, product.units, product.volume_ml) == ("HydraBoost", None, 2.0)


def test_a_name_the_catalogue_lacks_after_a_units_product_leaves_the_volume_to_type(
    chair: Chair,
) -> None:
    nctf(chair)
    editor = chair.open()
    row = chosen(chair, editor, "nctf")
    focus(chair.qtbot, row.product_name)
    keys = Keyboard()
    keys.select_all()
    keys.type("Own mix")
    keys.tab()
    assert (row.units.isVisible(), shown(row.volume_ml)) == (False, ""), "still nobody's"
