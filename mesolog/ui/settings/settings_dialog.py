"""Settings: the clinic's details (they head its documents), when the window locks and
where backups go, this workstation's clinician, and the needle and pen settings a new
treatment line starts with.

The clinic's settings are in the database, shared by every workstation; only an admin
changes them once the database has accounts. The clinician's name belongs to this computer
(QSettings), and is asked only while the database has no accounts (an account has a name).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.accounts import Permission
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.records import ClinicSettings, TechniqueDefaults
from mesolog.services.backups import default_backup_folder
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import ERROR_STYLE, FieldErrors, named, violation_text
from mesolog.ui.common.operations import ChangeBus, run_change

ORGANISATION = "mesolog"
APPLICATION = "mesolog"
CLINICIAN_KEY = "clinician/name"
NEEDLE_STEP_MM = 0.5
ADDRESS_LINES = 4
DEFAULT_SIZE = (720, 660)


def workstation_settings() -> QSettings:
    """This computer's settings for mesolog (the same store as the application's QSettings())."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


class _AddressEdit(QPlainTextEdit):
    """A few lines of text; Tab moves on to the next field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        height = self.fontMetrics().lineSpacing() * ADDRESS_LINES
        self.setMinimumHeight(height + 2 * self.frameWidth() + 8)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _int_spin(parent: QWidget, span: limits.Range, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(int(span.low), int(span.high))
    spin.setSuffix(suffix)
    return spin


def _mm_spin(parent: QWidget, span: limits.Range, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)  # QDoubleSpinBox writes the locale's decimal separator
    spin.setDecimals(2)
    spin.setRange(span.low, span.high)
    spin.setSingleStep(step)
    spin.setSuffix(" mm")
    return spin


def _align_captions(groups: list[QGroupBox]) -> None:
    """The captions of forms stacked in one column get one width, so their fields line up."""
    captions = [
        caption
        for group in groups
        for caption in group.findChildren(QLabel)
        if caption.buddy() is not None
    ]
    width = max((caption.sizeHint().width() for caption in captions), default=0)
    for caption in captions:
        caption.setMinimumWidth(width)


class SettingsDialog(QDialog):
    """Edits the clinic's settings; Save writes them and this workstation's clinician name."""

    def __init__(self, clinic: Clinic, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._clinic = clinic
        self._bus = bus
        self.saved: ClinicSettings | None = None
        self._errors = {"clinic.": FieldErrors(self), "needle.": FieldErrors(self)}
        self._errors["pen."] = FieldErrors(self)
        self._errors["workstation."] = FieldErrors(self)
        self._errors[""] = FieldErrors(self)  # idle_lock_minutes, backup_folder: last, it takes all
        self._build()
        self._fill(clinic.settings.clinic(), self.clinician_name())
        self.resize(*DEFAULT_SIZE)
        self.name.setFocus()
        account = clinic.account
        self.read_only = account is not None and not account.may(Permission.ADMINISTER)
        if self.read_only:
            self._make_read_only()

    @property
    def with_accounts(self) -> bool:
        """Whether someone is logged in: the sessions they log then carry the account's name."""
        return self._clinic.account is not None

    # the workstation's own setting

    @staticmethod
    def clinician_name() -> str:
        """This workstation's clinician, as saved here ("" if none yet)."""
        return str(workstation_settings().value(CLINICIAN_KEY, "") or "").strip()

    @staticmethod
    def set_clinician_name(name: str) -> None:
        settings = workstation_settings()
        settings.setValue(CLINICIAN_KEY, name.strip())
        settings.sync()

    # building

    def _build(self) -> None:
        clinic_group = self._build_clinic()
        locking_group = self._build_locking()
        workstation_group = self._build_workstation()
        techniques = QGroupBox(self.tr("A new treatment line starts with"), self)
        techniques.setObjectName("techniques")
        row = QHBoxLayout(techniques)
        row.addWidget(self._build_needle(), 1)
        row.addWidget(self._build_pen(), 1)

        self.form_error = QLabel(self)
        self.form_error.setObjectName("form_error")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("buttons")
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        _align_captions([clinic_group, locking_group, workstation_group])
        layout = QVBoxLayout(self)
        layout.addWidget(clinic_group, 1)
        layout.addWidget(locking_group)
        layout.addWidget(workstation_group)
        workstation_group.setVisible(self._clinic.account is None)
        layout.addWidget(techniques)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def _form(self, group: QGroupBox, note: str, *, numbers: bool = False) -> QFormLayout:
        """A form; one of `numbers` keeps its spin boxes at their natural width."""
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
            if numbers
            else QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        if note:
            label = QLabel(note, group)
            label.setWordWrap(True)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            form.addRow(label)
        return form

    def _add(
        self,
        form: QFormLayout,
        prefix: str,
        caption: str,
        field: QWidget,
        *,
        row: QWidget | None = None,
    ) -> None:
        """A captioned field (inside `row`, if given) with its error label under it
        (hidden until there is one)."""
        label = QLabel(caption, form.parentWidget())
        label.setBuddy(field)
        form.addRow(label, row or field)
        error = self._errors[prefix].label_for(field.objectName())
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow("", error)

    def _build_clinic(self) -> QGroupBox:
        group = QGroupBox(self.tr("Clinic"), self)
        group.setObjectName("clinic")
        form = self._form(group, self.tr("These details head the treatment summaries."))
        self.name = named(QLineEdit(group), "name", self.tr("Clinic name"))
        self.address = named(_AddressEdit(group), "address", self.tr("Address"))
        self.phone = named(QLineEdit(group), "phone", self.tr("Phone"))
        self.email = named(QLineEdit(group), "email", self.tr("E-mail"))
        self.email.setPlaceholderText(self.tr("reception@example.org"))
        for caption, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Address:"), self.address),
            (self.tr("&Phone:"), self.phone),
            (self.tr("&E-mail:"), self.email),
        ):
            self._add(form, "clinic.", caption, field)
        return group

    def _build_locking(self) -> QGroupBox:
        group = QGroupBox(self.tr("Locking and backups"), self)
        group.setObjectName("locking")
        form = self._form(group, "")
        self.idle_lock_minutes = named(
            _int_spin(group, limits.IDLE_LOCK_MINUTES, self.tr(" minutes")),
            "idle_lock_minutes",
            self.tr("Lock after minutes without use"),
        )
        self.idle_lock_minutes.valueChanged.connect(
            lambda value: self.idle_lock_minutes.setSuffix(
                self.tr(" minute") if value == 1 else self.tr(" minutes")
            )
        )
        lock_row = QWidget(group)
        lock_line = QHBoxLayout(lock_row)
        lock_line.setContentsMargins(0, 0, 0, 0)
        lock_line.addWidget(self.idle_lock_minutes)
        lock_hint = QLabel(
            self.tr("without a key press or a click; then the password is asked again"), group
        )
        lock_hint.setObjectName("idle_lock_minutes_hint")
        lock_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lock_hint.setWordWrap(True)
        lock_line.addWidget(lock_hint, 1)
        self._add(form, "", self.tr("Loc&k after:"), self.idle_lock_minutes, row=lock_row)

        self.backup_folder = named(QLineEdit(group), "backup_folder", self.tr("Backup folder"))
        self.backup_folder.setPlaceholderText(self.tr("beside the database"))
        self.browse_button = named(
            QPushButton(self.tr("&Browse…"), group), "browse_backup_folder", self.tr("Browse")
        )
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse_backup_folder)
        self.backup_hint = QLabel(self._backup_hint(), group)
        self.backup_hint.setObjectName("backup_folder_hint")
        self.backup_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.backup_hint.setWordWrap(True)
        self.backup_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row = QWidget(group)
        folder_column = QVBoxLayout(folder_row)
        folder_column.setContentsMargins(0, 0, 0, 0)
        folder_column.setSpacing(2)
        folder_line = QHBoxLayout()
        folder_line.addWidget(self.backup_folder, 1)
        folder_line.addWidget(self.browse_button)
        folder_column.addLayout(folder_line)
        folder_column.addWidget(self.backup_hint)
        self._add(form, "", self.tr("Backup &folder:"), self.backup_folder, row=folder_row)
        return group

    def _backup_hint(self) -> str:
        if not self._clinic.backups.available:
            return self.tr("Backups are taken of SQLite database files only.")
        beside = default_backup_folder(Path(self._clinic.location))
        return self.tr("Empty: a “backups” folder beside the database (%1).").replace(
            "%1", str(beside)
        )

    def browse_backup_folder(self) -> None:
        start = self.backup_folder.text().strip() or str(Path(self._clinic.location).parent)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backups"), str(Path(start).expanduser())
        )
        if chosen:
            self.backup_folder.setText(chosen)

    def _build_workstation(self) -> QGroupBox:
        group = QGroupBox(self.tr("This workstation"), self)
        group.setObjectName("workstation")
        form = self._form(
            group,
            self.tr("Kept on this computer only. The sessions logged here name this clinician."),
        )
        self.clinician = named(QLineEdit(group), "clinician", self.tr("Clinician's name"))
        self._add(form, "workstation.", self.tr("&Clinician:"), self.clinician)
        return group

    def _build_needle(self) -> QGroupBox:
        group = QGroupBox(self.tr("Mesotherapy needle"), self)
        group.setObjectName("needle")
        form = self._form(group, "", numbers=True)
        self.needle_gauge = named(
            _int_spin(group, limits.NEEDLE_GAUGE, " G"), "gauge", self.tr("Needle gauge")
        )
        self.needle_length = named(
            _mm_spin(group, limits.NEEDLE_LENGTH_MM, NEEDLE_STEP_MM),
            "length_mm",
            self.tr("Needle length"),
        )
        self.needle_depth = named(
            _mm_spin(group, limits.NEEDLE_DEPTH_MM, NEEDLE_STEP_MM),
            "depth_mm",
            self.tr("Needle depth"),
        )
        self._add(form, "needle.", self.tr("&Gauge:"), self.needle_gauge)
        self._add(form, "needle.", self.tr("&Length:"), self.needle_length)
        self._add(form, "needle.", self.tr("&Depth:"), self.needle_depth)
        return group

    def _build_pen(self) -> QGroupBox:
        group = QGroupBox(self.tr("Micro-needling pen"), self)
        group.setObjectName("pen")
        form = self._form(group, "", numbers=True)
        self.pen_needle_count = named(
            _int_spin(group, limits.PEN_NEEDLE_COUNT, self.tr(" needles")),
            "needle_count",
            self.tr("Pen needle count"),
        )
        self.pen_depth = named(
            _mm_spin(group, limits.PEN_DEPTH_MM, limits.PEN_DEPTH_STEP_MM),
            "depth_mm",
            self.tr("Pen depth"),
        )
        self.pen_speed = named(
            _int_spin(group, limits.PEN_PENETRATIONS_PER_SECOND, " /s"),
            "penetrations_per_second",
            self.tr("Pen penetrations per second"),
        )
        self._add(form, "pen.", self.tr("Nee&dles:"), self.pen_needle_count)
        self._add(form, "pen.", self.tr("De&pth:"), self.pen_depth)
        self._add(form, "pen.", self.tr("Penetrations per &second:"), self.pen_speed)
        return group

    # values

    def _fill(self, settings: ClinicSettings, clinician: str) -> None:
        self.name.setText(settings.name)
        self.address.setPlainText(settings.address)
        self.phone.setText(settings.phone)
        self.email.setText(settings.email)
        self.idle_lock_minutes.setValue(settings.idle_lock_minutes)
        self.backup_folder.setText(settings.backup_folder)
        self.clinician.setText(clinician)
        defaults = settings.techniques
        self.needle_gauge.setValue(defaults.needle_gauge)
        self.needle_length.setValue(defaults.needle_length_mm)
        self.needle_depth.setValue(defaults.needle_depth_mm)
        self.pen_needle_count.setValue(defaults.pen_needle_count)
        self.pen_depth.setValue(defaults.pen_depth_mm)
        self.pen_speed.setValue(defaults.pen_penetrations_per_second)

    def settings(self) -> ClinicSettings:
        """The clinic's settings as the fields hold them now."""
        return ClinicSettings(
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            techniques=TechniqueDefaults(
                needle_gauge=self.needle_gauge.value(),
                needle_length_mm=self.needle_length.value(),
                needle_depth_mm=self.needle_depth.value(),
                pen_needle_count=self.pen_needle_count.value(),
                pen_depth_mm=self.pen_depth.value(),
                pen_penetrations_per_second=self.pen_speed.value(),
            ),
            idle_lock_minutes=self.idle_lock_minutes.value(),
            backup_folder=self.backup_folder.text().strip(),
        )

    def _make_read_only(self) -> None:
        """For an account that may not change the settings: shown, not editable."""
        for group in self.findChildren(QGroupBox):
            group.setEnabled(False)
        # A disabled field shows its hint like a value: a setting shown has none.
        for field in self.findChildren(QLineEdit):
            field.setPlaceholderText("")
        self.save_button.hide()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close"))
        self.form_error.setText(self.tr("Only an administrator changes these settings."))
        self.form_error.setStyleSheet("")
        self.form_error.show()

    # saving

    def save(self) -> None:
        """Writes the settings; on a problem, shows it beside its field and stays open."""
        if self.read_only:
            return
        self.clear_errors()
        clinician = self.clinician.text().strip()
        if len(clinician) > limits.NAME_MAX:
            allowed = f"at most {limits.NAME_MAX} characters"
            self.show_errors([Violation("workstation.clinician", clinician, allowed)])
            return
        settings = self.settings()
        try:
            saved = run_change(
                self,
                self._bus,
                lambda: self._clinic.settings.update_clinic(settings),
                title=self.tr("Save settings"),
            )
        except ValidationError as error:
            self.show_errors(error.violations)
            return
        if saved is None:
            return  # a known error, shown by run_change; nothing was saved
        if not self.with_accounts:
            self.set_clinician_name(clinician)
        self.saved = saved
        self.accept()

    def clear_errors(self) -> None:
        for errors in self._errors.values():
            errors.clear()
        self.form_error.clear()
        self.form_error.hide()

    def show_errors(self, violations: tuple[Violation, ...] | list[Violation]) -> None:
        """Each violation beside its field (`clinic.name`, `needle.depth_mm`, `pen.depth_mm`)."""
        unplaced: list[Violation] = []
        for violation in violations:
            prefix = next((p for p in self._errors if violation.path.startswith(p)), None)
            if prefix is None:
                unplaced.append(violation)
                continue
            unplaced += self._errors[prefix].show([violation], prefix)
        if unplaced:
            self.form_error.setText("\n".join(f"{v.path}: {violation_text(v)}" for v in unplaced))
            self.form_error.show()
        self._focus_first_error()

    def errors_shown(self) -> dict[str, str]:
        """The errors shown beside the fields, by path (`needle.depth_mm`: text)."""
        return {
            f"{prefix}{field}": text
            for prefix, errors in self._errors.items()
            for field, text in errors.visible().items()
        }

    def _focus_first_error(self) -> None:
        fields: list[tuple[str, QWidget]] = [
            ("clinic.", self.name),
            ("clinic.", self.address),
            ("clinic.", self.phone),
            ("clinic.", self.email),
            ("", self.idle_lock_minutes),
            ("", self.backup_folder),
            ("workstation.", self.clinician),
            ("needle.", self.needle_gauge),
            ("needle.", self.needle_length),
            ("needle.", self.needle_depth),
            ("pen.", self.pen_needle_count),
            ("pen.", self.pen_depth),
            ("pen.", self.pen_speed),
        ]
        for prefix, field in fields:
            if field.objectName() in self._errors[prefix].visible():
                field.setFocus()
                return
