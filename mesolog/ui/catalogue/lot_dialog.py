"""The dialog in which a lot of a product is added to the catalogue or corrected."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.charts import AMOUNT_PLACES
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.products import QUANTITY_RECEIVED, Lot, LotInput, Product
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue._form_rows import form_row
from mesolog.ui.catalogue.catalogue_words import lot_fields, unit_label
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.form_layout import save_cancel_buttons
from mesolog.ui.common.forms import FieldErrors, error_label, named, violation_text
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.screen_fit import resize_to_content
from mesolog.ui.common.typed_fields import DateField, NumberField
from mesolog.ui.common.versioned_saves import VersionedForm, note_label

EXPIRY_YEARS_AHEAD = 50
"""A two-digit year typed in an expiry date is at most this far ahead."""
WIDTH_CHARACTERS = 36


class LotDialog(QDialog):
    """A new lot of `product` (`lot` None) or the details of one; Save writes them."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        product: Product,
        parent: QWidget | None = None,
        *,
        lot: Lot | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lot_dialog")
        self._clinic = clinic
        self._bus = bus
        self._product = product
        self._lot = lot
        self._today = clinic.context.today()
        self.saved_lot: Lot | None = None
        self.errors = FieldErrors(self)
        self._build()
        self.versioned: VersionedForm[Lot, LotInput] = VersionedForm(
            self,
            clinic,
            bus,
            record=self.tr("this lot"),
            words=lot_fields(),
            content=lambda read: read.details,
            write=lambda details, read: clinic.lots.update(read.id, details, read=read),
            load=self._fill,
            note=self.note,
        )
        if lot is not None:
            self._fill(lot.details)
        else:
            self.received_on.set_value(self._today)
        self._initial = self._snapshot()
        name = product.details.name
        self.setWindowTitle(
            self.tr("New lot of %1").replace("%1", name)
            if lot is None
            else self.tr("Edit lot %1 of %2")
            .replace("%1", lot.details.lot_number)
            .replace("%2", name)
        )
        resize_to_content(self)
        self.lot_number.setFocus()

    # building

    def _build(self) -> None:
        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors = self.errors
        product = named(
            QLabel(self._product.details.name, body), "product_name", self.tr("Product")
        )
        product.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Product"), product)
        self.lot_number = form_row(
            form, errors, "lot_number", self.tr("&Lot number"), QLineEdit(body)
        )
        self.lot_number.setPlaceholderText(self.tr("As printed on the vial"))
        self.lot_number.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARACTERS)
        self.expiry_date = form_row(
            form,
            errors,
            "expiry_date",
            self.tr("&Expiry date"),
            DateField(
                latest_year=self._today.year + EXPIRY_YEARS_AHEAD,
                required=self.tr("An expiry date is needed: the one printed on the vial."),
                start_page=self._today,
                parent=body,
            ),
        )
        self.expiry_date.setPlaceholderText(shown_date(dt.date(self._today.year + 2, 12, 31)))
        self.received_on = form_row(
            form,
            errors,
            "received_on",
            self.tr("&Received on"),
            DateField(
                latest_year=self._today.year,
                latest=(
                    self._today,
                    self.tr("%1 is in the future: a lot is received today (%2) at the latest."),
                ),
                start_page=self._today,
                parent=body,
            ),
        )
        self.received_on.setToolTip(self.tr("Empty when not known"))
        unit = unit_label(self._product.details.unit)
        self.quantity_received = form_row(
            form,
            errors,
            "quantity_received",
            self.tr("&Quantity received"),
            NumberField(
                QUANTITY_RECEIVED,
                unit,
                places=AMOUNT_PLACES,
                optional=True,
                placeholder=self.tr("not counted"),
                parent=body,
            ),
        )
        self.quantity_received.setToolTip(
            self.tr("Empty when the clinic does not count this lot's stock")
        )
        for field in (self.expiry_date, self.received_on, self.quantity_received):
            errors.follow(field)

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

    def _fields(self) -> dict[str, QLineEdit]:
        return {
            "lot_number": self.lot_number,
            "expiry_date": self.expiry_date,
            "received_on": self.received_on,
            "quantity_received": self.quantity_received,
        }

    def _fill(self, details: LotInput) -> None:
        self.lot_number.setText(details.lot_number)
        self.expiry_date.set_value(details.expiry_date)
        self.received_on.set_value(details.received_on)
        self.quantity_received.set_value(details.quantity_received)

    # saving

    def details(self, expiry: dt.date) -> LotInput:
        """The lot as typed, `expiry` standing for an expiry date not read."""
        return LotInput(
            product_id=self._product.id,
            lot_number=self.lot_number.text(),
            expiry_date=self.expiry_date.value() or expiry,
            received_on=self.received_on.value(),
            quantity_received=self.quantity_received.value(),
        )

    def save(self) -> None:
        """Writes the lot; a refusal is shown beside its field and nothing is written."""
        self.errors.clear()
        self.form_error.hide()
        if self.errors.show_typed():
            self._focus_first_error()
            return
        details = self.details(self._today)
        title = self.tr("Save lot")
        lot = self._lot
        try:
            if lot is None:
                saved = run_change(
                    self, self._bus, lambda: self._clinic.lots.add(details), title=title
                )
                done = saved is not None
            else:
                outcome = self.versioned.save(lot, details, title=title)
                self._lot, saved, done = outcome.base, outcome.saved, outcome.done
        except ValidationError as error:
            self._show_violations(error.violations)
            return
        if saved is not None:
            self.saved_lot = saved
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
                widget.selectAll()
                return

    def _snapshot(self) -> tuple[str, ...]:
        return tuple(widget.text() for widget in self._fields().values())

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
