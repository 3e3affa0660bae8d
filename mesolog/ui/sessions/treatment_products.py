"""The products of one treatment line: a compact, table-like list of rows under one header."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from mesolog.domain import limits
from mesolog.domain.charts import AMOUNT_PLACES
from mesolog.domain.enums import Solution
from mesolog.domain.errors import Violation
from mesolog.domain.records import ProductUse
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.sessions.product_offer import CatalogueOffer
from mesolog.ui.sessions.session_labels import solution_labels
from mesolog.ui.sessions.session_widgets import (
    add_error_rows,
    caption,
    enum_combo,
    fill_width,
    number_field,
    optional_date,
    table_grid,
    watch,
)

COLUMNS = [(0, 20), (3, 14), (2, 10), (0, 14), (2, 10), (0, 19), (0, 4)]
"""(stretch, minimum width in characters): solution, product, concentration, volume, lot,
expiry, remove."""

DEFAULT_VOLUME_ML = 1.0


def product_header(parent: QWidget | None = None) -> QWidget:
    header = QWidget(parent)
    header.setObjectName("product_header")
    grid = table_grid(COLUMNS, header)
    texts = [
        header.tr("Solution"),
        header.tr("Product"),
        header.tr("Concentration"),
        header.tr("Volume"),
        header.tr("Lot number"),
        header.tr("Expiry date"),
        "",
    ]
    for column, text in enumerate(texts):
        grid.addWidget(fill_width(caption(text), 0), 0, column)
    return header


class ProductRow(QWidget):
    """One product used on the line: solution, name, concentration, volume, lot and expiry,
    and under them the offer to add them to the catalogue (`product_link` links the row to
    it)."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("product")
        self.today = today
        self.session_day: dt.date | None = None
        """The session's day when last read, whose lots in date the lot field offers."""
        self.solution = named(enum_combo(solution_labels()), "solution", self.tr("Solution"))
        self.product_name = named(QLineEdit(), "product_name", self.tr("Product name"))
        self.product_name.setPlaceholderText(self.tr("Product"))
        self.concentration = named(QLineEdit(), "concentration", self.tr("Concentration"))
        self.concentration.setPlaceholderText(self.tr("e.g. 20 mg/ml"))
        self.volume_ml = named(
            number_field(limits.VOLUME_ML, "ml", places=AMOUNT_PLACES),
            "volume_ml",
            self.tr("Volume in millilitres"),
        )
        self.volume_ml.set_value(DEFAULT_VOLUME_ML)
        self.volume_is_default = True
        """Whether the volume is the new row's or a product's usual one, not one the person
        typed or a session or draft brought: a product chosen may replace it then."""
        self.volume_ml.textEdited.connect(self._volume_typed)
        self.volume_before_points: str | None = None
        """The volume's text when points took it over, given back when the last one goes."""
        self.lot_number = named(QLineEdit(), "lot_number", self.tr("Lot number"))
        self.lot_number.setPlaceholderText(self.tr("Lot"))
        self.expiry_date = optional_date("expiry_date", self.tr("Expiry date"), today())
        self.remove_button = named(QToolButton(), "remove_product", self.tr("Remove product"))
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this product"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.offer = CatalogueOffer()

        self.errors = FieldErrors(self)
        grid = table_grid(COLUMNS, self)
        fields: list[tuple[str, QWidget]] = [
            ("solution", self.solution),
            ("product_name", self.product_name),
            ("concentration", self.concentration),
            ("volume_ml", self.volume_ml),
            ("lot_number", self.lot_number),
            ("expiry_date", self.expiry_date),
        ]
        for column, (_, widget) in enumerate(fields):
            grid.addWidget(fill_width(widget, 0), 0, column)
        grid.addWidget(self.remove_button, 0, len(fields))
        grid.addWidget(self.offer, 1, 1, 1, len(fields) - 1)
        add_error_rows(
            grid,
            [(column, self.errors.label_for(field)) for column, (field, _) in enumerate(fields)],
            first_row=2,
        )
        self.errors.follow(self.volume_ml)
        self.errors.follow(self.expiry_date)
        watch([widget for _, widget in fields], self.changed.emit)

    def _volume_typed(self, _text: str) -> None:
        self.volume_is_default = False

    def focus_widgets(self) -> list[QWidget]:
        """The row's inputs in tab order."""
        return [
            self.solution,
            self.product_name,
            self.concentration,
            self.volume_ml,
            self.lot_number,
            self.expiry_date,
            self.offer.button,
            self.remove_button,
        ]

    def product(self, *, volume_ml: float | None = None) -> ProductUse:
        """The product as typed; `volume_ml` is its points' sum when it has some."""
        return ProductUse(
            solution=Solution(self.solution.value()),
            volume_ml=self.volume_ml.number() if volume_ml is None else volume_ml,
            product_name=self.product_name.text().strip(),
            concentration=self.concentration.text().strip(),
            lot_number=self.lot_number.text().strip(),
            expiry_date=self.expiry_date.value(),
        )

    def set_product(self, product: ProductUse) -> None:
        self.solution.set_value(product.solution)
        self.product_name.setText(product.product_name)
        self.concentration.setText(product.concentration)
        self.volume_ml.set_value(product.volume_ml)
        self.volume_is_default = False
        self.volume_before_points = None
        self.lot_number.setText(product.lot_number)
        self.expiry_date.set_value(product.expiry_date)

    def to_payload(self) -> dict[str, Any]:
        return {
            "solution": self.solution.value(),
            "product_name": self.product_name.text(),
            "concentration": self.concentration.text(),
            "volume_ml": self.volume_ml.raw(),
            "lot_number": self.lot_number.text(),
            "expiry_date": self.expiry_date.raw(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self.solution.set_value(payload.get("solution"))
        self.product_name.setText(str(payload.get("product_name", "")))
        self.concentration.setText(str(payload.get("concentration", "")))
        self.volume_ml.set_raw(payload.get("volume_ml", DEFAULT_VOLUME_ML))
        self.volume_is_default = False
        self.volume_before_points = None
        self.lot_number.setText(str(payload.get("lot_number", "")))
        self.expiry_date.set_raw(payload.get("expiry_date"))

    def warn_if_expired(self, session_day: dt.date | None) -> bool:
        """Says under the expiry, at once, that the lot expired before the session's day
        (the day whose lots the row offers from then on); whether it did."""
        self.session_day = session_day or self.session_day
        expiry = self.expiry_date.value()
        if session_day is not None and expiry is not None and expiry < session_day:
            self.errors.say(
                "expiry_date",
                self.tr("This lot expired on %1, before the session (%2): use a lot in date.")
                .replace("%1", shown_date(expiry))
                .replace("%2", shown_date(session_day)),
            )
            return True
        if not self.expiry_date.problem():
            self.errors.say("expiry_date", "")
        return False

    def show_errors(self, violations: Iterable[Violation], prefix: str) -> list[Violation]:
        return self.errors.show(violations, prefix)
