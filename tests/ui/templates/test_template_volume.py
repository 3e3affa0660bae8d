"""A template row's volume in ml, on a real database with the demo clinic's catalogue: a
product counted in ml chosen (or its name typed whole) fills its usual volume where nobody
typed one, as the session editor does, also after a product counted in units emptied it; a
volume typed or stored stays. The estimate asks for a volume it can read, by the product's
name, instead of leaving the product out or calling it unpriced. Typed key by key in the
template dialog, stored and read back through clinic.templates."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Solution
from mesolog.domain.products import ProductUnit
from mesolog.domain.records import ProductUse
from mesolog.services.clinic import Clinic
from mesolog.services.demo_catalogue import demo_catalogue
from mesolog.ui.templates.template_dialog import TemplateDialog
from tests.locale_support import decimal
from tests.typing_support import empty, shown, type_into
from tests.ui.templates.template_support import HYDRA
from tests.ui.templates.test_template_dialog import money, opened, pick_offer, save
from tests.ui.templates.test_template_units import stored_products
from tests.ui.templates.test_template_units_kept import stored_template

HA = "HydraBoost 1.5%"
"""The demo's hyaluronic acid: 18.40 per ml, 2 ml a session."""
AMPOULE = "C-Bright Ampoule"
"""The demo's ampoule: 7.40 each, one a session."""


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def demo_products(clinic: Clinic) -> None:
    for product in demo_catalogue(()):
        clinic.products.add(product.details)
    [ha] = [p for p in clinic.products.matching(HA) if p.details.name == HA]
    assert (ha.details.unit, ha.details.default_volume) == (ProductUnit.ML, 2.0)


def planned(qtbot: QtBot, clinic: Clinic, sessions: str = "6") -> TemplateDialog:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Volumes")
    type_into(qtbot, dialog.plan.planned_sessions, sessions)
    return dialog


def estimate_reads(qtbot: QtBot, dialog: TemplateDialog, text: str) -> None:
    qtbot.waitUntil(lambda: dialog.estimate.text() == text, timeout=3_000)


@pytest.mark.usefixtures("demo_products")
def test_an_ml_product_chosen_fills_its_usual_volume(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = planned(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    assert shown(row.volume_ml) == "1", "a new row's volume, nobody's"
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    assert shown(row.volume_ml) == "2"
    estimate_reads(
        qtbot, dialog, f"Estimate for 6 sessions: {money(220.80)} of products (no session fee)."
    )
    save(qtbot, dialog)
    assert stored_products(clinic) == (
        ProductUse(Solution.HYALURONIC_ACID, 2.0, HA, "15 mg/ml non-cross-linked HA"),
    )


@pytest.mark.usefixtures("demo_products")
def test_an_ml_product_chosen_after_an_ampoule_fills_the_volume_it_emptied(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = planned(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "c-bright")
    assert (shown(row.units), shown(row.volume_ml)) == ("1", "")
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    assert (row.units.isHidden(), shown(row.volume_ml)) == (True, "2")
    save(qtbot, dialog)
    [product] = stored_products(clinic)
    assert (product.product_name, product.volume_ml, product.units) == (HA, 2.0, None)


@pytest.mark.usefixtures("demo_products")
def test_an_ml_products_name_typed_whole_after_an_ampoule_fills_its_volume(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = planned(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    type_into(qtbot, row.product_name, "c-bright ampoule")
    assert shown(row.volume_ml) == ""
    type_into(qtbot, row.product_name, "caffeslim 2.5%")
    assert shown(row.volume_ml) == "5"


@pytest.mark.usefixtures("demo_products")
def test_a_volume_typed_stays_whatever_product_is_chosen_after(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = planned(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "c-bright")
    type_into(qtbot, row.volume_ml, decimal("1.5"))
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    assert shown(row.volume_ml) == decimal("1.5")
    type_into(qtbot, row.volume_ml, "3")
    pick_offer(qtbot, dialog, 0, 0, "caffeslim")
    assert shown(row.volume_ml) == "3"
    save(qtbot, dialog)
    [product] = stored_products(clinic)
    assert (product.product_name, product.volume_ml) == ("CaffeSlim 2.5%", 3.0)


@pytest.mark.usefixtures("demo_products")
def test_a_stored_volume_stays_when_an_ml_product_replaces_the_product(
    qtbot: QtBot, clinic: Clinic
) -> None:
    template = stored_template(clinic, ProductUse(Solution.VITAMINS, 0.5, AMPOULE, units=1.0))
    dialog = opened(qtbot, clinic, template=template)
    row = dialog.lines.editors[0].products[0]
    assert shown(row.volume_ml) == decimal("0.5")
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    assert shown(row.volume_ml) == decimal("0.5")


@pytest.mark.usefixtures("demo_products")
def test_the_estimate_asks_for_a_volume_an_ml_product_lacks(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = planned(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    empty(qtbot, row.volume_ml)
    wanted = f"The estimate needs a volume it can read for {HA}."
    estimate_reads(qtbot, dialog, wanted)

    type_into(qtbot, row.volume_ml, "two")
    estimate_reads(qtbot, dialog, wanted)
    type_into(qtbot, row.volume_ml, "3")
    estimate_reads(
        qtbot, dialog, f"Estimate for 6 sessions: {money(331.20)} of products (no session fee)."
    )


def test_the_estimate_asks_for_the_volume_beside_units_kept_for_a_product_in_ml(
    qtbot: QtBot, clinic: Clinic
) -> None:
    """The screenshot's row: units typed for an ampoule, kept when HydraBoost (18.40 per ml,
    no usual volume) was chosen, and its volume still empty."""
    clinic.products.add(HYDRA)
    for product in demo_catalogue(()):
        if product.details.name == AMPOULE:
            clinic.products.add(product.details)
    dialog = planned(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "c-bright")
    type_into(qtbot, row.units, "3")
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    assert (shown(row.product_name), shown(row.units), shown(row.volume_ml)) == (
        HYDRA.name,
        "3",
        "",
    )
    estimate_reads(qtbot, dialog, f"The estimate needs a volume it can read for {HYDRA.name}.")
    assert "No price" not in dialog.estimate.text()


@pytest.mark.usefixtures("demo_products")
def test_the_estimate_asks_for_units_and_a_volume_at_once(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = planned(qtbot, clinic)
    line = dialog.lines.editors[0]
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    empty(qtbot, line.products[0].volume_ml)
    line.add_product()
    pick_offer(qtbot, dialog, 0, 1, "c-bright")
    empty(qtbot, line.products[1].units)
    estimate_reads(
        qtbot,
        dialog,
        f"The estimate needs units it can read for {AMPOULE}.\n"
        f"The estimate needs a volume it can read for {HA}.",
    )


@pytest.mark.usefixtures("demo_products")
def test_the_estimate_names_a_row_without_a_product_by_its_solution(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = planned(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    empty(qtbot, row.volume_ml)
    estimate_reads(
        qtbot, dialog, "The estimate needs a volume it can read for any hyaluronic acid."
    )
    type_into(qtbot, row.volume_ml, "2")
    estimate_reads(
        qtbot,
        dialog,
        f"Estimate for 6 sessions: {money(0)} of products (no session fee).\n"
        "No price in the catalogue, left out: any hyaluronic acid.",
    )
