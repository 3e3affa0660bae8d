"""A template's product counted in units (an ampoule), typed key by key in the template
dialog: the units field shows for it (or for units typed or stored, test_template_units_kept),
prefilled with the product's default amount, keeps what is typed or refuses it beside the
field (never clamped), is stored as the line's units and read back, and the estimate prices
the product by its units. Its volume in ml is typed (test_template_units_volume)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import Product
from mesolog.domain.records import NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import Template, TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.ui.templates.template_dialog import TemplateDialog
from mesolog.ui.templates.template_words import line_text
from tests.locale_support import decimal
from tests.typing_support import Typed, empty, focus, shown, type_into
from tests.ui.templates.template_support import AMOUNT_ERRORS, add_catalogue, shown_errors
from tests.ui.templates.test_template_dialog import money, opened, pick_offer, save

AMPOULE_NAME = "VitaC Ampoule 2 ml"
VITAMIN_C = "vitamin C 20%"


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def catalogue(clinic: Clinic) -> dict[str, Product]:
    return add_catalogue(clinic)


def ampoules(units: float | None, volume_ml: float = 4.0) -> ProductUse:
    return ProductUse(Solution.VITAMINS, volume_ml, AMPOULE_NAME, VITAMIN_C, units=units)


def stored_products(clinic: Clinic) -> tuple[ProductUse, ...]:
    [stored] = clinic.templates.all()
    return stored.details.lines[0].products


def test_an_ampoule_chosen_shows_its_units_prefilled_and_stores_what_is_typed(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Vitamin C boost")
    line = dialog.lines.editors[0]
    row = line.products[0]
    assert row.units.isHidden() and line.product_header.units_caption.isHidden()

    pick_offer(qtbot, dialog, 0, 0, "vitac")

    assert not row.units.isHidden() and not line.product_header.units_caption.isHidden()
    assert shown(row.units) == "2", "the product's default amount, in ampoules"
    assert (row.solution.value(), shown(row.concentration)) == (Solution.VITAMINS, VITAMIN_C)
    type_into(qtbot, row.volume_ml, decimal("3.5"))
    type_into(qtbot, row.units, "3")
    save(qtbot, dialog)

    assert dialog.result() == TemplateDialog.DialogCode.Accepted
    assert stored_products(clinic) == (ampoules(3.0, 3.5),)


UNITS = [
    Typed("whole", "1", stored=1.0),
    Typed("half an ampoule", "1.5", stored=1.5),
    Typed("three decimals", "2.125", stored=2.125),
    Typed("the most", "1000", stored=1000.0),
    *AMOUNT_ERRORS,
]


@pytest.mark.parametrize("typed", UNITS, ids=lambda t: t.case)
def test_typed_units_are_stored_as_typed_or_refused_beside_the_field(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product], typed: Typed
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Units")
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    type_into(qtbot, row.volume_ml, "1")
    if typed.keys:
        type_into(qtbot, row.units, decimal(typed.keys))
    else:
        empty(qtbot, row.units)
    save(qtbot, dialog)

    if typed.refused is None:
        assert stored_products(clinic) == (ampoules(float(str(typed.stored)), 1.0),)
        return
    assert clinic.templates.all() == [], "nothing stored"
    assert typed.refused in shown_errors(dialog)["units"]
    assert shown(row.units) == decimal(typed.keys), "kept as typed, never clamped"
    assert dialog.focusWidget() is row.units


def test_a_product_counted_in_ml_has_no_units_and_stores_none(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    """The units the catalogue filled in go with it (test_template_units_kept: typed ones
    stay)."""
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Ampoule then HA")
    line = dialog.lines.editors[0]
    row = line.products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")

    pick_offer(qtbot, dialog, 0, 0, "hydra")

    assert row.units.isHidden() and line.product_header.units_caption.isHidden()
    type_into(qtbot, row.volume_ml, "2")
    save(qtbot, dialog)
    assert stored_products(clinic) == (
        ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost 1.5%", "1.5%"),
    )


def test_an_ampoules_name_typed_whole_finds_its_unit_and_an_edit_of_it_hides_them(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Typed")
    row = dialog.lines.editors[0].products[0]
    type_into(qtbot, row.product_name, "vitac ampoule 2 ML")
    assert not row.units.isHidden(), "the name compared as the catalogue compares names"
    assert shown(row.units) == "2"

    type_into(qtbot, row.product_name, "VitaC Ampoule 5 ml")
    assert row.units.isHidden(), "a product the catalogue does not have"
    type_into(qtbot, row.volume_ml, "1")
    save(qtbot, dialog)
    assert stored_products(clinic)[0].units is None


def test_a_stored_templates_units_are_shown_and_kept_when_saved_again(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    line = TreatmentLine(Area.FULL_FACE, NeedleTechnique(1.5), (ampoules(1.5),))
    template = clinic.templates.add(
        TemplateInput("Ampoules", Indication.WRINKLES, 5, lines=(line,))
    )
    dialog = opened(qtbot, clinic, template=template)
    row = dialog.lines.editors[0].products[0]
    assert not row.units.isHidden()
    assert shown(row.units) == decimal("1.5"), "as stored, not the default amount"

    type_into(qtbot, dialog.plan.planned_sessions, "6")
    save(qtbot, dialog)

    [again] = clinic.templates.all()
    assert again.details == replace(template.details, planned_sessions=6)


def test_units_stored_for_a_product_no_longer_in_the_catalogue_are_still_shown(
    qtbot: QtBot, clinic: Clinic
) -> None:
    line = TreatmentLine(Area.NECK, NeedleTechnique(1.5), (ampoules(2.0),))
    template = clinic.templates.add(TemplateInput("Old", Indication.WRINKLES, 5, lines=(line,)))
    dialog = opened(qtbot, clinic, template=template, read_only=True)
    row = dialog.lines.editors[0].products[0]
    assert not row.units.isHidden() and shown(row.units) == "2"
    assert row.units.isReadOnly()


def test_the_estimate_prices_an_ampoule_by_its_units(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.planned_sessions, "6")
    type_into(qtbot, dialog.plan.session_fee, "100")
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    priced = (
        f"Estimate for 6 sessions: {money(678)} (session fees {money(600)}, products {money(78)})."
    )
    qtbot.waitUntil(lambda: dialog.estimate.text() == priced, timeout=3_000)

    type_into(qtbot, row.units, "3")
    thrice = (
        f"Estimate for 6 sessions: {money(717)} (session fees {money(600)}, products {money(117)})."
    )
    qtbot.waitUntil(lambda: dialog.estimate.text() == thrice, timeout=3_000)

    type_into(qtbot, row.units, "three")
    wanted = f"The estimate needs units it can read for {AMPOULE_NAME}."
    qtbot.waitUntil(lambda: dialog.estimate.text() == wanted, timeout=3_000)
    [product] = dialog.lines.estimated_lines()[0].products
    assert product.units is None


def test_tab_goes_from_the_volume_to_the_units_of_an_ampoule(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    dialog = opened(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    focus(qtbot, row.product_name)
    visited = []
    for _ in range(5):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert visited == ["solution", "concentration", "volume_ml", "units", "remove_product"]


def test_a_lines_words_name_the_units_beside_the_ml(qtbot: QtBot) -> None:
    line = TreatmentLine(Area.NECK, NeedleTechnique(1.5), (ampoules(2.0),))
    assert line_text(line) == f"Neck: needle {decimal('1.5')} mm; {AMPOULE_NAME} 2 units · 4 ml"


def test_a_stored_template_with_units_is_priced_by_them_when_it_opens(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    line = TreatmentLine(Area.HANDS, NeedleTechnique(1.0), (ampoules(1.0, 2.0),))
    template: Template = clinic.templates.add(
        TemplateInput("Hands", Indication.WRINKLES, 5, lines=(line,), session_fee=Decimal(50))
    )
    dialog = opened(qtbot, clinic, template=template)
    assert dialog.estimate.text() == (
        f"Estimate for 5 sessions: {money(282.50)} (session fees {money(250)}, "
        f"products {money(32.50)})."
    )
