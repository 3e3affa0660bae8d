"""Settings ▸ Products on a real database: what signed sessions used of a lot, and what is
left of it, in the product's unit: units for a product counted in units, ml otherwise, in
the locale's numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Solution
from mesolog.domain.products import LotInput, ProductInput, ProductUnit
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue._catalogue_tables import LotColumn, ProductColumn
from mesolog.ui.catalogue.catalogue_words import amount_text
from mesolog.ui.catalogue.products_window import ProductsWindow
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.window.main_window import MainWindow
from tests.locale_support import decimal
from tests.ui.catalogue.catalogue_support import HYDRA, VITAMINS, rows

ATHENS = dt.timezone(dt.timedelta(hours=2))
NEEDLE = NeedleTechnique(depth_mm=1.5)
AMOUNTS = slice(LotColumn.QUANTITY_RECEIVED, LotColumn.LEFT + 1)


@pytest.fixture
def used(clinic: Clinic) -> Clinic:
    """Vitamin Cocktail (in units) lot VC-1 of 10 received, lot VC-2 not counted; HydraBoost
    (in ml) lot HB-1 of 40 ml; a signed session gave 2.5 units (in 6 ml) of VC-1 and 1.5 ml
    of HB-1, a draft 4 units of VC-1 (a draft uses nothing)."""
    vitamins = clinic.products.add(VITAMINS)
    hydra = clinic.products.add(HYDRA)
    clinic.lots.add(LotInput(vitamins.id, "VC-1", dt.date(2027, 6, 30), None, 10))
    clinic.lots.add(LotInput(vitamins.id, "VC-2", dt.date(2027, 9, 30)))
    clinic.lots.add(LotInput(hydra.id, "HB-1", dt.date(2027, 6, 30), None, 40))
    patient = clinic.patients.create(PatientInput("Ανδρέου", "Άννα", dt.date(1980, 1, 2)))
    uses = (
        ProductUse(Solution.VITAMINS, 6.0, "Vitamin Cocktail", "", "VC-1", units=2.5),
        ProductUse(Solution.HYALURONIC_ACID, 1.5, "HydraBoost 1.5%", "", "HB-1"),
    )
    signed = SessionInput(
        dt.datetime(2026, 2, 3, 10, 0, tzinfo=ATHENS),
        "Dr Eleni Markou",
        (TreatmentLine(Area.FOREHEAD, NEEDLE, uses),),
    )
    clinic.sessions.sign(clinic.sessions.create_draft(patient.id, signed).id)
    draft = SessionInput(
        dt.datetime(2026, 2, 4, 10, 0, tzinfo=ATHENS),
        "Dr Eleni Markou",
        (TreatmentLine(Area.NECK, NEEDLE, (replace(uses[0], units=4.0),)),),
    )
    clinic.sessions.create_draft(patient.id, draft)
    return clinic


@pytest.fixture
def window(qtbot: QtBot, used: Clinic) -> Iterator[ProductsWindow]:
    """Opened as a person does: Settings ▸ Products in the main window, at 1366 x 768."""
    main = MainWindow(used)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    [settings] = [a.menu() for a in main.menuBar().actions() if a.text() == "&Settings"]
    [products_action] = [a for a in settings.actions() if a.text() == "&Products…"]
    products_action.trigger()
    opened = main.findChild(ProductsWindow, "products_window")
    assert opened is not None and opened.isVisible()
    yield opened
    opened.close()
    main.close()


def _select(window: ProductsWindow, name: str) -> None:
    names = [row[ProductColumn.NAME] for row in rows(window.product_model)]
    window.products_view.selectRow(names.index(name))


def test_a_lot_counted_in_units_says_the_units_used_and_left(window: ProductsWindow) -> None:
    _select(window, "Vitamin Cocktail")
    assert [row[AMOUNTS] for row in rows(window.lot_model)] == [
        ["", "0 units", "—"],
        ["10 units", f"{decimal('2.5')} units", f"{decimal('7.5')} units"],
    ]


def test_a_lot_in_ml_reads_as_before(window: ProductsWindow) -> None:
    _select(window, "HydraBoost 1.5%")
    assert [row[AMOUNTS] for row in rows(window.lot_model)] == [
        ["40 ml", f"{decimal('1.5')} ml", f"{decimal('38.5')} ml"]
    ]


def test_a_lot_not_counted_says_why(window: ProductsWindow) -> None:
    _select(window, "Vitamin Cocktail")
    model = window.lot_model
    tip = model.data(model.index(0, LotColumn.LEFT), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Not counted: no quantity received was entered"
    counted = model.data(model.index(1, LotColumn.LEFT), Qt.ItemDataRole.ToolTipRole)
    assert counted is None


def test_one_unit_is_said_in_the_singular(qtbot: object) -> None:
    assert amount_text(1.0, ProductUnit.UNITS) == "1 unit"
    assert amount_text(2.0, ProductUnit.UNITS) == "2 units"
    assert amount_text(1.0, ProductUnit.ML) == "1 ml"


def test_a_units_lot_given_without_units_says_what_is_left_is_not_known(
    qtbot: QtBot, clinic: Clinic
) -> None:
    product = clinic.products.add(
        ProductInput("Vita Ampoule", Solution.VITAMINS, unit=ProductUnit.UNITS)
    )
    lot = clinic.lots.add(LotInput(product.id, "V-9", dt.date(2027, 1, 1), None, 10.0))
    patient = clinic.patients.create(PatientInput("Ανδρέου", "Άννα", dt.date(1980, 1, 2)))
    use = ProductUse(Solution.VITAMINS, 2.0, "Vita Ampoule", "", "V-9")
    line = TreatmentLine(Area.NECK, NeedleTechnique(1.5), (use,))
    when = dt.datetime(2026, 3, 3, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    entry = SessionInput(when, "Dr Eleni Markou", (line,))
    clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    window = ProductsWindow(clinic, ChangeBus())
    qtbot.addWidget(window)
    names = [row[ProductColumn.NAME] for row in rows(window.product_model)]
    window.products_view.selectRow(names.index("Vita Ampoule"))
    model = window.lot_model
    tip = model.data(model.index(0, LotColumn.LEFT), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Not known: 1 signed session gave it without saying how many units"
    later = SessionInput(when + dt.timedelta(days=1), "Dr Eleni Markou", (line,))
    clinic.sessions.sign(clinic.sessions.create_draft(patient.id, later).id)
    window = ProductsWindow(clinic, ChangeBus())
    qtbot.addWidget(window)
    names = [row[ProductColumn.NAME] for row in rows(window.product_model)]
    window.products_view.selectRow(names.index("Vita Ampoule"))
    model = window.lot_model
    assert model.data(model.index(0, LotColumn.LEFT)) == "—"
    tip = model.data(model.index(0, LotColumn.LEFT), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Not known: 2 signed sessions gave it without saying how many units"
    assert clinic.lots.get(lot.id).uncounted == 2
