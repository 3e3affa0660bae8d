"""The template dialog's plan of a course: name, indication, sessions, intervals, session
fee, protocol and notes, each with its error under it. Numbers are typed fields: what is
typed stays as typed (never clamped) and a value not allowed is said beside the field."""

from __future__ import annotations

from decimal import Decimal
from typing import TypeVar

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.enums import Indication
from mesolog.domain.templates import SESSION_FEE, TemplateInput
from mesolog.ui.common.form_layout import NoteEdit
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.labels import indication_label, ordered
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.sessions.session_widgets import ComboBox, enum_combo
from mesolog.ui.templates.template_words import MONEY_PLACES

W = TypeVar("W", bound=QWidget)
NAME_CHARACTERS = 52
"""The name field is about this many characters wide: a shipped template's name shows whole."""
NOTE_LINES = 4


class PlanFields(QWidget):
    """The fields of a template other than its lines; `errors` shows what is wrong beside
    them."""

    def __init__(self, parent: QWidget | None = None, *, currency: str = "") -> None:
        """`currency`: the symbol the session fee is in (none shown when "")."""
        super().__init__(parent)
        self.setObjectName("plan_fields")
        self.errors = FieldErrors(self)
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = self._row(left, "name", self.tr("&Name"), QLineEdit())
        self.name.setMinimumWidth(self.fontMetrics().averageCharWidth() * NAME_CHARACTERS)
        labels = {indication: indication_label(indication) for indication in ordered(Indication)}
        self.indication: ComboBox = self._row(
            left, "indication", self.tr("&Indication"), enum_combo(labels)
        )
        self.planned_sessions = self._row(
            left,
            "planned_sessions",
            self.tr("Planned &sessions"),
            NumberField(limits.PLANNED_SESSIONS),
        )
        self.initial_interval_days = self._row(
            left,
            "initial_interval_days",
            self.tr("&First interval"),
            NumberField(limits.INITIAL_INTERVAL_DAYS, self.tr("days")),
        )
        self.maintenance_interval_days = self._row(
            left,
            "maintenance_interval_days",
            self.tr("&Maintenance interval"),
            NumberField(limits.MAINTENANCE_INTERVAL_DAYS, self.tr("days")),
        )
        self.session_fee = self._row(
            left,
            "session_fee",
            self.tr("Session &fee"),
            NumberField(
                SESSION_FEE,
                currency,
                places=MONEY_PLACES,
                optional=True,
                placeholder=self.tr("none"),
            ),
        )
        self.session_fee.setToolTip(self.tr("What one session costs the patient; empty for none"))
        self.protocol = self._row(right, "protocol", self.tr("&Protocol"), QLineEdit())
        self.protocol.setPlaceholderText(
            self.tr("e.g. Hyaluronic acid, nappage with the 4 mm needle")
        )
        self.notes = self._row(right, "notes", self.tr("N&otes"), NoteEdit(self, NOTE_LINES))
        for field in self.numbers():
            self.errors.follow(field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addSpacing(12)
        layout.addLayout(right, 1)

    def _row(self, form: QFormLayout, field: str, caption: str, widget: W) -> W:
        cell = QWidget(self)
        cell.setSizePolicy(QSizePolicy.Policy.Preferred, widget.sizePolicy().verticalPolicy())
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        named(widget, field, caption.replace("&", ""))
        column.addWidget(widget)
        column.addWidget(self.errors.label_for(field))
        label = QLabel(caption, self)
        label.setObjectName(f"{field}_label")
        label.setBuddy(widget)
        form.addRow(label, cell)
        return widget

    def numbers(self) -> list[NumberField]:
        return [
            self.planned_sessions,
            self.initial_interval_days,
            self.maintenance_interval_days,
            self.session_fee,
        ]

    def inputs(self) -> dict[str, QWidget]:
        """Every input by its field's name, in tab order."""
        return {
            "name": self.name,
            "indication": self.indication,
            "planned_sessions": self.planned_sessions,
            "initial_interval_days": self.initial_interval_days,
            "maintenance_interval_days": self.maintenance_interval_days,
            "session_fee": self.session_fee,
            "protocol": self.protocol,
            "notes": self.notes,
        }

    def fill(self, details: TemplateInput) -> None:
        self.name.setText(details.name)
        self.indication.set_value(details.indication)
        self.planned_sessions.set_value(details.planned_sessions)
        self.initial_interval_days.set_value(details.initial_interval_days)
        self.maintenance_interval_days.set_value(details.maintenance_interval_days)
        fee = details.session_fee
        self.session_fee.set_value(None if fee is None else float(fee))
        self.protocol.setText(details.protocol)
        self.notes.setPlainText(details.notes)

    def fee(self) -> Decimal | None:
        """The session fee typed (None when empty or not a fee the field allows)."""
        value = self.session_fee.value()
        return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))

    def details(self) -> TemplateInput:
        """The plan as typed, without lines; only asked once the numbers were checked."""
        return TemplateInput(
            name=self.name.text(),
            indication=Indication(self.indication.value()),
            planned_sessions=int(self.planned_sessions.number()),
            initial_interval_days=int(self.initial_interval_days.number()),
            maintenance_interval_days=int(self.maintenance_interval_days.number()),
            protocol=self.protocol.text(),
            session_fee=self.fee(),
            notes=self.notes.toPlainText(),
        )
