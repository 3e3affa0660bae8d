"""The session editor's product rows with a catalogue behind them, driven from the keyboard
(tests/ui/sessions/test_product_*.py).

`Keyboard` presses keys where Qt sends them: to the completion list while one is open (it
hands the keys it does not use to the field), else to the widget with the focus, letting the
event loop run after each as it does between a person's keys (a row added is shown then); it
counts every key pressed (a character is one key, Ctrl+A is one) for the keystroke figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from mesolog.domain.enums import Solution
from mesolog.domain.products import Lot, LotInput, Product, ProductInput, ProductUnit
from mesolog.services.clinic import Clinic
from mesolog.ui.sessions.treatment_products import ProductRow

HYDRA = ProductInput(
    "HydraBoost",
    Solution.HYALURONIC_ACID,
    manufacturer="Dermica",
    concentration="1.5%",
    default_volume=2.0,
)
COLLAGEN = ProductInput(
    "Κολλαγόνο Πλους",
    Solution.PEPTIDES,
    manufacturer="Ελληνική Φαρμακευτική",
    concentration="2%",
    default_volume=1.5,
)
DMAE = ProductInput("DMAE Lift", Solution.DMAE, concentration="3%", unit=ProductUnit.UNITS)
HYDRA_LOTS = {
    "HB-2603": dt.date(2026, 3, 1),
    "HB-2606": dt.date(2026, 6, 30),
    "HB-2701": dt.date(2027, 1, 31),
}
"""The session is on 10 March 2026: HB-2603 expired nine days before."""
COLLAGEN_LOTS = {"KP-0925": dt.date(2026, 9, 30), "KP-1226": dt.date(2026, 12, 31)}


@dataclass(frozen=True)
class Catalogue:
    hydra: Product
    collagen: Product
    dmae: Product

    def lot(self, clinic: Clinic, product: Product, number: str) -> Lot:
        found = clinic.lots.find(product.id, number)
        assert found is not None, number
        return found


def stock(clinic: Clinic) -> Catalogue:
    """The clinic's catalogue: HydraBoost with three lots, Κολλαγόνο Πλους with two, and a
    product counted in units."""
    hydra, collagen, dmae = (clinic.products.add(p) for p in (HYDRA, COLLAGEN, DMAE))
    for product, lots in ((hydra, HYDRA_LOTS), (collagen, COLLAGEN_LOTS)):
        for number, expiry in lots.items():
            clinic.lots.add(LotInput(product.id, number, expiry))
    return Catalogue(hydra, collagen, dmae)


def receiver() -> QWidget:
    """Where a key goes: the open completion list, else the widget with the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


@dataclass
class Keyboard:
    pressed: int = 0

    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        *,
        times: int = 1,
    ) -> None:
        for _ in range(times):
            QTest.keyClick(receiver(), key, modifier)
            self.pressed += 1
            QApplication.processEvents()

    def type(self, text: str) -> None:
        for character in text:
            target = receiver()
            if character.isascii():
                QTest.keyClicks(target, character)
            else:
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click,
                    target,
                    Qt.Key.Key_unknown,
                    character,
                    Qt.KeyboardModifier.NoModifier,
                )
            self.pressed += 1
            QApplication.processEvents()

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)

    def down(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Down, times=times)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def select_all(self) -> None:
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def open_list(field: QLineEdit) -> QAbstractItemView | None:
    """The completion list open under `field`, if one is."""
    completer = field.completer()
    if completer is None or not completer.popup().isVisible():
        return None
    return completer.popup()


def offered(field: QLineEdit) -> list[str]:
    """The lines of the completion list open under `field` (none when it is closed)."""
    popup = open_list(field)
    if popup is None:
        return []
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def has_focus(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget


def grab_with_list(window: QWidget, field: QLineEdit) -> QPixmap:
    """The window as seen with the completion list open over it (the list is a window of
    its own, which `grab` leaves out)."""
    picture = window.grab()
    popup = open_list(field)
    assert popup is not None, "no list open"
    painter = QPainter(picture)
    corner = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(corner, popup.grab())
    painter.end()
    return picture


def row_texts(row: ProductRow) -> tuple[str, str, str, str, str]:
    """What the row shows: name, concentration, volume, lot and expiry."""
    return (
        row.product_name.text(),
        row.concentration.text(),
        row.volume_ml.text(),
        row.lot_number.text(),
        row.expiry_date.text(),
    )
