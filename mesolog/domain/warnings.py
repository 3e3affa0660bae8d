"""Clinical warnings: shown before signing, never blocking."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mesolog.domain import limits
from mesolog.domain.records import PatientInput, PreTreatment
from mesolog.domain.text import fold

NSAID_NAMES = (
    "aspirin",
    "acetylsalicylic",
    "ibuprofen",
    "naproxen",
    "diclofenac",
    "ketoprofen",
    "dexketoprofen",
    "ketorolac",
    "indometacin",
    "indomethacin",
    "meloxicam",
    "piroxicam",
    "celecoxib",
    "etoricoxib",
    "nimesulide",
    "aceclofenac",
    "mefenamic",
    "nabumetone",
    "etodolac",
    "lornoxicam",
    "nurofen",
    "brufen",
    "advil",
    "voltaren",
    "ασπιριν",
    "ακετυλοσαλικυλ",
    "ιβουπροφαιν",
    "ιμπουπροφαιν",
    "ναπροξαιν",
    "ναπροξεν",
    "δικλοφαιν",
    "δικλοφεν",
    "κετοπροφαιν",
    "νιμεσουλιδ",
    "μελοξικαμ",
)
"""Generic and common brand names, folded (see `fold`), matched inside words."""


class WarningKind(StrEnum):
    NSAIDS_RECENT = "nsaids_recent"
    NSAIDS_IN_MEDICATIONS = "nsaids_in_medications"
    ALLERGY_RECORDED = "allergy_recorded"
    CONSENT_NOT_CONFIRMED = "consent_not_confirmed"
    CONSENT_NOT_ON_FILE = "consent_not_on_file"
    BEFORE_DUE_WINDOW = "before_due_window"
    COURSE_COMPLETE = "course_complete"
    COURSE_STOPPED = "course_stopped"


@dataclass(frozen=True, slots=True)
class ClinicalWarning:
    kind: WarningKind
    message: str


def nsaids_named_in(medications: str) -> list[str]:
    """The NSAID names (of NSAID_NAMES, in that order) found in a free-text medication list."""
    folded = fold(medications)
    return [name for name in NSAID_NAMES if name in folded]


def patient_warnings(patient: PatientInput) -> list[ClinicalWarning]:
    """What the patient's record itself says a clinician must not miss."""
    found: list[ClinicalWarning] = []
    if patient.allergies.strip():
        found.append(
            ClinicalWarning(WarningKind.ALLERGY_RECORDED, f"Allergies: {patient.allergies.strip()}")
        )
    nsaids = nsaids_named_in(patient.medications)
    if nsaids:
        found.append(
            ClinicalWarning(
                WarningKind.NSAIDS_IN_MEDICATIONS,
                "The medication list names aspirin or another NSAID "
                f"({', '.join(nsaids)}): higher risk of bruising.",
            )
        )
    if patient.consent_signed_on is None:
        found.append(
            ClinicalWarning(WarningKind.CONSENT_NOT_ON_FILE, "No signed consent is on file.")
        )
    return found


def session_warnings(patient: PatientInput, pre: PreTreatment) -> list[ClinicalWarning]:
    """Warnings for one session: the patient's, the NSAID pause and the consent check."""
    found = [w for w in patient_warnings(patient) if w.kind != WarningKind.CONSENT_NOT_ON_FILE]
    days = pre.nsaids_paused_days
    if days is not None and days < limits.NSAID_WARNING_DAYS:
        found.append(
            ClinicalWarning(
                WarningKind.NSAIDS_RECENT,
                f"Aspirin or another NSAID taken {days} day(s) ago, less than "
                f"{limits.NSAID_WARNING_DAYS}: higher risk of bruising.",
            )
        )
    if not pre.consent_confirmed:
        found.append(
            ClinicalWarning(
                WarningKind.CONSENT_NOT_CONFIRMED, "Consent was not confirmed for this session."
            )
        )
    return found
