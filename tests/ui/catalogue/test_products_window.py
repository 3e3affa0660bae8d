"""Settings ▸ Products on a real database: reached through the menu, products added,
found, retired and reinstated, their lots listed (expired ones greyed) and added; read-only
for an assistant. What was stored is read back through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Role
from mesolog.domain.products import LotInput, Product
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue._catalogue_tables import LotColumn, ProductColumn
from mesolog.ui.catalogue.lot_dialog import LotDialog
from mesolog.ui.catalogue.product_dialog import ProductDialog
from mesolog.ui.catalogue.products_window import ProductsWindow
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.window.main_window import MainWindow
from tests.locale_support import date_keys, decimal
from tests.typing_support import type_into
from tests.ui.catalogue.catalogue_support import GREEK, HYDRA, VITAMINS, in_modal, rows

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def catalogue(clinic: Clinic) -> dict[str, Product]:
    """Three products; HydraBoost with a lot in date and an expired one."""
    hydra = clinic.products.add(HYDRA)
    greek = clinic.products.add(GREEK)
    vitamins = clinic.products.add(VITAMINS)
    clinic.lots.add(LotInput(hydra.id, "HB2502", dt.date(2027, 6, 30), dt.date(2026, 1, 5), 40))
    clinic.lots.add(LotInput(hydra.id, "HB2401", dt.date(2026, 1, 31), dt.date(2025, 3, 1), 50))
    return {"hydra": hydra, "greek": greek, "vitamins": vitamins}


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic, bus: ChangeBus, catalogue: object) -> ProductsWindow:
    opened = ProductsWindow(clinic, bus)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def names(window: ProductsWindow) -> list[str]:
    return [row[ProductColumn.NAME] for row in rows(window.product_model)]


def select(window: ProductsWindow, name: str) -> None:
    window.products_view.selectRow(names(window).index(name))


@pytest.fixture
def main_window(qtbot: QtBot, clinic: Clinic, catalogue: object) -> Iterator[MainWindow]:
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def test_settings_products_opens_the_catalogue_from_the_menu(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    [settings] = [a.menu() for a in main_window.menuBar().actions() if a.text() == "&Settings"]
    texts = [action.text() for action in settings.actions()]
    assert texts == ["&Clinic…", "&Products…", "&Templates…"]
    clinic_action = settings.actions()[0]
    assert clinic_action is main_window.menus.settings_action
    assert clinic_action.shortcut() == QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)
    [file_menu] = [a.menu() for a in main_window.menuBar().actions() if a.text() == "&File"]
    assert clinic_action not in file_menu.actions()

    settings.actions()[1].trigger()
    products = main_window.findChild(ProductsWindow, "products_window")
    assert products is not None and products.isVisible()
    assert names(products) == ["HydraBoost 1.5%", "Vitamin Cocktail", "Κολλαγόνο Πλους"]
    products.close()
    main_window.menus.products_action.trigger()
    assert main_window.findChildren(ProductsWindow) == [products], "the one window, again"
    assert products.isVisible()


def test_a_change_in_the_catalogue_tells_the_main_window(
    qtbot: QtBot, main_window: MainWindow, clinic: Clinic
) -> None:
    products = main_window.menus.open_products()
    told: list[bool] = []
    main_window.bus.changed.connect(lambda: told.append(True))
    select(products, "Vitamin Cocktail")
    products.retire_button.click()
    assert told == [True]


def test_the_table_shows_every_field_in_the_locale(window: ProductsWindow) -> None:
    [hydra, vitamins, greek] = rows(window.product_model)
    assert hydra == [
        "HydraBoost 1.5%",
        "Dermica",
        "Hyaluronic acid",
        "1.5%",
        "ml",
        "4006381333931",
        "2 ml",
        f"{decimal('18.40')} per ml",
        "2",
        "In use",
    ]
    assert vitamins[ProductColumn.DEFAULT_AMOUNT] == "150 units"
    assert greek[: ProductColumn.UNIT + 1] == [
        "Κολλαγόνο Πλους",
        "Ελληνική Φαρμακευτική",
        "Peptides",
        "20 mg/ml",
        "ml",
    ]
    assert greek[ProductColumn.DEFAULT_AMOUNT] == f"{decimal('1.5')} ml"


def test_the_lots_of_the_product_selected_expired_ones_greyed(window: ProductsWindow) -> None:
    select(window, "HydraBoost 1.5%")
    assert window.lots_title.text() == "Lots of HydraBoost 1.5%"
    assert rows(window.lot_model) == [
        ["HB2502", shown_date(dt.date(2027, 6, 30)), shown_date(dt.date(2026, 1, 5)), "40 ml",
         "0 ml", "40 ml"],
        ["HB2401", f"expired on {shown_date(dt.date(2026, 1, 31))}",
         shown_date(dt.date(2025, 3, 1)), "50 ml", "0 ml", "50 ml"],
    ]  # fmt: skip
    model = window.lot_model
    fresh, expired = model.index(0, LotColumn.EXPIRY), model.index(1, LotColumn.EXPIRY)
    assert model.data(fresh, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(expired, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Expired" in model.data(expired, Qt.ItemDataRole.ToolTipRole)
    select(window, "Vitamin Cocktail")
    assert rows(window.lot_model) == []


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("κολλαγονο", ["Κολλαγόνο Πλους"]),
        ("ΕΛΛΗΝ", ["Κολλαγόνο Πλους"]),
        ("derm", ["HydraBoost 1.5%"]),
        ("cock vit", ["Vitamin Cocktail"]),
        ("6381333", ["HydraBoost 1.5%"]),
        ("nothing", []),
    ],
)
def test_the_search_finds_by_any_word_without_case_or_accents(
    qtbot: QtBot, window: ProductsWindow, typed: str, found: list[str]
) -> None:
    type_into(qtbot, window.search, typed, tab=False)
    assert names(window) == found


def test_a_product_added_in_the_window_is_stored_and_selected(
    qtbot: QtBot, window: ProductsWindow, clinic: Clinic, bus: ChangeBus
) -> None:
    told: list[bool] = []
    bus.changed.connect(lambda: told.append(True))

    def fill(dialog: ProductDialog) -> None:
        type_into(qtbot, dialog.name, "Μεσοθεραπεία Λάμψη")
        type_into(qtbot, dialog.default_volume, "3")
        dialog.save_button.click()

    in_modal(ProductDialog, fill)
    window.add_button.click()
    stored = clinic.products.named("μεσοθεραπεια λαμψη")
    assert stored is not None and stored.details.default_volume == 3
    assert window.selected_product() == stored
    assert window.message.text() == "Added Μεσοθεραπεία Λάμψη."
    assert told == [True]


def test_a_lot_added_in_the_window_is_stored_and_listed(
    qtbot: QtBot, window: ProductsWindow, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    select(window, "Κολλαγόνο Πλους")

    def fill(dialog: LotDialog) -> None:
        type_into(qtbot, dialog.lot_number, "ΚΠ-01")
        type_into(qtbot, dialog.expiry_date, date_keys(dt.date(2027, 9, 30)))
        dialog.save_button.click()

    in_modal(LotDialog, fill)
    window.add_lot_button.click()
    [lot] = clinic.lots.of_product(catalogue["greek"].id)
    assert (lot.details.lot_number, lot.details.expiry_date) == ("ΚΠ-01", dt.date(2027, 9, 30))
    assert window.selected_lot() == lot
    assert rows(window.product_model)[2][ProductColumn.LOTS] == "1"


def test_retire_and_reinstate(window: ProductsWindow, clinic: Clinic) -> None:
    select(window, "Vitamin Cocktail")
    assert not window.reinstate_button.isEnabled()
    window.retire_button.click()
    assert [p.details.name for p in clinic.products.all()] == ["HydraBoost 1.5%", "Κολλαγόνο Πλους"]
    assert window.show_retired.isChecked(), "the product retired stays in sight"
    assert window.selected_product() is not None
    assert rows(window.product_model)[1][ProductColumn.STATE] == "Retired"
    assert not window.add_lot_button.isEnabled()
    assert "reinstate it to add a lot" in window.add_lot_button.toolTip()
    window.show_retired.setChecked(False)
    assert names(window) == ["HydraBoost 1.5%", "Κολλαγόνο Πλους"]
    window.show_retired.setChecked(True)
    select(window, "Vitamin Cocktail")
    window.reinstate_button.click()
    assert len(clinic.products.all()) == 3
    assert (
        window.message.text() == "Vitamin Cocktail is in use again: the session editor offers it."
    )


def test_an_assistant_reads_the_catalogue_and_changes_nothing(
    qtbot: QtBot, clinic: Clinic, catalogue: object
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")
    window = ProductsWindow(clinic, ChangeBus())
    qtbot.addWidget(window)
    window.show()
    select(window, "HydraBoost 1.5%")
    window.lots_view.selectRow(0)
    assert window.read_only_note.isVisible()
    assert len(rows(window.lot_model)) == 2
    for button in (
        window.add_button,
        window.edit_button,
        window.retire_button,
        window.reinstate_button,
        window.add_lot_button,
        window.edit_lot_button,
    ):
        assert not button.isEnabled(), button.objectName()
        assert button.toolTip() == (
            "Only clinicians and administrators change the catalogue; you may read it."
        )
    window.retire()
    window.edit_product()
    assert len(clinic.products.all()) == 3
