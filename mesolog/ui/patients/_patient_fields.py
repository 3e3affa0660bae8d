"""The patient dialog's fields in words, for a save someone else's change refused or merged
(ui.common.versioned_saves): each field of a patient's details by its path, with the
caption the dialog shows beside it and its value as the dialog shows it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mesolog.domain.enums import Fitzpatrick, Sex
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.labels import fitzpatrick_label, sex_label
from mesolog.ui.common.record_conflicts import FieldWords


def _tr(text: str) -> str:
    return QCoreApplication.translate("PatientDialog", text)


def _sex(value: Sex | None) -> str:
    return sex_label(value) if value is not None else "—"


def _skin(value: Fitzpatrick | None) -> str:
    return fitzpatrick_label(value) if value is not None else _tr("Not assessed")


def _consent(value: dt.date | None) -> str:
    return shown_date(value) if value is not None else _tr("Not signed")


def patient_fields() -> FieldWords:
    return FieldWords(
        captions={
            "family_name": _tr("Family name"),
            "given_name": _tr("Given name"),
            "date_of_birth": _tr("Date of birth"),
            "record_number": _tr("Record number"),
            "sex": _tr("Sex"),
            "phone": _tr("Phone"),
            "email": _tr("Email"),
            "fitzpatrick_type": _tr("Skin type (Fitzpatrick)"),
            "allergies": _tr("Allergies"),
            "medications": _tr("Medications"),
            "medical_history": _tr("Medical history"),
            "consent_signed_on": _tr("Consent signed on"),
            "photo_consent_on": _tr("Photo consent on"),
            "notes": _tr("Notes"),
        },
        values={
            "sex": _sex,
            "fitzpatrick_type": _skin,
            "consent_signed_on": _consent,
            "photo_consent_on": _consent,
        },
    )
