"""The lot dialog on a real database, typed key by key and read back through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.products import Lot, LotInput, Product
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue.lot_dialog import LotDialog
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from tests.locale_support import date_keys, decimal
from tests.typing_support import empty, shown, type_into
from tests.ui.catalogue.catalogue_support import HYDRA, VITAMINS


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def hydra(clinic: Clinic) -> Product:
    return clinic.products.add(HYDRA)


def opened(qtbot: QtBot, clinic: Clinic, product: Product, lot: Lot | None = None) -> LotDialog:
    dialog = LotDialog(clinic, ChangeBus(), product, lot=lot)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: LotDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_lot_is_stored_as_typed(qtbot: QtBot, clinic: Clinic, hydra: Product) -> None:
    dialog = opened(qtbot, clinic, hydra)
    assert shown(dialog.received_on) == shown_date(dt.date(2026, 3, 10)), "today, to start"
    type_into(qtbot, dialog.lot_number, "hb2401")
    type_into(qtbot, dialog.expiry_date, date_keys(dt.date(2027, 6, 30)))
    type_into(qtbot, dialog.received_on, date_keys(dt.date(2026, 3, 2)))
    type_into(qtbot, dialog.quantity_received, decimal("40.5"))
    save(qtbot, dialog)
    assert dialog.result() == LotDialog.DialogCode.Accepted
    [stored] = clinic.lots.of_product(hydra.id)
    assert stored.details == LotInput(
        hydra.id, "hb2401", dt.date(2027, 6, 30), dt.date(2026, 3, 2), 40.5
    )
    assert stored.quantity_left == 40.5


def test_a_lot_without_an_expiry_or_received_tomorrow_is_refused_beside_its_fields(
    qtbot: QtBot, clinic: Clinic, hydra: Product
) -> None:
    dialog = opened(qtbot, clinic, hydra)
    type_into(qtbot, dialog.lot_number, "HB2401")
    type_into(qtbot, dialog.received_on, date_keys(dt.date(2026, 3, 11)))
    save(qtbot, dialog)
    errors = dialog.errors.visible()
    assert errors["expiry_date"] == "An expiry date is needed: the one printed on the vial."
    assert errors["received_on"] == (
        f"{shown_date(dt.date(2026, 3, 11))} is in the future: a lot is received today "
        f"({shown_date(dt.date(2026, 3, 10))}) at the latest."
    )
    assert clinic.lots.all() == []


def test_a_lot_number_the_product_has_is_refused_beside_it(
    qtbot: QtBot, clinic: Clinic, hydra: Product
) -> None:
    clinic.lots.add(LotInput(hydra.id, "HB2401", dt.date(2027, 1, 31)))
    dialog = opened(qtbot, clinic, hydra)
    type_into(qtbot, dialog.lot_number, "hb2401")
    type_into(qtbot, dialog.expiry_date, date_keys(dt.date(2027, 6, 30)))
    save(qtbot, dialog)
    assert dialog.errors.visible() == {
        "lot_number": "A lot number HydraBoost 1.5% has no other lot with (compared without "
        "case) (hb2401 is not allowed)"
    }
    [only] = clinic.lots.all()
    assert only.details.expiry_date == dt.date(2027, 1, 31)


def test_a_quantity_of_150_units_is_stored_never_clamped(qtbot: QtBot, clinic: Clinic) -> None:
    vitamins = clinic.products.add(VITAMINS)
    dialog = opened(qtbot, clinic, vitamins)
    type_into(qtbot, dialog.lot_number, "VC-7")
    type_into(qtbot, dialog.expiry_date, date_keys(dt.date(2027, 6, 30)))
    type_into(qtbot, dialog.quantity_received, "150")
    assert dialog.quantity_received.unit == "units"
    save(qtbot, dialog)
    [stored] = clinic.lots.all()
    assert stored.details.quantity_received == 150


def test_a_quantity_of_nothing_is_refused_beside_it(
    qtbot: QtBot, clinic: Clinic, hydra: Product
) -> None:
    dialog = opened(qtbot, clinic, hydra)
    type_into(qtbot, dialog.lot_number, "HB2401")
    type_into(qtbot, dialog.expiry_date, date_keys(dt.date(2027, 6, 30)))
    type_into(qtbot, dialog.quantity_received, "0")
    save(qtbot, dialog)
    assert dialog.errors.visible()["quantity_received"].startswith(
        "0 ml is too low: more than 0, at most 100"
    )
    assert clinic.lots.all() == []


def test_an_edit_is_saved_on_the_lot_read(qtbot: QtBot, clinic: Clinic, hydra: Product) -> None:
    lot = clinic.lots.add(LotInput(hydra.id, "HB2401", dt.date(2027, 1, 31), None, 20))
    dialog = opened(qtbot, clinic, hydra, lot)
    assert [shown(dialog.lot_number), shown(dialog.received_on)] == ["HB2401", ""]
    type_into(qtbot, dialog.expiry_date, date_keys(dt.date(2027, 2, 28)))
    empty(qtbot, dialog.quantity_received)
    save(qtbot, dialog)
    assert dialog.result() == LotDialog.DialogCode.Accepted
    assert clinic.lots.get(lot.id).details == replace(
        lot.details, expiry_date=dt.date(2027, 2, 28), quantity_received=None
    )
