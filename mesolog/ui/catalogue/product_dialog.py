"""The dialog in which a product is added to the catalogue or its details are changed."""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.charts import AMOUNT_PLACES
from mesolog.domain.enums import Solution
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.products import (
    PRICE_PER_UNIT,
    Product,
    ProductInput,
    ProductUnit,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue._catalogue_fields import AmountField, GtinField
from mesolog.ui.catalogue._form_rows import form_row
from mesolog.ui.catalogue.catalogue_words import (
    PRICE_PLACES,
    product_fields,
    shown_gtin,
    unit_label,
)
from mesolog.ui.common.form_layout import NoteEdit, save_cancel_buttons
from mesolog.ui.common.forms import FieldErrors, error_label, named, violation_text
from mesolog.ui.common.labels import ordered, solution_label
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.screen_fit import resize_to_content
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.common.versioned_saves import VersionedForm, note_label

HINT_STYLE = "color: #1b5e20;"
WIDTH_CHARACTERS = 60
"""The form's fields are about this many characters wide: a long product name shows whole."""


def _amount_span(unit: ProductUnit) -> limits.Range:
    return limits.VOLUME_ML if unit is ProductUnit.ML else limits.UNITS_AMOUNT


class ProductDialog(QDialog):
    """A new product (`product` None; `start` fills its fields, e.g. a GTIN just scanned)
    or the details of one; Save writes them."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        product: Product | None = None,
        start: ProductInput | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("product_dialog")
        self._clinic = clinic
        self._bus = bus
        self._product = product
        self.saved_product: Product | None = None
        self.errors = FieldErrors(self)
        self._build()
        self.versioned: VersionedForm[Product, ProductInput] = VersionedForm(
            self,
            clinic,
            bus,
            record=self.tr("this product"),
            words=product_fields(),
            content=lambda read: read.details,
            write=lambda details, read: clinic.products.update(read.id, details, read=read),
            load=self._fill,
            note=self.note,
        )
        filled = product.details if product is not None else start
        if filled is not None:
            self._fill(filled)
        self._initial = self._snapshot()
        self.setWindowTitle(
            self.tr("New product")
            if product is None
            else self.tr("Edit product — %1").replace("%1", product.details.name)
        )
        resize_to_content(self)
        self.name.setFocus()

    # building

    def _build(self) -> None:
        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors = self.errors
        self.name = form_row(form, errors, "name", self.tr("&Name"), QLineEdit(body))
        self.name.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARACTERS)
        self.manufacturer = form_row(
            form, errors, "manufacturer", self.tr("&Manufacturer"), QLineEdit(body)
        )
        self.solution = form_row(form, errors, "solution", self.tr("So&lution"), QComboBox(body))
        for solution in ordered(Solution):
            self.solution.addItem(solution_label(solution), solution.value)
        self.concentration = form_row(
            form, errors, "concentration", self.tr("&Concentration"), QLineEdit(body)
        )
        self.concentration.setPlaceholderText(self.tr("As printed, e.g. 1.5% or 20 mg/ml"))
        self.unit = form_row(form, errors, "unit", self.tr("&Unit"), QComboBox(body))
        for unit in ProductUnit:
            self.unit.addItem(unit_label(unit), unit.value)
        self.gtin_hint = named(QLabel(body), "gtin_hint", self.tr("GTIN checked"))
        self.gtin_hint.setStyleSheet(HINT_STYLE)
        self.gtin = form_row(
            form, errors, "gtin", self.tr("&GTIN"), GtinField(body), hint=self.gtin_hint
        )
        self.gtin.changed.connect(self._show_gtin_hint)
        self.default_volume = form_row(
            form,
            errors,
            "default_volume",
            self.tr("&Default amount"),
            AmountField(
                limits.VOLUME_ML,
                unit_label(ProductUnit.ML),
                places=AMOUNT_PLACES,
                optional=True,
                placeholder=self.tr("none"),
                parent=body,
            ),
        )
        self.default_volume.setToolTip(self.tr("What a session usually uses of it"))
        self.price_per_unit = form_row(
            form,
            errors,
            "price_per_unit",
            self.tr("&Price per ml"),
            NumberField(
                PRICE_PER_UNIT,
                places=PRICE_PLACES,
                optional=True,
                placeholder=self.tr("none"),
                parent=body,
            ),
        )
        self.notes = form_row(form, errors, "notes", self.tr("N&otes"), NoteEdit(body))
        for field in (self.gtin, self.default_volume, self.price_per_unit):
            errors.follow(field)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._show_gtin_hint()

        self.form_error = error_label("form_error", self)
        self.note = note_label(self)
        self.buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        order = [*self._fields().values(), self.save_button]
        order.append(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _fields(self) -> dict[str, QWidget]:
        """Every input by its field's name, in tab order."""
        return {
            "name": self.name,
            "manufacturer": self.manufacturer,
            "solution": self.solution,
            "concentration": self.concentration,
            "unit": self.unit,
            "gtin": self.gtin,
            "default_volume": self.default_volume,
            "price_per_unit": self.price_per_unit,
            "notes": self.notes,
        }

    def _fill(self, details: ProductInput) -> None:
        self.name.setText(details.name)
        self.manufacturer.setText(details.manufacturer)
        self.solution.setCurrentIndex(self.solution.findData(details.solution.value))
        self.concentration.setText(details.concentration)
        self.unit.setCurrentIndex(self.unit.findData(details.unit.value))
        self.gtin.setText(shown_gtin(details.gtin))
        self.default_volume.set_value(details.default_volume)
        price = details.price_per_unit
        # Two decimals as a price is written, and no thousands separator: "1,500.00" would
        # read back as a decimal mark and be refused.
        locale = QLocale()
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        self.price_per_unit.setText(
            "" if price is None else locale.toString(float(price), "f", PRICE_PLACES)
        )
        self.notes.setPlainText(details.notes)

    # behaviour

    def _current_unit(self) -> ProductUnit:
        return ProductUnit(self.unit.currentData())

    def _unit_changed(self) -> None:
        unit = self._current_unit()
        self.default_volume.set_unit(_amount_span(unit), unit_label(unit))
        caption = self.findChild(QLabel, "price_per_unit_label")
        if caption is not None:
            caption.setText(
                self.tr("&Price per ml") if unit is ProductUnit.ML else self.tr("&Price per unit")
            )

    def _show_gtin_hint(self) -> None:
        hint = self.gtin.hint()
        self.gtin_hint.setText(hint)
        self.gtin_hint.setVisible(bool(hint))

    def details(self) -> ProductInput:
        """The product as typed (a field whose text is no value reads as none)."""
        price = self.price_per_unit.value()
        return ProductInput(
            name=self.name.text(),
            solution=Solution(self.solution.currentData()),
            manufacturer=self.manufacturer.text(),
            concentration=self.concentration.text(),
            unit=self._current_unit(),
            gtin=self.gtin.gtin(),
            default_volume=self.default_volume.value(),
            price_per_unit=None if price is None else Decimal(str(price)),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        """Writes the product; a refusal is shown beside its field and nothing is written."""
        self.errors.clear()
        self.form_error.hide()
        if self.errors.show_typed():
            self._focus_first_error()
            return
        details = self.details()
        title = self.tr("Save product")
        product = self._product
        try:
            if product is None:
                saved = run_change(
                    self, self._bus, lambda: self._clinic.products.add(details), title=title
                )
                done = saved is not None
            else:
                outcome = self.versioned.save(product, details, title=title)
                self._product, saved, done = outcome.base, outcome.saved, outcome.done
        except ValidationError as error:
            self._show_violations(error.violations)
            return
        if saved is not None:
            self.saved_product = saved
            self._initial = self._snapshot()
        if done:
            self.accept()

    def _show_violations(self, violations: tuple[Violation, ...]) -> None:
        unplaced = self.errors.show(violations)
        if unplaced:
            self.form_error.setText("\n".join(violation_text(v) for v in unplaced))
            self.form_error.show()
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        shown = self.errors.visible()
        for field, widget in self._fields().items():
            if field in shown:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                return

    def _snapshot(self) -> tuple[object, ...]:
        """What the fields hold as typed (a text that is no value included)."""
        return tuple(
            widget.currentIndex()
            if isinstance(widget, QComboBox)
            else widget.toPlainText()
            if isinstance(widget, NoteEdit)
            else widget.text()
            for widget in self._fields().values()
            if isinstance(widget, QComboBox | NoteEdit | QLineEdit)
        )

    def reject(self) -> None:
        """Cancel; asks first when something was typed, so an Esc does not lose it."""
        if self._snapshot() != self._initial:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
