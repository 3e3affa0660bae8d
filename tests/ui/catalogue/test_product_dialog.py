"""The product dialog on a real database, typed key by key and read back through the
services: every field stored as typed, a GTIN typed or scanned, amounts never clamped, and
refusals shown beside the field they name with nothing stored."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Solution
from mesolog.domain.products import Product, ProductInput, ProductUnit
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue.product_dialog import ProductDialog
from mesolog.ui.common.operations import ChangeBus
from tests.locale_support import decimal
from tests.typing_support import focus, shown, type_into, type_keys
from tests.ui.catalogue.catalogue_support import GREEK, HYDRA


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with typing in it asks first; these tests discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


def opened(qtbot: QtBot, clinic: Clinic, product: Product | None = None) -> ProductDialog:
    dialog = ProductDialog(clinic, ChangeBus(), product=product)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: ProductDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def type_product(qtbot: QtBot, dialog: ProductDialog, *, gtin: str, amount: str) -> None:
    """Κολλαγόνο Πλους, every field typed as a person would."""
    type_into(qtbot, dialog.name, "Κολλαγόνο Πλους")
    type_into(qtbot, dialog.manufacturer, "Ελληνική Φαρμακευτική")
    focus(qtbot, dialog.solution)
    type_keys(dialog.solution, "Pe")
    type_into(qtbot, dialog.concentration, "20 mg/ml")
    type_into(qtbot, dialog.gtin, gtin)
    type_into(qtbot, dialog.default_volume, decimal(amount))
    type_into(qtbot, dialog.price_per_unit, decimal("12.5"))
    type_into(qtbot, dialog.notes, "Φύλαξη στο ψυγείο")


def test_a_greek_product_is_stored_as_typed(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = opened(qtbot, clinic)
    type_product(qtbot, dialog, gtin="5201234567894", amount="1.5")
    assert dialog.gtin_hint.text() == "✓ EAN-13, check digit right"
    save(qtbot, dialog)
    assert dialog.result() == ProductDialog.DialogCode.Accepted
    [stored] = clinic.products.all()
    assert stored.details == replace(
        GREEK,
        gtin="05201234567894",
        price_per_unit=Decimal("12.5"),
        notes="Φύλαξη στο ψυγείο",
    )
    assert dialog.saved_product == stored


def test_a_wrong_check_digit_is_shown_beside_the_gtin_and_nothing_is_stored(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = opened(qtbot, clinic)
    type_product(qtbot, dialog, gtin="5201234567891", amount="1.5")
    assert dialog.errors.visible()["gtin"].startswith(
        "5201234567891: its last digit is not the check digit"
    )
    assert not dialog.gtin_hint.isVisible()
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert clinic.products.all() == []
    assert QApplication.focusWidget() is dialog.gtin
    assert shown(dialog.gtin) == "5201234567891", "kept as typed, to correct"


def test_a_gtin_another_product_has_is_refused_beside_the_field(
    qtbot: QtBot, clinic: Clinic
) -> None:
    clinic.products.add(HYDRA)
    dialog = opened(qtbot, clinic)
    type_product(qtbot, dialog, gtin="4006381333931", amount="1.5")
    assert dialog.errors.visible() == {}
    save(qtbot, dialog)
    assert dialog.errors.visible() == {
        "gtin": "A GTIN no other product has (HydraBoost 1.5% has it) "
        "(4006381333931 is not allowed)"
    }
    assert [p.details.name for p in clinic.products.all()] == ["HydraBoost 1.5%"]


@pytest.mark.parametrize("gtin", ["12345", "ABC-123"])
def test_a_gtin_that_is_no_gtin_says_what_one_is(qtbot: QtBot, clinic: Clinic, gtin: str) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.gtin, gtin)
    error = dialog.errors.visible()["gtin"]
    assert "8, 12, 13 or 14" in error
    assert "ABC" not in error


def test_a_scanned_vial_code_leaves_its_gtin_and_the_scanner_s_enter_saves_nothing(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.name, "HydraBoost 1.5%")
    focus(qtbot, dialog.gtin)
    type_keys(dialog.gtin, "]d2010400638133393117270131" + "10HB2401")
    QTest.keyClick(dialog.gtin, Qt.Key.Key_Return)
    assert shown(dialog.gtin) == "4006381333931"
    assert dialog.gtin_hint.text() == "✓ EAN-13, check digit right"
    assert QApplication.focusWidget() is dialog.default_volume
    assert dialog.isVisible(), "the scanner's Enter did not press Save"
    assert clinic.products.all() == []
    save(qtbot, dialog)
    [stored] = clinic.products.all()
    assert stored.details.gtin == "04006381333931"


def test_a_typed_150_ml_is_refused_visibly_never_clamped(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.name, "HydraBoost 1.5%")
    type_into(qtbot, dialog.default_volume, "150")
    assert shown(dialog.default_volume) == "150"
    assert (
        dialog.errors.visible()["default_volume"]
        == "150 ml is too high: more than 0, at most 50 ml."
    )
    save(qtbot, dialog)
    assert clinic.products.all() == []


def test_a_typed_150_units_is_stored_as_150(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.name, "Vitamin Cocktail")
    focus(qtbot, dialog.unit)
    QTest.keyClick(dialog.unit, Qt.Key.Key_Down)
    assert dialog.unit.currentText() == "units"
    assert dialog.findChild(type(dialog.gtin_hint), "price_per_unit_label").text() == (
        "&Price per unit"
    )
    type_into(qtbot, dialog.default_volume, "150")
    assert dialog.errors.visible() == {}
    save(qtbot, dialog)
    [stored] = clinic.products.all()
    assert (stored.details.unit, stored.details.default_volume) == (ProductUnit.UNITS, 150)


def test_an_amount_refused_in_ml_is_allowed_once_the_unit_is_units(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.name, "Vitamin Cocktail")
    type_into(qtbot, dialog.default_volume, "150")
    assert "default_volume" in dialog.errors.visible()
    focus(qtbot, dialog.unit)
    QTest.keyClick(dialog.unit, Qt.Key.Key_Down)
    assert dialog.errors.visible() == {}
    assert shown(dialog.default_volume) == "150"


@pytest.mark.parametrize(
    ("keys", "refused"),
    [("18.456", "has more than 2 decimals"), ("100001", "is too high"), ("-1", "is too low")],
)
def test_a_price_the_catalogue_does_not_take_is_refused_beside_it(
    qtbot: QtBot, clinic: Clinic, keys: str, refused: str
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.name, "HydraBoost 1.5%")
    type_into(qtbot, dialog.price_per_unit, decimal(keys))
    save(qtbot, dialog)
    assert refused in dialog.errors.visible()["price_per_unit"]
    assert shown(dialog.price_per_unit) == decimal(keys)
    assert clinic.products.all() == []


def test_a_product_without_a_name_is_refused_beside_the_name(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.manufacturer, "Dermica")
    save(qtbot, dialog)
    assert dialog.errors.visible() == {"name": "The product's name (1 to 200 characters)"}
    assert clinic.products.all() == []


def test_an_edit_is_saved_on_the_product_read(qtbot: QtBot, clinic: Clinic) -> None:
    product = clinic.products.add(HYDRA)
    dialog = opened(qtbot, clinic, product)
    assert [shown(dialog.gtin), shown(dialog.price_per_unit)] == [
        "4006381333931",
        decimal("18.40"),
    ]
    assert shown(dialog.default_volume) == "2"
    type_into(qtbot, dialog.price_per_unit, decimal("20"))
    type_into(qtbot, dialog.concentration, "2%")
    save(qtbot, dialog)
    assert dialog.result() == ProductDialog.DialogCode.Accepted
    stored = clinic.products.get(product.id)
    assert stored.details == replace(
        HYDRA, gtin="04006381333931", concentration="2%", price_per_unit=Decimal(20)
    )
    assert stored.version > product.version


def test_a_new_product_starts_from_what_was_scanned(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = ProductDialog(
        clinic, ChangeBus(), start=ProductInput("", Solution.OTHER, gtin="04006381333931")
    )
    qtbot.addWidget(dialog)
    assert shown(dialog.gtin) == "4006381333931"
    assert dialog.solution.currentText() == "Other solution"


def test_a_stored_price_of_a_thousand_or_more_is_shown_as_a_price_it_takes(
    qtbot: QtBot, clinic: Clinic
) -> None:
    product = clinic.products.add(
        ProductInput("Toxin vial", Solution.OTHER, price_per_unit=Decimal("1500.50"))
    )
    dialog = opened(qtbot, clinic, product)
    assert dialog.price_per_unit.problem() == ""
    assert dialog.price_per_unit.value() == 1500.5
    type_into(qtbot, dialog.notes, "kept in the fridge")
    save(qtbot, dialog)
    assert clinic.products.get(product.id).details.price_per_unit == Decimal("1500.50")
