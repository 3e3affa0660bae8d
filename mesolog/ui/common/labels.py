"""The enums' words (`mesolog.domain.enum_words`) in the window's language, one function
per enum.

Each word is a `Text` marked below the window, so the command line and the PDFs use the
same words; it is looked up here in the translation installed in the application (Qt's
`mesolog_<code>.qm`) each time it is shown, so a translator installed later still applies,
and without one it is today's English.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from mesolog.domain.enum_words import reaction_words, word
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
from mesolog.ui.common.translation import shown

E = TypeVar("E", bound=StrEnum)


def _label(value: StrEnum) -> str:
    return shown(word(value))


def indication_label(value: Indication) -> str:
    return _label(value)


def area_label(value: Area) -> str:
    return _label(value)


def solution_label(value: Solution) -> str:
    return _label(value)


def reaction_label(value: ReactionKind) -> str:
    return _label(value)


def severity_label(value: Severity) -> str:
    """Lower case, to sit inside a sentence or parentheses: "Bruising (moderate)"."""
    return _label(value)


def onset_label(value: Onset) -> str:
    return _label(value)


def sex_label(value: Sex) -> str:
    return _label(value)


def fitzpatrick_label(value: Fitzpatrick) -> str:
    return _label(value)


def course_status_label(value: CourseStatus) -> str:
    return _label(value)


def course_phase_label(value: CoursePhase) -> str:
    return _label(value)


def session_status_label(value: SessionStatus) -> str:
    return _label(value)


def technique_kind_label(value: TechniqueKind) -> str:
    return _label(value)


def needle_method_label(value: NeedleMethod) -> str:
    """Lower case, as it sits in a technique summary: "30G · 4 mm · nappage"."""
    return _label(value)


def role_label(value: Role) -> str:
    return _label(value)


def patient_order_label(value: PatientOrder) -> str:
    return _label(value)


def reaction_text(kind: ReactionKind, severity: Severity) -> str:
    """A reaction with its severity in words: "Bruising (moderate)"."""
    return shown(reaction_words(kind, severity))


def ordered(enum: type[E]) -> list[E]:
    """The values of an enum in declaration order (for combo boxes)."""
    return list(enum)
