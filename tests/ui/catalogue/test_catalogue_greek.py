"""The catalogue in Greek: the products window, its tables and the product and lot dialogs
take their words from the catalogue installed in the application, made from what lupdate
extracted, so each is marked where lupdate reads it and looked up under the context it was
filed under. A GTIN is typed into key by key, as a person types it.

(English, without a catalogue, is what every other test of the catalogue reads.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.products import LotInput, Product
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue._catalogue_tables import LotColumn, ProductColumn
from mesolog.ui.catalogue.lot_dialog import LotDialog
from mesolog.ui.catalogue.product_dialog import ProductDialog
from mesolog.ui.catalogue.products_window import ProductsWindow
from mesolog.ui.common.operations import ChangeBus
from tests.typing_support import type_into
from tests.ui.catalogue.catalogue_support import GREEK as KOLLAGONO
from tests.ui.catalogue.catalogue_support import VITAMINS, rows
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)

GREEK: dict[tuple[str, str], Greek] = {
    ("ProductsWindow", "Products"): "Προϊόντα",
    ("ProductsWindow", "&Add…"): "&Προσθήκη…",
    ("ProductTableModel", "Unit"): "Μονάδα",
    ("Catalogue", "units"): "μονάδες",
    ("Catalogue", "expired on %1"): "έληξε στις %1",
    ("ProductDialog", "New product"): "Νέο προϊόν",
    ("GtinField", "%1 has %n digits: a GTIN has 8, 12, 13 or 14."): (
        "Το %1 έχει %n ψηφίο: ένα GTIN έχει 8, 12, 13 ή 14.",
        "Το %1 έχει %n ψηφία: ένα GTIN έχει 8, 12, 13 ή 14.",
    ),
}


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with typing in it asks first; these tests discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def kollagono(clinic: Clinic) -> Product:
    """A product with a lot expired before the clock's today (10 March 2026)."""
    product = clinic.products.add(KOLLAGONO)
    clinic.lots.add(LotInput(product.id, "KP2401", dt.date(2026, 1, 31), dt.date(2025, 3, 1), 50))
    return product


def shown(qtbot: QtBot, widget: ProductsWindow | ProductDialog | LotDialog) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.mark.usefixtures("greek")
def test_the_products_window_and_its_tables_in_greek(
    qtbot: QtBot, clinic: Clinic, kollagono: Product
) -> None:
    clinic.products.add(VITAMINS)
    window = ProductsWindow(clinic, ChangeBus())
    shown(qtbot, window)
    assert window.windowTitle() == "Προϊόντα"
    assert window.add_button.text() == "&Προσθήκη…"
    model = window.product_model
    assert model.headerData(ProductColumn.UNIT, Qt.Orientation.Horizontal) == "Μονάδα"
    units = {row[ProductColumn.NAME]: row[ProductColumn.UNIT] for row in rows(model)}
    assert units == {"Κολλαγόνο Πλους": "ml", "Vitamin Cocktail": "μονάδες"}
    window.products_view.selectRow(list(units).index("Κολλαγόνο Πλους"))
    [lot] = rows(window.lot_model)
    assert lot[LotColumn.EXPIRY].startswith("έληξε στις ")
    # not given Greek: English, as before
    assert window.edit_button.text() == "&Edit…"


@pytest.mark.usefixtures("greek")
@pytest.mark.parametrize(
    ("typed", "refused"),
    [
        ("7", "Το 7 έχει 1 ψηφίο: ένα GTIN έχει 8, 12, 13 ή 14."),
        ("12345", "Το 12345 έχει 5 ψηφία: ένα GTIN έχει 8, 12, 13 ή 14."),
    ],
)
def test_a_gtin_typed_too_short_is_refused_in_greek(
    qtbot: QtBot, clinic: Clinic, typed: str, refused: str
) -> None:
    dialog = ProductDialog(clinic, ChangeBus())
    shown(qtbot, dialog)
    assert dialog.windowTitle() == "Νέο προϊόν"
    type_into(qtbot, dialog.gtin, typed)
    assert dialog.errors.visible()["gtin"] == refused


def test_every_word_of_the_catalogue_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, clinic: Clinic, kollagono: Product, tmp_path: Path
) -> None:
    with installed(marked_catalogue(tmp_path)):
        window = ProductsWindow(clinic, ChangeBus())
        shown(qtbot, window)
        window.products_view.selectRow(0)
        dialogs = [
            ProductDialog(clinic, ChangeBus()),
            ProductDialog(clinic, ChangeBus(), product=kollagono),
            LotDialog(clinic, ChangeBus(), kollagono),
        ]
        for dialog in dialogs:
            shown(qtbot, dialog)
        assert [text for widget in [window, *dialogs] for text in unmarked(widget)] == []
        [lot] = rows(window.lot_model)
        assert lot[LotColumn.EXPIRY].startswith("⟦expired on ")
