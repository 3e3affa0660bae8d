"""One treatment line of a template: the area, needle or pen with its settings (the session
editor's own technique fields), and the products. No chart and no lot: a template is the
plan of a first session, not a record of one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.enums import Area, TechniqueKind
from mesolog.domain.errors import Violation
from mesolog.domain.records import (
    NeedleTechnique,
    ProductUse,
    TechniqueDefaults,
    TreatmentLine,
)
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.sessions.session_labels import area_labels
from mesolog.ui.sessions.session_widgets import enum_combo, watch
from mesolog.ui.sessions.treatment_technique import (
    NeedleFields,
    PenFields,
    TechniqueChoice,
    set_defaults,
)
from mesolog.ui.templates._line_heading import LineHeading
from mesolog.ui.templates._template_catalogue import TemplateCatalogue
from mesolog.ui.templates._template_products import ProductHeader, TemplateProductRow

_PRODUCT_PATH = re.compile(r"products\[(\d+)\]\.")
AREA_CHARS = 22


class TemplateLineEditor(QFrame):
    """Edits one template line. Errors are placed by paths relative to the line
    (`technique.depth_mm`, `products[0].volume_ml`, `area_detail`)."""

    changed = Signal()
    reshaped = Signal()
    """A product added or removed, or the technique switched: other fields to tab through."""
    remove_requested = Signal(object)

    def __init__(
        self,
        defaults: TechniqueDefaults,
        catalogue: TemplateCatalogue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_line")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._catalogue = catalogue
        self.products: list[TemplateProductRow] = []
        self.errors = FieldErrors(self)

        self.title = named(QLabel(), "line_title", self.tr("Line"))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.area = named(enum_combo(area_labels()), "area", self.tr("Treated area"))
        self.area.setMinimumContentsLength(AREA_CHARS)
        self.area_detail = named(QLineEdit(), "area_detail", self.tr("Area detail"))
        self.area_detail.setPlaceholderText(self.tr("Detail (optional), e.g. left side"))
        self.kind = TechniqueChoice()
        self.remove_button = named(
            QPushButton(self.tr("Remove line")), "remove_line", self.tr("Remove this line")
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
        self.product_rows = QVBoxLayout()
        self.product_rows.setSpacing(2)
        self.add_product_button = named(
            QPushButton(self.tr("Add product")), "add_product", self.tr("Add a product")
        )
        self.add_product_button.setAutoDefault(False)
        self.add_product_button.clicked.connect(self._add_product_clicked)
        self._lay_out()
        watch([self.area, self.area_detail], self.changed.emit)
        self.kind.changed.connect(self.changed.emit)
        self.kind.changed.connect(self.reshaped.emit)
        self.needle_fields.changed.connect(self.changed.emit)
        self.pen_fields.changed.connect(self.changed.emit)

    def _lay_out(self) -> None:
        area_caption = QLabel(self.tr("&Area"))
        area_caption.setBuddy(self.area)
        self.heading = LineHeading(
            (self.title, area_caption, self.area, self.area_detail, self.kind, self.remove_button),
            self.errors.label_for("area_detail"),
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_product_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack)
        layout.addWidget(self.product_header)
        layout.addLayout(self.product_rows)
        layout.addLayout(bottom)

    def set_number(self, number: int) -> None:
        self.title.setText(self.tr("Line %1").replace("%1", str(number)))

    # products

    def add_product(self, product: ProductUse | None = None) -> TemplateProductRow:
        row = TemplateProductRow(self._catalogue, self)
        if product is not None:
            row.set_product(product)
        row.changed.connect(self.changed.emit)
        row.counted_changed.connect(self._show_units_caption)
        row.remove_requested.connect(self._remove_product)
        self.products.append(row)
        self.product_rows.addWidget(row)
        self.product_header.setVisible(True)
        self._show_units_caption()
        self.changed.emit()
        self.reshaped.emit()
        return row

    def _add_product_clicked(self) -> None:
        self.add_product().product_name.setFocus()

    def _remove_product(self, row: TemplateProductRow) -> None:
        self.products.remove(row)
        self.product_rows.removeWidget(row)
        row.setParent(None)  # out of the form's children at once, not at deletion
        row.deleteLater()
        self.product_header.setVisible(bool(self.products))
        self._show_units_caption()
        self.add_product_button.setFocus()
        self.changed.emit()
        self.reshaped.emit()

    def _show_units_caption(self) -> None:
        counted = any(row.counts_units for row in self.products)
        self.product_header.units_caption.setVisible(counted)

    # the technique

    def _kind_changed(self) -> None:
        self.stack.setCurrentWidget(self.technique_page())

    def technique_page(self) -> NeedleFields | PenFields:
        return self.pen_fields if self.kind.value() is TechniqueKind.PEN else self.needle_fields

    # reading and filling

    def line(self) -> TreatmentLine:
        """The line as typed; only asked once the typed numbers were checked."""
        return TreatmentLine(
            area=Area(self.area.value()),
            technique=self.technique_page().technique(),
            products=tuple(row.product() for row in self.products),
            area_detail=self.area_detail.text().strip(),
        )

    def estimated_line(self) -> TreatmentLine:
        """The line's area and readable products, for the estimate: it counts products
        only, so the technique is left at the defaults and a field being corrected does
        not hide the estimate."""
        products = (row.readable_product() for row in self.products)
        return TreatmentLine(
            area=Area(self.area.value()),
            technique=TechniqueDefaults().needle(),
            products=tuple(product for product in products if product is not None),
        )

    def set_line(self, line: TreatmentLine) -> None:
        self.area.set_value(line.area)
        self.area_detail.setText(line.area_detail)
        if isinstance(line.technique, NeedleTechnique):
            self.kind.set_value(TechniqueKind.NEEDLE)
            self.needle_fields.set_technique(line.technique)
        else:
            self.kind.set_value(TechniqueKind.PEN)
            self.pen_fields.set_technique(line.technique)
        self._kind_changed()
        for row in list(self.products):
            self._remove_product(row)
        for product in line.products:
            self.add_product(product)

    def focus_widgets(self) -> list[QWidget]:
        """The line's inputs in tab order: area, technique, products, then its buttons."""
        widgets: list[QWidget] = [self.area, self.area_detail, self.kind.buttons[self.kind.value()]]
        widgets += self.technique_page().focus_widgets()
        for row in self.products:
            widgets += row.focus_widgets()
        return [*widgets, self.add_product_button, self.remove_button]

    def field_errors(self) -> list[FieldErrors]:
        """Every FieldErrors of the line, for showing the problems typed."""
        pages = [self.errors, self.needle_fields.errors, self.pen_fields.errors]
        return pages + [row.errors for row in self.products]

    def show_errors(self, violations: Iterable[Violation], prefix: str) -> list[Violation]:
        """Shows each violation of this line (paths after `prefix`) beside its field;
        returns those no field here takes."""
        unplaced: list[Violation] = []
        for violation in violations:
            relative = violation.path.removeprefix(prefix)
            found = _PRODUCT_PATH.match(relative)
            if relative.startswith("technique."):
                unplaced += self.technique_page().errors.show([violation], f"{prefix}technique.")
            elif found and int(found.group(1)) < len(self.products):
                row = self.products[int(found.group(1))]
                unplaced += row.show_errors([violation], f"{prefix}{found.group(0)}")
            else:
                unplaced += self.errors.show([violation], prefix)
        return unplaced
