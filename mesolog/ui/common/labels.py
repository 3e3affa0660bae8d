"""Human, translatable words for the interchange enums (one function per enum).

The source strings are marked with QT_TRANSLATE_NOOP in the context "labels" so lupdate
finds them; each function translates at call time, so a translator installed later still
applies.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

E = TypeVar("E", bound=StrEnum)

CONTEXT = "labels"

_INDICATIONS: dict[Indication, object] = {
    Indication.HYDRATION_TIGHTENING: QT_TRANSLATE_NOOP("labels", "Hydration and tightening"),
    Indication.WRINKLES: QT_TRANSLATE_NOOP("labels", "Wrinkles"),
    Indication.RADIANCE_REGENERATION: QT_TRANSLATE_NOOP("labels", "Radiance and regeneration"),
    Indication.EYE_BAGS_PERIORBITAL: QT_TRANSLATE_NOOP("labels", "Eye bags and dark circles"),
    Indication.PORES_ACNE_SCARS: QT_TRANSLATE_NOOP("labels", "Pores and acne scars"),
    Indication.STRETCH_MARKS: QT_TRANSLATE_NOOP("labels", "Stretch marks"),
    Indication.CELLULITE_FIRMING: QT_TRANSLATE_NOOP("labels", "Cellulite and firming"),
    Indication.POST_OPERATIVE_SCARS: QT_TRANSLATE_NOOP("labels", "Post-operative scars"),
    Indication.OTHER: QT_TRANSLATE_NOOP("labels", "Other indication"),
}

_AREAS: dict[Area, object] = {
    Area.FOREHEAD: QT_TRANSLATE_NOOP("labels", "Forehead"),
    Area.PERIORBITAL: QT_TRANSLATE_NOOP("labels", "Eye area (periorbital)"),
    Area.CHEEKS: QT_TRANSLATE_NOOP("labels", "Cheeks"),
    Area.PERIORAL: QT_TRANSLATE_NOOP("labels", "Around the mouth (perioral)"),
    Area.JAWLINE: QT_TRANSLATE_NOOP("labels", "Jawline"),
    Area.FULL_FACE: QT_TRANSLATE_NOOP("labels", "Full face"),
    Area.SCALP: QT_TRANSLATE_NOOP("labels", "Scalp"),
    Area.NECK: QT_TRANSLATE_NOOP("labels", "Neck"),
    Area.DECOLLETAGE: QT_TRANSLATE_NOOP("labels", "Décolletage"),
    Area.HANDS: QT_TRANSLATE_NOOP("labels", "Hands"),
    Area.ARMS: QT_TRANSLATE_NOOP("labels", "Arms"),
    Area.ABDOMEN: QT_TRANSLATE_NOOP("labels", "Abdomen"),
    Area.FLANKS: QT_TRANSLATE_NOOP("labels", "Flanks"),
    Area.BACK: QT_TRANSLATE_NOOP("labels", "Back"),
    Area.BUTTOCKS: QT_TRANSLATE_NOOP("labels", "Buttocks"),
    Area.THIGHS: QT_TRANSLATE_NOOP("labels", "Thighs"),
    Area.KNEES: QT_TRANSLATE_NOOP("labels", "Knees"),
    Area.SCAR_SITE: QT_TRANSLATE_NOOP("labels", "Scar site"),
    Area.OTHER: QT_TRANSLATE_NOOP("labels", "Other area"),
}

_SOLUTIONS: dict[Solution, object] = {
    Solution.HYALURONIC_ACID: QT_TRANSLATE_NOOP("labels", "Hyaluronic acid"),
    Solution.DMAE: QT_TRANSLATE_NOOP("labels", "DMAE"),
    Solution.CAFFEINE: QT_TRANSLATE_NOOP("labels", "Caffeine"),
    Solution.PHOSPHATIDYLCHOLINE: QT_TRANSLATE_NOOP("labels", "Phosphatidylcholine"),
    Solution.VITAMINS: QT_TRANSLATE_NOOP("labels", "Vitamins"),
    Solution.AMINO_ACIDS: QT_TRANSLATE_NOOP("labels", "Amino acids"),
    Solution.PEPTIDES: QT_TRANSLATE_NOOP("labels", "Peptides"),
    Solution.OTHER: QT_TRANSLATE_NOOP("labels", "Other solution"),
}

_REACTIONS: dict[ReactionKind, object] = {
    ReactionKind.NAUSEA: QT_TRANSLATE_NOOP("labels", "Nausea"),
    ReactionKind.PAIN: QT_TRANSLATE_NOOP("labels", "Pain"),
    ReactionKind.SENSITIVITY: QT_TRANSLATE_NOOP("labels", "Sensitivity"),
    ReactionKind.SWELLING: QT_TRANSLATE_NOOP("labels", "Swelling"),
    ReactionKind.ITCHING: QT_TRANSLATE_NOOP("labels", "Itching"),
    ReactionKind.REDNESS: QT_TRANSLATE_NOOP("labels", "Redness"),
    ReactionKind.BRUISING: QT_TRANSLATE_NOOP("labels", "Bruising"),
    ReactionKind.DISCOLOURATION: QT_TRANSLATE_NOOP("labels", "Discolouration"),
    ReactionKind.INFECTION: QT_TRANSLATE_NOOP("labels", "Infection"),
    ReactionKind.SCARRING: QT_TRANSLATE_NOOP("labels", "Scarring"),
    ReactionKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other reaction"),
}

_SEVERITIES: dict[Severity, object] = {
    Severity.MILD: QT_TRANSLATE_NOOP("labels", "mild"),
    Severity.MODERATE: QT_TRANSLATE_NOOP("labels", "moderate"),
    Severity.SEVERE: QT_TRANSLATE_NOOP("labels", "severe"),
}

_ONSETS: dict[Onset, object] = {
    Onset.DURING: QT_TRANSLATE_NOOP("labels", "During the session"),
    Onset.SAME_DAY: QT_TRANSLATE_NOOP("labels", "Same day"),
    Onset.NEXT_DAYS: QT_TRANSLATE_NOOP("labels", "Next days"),
    Onset.LATER: QT_TRANSLATE_NOOP("labels", "Later"),
}

_SEXES: dict[Sex, object] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("labels", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("labels", "Male"),
    Sex.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("labels", "Not recorded"),
}

_FITZPATRICK: dict[Fitzpatrick, object] = {
    Fitzpatrick.I: QT_TRANSLATE_NOOP("labels", "Type I (always burns, never tans)"),
    Fitzpatrick.II: QT_TRANSLATE_NOOP("labels", "Type II (usually burns, tans minimally)"),
    Fitzpatrick.III: QT_TRANSLATE_NOOP("labels", "Type III (sometimes burns, tans uniformly)"),
    Fitzpatrick.IV: QT_TRANSLATE_NOOP("labels", "Type IV (burns minimally, tans well)"),
    Fitzpatrick.V: QT_TRANSLATE_NOOP("labels", "Type V (rarely burns, tans darkly)"),
    Fitzpatrick.VI: QT_TRANSLATE_NOOP("labels", "Type VI (never burns)"),
}

_COURSE_STATUSES: dict[CourseStatus, object] = {
    CourseStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
    CourseStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
    CourseStatus.STOPPED: QT_TRANSLATE_NOOP("labels", "Stopped"),
}

_COURSE_PHASES: dict[CoursePhase, object] = {
    CoursePhase.INITIAL: QT_TRANSLATE_NOOP("labels", "Initial"),
    CoursePhase.MAINTENANCE: QT_TRANSLATE_NOOP("labels", "Maintenance"),
}

_SESSION_STATUSES: dict[SessionStatus, object] = {
    SessionStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    SessionStatus.SIGNED: QT_TRANSLATE_NOOP("labels", "Signed"),
}

_TECHNIQUE_KINDS: dict[TechniqueKind, object] = {
    TechniqueKind.NEEDLE: QT_TRANSLATE_NOOP("labels", "Needle"),
    TechniqueKind.PEN: QT_TRANSLATE_NOOP("labels", "Micro-needling pen"),
}

_NEEDLE_METHODS: dict[NeedleMethod, object] = {
    NeedleMethod.POINT_BY_POINT: QT_TRANSLATE_NOOP("labels", "point by point"),
    NeedleMethod.NAPPAGE: QT_TRANSLATE_NOOP("labels", "nappage"),
    NeedleMethod.PAPULE: QT_TRANSLATE_NOOP("labels", "papule"),
    NeedleMethod.LINEAR: QT_TRANSLATE_NOOP("labels", "linear"),
}

_ROLES: dict[Role, object] = {
    Role.CLINICIAN: QT_TRANSLATE_NOOP("labels", "Clinician"),
    Role.ASSISTANT: QT_TRANSLATE_NOOP("labels", "Assistant"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "Administrator"),
}

_PATIENT_ORDERS: dict[PatientOrder, object] = {
    PatientOrder.NAME: QT_TRANSLATE_NOOP("labels", "Name"),
    PatientOrder.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("labels", "Date of birth"),
    PatientOrder.LAST_SESSION: QT_TRANSLATE_NOOP("labels", "Last session"),
    PatientOrder.NEXT_DUE: QT_TRANSLATE_NOOP("labels", "Next due"),
}


def _label(table: dict[E, object], value: E) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the source string.
    source = table.get(value)
    if source is None:  # a value added to the enum without a label: still readable
        return str(value).replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, str(source))


def indication_label(value: Indication) -> str:
    return _label(_INDICATIONS, value)


def area_label(value: Area) -> str:
    return _label(_AREAS, value)


def solution_label(value: Solution) -> str:
    return _label(_SOLUTIONS, value)


def reaction_label(value: ReactionKind) -> str:
    return _label(_REACTIONS, value)


def severity_label(value: Severity) -> str:
    """Lower case, to sit inside a sentence or parentheses: "Bruising (moderate)"."""
    return _label(_SEVERITIES, value)


def onset_label(value: Onset) -> str:
    return _label(_ONSETS, value)


def sex_label(value: Sex) -> str:
    return _label(_SEXES, value)


def fitzpatrick_label(value: Fitzpatrick) -> str:
    return _label(_FITZPATRICK, value)


def course_status_label(value: CourseStatus) -> str:
    return _label(_COURSE_STATUSES, value)


def course_phase_label(value: CoursePhase) -> str:
    return _label(_COURSE_PHASES, value)


def session_status_label(value: SessionStatus) -> str:
    return _label(_SESSION_STATUSES, value)


def technique_kind_label(value: TechniqueKind) -> str:
    return _label(_TECHNIQUE_KINDS, value)


def needle_method_label(value: NeedleMethod) -> str:
    """Lower case, as it sits in a technique summary: "30G · 4 mm · nappage"."""
    return _label(_NEEDLE_METHODS, value)


def role_label(value: Role) -> str:
    return _label(_ROLES, value)


def patient_order_label(value: PatientOrder) -> str:
    return _label(_PATIENT_ORDERS, value)


def reaction_text(kind: ReactionKind, severity: Severity) -> str:
    """A reaction with its severity in words: "Bruising (moderate)"."""
    return QCoreApplication.translate(CONTEXT, "{kind} ({severity})").format(
        kind=reaction_label(kind), severity=severity_label(severity)
    )


def ordered(enum: type[E]) -> list[E]:
    """The values of an enum in declaration order (for combo boxes)."""
    return list(enum)
