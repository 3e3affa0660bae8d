"""The top of an open patient's record: who, how old, and the warnings nobody may miss.

Also what the header and the patient dialog share: age, NSAID words, the date pattern.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mesolog.domain.records import Patient
from mesolog.domain.warnings import WarningKind, nsaid_words, patient_warnings
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.flow_layout import FlowLayout
from mesolog.ui.common.forms import named
from mesolog.ui.common.labels import fitzpatrick_label, sex_label

WARNING_PREFIX = "⚠"
"""Put before every warning's words, so that colour is never the only signal."""

BADGE_STYLES = {
    WarningKind.ALLERGY_RECORDED: ("#fde7e9", "#b00020", "#6d0012"),
    WarningKind.NSAIDS_IN_MEDICATIONS: ("#fff3e0", "#b35c00", "#5c3000"),
    WarningKind.CONSENT_NOT_ON_FILE: ("#e8f0fe", "#1a56b0", "#0b2e66"),
}
"""Background, border and text colour of each warning's badge."""

VOIDED_STYLE = (
    "background: #7a0014; color: white; font-weight: bold; padding: 6px 10px; border-radius: 4px;"
)


def age_in_years(born: dt.date, today: dt.date) -> int:
    """Whole years lived on `today` (0 before the first birthday)."""
    had_birthday = (today.month, today.day) >= (born.month, born.day)
    return max(0, today.year - born.year - (0 if had_birthday else 1))


class PatientHeader(QWidget):
    """Name, age, record number, skin type and warning badges of one patient."""

    edit_requested = Signal()
    """The user asked to edit the patient's details (whoever holds the header opens the dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_header")
        self._patient: Patient | None = None

        self.name_label = named(QLabel(self), "patient_name", self.tr("Patient name"))
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)

        self.edit_button = named(
            QPushButton(self.tr("&Edit details…"), self), "edit_patient", self.tr("Edit patient")
        )
        self.edit_button.setToolTip(self.tr("Change the patient's details, allergies and consent"))
        self.edit_button.clicked.connect(self.edit_requested)

        self.age_label = named(QLabel(self), "patient_age", self.tr("Age"))
        self.birth_label = named(QLabel(self), "date_of_birth", self.tr("Date of birth"))
        self.sex_label = named(QLabel(self), "sex", self.tr("Sex"))
        self.record_label = named(QLabel(self), "record_number", self.tr("Record number"))
        self.record_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skin_label = named(QLabel(self), "fitzpatrick_type", self.tr("Skin type"))
        self.consent_label = named(QLabel(self), "consent_signed_on", self.tr("Consent"))

        self.voided_banner = named(QLabel(self), "voided_banner", self.tr("Voided"))
        self.voided_banner.setStyleSheet(VOIDED_STYLE)
        self.voided_banner.setWordWrap(True)
        self.voided_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.voided_banner.hide()

        self._warnings = QWidget(self)
        self._warnings.setObjectName("patient_warnings")
        self._warnings_layout = FlowLayout(self._warnings, spacing=8)
        self._badges: list[QLabel] = []
        self._warnings.hide()

        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        # The facts wrap as words do when the record is narrow; a dot stays with its fact.
        facts = QWidget(self)
        facts.setObjectName("patient_facts")
        flow = FlowLayout(facts, spacing=6)
        parts = [
            self.age_label,
            self.birth_label,
            self.sex_label,
            self.record_label,
            self.skin_label,
            self.consent_label,
        ]
        self._facts: dict[QLabel, QWidget] = {}
        for index, label in enumerate(parts):
            label.setTextFormat(Qt.TextFormat.PlainText)
            fact = QWidget(facts)
            row = QHBoxLayout(fact)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            if index:
                dot = QLabel("·", fact)
                dot.setAccessibleName(" ")
                row.addWidget(dot)
            label.setParent(fact)
            row.addWidget(label)
            flow.addWidget(fact)
            self._facts[label] = fact

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(facts)
        layout.addWidget(self.voided_banner)
        layout.addWidget(self._warnings)

    @property
    def patient(self) -> Patient | None:
        return self._patient

    def set_patient(self, patient: Patient, today: dt.date) -> None:
        """Shows `patient` as of `today` (the day the age is counted on)."""
        self._patient = patient
        details = patient.details
        self.name_label.setText(patient.display_name)
        age = age_in_years(details.date_of_birth, today)
        self.age_label.setText(
            self.tr("1 year old") if age == 1 else self.tr("%n years old", "", age)
        )
        self.birth_label.setText(
            self.tr("born %1").replace("%1", shown_date(details.date_of_birth))
        )
        self.sex_label.setText(sex_label(details.sex) if details.sex else "")
        self._facts[self.sex_label].setVisible(details.sex is not None)
        self.record_label.setText(
            self.tr("Record %1").replace("%1", details.record_number)
            if details.record_number
            else self.tr("No record number")
        )
        skin = details.fitzpatrick_type
        self.skin_label.setText(
            self.tr("Skin type %1").replace("%1", skin.value)
            if skin is not None
            else self.tr("Skin type not assessed")
        )
        self.skin_label.setToolTip(fitzpatrick_label(skin) if skin is not None else "")
        consent = details.consent_signed_on
        self.consent_label.setText(
            self.tr("consent signed %1").replace("%1", shown_date(consent)) if consent else ""
        )
        self._facts[self.consent_label].setVisible(consent is not None)
        self._show_voiding(patient)
        self._show_warnings(patient)
        self.edit_button.setEnabled(patient.voiding is None)
        self.edit_button.setToolTip(
            self.tr("Change the patient's details, allergies and consent")
            if patient.voiding is None
            else self.tr("A voided patient's details can no longer be changed")
        )

    def warning_texts(self) -> dict[str, str]:
        """The badges shown now, by objectName (for tests)."""
        return {badge.objectName(): badge.text() for badge in self._badges}

    def _show_voiding(self, patient: Patient) -> None:
        voiding = patient.voiding
        if voiding is None:
            self.voided_banner.hide()
            self.voided_banner.clear()
            return
        when = shown_date(voiding.voided_at.astimezone().date())
        text = (
            self.tr("VOIDED on %1 by %2 — %3")
            .replace("%1", when)
            .replace("%2", voiding.voided_by)
            .replace("%3", voiding.reason)
        )
        self.voided_banner.setText(f"{WARNING_PREFIX} {text}")
        self.voided_banner.show()

    def _show_warnings(self, patient: Patient) -> None:
        for badge in self._badges:
            self._warnings_layout.removeWidget(badge)
            badge.setParent(None)  # gone at once (and from findChild), not at the next event loop
            badge.deleteLater()
        self._badges = []
        for warning in patient_warnings(patient.details):
            badge = self._badge(warning.kind, self._warning_text(warning.kind, patient))
            # Each badge on one line when there is room; a row of its own, its words
            # wrapped, when the record is too narrow for it: never cut.
            badge.setWordWrap(True)
            self._warnings_layout.addWidget(badge)
            self._badges.append(badge)
        self._warnings.setVisible(bool(self._badges))

    def _warning_text(self, kind: WarningKind, patient: Patient) -> str:
        details = patient.details
        if kind is WarningKind.ALLERGY_RECORDED:
            text = self.tr("Allergy: %1").replace("%1", " ".join(details.allergies.split()))
        elif kind is WarningKind.NSAIDS_IN_MEDICATIONS:
            names = ", ".join(nsaid_words(details.medications))
            text = self.tr("Takes an NSAID (%1): bruising risk").replace("%1", names)
        elif kind is WarningKind.CONSENT_NOT_ON_FILE:
            text = self.tr("No signed consent on file")
        else:
            text = kind.value.replace("_", " ")
        return f"{WARNING_PREFIX} {text}"

    def _badge(self, kind: WarningKind, text: str) -> QLabel:
        badge = named(QLabel(text, self._warnings), f"patient_warning_{kind.value}", text)
        badge.setTextFormat(Qt.TextFormat.PlainText)
        background, border, colour = BADGE_STYLES.get(kind, ("#eeeeee", "#555555", "#222222"))
        badge.setStyleSheet(
            f"background: {background}; border: 1px solid {border}; color: {colour};"
            " border-radius: 4px; padding: 4px 8px; font-weight: bold;"
        )
        badge.setToolTip(text)
        return badge
