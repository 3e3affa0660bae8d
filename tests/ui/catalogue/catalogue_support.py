"""What the catalogue's window tests share: products to start from, a dialog answered while
it runs modal, and the rows a table shows."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import QApplication

from mesolog.domain.enums import Solution
from mesolog.domain.products import ProductInput, ProductUnit

HYDRA = ProductInput(
    "HydraBoost 1.5%",
    Solution.HYALURONIC_ACID,
    manufacturer="Dermica",
    concentration="1.5%",
    gtin="4006381333931",
    default_volume=2.0,
    price_per_unit=Decimal("18.40"),
)
GREEK = ProductInput(
    "Κολλαγόνο Πλους",
    Solution.PEPTIDES,
    manufacturer="Ελληνική Φαρμακευτική",
    concentration="20 mg/ml",
    default_volume=1.5,
)
VITAMINS = ProductInput(
    "Vitamin Cocktail", Solution.VITAMINS, unit=ProductUnit.UNITS, default_volume=150
)


def in_modal(kind: type, act: Callable[[Any], None]) -> None:
    """Runs `act` on the modal dialog of `kind` about to open (a click opens it and waits);
    a failure closes it, so the test fails instead of hanging."""

    def run() -> None:
        opened = QApplication.activeModalWidget()
        assert isinstance(opened, kind), opened
        try:
            act(opened)
        except BaseException:
            opened.done(0)
            raise

    QTimer.singleShot(0, run)


def rows(model: QAbstractItemModel) -> list[list[str]]:
    """What each row of a table shows, cell by cell."""
    return [
        [
            str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
            for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    ]
