"""Settings: the clinic's details (they head its documents), when the window locks and
where backups go, this workstation's clinician, barcode scanner and language, and the
needle and pen settings a new treatment line starts with.

The clinic's settings are in the database, shared by every workstation; only an admin
changes them once the database has accounts. The clinician's name belongs to this computer
(QSettings), and is asked only while the database has no accounts (an account has a name);
so does the character its scanner sends in place of GS (scanner_settings). The language is
kept on this computer too, in a file the command line reads as well (language_choice).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.accounts import Permission
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.records import ClinicSettings, TechniqueDefaults
from mesolog.services.clinic import Clinic
from mesolog.ui.common.form_layout import align_captions, save_cancel_buttons
from mesolog.ui.common.forms import FieldErrors, error_label, violation_text
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.screen_fit import ScrollingBody, resize_to_content
from mesolog.ui.common.versioned_saves import VersionedForm, note_label
from mesolog.ui.settings._logo_row import LogoGroup
from mesolog.ui.settings._record_number_row import RecordNumberGroup
from mesolog.ui.settings._scanner_group import ScannerGroup
from mesolog.ui.settings._settings_fields import settings_fields
from mesolog.ui.settings._settings_groups import (
    ClinicGroup,
    LockingGroup,
    NeedleGroup,
    PenGroup,
    WorkstationGroup,
)
from mesolog.ui.settings.language_choice import LanguageGroup
from mesolog.ui.settings.scanner_settings import (
    scanner_separator,
    separator_problem,
    set_scanner_separator,
)
from mesolog.ui.settings.workstation import workstation_settings

# workstation_settings: imported from here by the rooms that keep something on this computer.
__all__ = ["CLINICIAN_KEY", "SettingsDialog", "workstation_settings"]

CLINICIAN_KEY = "clinician/name"
LEFT_CHARACTERS = 104
"""The left column's width in average characters."""


class SettingsDialog(QDialog):
    """Edits the clinic's settings; Save writes them, and this workstation's clinician name,
    scanner separator and language."""

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
        self._errors["scanner."] = FieldErrors(self)
        self._errors["language."] = FieldErrors(self)
        self._errors[""] = FieldErrors(self)  # idle_lock_minutes, backup_folder: last, it takes all
        self._build()
        self.versioned: VersionedForm[ClinicSettings, ClinicSettings] = VersionedForm(
            self,
            clinic,
            bus,
            record=self.tr("the clinic's settings"),
            words=settings_fields(),
            content=lambda read: read,
            write=lambda settings, read: clinic.settings.update_clinic(settings, read=read),
            load=lambda settings: self._fill(settings, self.workstation_group.clinician.text()),
            note=self.note,
        )
        self._read = clinic.settings.clinic()
        """The settings as the fields were filled from them: what a save is based on."""
        self._fill(self._read, self.clinician_name())
        self.scanner_group.separator.setText(scanner_separator() or "")
        resize_to_content(self)
        self.clinic_group.name.setFocus()
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
        self.clinic_group = ClinicGroup(self, self._errors["clinic."])
        self.logo_group = LogoGroup(self, self._clinic)
        self.locking_group = LockingGroup(self, self._errors[""], self._clinic)
        self.record_number_group = RecordNumberGroup(self, self._errors[""], self._clinic)
        self.workstation_group = WorkstationGroup(self, self._errors["workstation."])
        techniques = QGroupBox(self.tr("A new treatment line starts with"), self)
        techniques.setObjectName("techniques")
        column = QVBoxLayout(techniques)
        self.needle_group = NeedleGroup(self, self._errors["needle."])
        column.addWidget(self.needle_group)
        self.pen_group = PenGroup(self, self._errors["pen."])
        column.addWidget(self.pen_group)
        column.addStretch(1)
        self.scanner_group = ScannerGroup(self, self._errors["scanner."])
        self.language_group = LanguageGroup(self, self._errors["language."])

        self.form_error = error_label("form_error", self)
        self.note = note_label(self)
        self.buttons, self.save_button = save_cancel_buttons(self, self.save)

        numbers = self.record_number_group
        groups = [self.clinic_group, numbers, self.locking_group, self.workstation_group]
        align_captions([*groups, self.language_group])
        # Two columns, short enough for a 1024×700 screen; on a shorter one the groups
        # scroll and the buttons stay in sight.
        body = QWidget(self)
        body.setObjectName("settings_body")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        # wide enough that the hints beside the short fields read on one line each
        self.clinic_group.setMinimumWidth(self.fontMetrics().averageCharWidth() * LEFT_CHARACTERS)
        left.addWidget(self.clinic_group)
        left.addWidget(self.record_number_group)
        left.addWidget(self.locking_group)
        left.addWidget(self.workstation_group)
        left.addWidget(self.language_group)
        left.addStretch(1)
        self.workstation_group.setVisible(self._clinic.account is None)
        right = QVBoxLayout()
        right.addWidget(self.logo_group)
        right.addWidget(techniques, 1)
        right.addWidget(self.scanner_group)
        columns.addLayout(left, 1)
        columns.addLayout(right)
        self.body = ScrollingBody(body, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    # values

    def _fill(self, settings: ClinicSettings, clinician: str) -> None:
        clinic, locking = self.clinic_group, self.locking_group
        needle, pen = self.needle_group, self.pen_group
        clinic.name.setText(settings.name)
        clinic.address.setPlainText(settings.address)
        clinic.phone.setText(settings.phone)
        clinic.email.setText(settings.email)
        clinic.currency.set_text(settings.currency)
        locking.idle_lock_minutes.set_value(settings.idle_lock_minutes)
        locking.backup_folder.setText(settings.backup_folder)
        self.record_number_group.pattern.setText(settings.record_number_pattern)
        self.workstation_group.clinician.setText(clinician)
        defaults = settings.techniques
        needle.gauge.set_value(defaults.needle_gauge)
        needle.length_mm.set_value(defaults.needle_length_mm)
        needle.depth_mm.set_value(defaults.needle_depth_mm)
        pen.needle_count.set_value(defaults.pen_needle_count)
        pen.depth_mm.set_value(defaults.pen_depth_mm)
        pen.penetrations_per_second.set_value(defaults.pen_penetrations_per_second)

    def settings(self) -> ClinicSettings:
        """The clinic's settings as the fields hold them now."""
        clinic, locking = self.clinic_group, self.locking_group
        needle, pen = self.needle_group, self.pen_group
        return ClinicSettings(
            name=clinic.name.text().strip(),
            address=clinic.address.toPlainText().strip(),
            phone=clinic.phone.text().strip(),
            email=clinic.email.text().strip(),
            currency=clinic.currency.text(),
            techniques=TechniqueDefaults(
                needle_gauge=int(needle.gauge.number()),
                needle_length_mm=needle.length_mm.number(),
                needle_depth_mm=needle.depth_mm.number(),
                pen_needle_count=int(pen.needle_count.number()),
                pen_depth_mm=pen.depth_mm.number(),
                pen_penetrations_per_second=int(pen.penetrations_per_second.number()),
            ),
            idle_lock_minutes=int(locking.idle_lock_minutes.number()),
            backup_folder=locking.backup_folder.text().strip(),
            record_number_pattern=self.record_number_group.pattern.text().strip(),
            recall_letter=self._read.recall_letter,  # edited in Records ▸ Recall
            recall_letter_el=self._read.recall_letter_el,
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
        typed = [errors.show_typed() for errors in self._errors.values()]  # all, not the first
        if any(typed):
            self._focus_first_error()
            return
        clinician = self.workstation_group.clinician.text().strip()
        if len(clinician) > limits.NAME_MAX:
            allowed = f"at most {limits.NAME_MAX} characters"
            self.show_errors([Violation("workstation.clinician", clinician, allowed)])
            return
        separator = self.scanner_group.separator.text()
        if separator_problem(separator):
            self._errors["scanner."].say("separator", separator_problem(separator))
            self._focus_first_error()
            return
        try:
            outcome = self.versioned.save(
                self._read, self.settings(), title=self.tr("Save settings")
            )
        except ValidationError as error:
            self.show_errors(error.violations)
            return
        self._read = outcome.base
        if outcome.saved is None:
            return  # not saved: a known error or a conflict, shown
        if not self.logo_group.save(self._bus):
            return  # the settings were saved; the logo's problem was shown
        if not self.with_accounts:
            self.set_clinician_name(clinician)
        set_scanner_separator(separator)
        if not self.language_group.save():
            return  # the settings were saved; why the language was not is shown
        self.saved = outcome.saved
        if outcome.done:
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
        for group in (
            self.clinic_group,
            self.record_number_group,
            self.locking_group,
            self.workstation_group,
            self.needle_group,
            self.pen_group,
            self.scanner_group,
            self.language_group,
        ):
            for field in group.fields:
                if field.objectName() in group.errors.visible():
                    field.setFocus()
                    self.body.ensureWidgetVisible(field)
                    return
