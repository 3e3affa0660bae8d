"""The patient dialog's fields in words, for a save someone else's change refused or merged
(ui.common.versioned_saves): each field of a patient's details by its path, with the
caption the dialog shows beside it and its value as the dialog shows it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mesolog.domain.enums import Fitzpatrick, Sex
from mesolog.language.choice import NAMES
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.labels import fitzpatrick_label, sex_label
from mesolog.ui.common.record_conflicts import FieldWords


def _sex(value: Sex | None) -> str:
    return sex_label(value) if value is not None else "—"


def _skin(value: Fitzpatrick | None) -> str:
    return (
        fitzpatrick_label(value)
        if value is not None
        else QCoreApplication.translate("PatientDialog", "Not assessed")
    )


def _consent(value: dt.date | None) -> str:
    return (
        shown_date(value)
        if value is not None
        else QCoreApplication.translate("PatientDialog", "Not signed")
    )


def _language(value: str | None) -> str:
    return (
        NAMES.get(value, value)
        if value is not None
        else QCoreApplication.translate("PatientDialog", "This computer's language")
    )


def patient_fields() -> FieldWords:
    return FieldWords(
        captions={
            "family_name": QCoreApplication.translate("PatientDialog", "Family name"),
            "given_name": QCoreApplication.translate("PatientDialog", "Given name"),
            "date_of_birth": QCoreApplication.translate("PatientDialog", "Date of birth"),
            "record_number": QCoreApplication.translate("PatientDialog", "Record number"),
            "sex": QCoreApplication.translate("PatientDialog", "Sex"),
            "phone": QCoreApplication.translate("PatientDialog", "Phone"),
            "email": QCoreApplication.translate("PatientDialog", "Email"),
            "preferred_language": QCoreApplication.translate(
                "PatientDialog", "Language of documents"
            ),
            "fitzpatrick_type": QCoreApplication.translate(
                "PatientDialog", "Skin type (Fitzpatrick)"
            ),
            "allergies": QCoreApplication.translate("PatientDialog", "Allergies"),
            "medications": QCoreApplication.translate("PatientDialog", "Medications"),
            "medical_history": QCoreApplication.translate("PatientDialog", "Medical history"),
            "consent_signed_on": QCoreApplication.translate("PatientDialog", "Consent signed on"),
            "photo_consent_on": QCoreApplication.translate("PatientDialog", "Photo consent on"),
            "notes": QCoreApplication.translate("PatientDialog", "Notes"),
        },
        values={
            "sex": _sex,
            "fitzpatrick_type": _skin,
            "consent_signed_on": _consent,
            "photo_consent_on": _consent,
            "preferred_language": _language,
        },
    )
