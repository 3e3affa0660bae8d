"""Two workstations edit one product or one lot at once: the save names the record as read,
another field's change is kept and said, a change of the same field shows the conflict
dialog, and nothing is overwritten silently. Typed key by key on two `Clinic` objects
over one SQLite file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.products import LotInput, Product
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue.lot_dialog import LotDialog
from mesolog.ui.catalogue.product_dialog import ProductDialog
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from tests.conftest import FixedClock
from tests.locale_support import decimal, short_time
from tests.qt_fixtures import Boxes
from tests.typing_support import shown, type_into
from tests.ui.catalogue.catalogue_support import HYDRA
from tests.ui.conflict_support import THERE_NAME, ConflictAnswers, workstations


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form left holding typing asks before it closes; these tests discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def there(clinic: Clinic, db_path: Path, clock: FixedClock, boxes: Boxes) -> Iterator[Clinic]:
    with workstations(clinic, db_path, clock) as other:
        yield other


@pytest.fixture
def hydra(clinic: Clinic, there: Clinic) -> Product:
    return clinic.products.add(HYDRA)


def opened(qtbot: QtBot, clinic: Clinic, product: Product) -> ProductDialog:
    dialog = ProductDialog(clinic, ChangeBus(), product=product)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(
    ("click", "stored", "in_form"),
    [
        ("keep_mine", Decimal("21"), None),
        ("use_theirs", Decimal("19.9"), decimal("19.90")),
        ("cancel", Decimal("19.9"), decimal("21")),
    ],
)
def test_both_changed_the_price(
    qtbot: QtBot,
    clinic: Clinic,
    there: Clinic,
    hydra: Product,
    clock: FixedClock,
    boxes: Boxes,
    click: str,
    stored: Decimal,
    in_form: str | None,
) -> None:
    mine = opened(qtbot, clinic, hydra)
    clock.advance(minutes=7)
    theirs = opened(qtbot, there, there.products.get(hydra.id))
    type_into(qtbot, theirs.price_per_unit, decimal("19.9"))
    qtbot.mouseClick(theirs.save_button, Qt.MouseButton.LeftButton)
    assert theirs.result() == ProductDialog.DialogCode.Accepted

    type_into(qtbot, mine.price_per_unit, "21")
    answers = ConflictAnswers([click])
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    answers.stop()

    assert boxes.shown == []
    [said] = answers.shown
    assert said.heading.startswith(f"{THERE_NAME} changed this product at {short_time(18, 7)}")
    assert (said.captions, said.theirs, said.mine) == (
        {"price_per_unit": "Price per unit"},
        {"price_per_unit": decimal("19.90")},
        {"price_per_unit": decimal("21.00")},
    )
    assert clinic.products.get(hydra.id).details.price_per_unit == stored
    if in_form is None:
        assert mine.result() == ProductDialog.DialogCode.Accepted
    else:
        assert shown(mine.price_per_unit) == in_form


def test_a_lot_s_expiry_changed_there_is_kept_with_the_quantity_typed_here(
    qtbot: QtBot, clinic: Clinic, there: Clinic, hydra: Product, clock: FixedClock, boxes: Boxes
) -> None:
    lot = clinic.lots.add(LotInput(hydra.id, "HB2401", dt.date(2027, 1, 31)))
    mine = LotDialog(clinic, ChangeBus(), hydra, lot=lot)
    qtbot.addWidget(mine)
    mine.show()
    clock.advance(minutes=7)
    there.lots.update(
        lot.id, replace(lot.details, expiry_date=dt.date(2027, 2, 28)), read=there.lots.get(lot.id)
    )
    type_into(qtbot, mine.quantity_received, "30")
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)

    assert boxes.shown == []
    assert clinic.lots.get(lot.id).details == replace(
        lot.details, expiry_date=dt.date(2027, 2, 28), quantity_received=30
    )
    assert shown(mine.expiry_date) == shown_date(dt.date(2027, 2, 28))
    assert mine.versioned.note.text() == (
        f"Saved. Kept {THERE_NAME}'s change of expiry date, {short_time(18, 7)}."
    )
