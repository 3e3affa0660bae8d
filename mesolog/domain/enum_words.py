"""Words for people for every value of the interchange enums, marked for translation.

Each value has a `phrase` in a context named after its enum (`Area`, `Solution`,
`Reaction`, `Severity`, `Indication`, `Onset`, `Technique`, `NeedleMethod`, …), so the
window, the command line and the PDFs show one word per value in each language (the Greek
follows the glossary of docs/translation-plan.md §7). `str()` of each is the English the
window showed before it was translated. Where a word alone would leave a translator
guessing (its gender, which "Back"), the phrase's comment says what it names.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from mesolog.domain.enums import (
    Area,
    CoursePhase,
    CourseStatus,
    Fitzpatrick,
    Indication,
    NeedleMethod,
    Onset,
    PatientOrder,
    ReactionKind,
    Role,
    SessionStatus,
    Severity,
    Sex,
    Solution,
    TechniqueKind,
)
from mesolog.domain.texts import Text, phrase, verbatim

INDICATIONS: Mapping[Indication, Text] = {
    Indication.HYDRATION_TIGHTENING: phrase("Indication", "Hydration and tightening"),
    Indication.WRINKLES: phrase("Indication", "Wrinkles"),
    Indication.RADIANCE_REGENERATION: phrase("Indication", "Radiance and regeneration"),
    Indication.EYE_BAGS_PERIORBITAL: phrase("Indication", "Eye bags and dark circles"),
    Indication.PORES_ACNE_SCARS: phrase("Indication", "Pores and acne scars"),
    Indication.STRETCH_MARKS: phrase("Indication", "Stretch marks"),
    Indication.CELLULITE_FIRMING: phrase("Indication", "Cellulite and firming"),
    Indication.POST_OPERATIVE_SCARS: phrase("Indication", "Post-operative scars"),
    Indication.OTHER: phrase("Indication", "Other indication"),
}

AREAS: Mapping[Area, Text] = {
    Area.FOREHEAD: phrase("Area", "Forehead"),
    Area.PERIORBITAL: phrase("Area", "Eye area (periorbital)"),
    Area.CHEEKS: phrase("Area", "Cheeks"),
    Area.PERIORAL: phrase("Area", "Around the mouth (perioral)"),
    Area.JAWLINE: phrase("Area", "Jawline"),
    Area.FULL_FACE: phrase("Area", "Full face"),
    Area.SCALP: phrase("Area", "Scalp"),
    Area.NECK: phrase("Area", "Neck"),
    Area.DECOLLETAGE: phrase("Area", "Décolletage"),
    Area.HANDS: phrase("Area", "Hands"),
    Area.ARMS: phrase("Area", "Arms"),
    Area.ABDOMEN: phrase("Area", "Abdomen"),
    Area.FLANKS: phrase("Area", "Flanks"),
    Area.BACK: phrase("Area", "Back", "the body area, not the verb"),
    Area.BUTTOCKS: phrase("Area", "Buttocks"),
    Area.THIGHS: phrase("Area", "Thighs"),
    Area.KNEES: phrase("Area", "Knees"),
    Area.SCAR_SITE: phrase("Area", "Scar site"),
    Area.OTHER: phrase("Area", "Other area"),
}

SOLUTIONS: Mapping[Solution, Text] = {
    Solution.HYALURONIC_ACID: phrase("Solution", "Hyaluronic acid"),
    Solution.DMAE: phrase("Solution", "DMAE"),
    Solution.CAFFEINE: phrase("Solution", "Caffeine"),
    Solution.PHOSPHATIDYLCHOLINE: phrase("Solution", "Phosphatidylcholine"),
    Solution.VITAMINS: phrase("Solution", "Vitamins"),
    Solution.AMINO_ACIDS: phrase("Solution", "Amino acids"),
    Solution.PEPTIDES: phrase("Solution", "Peptides"),
    Solution.OTHER: phrase("Solution", "Other solution"),
}

REACTIONS: Mapping[ReactionKind, Text] = {
    ReactionKind.NAUSEA: phrase("Reaction", "Nausea"),
    ReactionKind.PAIN: phrase("Reaction", "Pain"),
    ReactionKind.SENSITIVITY: phrase("Reaction", "Sensitivity"),
    ReactionKind.SWELLING: phrase("Reaction", "Swelling"),
    ReactionKind.ITCHING: phrase("Reaction", "Itching"),
    ReactionKind.REDNESS: phrase("Reaction", "Redness"),
    ReactionKind.BRUISING: phrase("Reaction", "Bruising"),
    ReactionKind.DISCOLOURATION: phrase("Reaction", "Discolouration"),
    ReactionKind.INFECTION: phrase("Reaction", "Infection"),
    ReactionKind.SCARRING: phrase("Reaction", "Scarring"),
    ReactionKind.OTHER: phrase("Reaction", "Other reaction"),
}

SEVERITIES: Mapping[Severity, Text] = {
    Severity.MILD: phrase(
        "Severity", "mild", "a reaction's, in brackets after it; one form for every gender"
    ),
    Severity.MODERATE: phrase(
        "Severity", "moderate", "a reaction's, in brackets after it; one form for every gender"
    ),
    Severity.SEVERE: phrase(
        "Severity", "severe", "a reaction's, in brackets after it; one form for every gender"
    ),
}

ONSETS: Mapping[Onset, Text] = {
    Onset.DURING: phrase("Onset", "During the session", "when a reaction began"),
    Onset.SAME_DAY: phrase("Onset", "Same day", "when a reaction began"),
    Onset.NEXT_DAYS: phrase("Onset", "Next days", "when a reaction began"),
    Onset.LATER: phrase("Onset", "Later", "when a reaction began"),
}

SEXES: Mapping[Sex, Text] = {
    Sex.FEMALE: phrase("Sex", "Female"),
    Sex.MALE: phrase("Sex", "Male"),
    Sex.OTHER: phrase("Sex", "Other", "a patient's sex"),
    Sex.UNKNOWN: phrase("Sex", "Not recorded", "a patient's sex"),
}

SKIN_TYPES: Mapping[Fitzpatrick, Text] = {
    Fitzpatrick.I: phrase("Fitzpatrick", "Type I (always burns, never tans)"),
    Fitzpatrick.II: phrase("Fitzpatrick", "Type II (usually burns, tans minimally)"),
    Fitzpatrick.III: phrase("Fitzpatrick", "Type III (sometimes burns, tans uniformly)"),
    Fitzpatrick.IV: phrase("Fitzpatrick", "Type IV (burns minimally, tans well)"),
    Fitzpatrick.V: phrase("Fitzpatrick", "Type V (rarely burns, tans darkly)"),
    Fitzpatrick.VI: phrase("Fitzpatrick", "Type VI (never burns)"),
}

COURSE_STATUSES: Mapping[CourseStatus, Text] = {
    CourseStatus.ACTIVE: phrase("CourseStatus", "Active", "a course of sessions"),
    CourseStatus.COMPLETED: phrase("CourseStatus", "Completed", "a course of sessions"),
    CourseStatus.STOPPED: phrase("CourseStatus", "Stopped", "a course of sessions"),
}

COURSE_PHASES: Mapping[CoursePhase, Text] = {
    CoursePhase.INITIAL: phrase("CoursePhase", "Initial", "a course's phase"),
    CoursePhase.MAINTENANCE: phrase("CoursePhase", "Maintenance", "a course's phase"),
}

SESSION_STATUSES: Mapping[SessionStatus, Text] = {
    SessionStatus.DRAFT: phrase("SessionStatus", "Draft", "a session"),
    SessionStatus.SIGNED: phrase("SessionStatus", "Signed", "a session"),
}

TECHNIQUES: Mapping[TechniqueKind, Text] = {
    TechniqueKind.NEEDLE: phrase("Technique", "Needle"),
    TechniqueKind.PEN: phrase("Technique", "Micro-needling pen"),
}

NEEDLE_METHODS: Mapping[NeedleMethod, Text] = {
    NeedleMethod.POINT_BY_POINT: phrase(
        "NeedleMethod", "point by point", "lower case, in a technique: 30G · 4 mm · point by point"
    ),
    NeedleMethod.NAPPAGE: phrase("NeedleMethod", "nappage", "lower case, in a technique"),
    NeedleMethod.PAPULE: phrase("NeedleMethod", "papule", "lower case, in a technique"),
    NeedleMethod.LINEAR: phrase("NeedleMethod", "linear", "lower case, in a technique"),
}

ROLES: Mapping[Role, Text] = {
    Role.CLINICIAN: phrase("Role", "Clinician"),
    Role.ASSISTANT: phrase("Role", "Assistant"),
    Role.ADMIN: phrase("Role", "Administrator"),
}

PATIENT_ORDERS: Mapping[PatientOrder, Text] = {
    PatientOrder.NAME: phrase("PatientOrder", "Name", "sort the patients by"),
    PatientOrder.DATE_OF_BIRTH: phrase("PatientOrder", "Date of birth", "sort the patients by"),
    PatientOrder.LAST_SESSION: phrase("PatientOrder", "Last session", "sort the patients by"),
    PatientOrder.NEXT_DUE: phrase("PatientOrder", "Next due", "sort the patients by"),
}

WORDS: Mapping[type[StrEnum], Mapping[Any, Text]] = {
    Indication: INDICATIONS,
    Area: AREAS,
    Solution: SOLUTIONS,
    ReactionKind: REACTIONS,
    Severity: SEVERITIES,
    Onset: ONSETS,
    Sex: SEXES,
    Fitzpatrick: SKIN_TYPES,
    CourseStatus: COURSE_STATUSES,
    CoursePhase: COURSE_PHASES,
    SessionStatus: SESSION_STATUSES,
    TechniqueKind: TECHNIQUES,
    NeedleMethod: NEEDLE_METHODS,
    Role: ROLES,
    PatientOrder: PATIENT_ORDERS,
}
"""Each enum's words, by value."""


def word(value: StrEnum) -> Text:
    """`value` in words. A value added to its enum without a word is still readable (its
    spelling, spaced and capitalised, the same in every language); an enum with no words
    at all is a KeyError."""
    found = WORDS[type(value)].get(value)
    if found is None:
        return verbatim(str(value).replace("_", " ").capitalize())
    return found


def reaction_words(kind: ReactionKind, severity: Severity) -> Text:
    """A reaction with its severity: "Bruising (moderate)"."""
    return phrase("Reaction", "{kind} ({severity})", "a reaction and its severity").having(
        kind=word(kind), severity=word(severity)
    )
