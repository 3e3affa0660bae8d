"""What the template window tests share: a catalogue to complete from and to price the
estimate, a dialog answered while it runs modal, the rows a table shows, and the fields of a
dialog's lines."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import QApplication

from mesolog.domain.enums import Solution
from mesolog.domain.products import Product, ProductInput, ProductUnit
from mesolog.services.clinic import Clinic
from mesolog.ui.templates.template_dialog import TemplateDialog
from tests.typing_support import Typed

HYDRA = ProductInput(
    "HydraBoost 1.5%",
    Solution.HYALURONIC_ACID,
    manufacturer="Dermica",
    concentration="1.5%",
    price_per_unit=Decimal("18.40"),
)
GREEK = ProductInput(
    "Κολλαγόνο Πλους",
    Solution.PEPTIDES,
    manufacturer="Ελληνική Φαρμακευτική",
    concentration="20 mg/ml",
)

AMPOULE = ProductInput(
    "VitaC Ampoule 2 ml",
    Solution.VITAMINS,
    manufacturer="Nutriderm",
    concentration="vitamin C 20%",
    unit=ProductUnit.UNITS,
    default_volume=2.0,
    price_per_unit=Decimal("6.50"),
)
"""Counted in ampoules: two a session, 6.50 each."""
AMOUNT_ERRORS = [
    Typed("none", "", refused="A value is needed: more than 0, at most"),
    Typed("nought", "0", refused="0 units is too low: more than 0, at most"),
    Typed("too many", "1001", refused="1001 units is too high"),
    Typed("four decimals", "1.0005", refused="has more than 3 decimals"),
    Typed("a word", "two", refused="two is not a number"),
]
"""Units typed that no product use allows, and a fragment of what is said beside them."""


def add_catalogue(clinic: Clinic) -> dict[str, Product]:
    return {
        "hydra": clinic.products.add(HYDRA),
        "greek": clinic.products.add(GREEK),
        "ampoule": clinic.products.add(AMPOULE),
    }


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


def shown_errors(dialog: TemplateDialog) -> dict[str, str]:
    """Every error shown beside a field of the dialog, by the field's name."""
    found: dict[str, str] = {}
    for errors in [dialog.plan.errors, *dialog.lines.field_errors()]:
        found.update(errors.visible())
    return found
