"""What only the clinical copy prints about the patient: contact, skin type, consent,
medical history and the patient's notes (the sessions' own details are in the tables)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mesolog.domain.records import PatientInput
from mesolog.domain.texts import phrase
from mesolog.reports.formatting import Formatter, markup
from mesolog.reports.summary_styles import rich
from mesolog.reports.summary_tables import Fact, Kit

NOT_RECORDED = phrase("ClinicalCopy", "not recorded", "a patient's detail")
NONE_RECORDED = phrase("ClinicalCopy", "none recorded", "a patient's medication, consent")


def clinical_pairs(details: PatientInput, fmt: Formatter) -> list[Fact]:
    """Label and value of each detail the patient copy leaves out."""
    consent = details.consent_signed_on
    skin = details.fitzpatrick_type
    signed = phrase("ClinicalCopy", "signed {date}", "a consent form")
    return [
        (
            phrase("ClinicalCopy", "Sex"),
            fmt.word(details.sex) if details.sex is not None else NOT_RECORDED,
        ),
        (
            phrase("ClinicalCopy", "Skin type"),
            phrase("ClinicalCopy", "Fitzpatrick {type}").having(type=skin.value)
            if skin is not None
            else NOT_RECORDED,
        ),
        (phrase("ClinicalCopy", "Phone"), details.phone or "—"),
        (phrase("ClinicalCopy", "E-mail"), details.email or "—"),
        (phrase("ClinicalCopy", "Medication"), details.medications or NONE_RECORDED),
        (
            phrase("ClinicalCopy", "Consent on file"),
            signed.having(date=fmt.date(consent)) if consent else NONE_RECORDED,
        ),
    ]


def clinical_texts(details: PatientInput, kit: Kit) -> list[Flowable]:
    """The medical history and the patient's notes, each under its label, when recorded."""
    parts: list[Flowable] = []
    for label, text in (
        (phrase("ClinicalCopy", "Medical history:"), details.medical_history),
        (phrase("ClinicalCopy", "Notes:", "the patient's"), details.notes),
    ):
        if text:
            said = markup(kit.fmt.say(label))
            parts.append(rich(f"<b>{said}</b> {markup(text)}", kit.styles["Value"]))
    return parts
