"""The products of one template line: a compact, table-like list of rows under one header.
A product is named from the catalogue (which fills its solution and concentration), or left
unnamed: any product of its solution. No lot: a lot is chosen at the chair.

A product counted in ml, chosen or its name typed whole, fills its usual volume where nobody
typed one, as the session editor does. A product the catalogue counts in units (an ampoule,
a vial, U) has a units field beside its volume in ml: how many a session gives, filled in
with the product's default amount when the product is chosen or its name typed whole,
unless units were typed or stored. Its usual amount is in units, so nothing says what ml it
takes: it empties a volume nobody typed (the new row's 1 ml, or another product's usual
one), to be typed; a volume typed or stored stays. A name not counted
in units takes away only the units the catalogue filled in; units typed or stored stay,
shown, whatever the name (even while it is being typed), until the person empties them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

from mesolog.domain import limits
from mesolog.domain.charts import AMOUNT_PLACES
from mesolog.domain.enums import Solution
from mesolog.domain.errors import Violation
from mesolog.domain.products import Product, ProductUnit, name_key
from mesolog.domain.records import ProductUse
from mesolog.ui.catalogue.catalogue_words import unit_label
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.labels import ordered, solution_label
from mesolog.ui.sessions.session_widgets import (
    add_error_rows,
    caption,
    column_width,
    enum_combo,
    fill_width,
    number_field,
    table_grid,
    watch,
)
from mesolog.ui.templates._catalogue_completer import CatalogueCompleter
from mesolog.ui.templates._template_catalogue import TemplateCatalogue

COLUMNS = [(3, 24), (0, 24), (1, 14), (0, 10), (0, 16), (0, 4)]
"""(stretch, minimum width in characters): product, solution, concentration, volume, units,
remove."""
SOLUTION_COLUMN = 1
DEFAULT_VOLUME_ML = 1.0


def solution_labels() -> dict[Solution, str]:
    return {solution: solution_label(solution) for solution in ordered(Solution)}


def columns() -> list[tuple[int, int]]:
    """COLUMNS, the solution's wide enough for its longest name whole (Greek's
    "DMAE (διμεθυλαμινοαιθανόλη)" is wider than 24 characters)."""
    widest = enum_combo(solution_labels()).sizeHint().width()
    stretch, chars = COLUMNS[SOLUTION_COLUMN]
    wanted = -(-widest // column_width(1))
    shaped = list(COLUMNS)
    shaped[SOLUTION_COLUMN] = (stretch, max(chars, wanted))
    return shaped


class ProductHeader(QWidget):
    """The captions over a line's product rows; Units only over a row that has them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_header")
        grid = table_grid(columns(), self)
        self.units_caption = fill_width(caption(self.tr("Units")), 0)
        self.units_caption.hide()
        captions: list[QWidget] = [
            fill_width(caption(self.tr("Product")), 0),
            fill_width(caption(self.tr("Solution")), 0),
            fill_width(caption(self.tr("Concentration")), 0),
            fill_width(caption(self.tr("Volume")), 0),
            self.units_caption,
            QLabel(),
        ]
        for column, widget in enumerate(captions):
            grid.addWidget(widget, 0, column)


class TemplateProductRow(QWidget):
    """One product of a template line: name, solution, concentration, volume and, for a
    product counted in units, its units."""

    changed = Signal()
    remove_requested = Signal(object)
    counted_changed = Signal()
    """The units field shown or hidden."""

    def __init__(self, catalogue: TemplateCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product")
        self._catalogue = catalogue
        self._units_key: str | None = None
        """The name (name_key) of the catalogue's product counted in units that the row's
        name names; None: the name names none."""
        self._shows_units = False
        self.units_is_default = True
        """Whether the units are the catalogue's usual amount (or none), not typed or
        stored: only then may another name replace them or take them away."""
        self.product_name = named(QLineEdit(), "product_name", self.tr("Product name"))
        self.product_name.setPlaceholderText(self.tr("Any product of the solution"))
        self.product_name.setToolTip(
            self.tr("Type a few letters of a product in the catalogue, or leave empty")
        )
        self.offers = CatalogueCompleter(self.product_name, catalogue.matching)
        self.offers.chosen.connect(self.take_product)
        self.product_name.textChanged.connect(self._name_changed)
        self.solution = named(enum_combo(solution_labels()), "solution", self.tr("Solution"))
        self.concentration = named(QLineEdit(), "concentration", self.tr("Concentration"))
        self.concentration.setPlaceholderText(self.tr("e.g. 1.5%"))
        self.volume_ml = named(
            number_field(limits.VOLUME_ML, "ml", places=AMOUNT_PLACES),
            "volume_ml",
            self.tr("Volume in millilitres"),
        )
        self.volume_ml.set_value(DEFAULT_VOLUME_ML)
        self.volume_ml.setPlaceholderText(self.tr("ml"))
        self.volume_is_default = True
        """Whether the volume is the new row's or a product's usual one (or emptied for a
        product counted in units), not typed or stored: a product chosen may replace it."""
        self.volume_ml.textEdited.connect(self._volume_typed)
        self.units = named(
            number_field(limits.UNITS_AMOUNT, unit_label(ProductUnit.UNITS), places=AMOUNT_PLACES),
            "units",
            self.tr("Units given"),
        )
        self.units.setToolTip(self.tr("How many a session gives: ampoules, vials or U"))
        self.units.hide()
        self.units.textEdited.connect(self._units_typed)
        self.units.editingFinished.connect(self._units_left)
        self.remove_button = named(QToolButton(), "remove_product", self.tr("Remove product"))
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this product"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        self.errors = FieldErrors(self)
        grid = table_grid(columns(), self)
        fields: list[tuple[str, QWidget]] = [
            ("product_name", self.product_name),
            ("solution", self.solution),
            ("concentration", self.concentration),
            ("volume_ml", self.volume_ml),
            ("units", self.units),
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
        self.errors.follow(self.units)
        watch([widget for _, widget in fields], self.changed.emit)

    def focus_widgets(self) -> list[QWidget]:
        """The row's inputs in tab order (the units skipped while hidden)."""
        return [
            self.product_name,
            self.solution,
            self.concentration,
            self.volume_ml,
            self.units,
            self.remove_button,
        ]

    @property
    def counts_units(self) -> bool:
        """Whether the row's units field is shown (and read): its product is counted in
        units, or it holds units typed or stored."""
        return self._shows_units

    def _volume_typed(self, _text: str) -> None:
        self.volume_is_default = False

    def _units_typed(self, _text: str) -> None:
        self.units_is_default = False

    def _units_own(self) -> bool:
        """Whether the row holds units the person typed or the template stored."""
        return not self.units_is_default and bool(self.units.text().strip())

    def _units_left(self) -> None:
        """Units emptied beside a name not counted in units leave with their field."""
        if self._units_key is None and not self.units.text().strip():
            self.units_is_default = True
            self._show_units(False)

    def take_product(self, product: Product) -> None:
        """The catalogue's product chosen: its name, solution and concentration, and for a
        product counted in units its default amount."""
        details = product.details
        self.product_name.setText(details.name)
        self.solution.set_value(details.solution)
        self.concentration.setText(details.concentration)
        self._take_unit(product)

    def _name_changed(self, text: str) -> None:
        """A name typed whole, without choosing it, counts as chosen; any other name has no
        units."""
        if self._units_key is None or name_key(text) != self._units_key:
            self._take_unit(self._catalogue.product_named(text))

    def _take_unit(self, product: Product | None) -> None:
        if product is None or product.details.unit is not ProductUnit.UNITS:
            self._units_key = None
            usual = None if product is None else product.details.default_volume
            if usual is not None and self.volume_is_default:
                self.volume_ml.set_value(usual)
            if not self._units_own():
                self.units.set_value(None)
                self.units_is_default = True
                self._show_units(False)
            return
        key = name_key(product.details.name)
        if key == self._units_key:
            return
        self._units_key = key
        if self.volume_is_default:
            self.volume_ml.set_value(None)  # the usual amount is in units: the ml are typed
        if not self._units_own():
            self.units.set_value(product.details.default_volume)
            self.units_is_default = True
            if product.details.default_volume is not None:
                self.units.check()  # forgets a problem shown before the field was hidden
        self._show_units(True)

    def _show_units(self, shown: bool) -> None:
        if shown != self._shows_units:
            self._shows_units = shown
            self.units.setVisible(shown)
            if not shown:
                self.errors.say("units", "")
            self.counted_changed.emit()

    def product(self) -> ProductUse:
        """The product as typed; only asked once its volume and units were checked."""
        return self._use(
            self.volume_ml.number(), self.units.number() if self.counts_units else None
        )

    def readable_product(self) -> ProductUse | None:
        """The product as typed, for the estimate; units that are no amount read as none.
        None while its volume is no amount, unless the catalogue counts it in units: it is
        priced by its units then, its ml (read as 0) not counted."""
        volume = self.volume_ml.value()
        if volume is None and self._units_key is None:
            return None
        return self._use(volume or 0.0, self.units.value())

    def volume_unreadable(self) -> bool:
        """Whether the estimate needs the row's volume and it holds no amount: a product
        not priced by its units (see readable_product)."""
        return self.volume_ml.value() is None and self._units_key is None

    def units_unreadable(self) -> bool:
        """Whether the row's units are wanted and hold no amount (the estimate says so)."""
        return self.counts_units and self.units.value() is None

    def _use(self, volume_ml: float, units: float | None) -> ProductUse:
        return ProductUse(
            solution=Solution(self.solution.value()),
            volume_ml=volume_ml,
            product_name=self.product_name.text().strip(),
            concentration=self.concentration.text().strip(),
            units=units if self.counts_units else None,
        )

    def set_product(self, product: ProductUse) -> None:
        """A stored product: its volume and units as stored, whatever the catalogue says
        now; a product the catalogue counts in units and stored without them shows the
        field empty, to be filled."""
        self.product_name.setText(product.product_name)
        self.solution.set_value(product.solution)
        self.concentration.setText(product.concentration)
        self.volume_ml.set_value(product.volume_ml)
        self.volume_is_default = False
        self.units.set_value(product.units)
        self.units_is_default = product.units is None
        if product.units is not None:
            self._show_units(True)

    def show_errors(self, violations: Iterable[Violation], prefix: str) -> list[Violation]:
        return self.errors.show(violations, prefix)
