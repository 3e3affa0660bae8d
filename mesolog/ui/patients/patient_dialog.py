"""The dialog in which a patient is registered or their details are changed."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.enums import Fitzpatrick, Sex
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.languages import LANGUAGE_CODES
from mesolog.domain.records import Patient, PatientInput
from mesolog.domain.validation import OLDEST_AGE_YEARS, validate_patient, years_before
from mesolog.domain.warnings import nsaid_words
from mesolog.language.choice import NAMES
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.form_layout import align_captions, save_cancel_buttons
from mesolog.ui.common.forms import FieldErrors, error_label, named, violation_text
from mesolog.ui.common.labels import fitzpatrick_label, sex_label
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.common.typed_fields import DateField
from mesolog.ui.common.versioned_saves import VersionedForm, note_label
from mesolog.ui.patients._consent_rows import ConsentRow
from mesolog.ui.patients._patient_fields import patient_fields
from mesolog.ui.patients._patient_form_rows import FormRows
from mesolog.ui.patients.patient_header import WARNING_PREFIX, age_in_years

HINT_STYLE = "color: #7a4100; font-weight: bold;"
DEFAULT_SIZE = (720, 640)


class PatientDialog(QDialog):
    """New patient (`patient` None) or the details of an existing one; Save writes them."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        patient: Patient | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patient_dialog")
        self._clinic = clinic
        self._bus = bus
        self._patient = patient
        self.saved_patient: Patient | None = None
        self._today = clinic.context.today()
        self.errors = FieldErrors(self)
        self._rows = FormRows(self, self.errors)

        self._build()
        self.versioned: VersionedForm[Patient, PatientInput] = VersionedForm(
            self,
            clinic,
            bus,
            record=self.tr("this patient"),
            words=patient_fields(),
            content=lambda read: read.details,
            write=lambda details, read: clinic.patients.update(read.id, details, read=read),
            load=self._fill,
            note=self.note,
        )
        if patient is not None:
            self._fill(patient.details)
        else:
            self.record_number.setText(clinic.patients.next_record_number())
            self.record_number.setToolTip(
                self.tr("The next number of the clinic's series (Settings); change it if need be")
            )
        self._initial = self._snapshot()
        self.setWindowTitle(
            self.tr("New patient")
            if patient is None
            else self.tr("Edit patient — %1").replace("%1", patient.display_name)
        )
        resize_within_screen(self, *DEFAULT_SIZE)
        self._rows.fields["family_name"].setFocus()

    # building

    def _build(self) -> None:
        earliest = years_before(self._today, OLDEST_AGE_YEARS)
        left = QVBoxLayout()
        left_groups = [self._build_identity(earliest), self._build_contact()]
        right = QVBoxLayout()
        right_groups = [self._build_clinical(), self._build_consent_and_notes(earliest)]
        for column, groups in ((left, left_groups), (right, right_groups)):
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
        align_captions(left_groups)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.form_error = error_label("form_error", self)
        self.note = note_label(self)
        self.buttons, self.save_button = save_cancel_buttons(self, self.save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        order = [*self._rows.fields.values(), self.save_button, cancel]
        order.insert(order.index(self.consent_signed_on), self.consent_signed)
        order.insert(order.index(self.photo_consent_on), self.photo_consent)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _build_identity(self, earliest: dt.date) -> QGroupBox:
        box, form = self._rows.group(self.tr("Identity"), "identity_group")
        self.family_name = self._rows.line(form, "family_name", self.tr("&Family name"))
        self.given_name = self._rows.line(form, "given_name", self.tr("&Given name"))
        self.date_of_birth = DateField(
            latest_year=self._today.year,
            required=self.tr("A date of birth is required"),
            earliest=(
                earliest,
                self.tr(
                    "%1 is more than %n years ago: a date of birth is on or after %2.",
                    "",
                    OLDEST_AGE_YEARS,
                ),
            ),
            latest=(
                self._today,
                self.tr("%1 is in the future: a date of birth is today (%2) at the latest."),
            ),
            start_page=dt.date(self._today.year - 40, 1, 1),
        )
        self.errors.follow(self.date_of_birth, "date_of_birth")
        self.age_hint = named(QLabel(self), "date_of_birth_age", self.tr("Age"))
        self.age_hint.setWordWrap(True)
        self.date_of_birth.changed.connect(self._show_age)
        self._show_age()
        self._rows.add(
            form, "date_of_birth", self.tr("Date of &birth"), self.date_of_birth, self.age_hint
        )
        self.sex = self._rows.combo(form, "sex", self.tr("Se&x"))
        self.sex.addItem("—", None)
        for sex in Sex:
            self.sex.addItem(sex_label(sex), sex.value)
        self.record_number = self._rows.line(form, "record_number", self.tr("&Record number"))
        return box

    def _build_contact(self) -> QGroupBox:
        box, form = self._rows.group(self.tr("Contact"), "contact_group")
        self.phone = self._rows.line(form, "phone", self.tr("&Phone"))
        self.email = self._rows.line(form, "email", self.tr("&Email"))
        self.preferred_language = self._rows.combo(
            form, "preferred_language", self.tr("&Language of documents")
        )
        self.preferred_language.addItem(self.tr("This computer's language"), None)
        for code in LANGUAGE_CODES:  # each language in its own words, never translated
            self.preferred_language.addItem(NAMES[code], code)
        self.preferred_language.setToolTip(
            self.tr("The language of the patient's treatment summaries and recall letters.")
        )
        return box

    def _build_clinical(self) -> QGroupBox:
        box, form = self._rows.group(self.tr("Clinical"), "clinical_group", labels_above=True)
        self.fitzpatrick_type = self._rows.combo(
            form, "fitzpatrick_type", self.tr("S&kin type (Fitzpatrick)")
        )
        self.fitzpatrick_type.addItem(self.tr("Not assessed"), None)
        for skin in Fitzpatrick:
            self.fitzpatrick_type.addItem(fitzpatrick_label(skin), skin.value)
        self.allergies = self._rows.text(form, "allergies", self.tr("&Allergies"))
        self.allergies.setPlaceholderText(self.tr("Leave empty when none are known"))
        self.medications_hint = named(QLabel(self), "medications_hint", self.tr("NSAID warning"))
        self.medications_hint.setStyleSheet(HINT_STYLE)
        self.medications_hint.setWordWrap(True)
        self.medications_hint.hide()
        self.medications = self._rows.text(
            form, "medications", self.tr("&Medications"), self.medications_hint
        )
        self.medications.textChanged.connect(self._show_nsaid_hint)
        self.medical_history = self._rows.text(
            form, "medical_history", self.tr("Medical &history"), lines=4
        )
        return box

    def _build_consent_and_notes(self, earliest: dt.date) -> QGroupBox:
        box, form = self._rows.group(
            self.tr("Consent and notes"), "consent_group", labels_above=True
        )
        consents = ConsentRow(self, self._rows, self.errors, today=self._today, earliest=earliest)
        self.consent_signed = QCheckBox(self.tr("&Consent signed on"), self)
        self.consent_signed.setObjectName("consent_signed")
        self.consent_signed_on = consents.add(
            form, "consent_signed_on", self.consent_signed, self.tr("Consent signed")
        )
        self.photo_consent_hint = named(
            QLabel(self.tr("Clinical photos are added only with this consent."), self),
            "photo_consent_hint",
            self.tr("Photo consent"),
        )
        self.photo_consent_hint.setWordWrap(True)
        self.photo_consent = QCheckBox(self.tr("Ph&oto consent on"), self)
        self.photo_consent.setObjectName("photo_consent")
        self.photo_consent_on = consents.add(
            form,
            "photo_consent_on",
            self.photo_consent,
            self.tr("Photo consent"),
            self.photo_consent_hint,
        )
        ticks = (self.consent_signed, self.photo_consent)
        widest = max(tick.sizeHint().width() for tick in ticks)
        for tick in ticks:  # the two days one under the other
            tick.setMinimumWidth(widest)
        self.notes = self._rows.text(form, "notes", self.tr("&Notes"), lines=5)
        return box

    def _fill(self, details: PatientInput) -> None:
        self.family_name.setText(details.family_name)
        self.given_name.setText(details.given_name)
        self.date_of_birth.set_value(details.date_of_birth)
        self.record_number.setText(details.record_number)
        self.sex.setCurrentIndex(self.sex.findData(details.sex.value) if details.sex else 0)
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        self.preferred_language.setCurrentIndex(
            self.preferred_language.findData(details.preferred_language)
            if details.preferred_language
            else 0
        )
        skin = details.fitzpatrick_type
        self.fitzpatrick_type.setCurrentIndex(
            self.fitzpatrick_type.findData(skin.value) if skin else 0
        )
        self.allergies.setPlainText(details.allergies)
        self.medications.setPlainText(details.medications)
        self.medical_history.setPlainText(details.medical_history)
        for tick, day, given in (
            (self.consent_signed, self.consent_signed_on, details.consent_signed_on),
            (self.photo_consent, self.photo_consent_on, details.photo_consent_on),
        ):
            tick.setChecked(given is not None)
            day.set_value(given)
        self.notes.setPlainText(details.notes)

    # behaviour

    def _show_age(self) -> None:
        born = self.date_of_birth.value()
        if born is None:
            example = shown_date(dt.date(1980, 12, 31))
            self.age_hint.setText(
                self.tr("Type it like %1 or 31121980, or open the calendar").replace("%1", example)
            )
            return
        age = age_in_years(born, self._today)
        self.age_hint.setText(
            self.tr("1 year old") if age == 1 else self.tr("%n years old", "", age)
        )

    def _show_nsaid_hint(self) -> None:
        names = nsaid_words(self.medications.toPlainText())
        self.medications_hint.setVisible(bool(names))
        if names:
            text = self.tr(
                "NSAID (%1): bruising risk; ask about a %n-day pause before sessions.",
                "",
                limits.NSAID_WARNING_DAYS,
            ).replace("%1", ", ".join(names))
            self.medications_hint.setText(f"{WARNING_PREFIX} {text}")

    def details(self, date_of_birth: dt.date | None = None) -> PatientInput:
        """The input as typed (with `date_of_birth` in place of an unset one)."""
        sex = self.sex.currentData()
        skin = self.fitzpatrick_type.currentData()
        born = self.date_of_birth.value() or date_of_birth or self._today
        return PatientInput(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            date_of_birth=born,
            record_number=self.record_number.text(),
            sex=Sex(sex) if sex else None,
            phone=self.phone.text(),
            email=self.email.text(),
            fitzpatrick_type=Fitzpatrick(skin) if skin else None,
            allergies=self.allergies.toPlainText(),
            medications=self.medications.toPlainText(),
            medical_history=self.medical_history.toPlainText(),
            consent_signed_on=self.consent_signed_on.value(),
            photo_consent_on=self.photo_consent_on.value(),
            notes=self.notes.toPlainText(),
            preferred_language=self.preferred_language.currentData(),
        )

    def save(self) -> None:
        """Writes the patient; on bad input shows every problem beside its field."""
        self.errors.clear()
        self.form_error.hide()
        if self.errors.show_typed():
            self._show_violations(self._other_violations())
            return
        details = self.details()
        patients = self._clinic.patients
        patient = self._patient
        title = self.tr("Save patient")
        try:
            if patient is None:
                saved = run_change(self, self._bus, lambda: patients.create(details), title=title)
                done = saved is not None
            else:
                outcome = self.versioned.save(patient, details, title=title)
                self._patient, saved, done = outcome.base, outcome.saved, outcome.done
        except ValidationError as error:
            self._show_violations(error.violations)
            return
        if saved is not None:
            self.saved_patient = saved
            self._initial = self._snapshot()
        if done:
            self.accept()

    def _other_violations(self) -> list[Violation]:
        """The rules broken by the fields whose text could be read (the dates that could
        not are said beside them already)."""
        unread = set(self.errors.visible())
        if "date_of_birth" in unread:
            unread |= {"consent_signed_on", "photo_consent_on"}
        return [
            violation
            for violation in validate_patient(self.details(), today=self._today)
            if violation.field not in unread
        ]

    def _show_violations(self, violations: tuple[Violation, ...] | list[Violation]) -> None:
        unplaced = self.errors.show(violations)
        if unplaced:
            self.form_error.setText("\n".join(violation_text(v) for v in unplaced))
            self.form_error.show()
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        shown = self.errors.visible()
        for field, widget in self._rows.fields.items():
            if field in shown:
                target = widget if widget.isEnabled() else self._tick_of(widget)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(target, QLineEdit):
                    target.selectAll()
                break

    def _tick_of(self, day: QWidget) -> QWidget:
        return self.photo_consent if day is self.photo_consent_on else self.consent_signed

    def _snapshot(self) -> PatientInput:
        return self.details(date_of_birth=dt.date.min)

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
