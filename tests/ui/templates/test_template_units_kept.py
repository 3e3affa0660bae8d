"""Units typed in a template's product row, or stored with the template, stay when the
product's name is edited, whatever the name names meanwhile or after: only the units the
catalogue filled in (and nobody changed since) go with a name not counted in units. A row
holding units beside such a product keeps its units field shown until the person empties it.
Typed key by key in the template dialog, stored and read back through clinic.templates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import Product, ProductInput, ProductUnit
from mesolog.domain.records import NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import Template, TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.ui.templates._template_products import TemplateProductRow
from mesolog.ui.templates.template_dialog import TemplateDialog
from tests.locale_support import decimal
from tests.typing_support import empty, focus, shown, type_into
from tests.ui.templates.template_support import AMPOULE, HYDRA, add_catalogue
from tests.ui.templates.test_template_dialog import opened, pick_offer, save
from tests.ui.templates.test_template_units import ampoules, stored_products


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


def name_retyped(qtbot: QtBot, row: TemplateProductRow, keys: str) -> None:
    """At the end of the product's name: `keys` typed one by one (a Backspace as "\\b"), the
    list of products offered closed unused (the name as typed), then Tab."""
    focus(qtbot, row.product_name)
    QTest.keyClick(row.product_name, Qt.Key.Key_End)
    for key in keys:
        if key == "\b":
            QTest.keyClick(row.product_name, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(row.product_name, key)
        QApplication.processEvents()
    if row.offers.popup.isVisible():
        QTest.keyClick(row.offers.popup, Qt.Key.Key_Escape)
    QTest.keyClick(row.product_name, Qt.Key.Key_Tab)


def units_shown(row: TemplateProductRow) -> tuple[bool, str]:
    return not row.units.isHidden(), shown(row.units)


def stored_template(clinic: Clinic, *products: ProductUse) -> Template:
    line = TreatmentLine(Area.FULL_FACE, NeedleTechnique(1.5), products)
    return clinic.templates.add(TemplateInput("Ampoules", Indication.WRINKLES, 5, lines=(line,)))


def test_units_typed_stay_while_a_typo_in_the_name_is_made_and_fixed(
    qtbot: QtBot, clinic: Clinic
) -> None:
    add_catalogue(clinic)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Typo")
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    type_into(qtbot, row.units, "3")

    name_retyped(qtbot, row, "x")
    assert shown(row.product_name) == f"{AMPOULE.name}x"
    assert units_shown(row) == (True, "3"), "a name the catalogue lacks"
    name_retyped(qtbot, row, "\b")
    assert units_shown(row) == (True, "3"), "the name fixed: still the units typed"

    type_into(qtbot, row.volume_ml, "2")
    save(qtbot, dialog)
    assert stored_products(clinic) == (ampoules(3.0, 2.0),)


def test_a_stored_templates_units_stay_when_its_product_is_renamed_to_one_the_catalogue_lacks(
    qtbot: QtBot, clinic: Clinic
) -> None:
    add_catalogue(clinic)
    template = stored_template(clinic, ampoules(1.5))
    dialog = opened(qtbot, clinic, template=template)
    row = dialog.lines.editors[0].products[0]
    name_retyped(qtbot, row, " 5ml")
    assert units_shown(row) == (True, decimal("1.5"))
    assert not dialog.lines.editors[0].product_header.units_caption.isHidden()

    save(qtbot, dialog)
    assert stored_products(clinic) == (
        ProductUse(Solution.VITAMINS, 4.0, f"{AMPOULE.name} 5ml", AMPOULE.concentration, units=1.5),
    )


def test_stored_units_of_a_product_now_counted_in_ml_stay_when_its_name_is_touched(
    qtbot: QtBot, clinic: Clinic
) -> None:
    clinic.products.add(ProductInput(AMPOULE.name, AMPOULE.solution, unit=ProductUnit.ML))
    template = stored_template(clinic, ampoules(2.0))
    dialog = opened(qtbot, clinic, template=template)
    row = dialog.lines.editors[0].products[0]
    name_retyped(qtbot, row, "A\b")
    assert units_shown(row) == (True, "2")

    type_into(qtbot, dialog.plan.planned_sessions, "6")
    save(qtbot, dialog)
    assert stored_products(clinic) == (ampoules(2.0),)


def test_units_typed_stay_shown_beside_a_product_counted_in_ml(
    qtbot: QtBot, clinic: Clinic
) -> None:
    add_catalogue(clinic)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Ampoule then HA")
    line = dialog.lines.editors[0]
    row = line.products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    type_into(qtbot, row.units, "3")

    pick_offer(qtbot, dialog, 0, 0, "hydra")
    assert shown(row.product_name) == HYDRA.name
    assert units_shown(row) == (True, "3")
    assert not line.product_header.units_caption.isHidden()
    type_into(qtbot, row.volume_ml, "2")
    save(qtbot, dialog)
    assert stored_products(clinic) == (
        ProductUse(Solution.HYALURONIC_ACID, 2.0, HYDRA.name, HYDRA.concentration, units=3.0),
    )


def test_units_emptied_beside_a_product_counted_in_ml_leave_with_their_field(
    qtbot: QtBot, clinic: Clinic
) -> None:
    add_catalogue(clinic)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Ampoule then HA")
    line = dialog.lines.editors[0]
    row = line.products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    type_into(qtbot, row.units, "3")
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    type_into(qtbot, row.volume_ml, "2")

    empty(qtbot, row.units)
    assert row.units.isHidden() and line.product_header.units_caption.isHidden()
    save(qtbot, dialog)
    assert stored_products(clinic) == (
        ProductUse(Solution.HYALURONIC_ACID, 2.0, HYDRA.name, HYDRA.concentration),
    )


def test_units_the_catalogue_filled_in_go_with_a_product_counted_in_ml(
    qtbot: QtBot, clinic: Clinic
) -> None:
    catalogue: dict[str, Product] = add_catalogue(clinic)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Ampoule then HA")
    row = dialog.lines.editors[0].products[0]
    pick_offer(qtbot, dialog, 0, 0, "vitac")
    assert units_shown(row) == (True, "2"), "the ampoule's usual amount, nobody's"

    pick_offer(qtbot, dialog, 0, 0, "hydra")
    assert units_shown(row) == (False, "")
    type_into(qtbot, row.volume_ml, "2")
    save(qtbot, dialog)
    assert stored_products(clinic)[0] == ProductUse(
        Solution.HYALURONIC_ACID, 2.0, catalogue["hydra"].details.name, HYDRA.concentration
    )
    assert dialog.result() == TemplateDialog.DialogCode.Accepted
