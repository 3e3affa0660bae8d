"""The products of one treatment line: a compact, table-like list of rows under one header."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QToolButton, QWidget

from mesolog.domain import limits
from mesolog.domain.charts import AMOUNT_PLACES
from mesolog.domain.enums import Solution
from mesolog.domain.errors import Violation
from mesolog.domain.products import ProductUnit
from mesolog.domain.records import ProductUse
from mesolog.ui.catalogue.catalogue_words import unit_label
from mesolog.ui.common.dates import date_format, shown_date
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.sessions.product_offer import CatalogueOffer
from mesolog.ui.sessions.session_labels import solution_labels
from mesolog.ui.sessions.session_widgets import (
    add_error_rows,
    caption,
    column_width,
    enum_combo,
    fill_width,
    number_field,
    optional_date,
    table_grid,
    text_room,
    watch,
)

COLUMNS = [(0, 20), (3, 14), (3, 10), (0, 0), (0, 12), (1, 14), (0, 17), (0, 5)]
"""(stretch, minimum width in characters): solution, product, concentration, units, volume,
lot, expiry, remove (as wide as its button, so that the header's columns line up with the
rows'). The units column takes room only on a line with a product counted in units
(`set_units_column`)."""
UNITS_COLUMN = 3
UNITS_CHARS = 14
"""The units column is at least as wide as the volume's."""

DEFAULT_VOLUME_ML = 1.0


def set_units_column(grid: QGridLayout, cell: QWidget, width: int) -> None:
    """Gives the units column `width` pixels in one grid of a line (the header's or a row's),
    0 for no column: every grid of a line gets the same, so their columns stay lined up.
    `cell` keeps the column's place while it is hidden in a row whose product is counted in
    ml."""
    grid.setColumnMinimumWidth(UNITS_COLUMN, width)
    policy = cell.sizePolicy()
    policy.setRetainSizeWhenHidden(width > 0)
    cell.setSizePolicy(policy)


def _captions() -> list[str]:
    return [
        QCoreApplication.translate("ProductHeader", "Solution"),
        QCoreApplication.translate("ProductHeader", "Product"),
        QCoreApplication.translate("ProductHeader", "Concentration"),
        QCoreApplication.translate("ProductHeader", "Units"),
        QCoreApplication.translate("ProductHeader", "Volume"),
        QCoreApplication.translate("ProductHeader", "Lot number"),
        QCoreApplication.translate("ProductHeader", "Expiry date"),
        "",
    ]


def product_grid(parent: QWidget) -> QGridLayout:
    """The grid of a line's header or product row: every column at least its characters,
    its caption whole and (the solution's) the longest solution's name whole, so that the
    header's and the rows' columns line up in every language."""
    grid = table_grid(COLUMNS, parent)
    metrics = QFontMetrics(QApplication.font())
    for column, text in enumerate(_captions()):
        if column != UNITS_COLUMN:
            least = max(column_width(COLUMNS[column][1]), metrics.horizontalAdvance(text))
            grid.setColumnMinimumWidth(column, least)
    solutions = enum_combo(solution_labels()).sizeHint().width()
    grid.setColumnMinimumWidth(0, max(grid.columnMinimumWidth(0), solutions))
    expiry = optional_date("expiry_date", "", dt.date.today())
    expiry.setPlaceholderText(date_hint())
    grid.setColumnMinimumWidth(6, max(grid.columnMinimumWidth(6), text_room(expiry, "00/00/0000")))
    remove = len(COLUMNS) - 1
    grid.setColumnMinimumWidth(remove, max(grid.columnMinimumWidth(remove), _remove_width()))
    return grid


def _remove_button() -> QToolButton:
    button = QToolButton()
    button.setText("✕")
    return button


def _remove_width() -> int:
    return _remove_button().sizeHint().width()


class ProductHeader(QWidget):
    """The captions above a line's product rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_header")
        self.grid = product_grid(self)
        texts = _captions()
        self.units_caption = caption(texts[UNITS_COLUMN])
        for column, text in enumerate(texts):
            label = self.units_caption if column == UNITS_COLUMN else caption(text)
            self.grid.addWidget(fill_width(label, 0), 0, column)
        self.set_units_column(0)

    def set_units_column(self, width: int) -> None:
        """The units column `width` pixels wide; 0: none."""
        set_units_column(self.grid, self.units_caption, width)
        self.units_caption.setVisible(width > 0)


def date_hint() -> str:
    """The locale's order of a date's parts, as the empty field's words ("dd/mm/yyyy"): an
    example date would read like a value."""
    words = {
        "d": QCoreApplication.translate("ProductRow", "dd"),
        "M": QCoreApplication.translate("ProductRow", "mm"),
        "y": QCoreApplication.translate("ProductRow", "yyyy"),
    }
    return re.sub(r"d+|M+|y+", lambda part: words[part.group(0)[0]], date_format())


class ProductRow(QWidget):
    """One product used on the line: solution, name, concentration, the units given of a
    product counted in units, volume, lot and expiry, and under them the offer to add them to
    the catalogue (`product_link` links the row to it, and says when the product counts in
    units)."""

    changed = Signal()
    remove_requested = Signal(object)
    units_shown_changed = Signal()

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
        self.volume_ml.setPlaceholderText(self.tr("ml"))
        self.volume_is_default = True
        """Whether the volume is the new row's or a product's usual one (or none), not one the
        person typed or a session or draft brought: a product chosen may replace it then."""
        self.volume_ml.textEdited.connect(self._volume_typed)
        self.volume_before_points: str | None = None
        """The volume's text when points took it over, given back when the last one goes."""
        self.units = named(
            number_field(
                limits.UNITS_AMOUNT,
                unit_label(ProductUnit.UNITS),
                places=AMOUNT_PLACES,
                none=self.tr("none"),
            ),
            "units",
            self.tr("Units given"),
        )
        self.units.setToolTip(
            self.tr(
                "How many units (ampoules, vials, U) of this product were given; the volume "
                "injected stays in ml"
            )
        )
        self.units.hide()
        self.shows_units = False
        """Whether the product is counted in units (or the row brought units): only then is
        the units field shown, and read."""
        self.units_is_default = True
        """Whether the units are the product's usual amount (or none), not typed or brought:
        another product chosen may replace them or take them away then. Units typed or
        brought stay, shown, whatever the product: only the person empties them."""
        self.units.textEdited.connect(self._units_typed)
        self.lot_number = named(QLineEdit(), "lot_number", self.tr("Lot number"))
        self.lot_number.setPlaceholderText(self.tr("Lot"))
        self.expiry_date = optional_date("expiry_date", self.tr("Expiry date"), today())
        self.expiry_date.setPlaceholderText(date_hint())
        self.remove_button = named(_remove_button(), "remove_product", self.tr("Remove product"))
        self.remove_button.setToolTip(self.tr("Remove this product"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.offer = CatalogueOffer()

        self.errors = FieldErrors(self)
        self.grid = grid = product_grid(self)
        fields: list[tuple[str, QWidget]] = [
            ("solution", self.solution),
            ("product_name", self.product_name),
            ("concentration", self.concentration),
            ("units", self.units),
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
        self.errors.follow(self.units)
        self.errors.follow(self.volume_ml)
        self.errors.follow(self.expiry_date)
        watch([widget for _, widget in fields], self.changed.emit)
        set_units_column(grid, self.units, 0)

    def _volume_typed(self, _text: str) -> None:
        self.volume_is_default = False

    def _units_typed(self, _text: str) -> None:
        self.units_is_default = False

    def _units_own(self) -> bool:
        """Whether the row holds units the person typed or a session or draft brought."""
        return not self.units_is_default and bool(self.units.text().strip())

    def count_units(self, usual: float | None) -> None:
        """The row's product is counted in units: the field shown, holding `usual` (the
        product's usual amount) unless units were typed or brought."""
        if not self._units_own():
            self.units.set_value(usual)
            self.units_is_default = True
        self._show_units(True)

    def count_no_units(self) -> None:
        """The row's product is not counted in units: the product's usual units emptied and
        the field hidden; units typed or brought stay, shown."""
        if not self._units_own():
            self.units.set_value(None)
            self.units_is_default = True
            self._show_units(False)

    def offer_volume(self, usual: float | None) -> None:
        """A product's usual volume in ml, or none (to be typed), unless the volume was typed
        or brought, or the chart's points hold it."""
        if self.volume_is_default and not self.volume_ml.isReadOnly():
            self.volume_ml.set_value(usual)

    def _show_units(self, shown: bool) -> None:
        self.units.setVisible(shown)
        if shown != self.shows_units:
            self.shows_units = shown
            self.errors.say("units", "")
            self.units_shown_changed.emit()

    def set_units_column(self, width: int) -> None:
        """The line's units column `width` pixels wide (0: none, as no row shows units)."""
        set_units_column(self.grid, self.units, width)

    def _brought_units(self) -> None:
        """Units brought with a session or draft are its own: shown when there are some."""
        self.units_is_default = False
        self._show_units(bool(self.units.text().strip()))

    def focus_widgets(self) -> list[QWidget]:
        """The row's inputs in tab order."""
        return [
            self.solution,
            self.product_name,
            self.concentration,
            self.units,
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
            units=self.units.value() if self.shows_units else None,
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
        self.units.set_value(product.units)
        self._brought_units()

    def to_payload(self) -> dict[str, Any]:
        return {
            "solution": self.solution.value(),
            "product_name": self.product_name.text(),
            "concentration": self.concentration.text(),
            "volume_ml": self.volume_ml.raw(),
            "lot_number": self.lot_number.text(),
            "expiry_date": self.expiry_date.raw(),
            "units": self.units.raw() if self.shows_units else None,
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
        self.units.set_raw(payload.get("units"))
        self._brought_units()

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


def units_column_width(rows: Sequence[ProductRow]) -> int:
    """The width of the units column of a line with these rows: none (0) unless one of them
    shows units, then room for the widest units a field takes, and at least the volume's."""
    if not any(row.shows_units for row in rows):
        return 0
    return max(column_width(UNITS_CHARS), *(row.units.sizeHint().width() for row in rows))
