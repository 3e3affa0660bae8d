"""A template's product counted in units leaves its volume in ml to be typed: a new row's
1 ml, which nobody typed, is emptied when the product is chosen or its name typed whole, and
Save asks for the volume beside its field; a volume typed first, or stored with the template,
stays. The estimate still prices the product by its units. Typed key by key in the template
dialog, stored and read back through clinic.templates."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Solution
from mesolog.domain.records import ProductUse
from mesolog.services.clinic import Clinic
from tests.locale_support import decimal
from tests.typing_support import shown, type_into
from tests.ui.templates.template_support import HYDRA, add_catalogue, shown_errors
from tests.ui.templates.test_template_dialog import money, opened, pick_offer, save
from tests.ui.templates.test_template_units import ampoules, stored_products
from tests.ui.templates.test_template_units_kept import stored_template


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


def test_an_ampoule_chosen_empties_the_volume_nobody_typed_and_save_asks_for_it(
    qtbot: QtBot, clinic: Clinic
) -> None:
    add_catalogue(clinic)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Vitamin C")
    row = dialog.lines.editors[0].products[0]
    assert shown(row.volume_ml) == "1", "a new row's volume, nobody's"
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    assert (shown(row.units), shown(row.volume_ml)) == ("2", ""), "no 1 ml nobody chose"
    assert row.volume_ml.placeholderText() == "ml"

    save(qtbot, dialog)
    assert clinic.templates.all() == [], "nothing stored without a volume"
    assert shown_errors(dialog)["volume_ml"].startswith(
        "A value is needed: more than 0, at most 50"
    )
    assert dialog.focusWidget() is row.volume_ml

    type_into(qtbot, row.volume_ml, decimal("2.5"))
    save(qtbot, dialog)
    assert stored_products(clinic) == (ampoules(2.0, 2.5),)


def test_an_ampoules_name_typed_whole_empties_the_volume_nobody_typed(
    qtbot: QtBot, clinic: Clinic
) -> None:
    add_catalogue(clinic)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Typed")
    row = dialog.lines.editors[0].products[0]
    type_into(qtbot, row.product_name, "vitac ampoule 2 ML")
    assert (shown(row.units), shown(row.volume_ml)) == ("2", "")
    type_into(qtbot, row.volume_ml, "3")
    save(qtbot, dialog)
    [product] = stored_products(clinic)
    assert (product.units, product.volume_ml) == (2.0, 3.0)


def test_a_volume_typed_before_the_ampoule_was_chosen_stays(qtbot: QtBot, clinic: Clinic) -> None:
    add_catalogue(clinic)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Volume first")
    row = dialog.lines.editors[0].products[0]
    type_into(qtbot, row.volume_ml, "3")
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    assert (shown(row.units), shown(row.volume_ml)) == ("2", "3")
    save(qtbot, dialog)
    assert stored_products(clinic) == (ampoules(2.0, 3.0),)


def test_a_stored_volume_stays_when_an_ampoule_replaces_the_product(
    qtbot: QtBot, clinic: Clinic
) -> None:
    add_catalogue(clinic)
    template = stored_template(
        clinic, ProductUse(Solution.HYALURONIC_ACID, 2.5, HYDRA.name, HYDRA.concentration)
    )
    dialog = opened(qtbot, clinic, template=template)
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    assert (shown(row.units), shown(row.volume_ml)) == ("2", decimal("2.5"))
    save(qtbot, dialog)
    assert stored_products(clinic) == (ampoules(2.0, 2.5),)


def test_the_estimate_prices_an_ampoule_whose_volume_is_still_to_type(
    qtbot: QtBot, clinic: Clinic
) -> None:
    add_catalogue(clinic)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.planned_sessions, "6")
    type_into(qtbot, dialog.plan.session_fee, "100")
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    assert shown(row.volume_ml) == ""
    priced = (
        f"Estimate for 6 sessions: {money(678)} (session fees {money(600)}, products {money(78)})."
    )
    qtbot.waitUntil(lambda: dialog.estimate.text() == priced, timeout=3_000)
