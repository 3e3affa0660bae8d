"""What only the clinical copy prints about the patient: contact, skin type, consent,
medical history and the patient's notes (the sessions' own details are in the tables)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mesolog.domain.records import PatientInput
from mesolog.reports.formatting import Formatter, markup, word
from mesolog.reports.summary_styles import rich
from mesolog.reports.summary_tables import Kit


def clinical_pairs(details: PatientInput, fmt: Formatter) -> list[tuple[str, str]]:
    """Label and value of each detail the patient copy leaves out."""
    consent = details.consent_signed_on
    return [
        ("Sex", word(details.sex) if details.sex is not None else "not recorded"),
        (
            "Skin type",
            f"Fitzpatrick {details.fitzpatrick_type.value}"
            if details.fitzpatrick_type is not None
            else "not recorded",
        ),
        ("Phone", details.phone or "—"),
        ("E-mail", details.email or "—"),
        ("Medication", details.medications or "none recorded"),
        ("Consent on file", f"signed {fmt.date(consent)}" if consent else "none recorded"),
    ]


def clinical_texts(details: PatientInput, kit: Kit) -> list[Flowable]:
    """The medical history and the patient's notes, each under its label, when recorded."""
    parts: list[Flowable] = []
    for label, text in (("Medical history", details.medical_history), ("Notes", details.notes)):
        if text:
            parts.append(rich(f"<b>{label}:</b> {markup(text)}", kit.styles["Value"]))
    return parts
