"""Enumerations of the interchange format; each value is the schema's spelling."""

from enum import StrEnum


class Indication(StrEnum):
    HYDRATION_TIGHTENING = "hydration_tightening"
    WRINKLES = "wrinkles"
    RADIANCE_REGENERATION = "radiance_regeneration"
    EYE_BAGS_PERIORBITAL = "eye_bags_periorbital"
    PORES_ACNE_SCARS = "pores_acne_scars"
    STRETCH_MARKS = "stretch_marks"
    CELLULITE_FIRMING = "cellulite_firming"
    POST_OPERATIVE_SCARS = "post_operative_scars"
    OTHER = "other"


class Area(StrEnum):
    FOREHEAD = "forehead"
    PERIORBITAL = "periorbital"
    CHEEKS = "cheeks"
    PERIORAL = "perioral"
    JAWLINE = "jawline"
    FULL_FACE = "full_face"
    SCALP = "scalp"
    NECK = "neck"
    DECOLLETAGE = "decolletage"
    HANDS = "hands"
    ARMS = "arms"
    ABDOMEN = "abdomen"
    FLANKS = "flanks"
    BACK = "back"
    BUTTOCKS = "buttocks"
    THIGHS = "thighs"
    KNEES = "knees"
    SCAR_SITE = "scar_site"
    OTHER = "other"


class Solution(StrEnum):
    HYALURONIC_ACID = "hyaluronic_acid"
    DMAE = "dmae"
    CAFFEINE = "caffeine"
    PHOSPHATIDYLCHOLINE = "phosphatidylcholine"
    VITAMINS = "vitamins"
    AMINO_ACIDS = "amino_acids"
    PEPTIDES = "peptides"
    OTHER = "other"


class ReactionKind(StrEnum):
    NAUSEA = "nausea"
    PAIN = "pain"
    SENSITIVITY = "sensitivity"
    SWELLING = "swelling"
    ITCHING = "itching"
    REDNESS = "redness"
    BRUISING = "bruising"
    DISCOLOURATION = "discolouration"
    INFECTION = "infection"
    SCARRING = "scarring"
    OTHER = "other"


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Onset(StrEnum):
    DURING = "during"
    SAME_DAY = "same_day"
    NEXT_DAYS = "next_days"
    LATER = "later"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Fitzpatrick(StrEnum):
    I = "I"  # noqa: E741 - the skin type's own name
    II = "II"
    III = "III"
    IV = "IV"
    V = "V"
    VI = "VI"


class CourseStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    STOPPED = "stopped"


class CoursePhase(StrEnum):
    INITIAL = "initial"
    MAINTENANCE = "maintenance"


class SessionStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class TechniqueKind(StrEnum):
    NEEDLE = "needle"
    PEN = "pen"


class NeedleMethod(StrEnum):
    POINT_BY_POINT = "point_by_point"
    NAPPAGE = "nappage"
    PAPULE = "papule"
    LINEAR = "linear"


class Role(StrEnum):
    CLINICIAN = "clinician"
    ASSISTANT = "assistant"
    ADMIN = "admin"


class PatientOrder(StrEnum):
    """The orders the patient list can be sorted in."""

    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    LAST_SESSION = "last_session"
    NEXT_DUE = "next_due"
