"""The groups of the settings dialog, each a form of captioned fields with an error label
under each: the clinic's details, locking and backups, this workstation, and the needle and
pen settings a new treatment line starts with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from mesolog.domain import limits
from mesolog.services.clinic import Clinic
from mesolog.ui.common.form_layout import NoteEdit
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.settings._backup_folder_row import BackupFolderRow
from mesolog.ui.settings._currency_row import CurrencyRow

ADDRESS_LINES = 4


def _number(parent: QWidget, span: limits.Range, unit: str, places: int = 0) -> NumberField:
    return NumberField(span, unit, places=places, parent=parent)


class SettingsGroup(QGroupBox):
    """A form of captioned fields; with `numbers`, its spin boxes keep their natural width."""

    def __init__(
        self, parent: QWidget, name: str, errors: FieldErrors, *, numbers: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.errors = errors
        self.fields: list[QWidget] = []
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
            if numbers
            else QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )

    def add_note(self, text: str) -> None:
        """A quiet line above the fields."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._form.addRow(label)

    def add_field(self, caption: str, field: QWidget, *, row: QWidget | None = None) -> None:
        """A captioned field (inside `row`, if given) with its error label under it
        (hidden until there is one)."""
        label = QLabel(caption, self)
        label.setBuddy(field)
        self._form.addRow(label, row or field)
        error = self.errors.label_for(field.objectName())
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._form.addRow("", error)
        if isinstance(field, NumberField):
            self.errors.follow(field)
        self.fields.append(field)


class ClinicGroup(SettingsGroup):
    """The clinic's name, address, phone and e-mail, and the currency of its prices."""

    def __init__(self, parent: QWidget, errors: FieldErrors) -> None:
        super().__init__(parent, "clinic", errors)
        self.setTitle(self.tr("Clinic"))
        self.add_note(self.tr("These details head the treatment summaries."))
        self.name = named(QLineEdit(self), "name", self.tr("Clinic name"))
        self.address = named(NoteEdit(self, ADDRESS_LINES), "address", self.tr("Address"))
        self.phone = named(QLineEdit(self), "phone", self.tr("Phone"))
        self.email = named(QLineEdit(self), "email", self.tr("E-mail"))
        self.email.setPlaceholderText(self.tr("reception@example.org"))
        for caption, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Address:"), self.address),
            (self.tr("&Phone:"), self.phone),
            (self.tr("&E-mail:"), self.email),
        ):
            self.add_field(caption, field)
        self.currency = CurrencyRow(self)
        self.add_field(self.tr("C&urrency:"), self.currency.code, row=self.currency)


class LockingGroup(SettingsGroup):
    """The minutes without use before the window locks, and the backup folder."""

    def __init__(self, parent: QWidget, errors: FieldErrors, clinic: Clinic) -> None:
        super().__init__(parent, "locking", errors)
        self.setTitle(self.tr("Locking and backups"))
        self.idle_lock_minutes = named(
            _number(self, limits.IDLE_LOCK_MINUTES, self.tr("min")),
            "idle_lock_minutes",
            self.tr("Lock after minutes without use"),
        )
        lock_row = QWidget(self)
        lock_line = QHBoxLayout(lock_row)
        lock_line.setContentsMargins(0, 0, 0, 0)
        lock_line.addWidget(self.idle_lock_minutes)
        lock_hint = QLabel(
            self.tr("without a key press or a click; then the password is asked again"), self
        )
        lock_hint.setObjectName("idle_lock_minutes_hint")
        lock_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lock_hint.setWordWrap(True)
        lock_line.addWidget(lock_hint, 1)
        self.add_field(self.tr("Loc&k after:"), self.idle_lock_minutes, row=lock_row)

        folder_row = BackupFolderRow(self, clinic)
        self.backup_folder = folder_row.folder
        self.add_field(self.tr("Backup &folder:"), self.backup_folder, row=folder_row)


class WorkstationGroup(SettingsGroup):
    """This workstation's clinician (only while the database has no accounts)."""

    def __init__(self, parent: QWidget, errors: FieldErrors) -> None:
        super().__init__(parent, "workstation", errors)
        self.setTitle(self.tr("This workstation"))
        self.add_note(
            self.tr("Kept on this computer only. The sessions logged here name this clinician.")
        )
        self.clinician = named(QLineEdit(self), "clinician", self.tr("Clinician's name"))
        self.add_field(self.tr("&Clinician:"), self.clinician)


class NeedleGroup(SettingsGroup):
    """The mesotherapy needle a new treatment line starts with."""

    def __init__(self, parent: QWidget, errors: FieldErrors) -> None:
        super().__init__(parent, "needle", errors, numbers=True)
        self.setTitle(self.tr("Mesotherapy needle"))
        self.gauge = named(
            _number(self, limits.NEEDLE_GAUGE, "G"), "gauge", self.tr("Needle gauge")
        )
        self.length_mm = named(
            _number(self, limits.NEEDLE_LENGTH_MM, "mm", 2),
            "length_mm",
            self.tr("Needle length"),
        )
        self.depth_mm = named(
            _number(self, limits.NEEDLE_DEPTH_MM, "mm", 2),
            "depth_mm",
            self.tr("Needle depth"),
        )
        self.add_field(self.tr("&Gauge:"), self.gauge)
        self.add_field(self.tr("&Length:"), self.length_mm)
        self.add_field(self.tr("&Depth:"), self.depth_mm)


class PenGroup(SettingsGroup):
    """The micro-needling pen a new treatment line starts with."""

    def __init__(self, parent: QWidget, errors: FieldErrors) -> None:
        super().__init__(parent, "pen", errors, numbers=True)
        self.setTitle(self.tr("Micro-needling pen"))
        self.needle_count = named(
            _number(self, limits.PEN_NEEDLE_COUNT, self.tr("needles")),
            "needle_count",
            self.tr("Pen needle count"),
        )
        self.depth_mm = named(
            _number(self, limits.PEN_DEPTH_MM, "mm", 2),
            "depth_mm",
            self.tr("Pen depth"),
        )
        self.penetrations_per_second = named(
            _number(self, limits.PEN_PENETRATIONS_PER_SECOND, "/s"),
            "penetrations_per_second",
            self.tr("Pen penetrations per second"),
        )
        self.add_field(self.tr("Nee&dles:"), self.needle_count)
        self.add_field(self.tr("De&pth:"), self.depth_mm)
        self.add_field(self.tr("Penetrations per &second:"), self.penetrations_per_second)
