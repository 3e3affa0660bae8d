"""The products of one template line: a compact, table-like list of rows under one header.
A product is named from the catalogue (which fills its solution and concentration), or left
unnamed: any product of its solution. No lot: a lot is chosen at the chair."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from mesolog.domain import limits
from mesolog.domain.charts import AMOUNT_PLACES
from mesolog.domain.enums import Solution
from mesolog.domain.errors import Violation
from mesolog.domain.products import Product
from mesolog.domain.records import ProductUse
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.labels import ordered, solution_label
from mesolog.ui.sessions.session_widgets import (
    add_error_rows,
    caption,
    enum_combo,
    fill_width,
    number_field,
    table_grid,
    watch,
)
from mesolog.ui.templates._catalogue_completer import CatalogueCompleter

COLUMNS = [(3, 24), (0, 24), (1, 14), (0, 10), (0, 4)]
"""(stretch, minimum width in characters): product, solution, concentration, volume, remove."""
DEFAULT_VOLUME_ML = 1.0


def product_header(parent: QWidget | None = None) -> QWidget:
    header = QWidget(parent)
    header.setObjectName("product_header")
    grid = table_grid(COLUMNS, header)
    texts = [
        header.tr("Product"),
        header.tr("Solution"),
        header.tr("Concentration"),
        header.tr("Volume"),
        "",
    ]
    for column, text in enumerate(texts):
        grid.addWidget(fill_width(caption(text), 0), 0, column)
    return header


class TemplateProductRow(QWidget):
    """One product of a template line: name, solution, concentration and volume."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, matching: Callable[[str], list[Product]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("product")
        self.product_name = named(QLineEdit(), "product_name", self.tr("Product name"))
        self.product_name.setPlaceholderText(self.tr("Any product of the solution"))
        self.product_name.setToolTip(
            self.tr("Type a few letters of a product in the catalogue, or leave empty")
        )
        self.offers = CatalogueCompleter(self.product_name, matching)
        self.offers.chosen.connect(self.take_product)
        labels = {solution: solution_label(solution) for solution in ordered(Solution)}
        self.solution = named(enum_combo(labels), "solution", self.tr("Solution"))
        self.concentration = named(QLineEdit(), "concentration", self.tr("Concentration"))
        self.concentration.setPlaceholderText(self.tr("e.g. 1.5%"))
        self.volume_ml = named(
            number_field(limits.VOLUME_ML, "ml", places=AMOUNT_PLACES),
            "volume_ml",
            self.tr("Volume in millilitres"),
        )
        self.volume_ml.set_value(DEFAULT_VOLUME_ML)
        self.remove_button = named(QToolButton(), "remove_product", self.tr("Remove product"))
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this product"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        self.errors = FieldErrors(self)
        grid = table_grid(COLUMNS, self)
        fields: list[tuple[str, QWidget]] = [
            ("product_name", self.product_name),
            ("solution", self.solution),
            ("concentration", self.concentration),
            ("volume_ml", self.volume_ml),
        ]
        for column, (_, widget) in enumerate(fields):
            grid.addWidget(fill_width(widget, 0), 0, column)
        grid.addWidget(self.remove_button, 0, len(fields))
        add_error_rows(
            grid,
            [(column, self.errors.label_for(field)) for column, (field, _) in enumerate(fields)],
            first_row=1,
        )
        self.errors.follow(self.volume_ml)
        watch([widget for _, widget in fields], self.changed.emit)

    def focus_widgets(self) -> list[QWidget]:
        """The row's inputs in tab order."""
        return [
            self.product_name,
            self.solution,
            self.concentration,
            self.volume_ml,
            self.remove_button,
        ]

    def take_product(self, product: Product) -> None:
        """The catalogue's product chosen: its name, solution and concentration."""
        details = product.details
        self.product_name.setText(details.name)
        self.solution.set_value(details.solution)
        self.concentration.setText(details.concentration)

    def product(self) -> ProductUse:
        """The product as typed; only asked once the volume was checked."""
        return self._use(self.volume_ml.number())

    def readable_product(self) -> ProductUse | None:
        """The product as typed, or None while its volume is no amount (for the estimate)."""
        volume = self.volume_ml.value()
        return None if volume is None else self._use(volume)

    def _use(self, volume_ml: float) -> ProductUse:
        return ProductUse(
            solution=Solution(self.solution.value()),
            volume_ml=volume_ml,
            product_name=self.product_name.text().strip(),
            concentration=self.concentration.text().strip(),
        )

    def set_product(self, product: ProductUse) -> None:
        self.product_name.setText(product.product_name)
        self.solution.set_value(product.solution)
        self.concentration.setText(product.concentration)
        self.volume_ml.set_value(product.volume_ml)

    def show_errors(self, violations: Iterable[Violation], prefix: str) -> list[Violation]:
        return self.errors.show(violations, prefix)
