"""One treatment line of a session: the area, needle or pen with its settings, the products."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QMargins, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.charts import points_volume_ml
from mesolog.domain.enums import Area, TechniqueKind
from mesolog.domain.errors import Violation
from mesolog.domain.records import (
    NeedleTechnique,
    Technique,
    TechniqueDefaults,
    TreatmentLine,
)
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.sessions.line_chart import LineChart, sync_volumes
from mesolog.ui.sessions.product_catalogue import ProductCatalogue
from mesolog.ui.sessions.product_link import CatalogueLink
from mesolog.ui.sessions.session_labels import area_labels
from mesolog.ui.sessions.session_widgets import enum_combo, room_for, watch
from mesolog.ui.sessions.treatment_products import (
    ProductHeader,
    ProductRow,
    units_column_width,
)
from mesolog.ui.sessions.treatment_technique import (
    NeedleFields,
    PenFields,
    TechniqueChoice,
    set_defaults,
)

_PRODUCT_PATH = re.compile(r"products\[(\d+)\]\.")
LINE_MARGINS = QMargins(8, 6, 8, 6)
SELECTED_TITLE = "QLabel { background: #0b57d0; color: white; border-radius: 3px; padding: 0 4px; }"
"""The number of the line the chart shows, in the colour of its zones' outline there."""


class TreatmentLineEditor(QFrame):
    """Edits one `TreatmentLine`; shows only the chosen technique's fields.

    Errors are placed by paths relative to the line (`technique.depth_mm`,
    `products[0].expiry_date`, `area_detail`): `show_errors` takes the line's prefix.
    """

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self,
        defaults: TechniqueDefaults,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("treatment_line")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._today = today
        self.products: list[ProductRow] = []
        self.catalogue: ProductCatalogue | None = None
        self._links: dict[ProductRow, CatalogueLink] = {}
        self._units_width = 0
        """The products' units column's width in pixels (0: none, as none of them shows
        units)."""
        self.chart = LineChart(self)
        self.chart.changed.connect(self._chart_changed)
        self.errors = FieldErrors(self)

        self.title = QLabel()
        self.title.setObjectName("line_title")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.area = named(enum_combo(area_labels()), "area", self.tr("Treated area"))
        # the field shows the longest area's name whole, in every language
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_detail = named(QLineEdit(), "area_detail", self.tr("Area detail"))
        self.area_detail.setPlaceholderText(self.tr("Detail (optional), e.g. left side"))
        room_for(self.area_detail)
        self.kind = TechniqueChoice()
        self.remove_button = named(
            QPushButton(self.tr("Remove area")), "remove_line", self.tr("Remove this area")
        )
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        self.needle_fields = NeedleFields()
        self.pen_fields = PenFields()
        set_defaults(self.needle_fields, self.pen_fields, defaults)
        self.stack = QStackedWidget()
        self.stack.setObjectName("technique")
        self.stack.addWidget(self.needle_fields)
        self.stack.addWidget(self.pen_fields)
        self.kind.changed.connect(self._kind_changed)

        self.product_header = ProductHeader()
        self.product_header.hide()
        self.product_rows = QVBoxLayout()
        self.product_rows.setSpacing(2)
        self.add_product_button = named(
            QPushButton(self.tr("Add product")), "add_product", self.tr("Add a product")
        )
        self.add_product_button.setAutoDefault(False)
        self.add_product_button.clicked.connect(self._add_product_clicked)

        self._build_layout()
        watch([self.area, self.area_detail], self.changed.emit)
        self.kind.changed.connect(self.changed.emit)
        self.needle_fields.changed.connect(self.changed.emit)
        self.pen_fields.changed.connect(self.changed.emit)
        self._kind_changed()

    def _build_layout(self) -> None:
        # the area and its detail on the first row, needle or pen and "Remove area" under
        # them: on one row they do not fit beside the chart in Greek
        top = QGridLayout()
        top.setHorizontalSpacing(6)
        top.setVerticalSpacing(2)
        area_label = QLabel(self.tr("Area"))
        area_label.setBuddy(self.area)
        top.addWidget(self.title, 0, 0)
        top.addWidget(area_label, 0, 1)
        top.addWidget(self.area, 0, 2)
        top.addWidget(self.errors.label_for("area"), 1, 2)
        top.addWidget(self.area_detail, 0, 3)
        top.addWidget(self.errors.label_for("area_detail"), 1, 3)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        kind_row.addWidget(self.remove_button)
        top.addLayout(kind_row, 2, 2, 1, 2)
        top.setColumnStretch(3, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(self.add_product_button)
        bottom.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(LINE_MARGINS)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        layout.addWidget(self.product_header)
        layout.addLayout(self.product_rows)
        layout.addLayout(bottom)

    # technique

    def _kind_changed(self) -> None:
        self.stack.setCurrentWidget(self.current_fields())

    def current_fields(self) -> NeedleFields | PenFields:
        return self.pen_fields if self.kind.value() is TechniqueKind.PEN else self.needle_fields

    def depth_field(self) -> NumberField:
        return self.current_fields().depth_mm

    def set_number(self, number: int) -> None:
        self.title.setText(f"{number}.")
        self.setAccessibleName(self.tr("Treated area %1").replace("%1", str(number)))

    def number(self) -> int:
        return int(self.title.text().rstrip(".") or 0)

    def set_selected(self, selected: bool) -> None:
        """Marks the line the chart shows."""
        self.title.setStyleSheet(SELECTED_TITLE if selected else "")

    def _chart_changed(self) -> None:
        sync_volumes(self.products, self.chart.points)
        self.changed.emit()

    # products

    def use_catalogue(self, catalogue: ProductCatalogue) -> None:
        """Completes the products' names and lots from `catalogue` and offers to add to it."""
        if self.catalogue is not catalogue:
            self.catalogue = catalogue
            for row in self.products:
                self._links[row] = CatalogueLink(row, catalogue)

    def _add_product_clicked(self) -> None:
        row = self.add_product()
        # with products to complete from, the name comes first: the product fills the rest
        if self.catalogue is not None and self.catalogue.has_products():
            row.product_name.setFocus()
        else:
            row.solution.setFocus()
        self.changed.emit()

    def add_product(self) -> ProductRow:
        row = ProductRow(self._today)
        row.changed.connect(self.changed.emit)
        row.remove_requested.connect(self.remove_product)
        row.units_shown_changed.connect(self._units_shown_changed)
        self.products.append(row)
        self.product_rows.addWidget(row)
        self.product_header.setVisible(True)
        row.set_units_column(self._units_width)
        if self.catalogue is not None:
            self._links[row] = CatalogueLink(row, self.catalogue)
        return row

    def _units_shown_changed(self) -> None:
        width = units_column_width(self.products)
        if width != self._units_width:
            self._units_width = width
            self.product_header.set_units_column(width)
            for row in self.products:
                row.set_units_column(width)

    def remove_product(self, row: ProductRow) -> None:
        index = self.products.index(row)
        self.products.remove(row)
        self._links.pop(row, None)
        self.product_rows.removeWidget(row)
        row.deleteLater()
        self.product_header.setVisible(bool(self.products))
        self._units_shown_changed()
        self.add_product_button.setFocus()
        self.chart.product_removed(index)

    def _set_product_count(self, count: int) -> list[ProductRow]:
        while len(self.products) > count:
            row = self.products.pop()
            self._links.pop(row, None)
            self.product_rows.removeWidget(row)
            row.deleteLater()
        while len(self.products) < count:
            self.add_product()
        self.product_header.setVisible(bool(self.products))
        self._units_shown_changed()
        return self.products

    # values

    def focus_widgets(self) -> list[QWidget]:
        """The line's inputs in tab order (only the visible technique's fields)."""
        widgets: list[QWidget] = [
            self.area,
            self.area_detail,
            *self.kind.buttons.values(),
            self.remove_button,
            *self.current_fields().focus_widgets(),
        ]
        for row in self.products:
            widgets += row.focus_widgets()
        return [*widgets, self.add_product_button]

    def technique(self) -> Technique:
        return self.current_fields().technique()

    def to_line(self) -> TreatmentLine:
        points = tuple(self.chart.points)
        products = []
        for index, row in enumerate(self.products):
            summed = points_volume_ml(points, index)
            product = row.product() if summed is None else row.product(volume_ml=summed)
            products.append(product)
        return TreatmentLine(
            area=Area(self.area.value()),
            technique=self.technique(),
            products=tuple(products),
            area_detail=self.area_detail.text().strip(),
            zones=tuple(self.chart.zones),
            points=points,
        )

    def set_line(self, line: TreatmentLine) -> None:
        self.area.set_value(line.area)
        self.area_detail.setText(line.area_detail)
        self.set_technique(line.technique)
        for row, product in zip(
            self._set_product_count(len(line.products)), line.products, strict=True
        ):
            row.set_product(product)
        self.chart.set(line.zones, line.points)
        self._resync_links()

    def set_technique(self, technique: Technique) -> None:
        """The technique and its settings (the other technique's fields keep theirs)."""
        if isinstance(technique, NeedleTechnique):
            self.needle_fields.set_technique(technique)
        else:
            self.pen_fields.set_technique(technique)
        self.kind.set_value(technique.kind)

    def to_payload(self) -> dict[str, Any]:
        return {
            "area": self.area.value(),
            "area_detail": self.area_detail.text(),
            "kind": str(self.kind.value()),
            "needle": self.needle_fields.to_payload(),
            "pen": self.pen_fields.to_payload(),
            "products": [row.to_payload() for row in self.products],
            **self.chart.to_payload(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self.area.set_value(payload.get("area"))
        self.area_detail.setText(str(payload.get("area_detail", "")))
        if "needle" in payload:
            self.needle_fields.load_payload(payload["needle"])
        if "pen" in payload:
            self.pen_fields.load_payload(payload["pen"])
        self.kind.set_value(payload.get("kind") or TechniqueKind.NEEDLE)
        products = payload.get("products", [])
        for row, product in zip(self._set_product_count(len(products)), products, strict=True):
            row.load_payload(product)
        self.chart.load_payload(payload)
        self._resync_links()

    def _resync_links(self) -> None:
        for link in self._links.values():
            link.resync()

    # errors

    def show_errors(self, violations: Iterable[Violation], prefix: str) -> list[Violation]:
        """Shows the violations under `prefix` (`treatments[0].`) beside their fields."""
        unplaced: list[Violation] = []
        own: list[Violation] = []
        technique: list[Violation] = []
        for violation in violations:
            relative = violation.path.removeprefix(prefix)
            product = _PRODUCT_PATH.match(relative)
            if product and int(product.group(1)) < len(self.products):
                row = self.products[int(product.group(1))]
                unplaced += row.show_errors([violation], f"{prefix}{product.group(0)}")
            elif relative.startswith("technique."):
                technique.append(violation)
            else:
                own.append(violation)
        unplaced += self.current_fields().errors.show(technique, f"{prefix}technique.")
        unplaced += self.errors.show(own, prefix)
        return unplaced

    def clear_errors(self) -> None:
        for errors in (self.errors, self.needle_fields.errors, self.pen_fields.errors):
            errors.clear()
        for row in self.products:
            row.errors.clear()

    def warn_expired(self, session_day: dt.date | None) -> bool:
        """Marks each product whose lot expired before `session_day`; whether any did."""
        expired = [row.warn_if_expired(session_day) for row in self.products]
        return any(expired)

    def show_typed(self) -> bool:
        """Shows the problem of every number and date typed that is not one allowed."""
        pages = (self.needle_fields.errors, self.pen_fields.errors)
        found = [errors.show_typed() for errors in (*pages, *(row.errors for row in self.products))]
        return any(found)

    def visible_errors(self) -> dict[str, str]:
        """The errors shown now, by path relative to the line (for tests and focusing)."""
        shown = dict(self.errors.visible())
        for field, text in self.current_fields().errors.visible().items():
            shown[f"technique.{field}"] = text
        for index, row in enumerate(self.products):
            for field, text in row.errors.visible().items():
                shown[f"products[{index}].{field}"] = text
        return shown

    def first_error_widget(self) -> QWidget | None:
        """The input of the first error shown, to focus it."""
        owners: list[tuple[QWidget, FieldErrors]] = [
            (self, self.errors),
            (self.current_fields(), self.current_fields().errors),
            *((row, row.errors) for row in self.products),
        ]
        for owner, errors in owners:
            for field in errors.visible():
                widget = owner.findChild(QWidget, field)
                if widget is not None:
                    return widget
        return None
