"""The session editor's choices in words for people, in the enums' order.

The words themselves are the app's shared ones (`mesolog.ui.common.labels`); these are the
same labels as ordered mappings for combo boxes and toggle buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesolog.domain.enums import (
    Area,
    CourseStatus,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Solution,
    TechniqueKind,
)
from mesolog.domain.records import Course
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.labels import (
    area_label,
    course_status_label,
    indication_label,
    needle_method_label,
    onset_label,
    reaction_label,
    severity_label,
    solution_label,
    technique_kind_label,
)


def area_labels() -> dict[Area, str]:
    return {area: area_label(area) for area in Area}


def solution_labels() -> dict[Solution, str]:
    return {solution: solution_label(solution) for solution in Solution}


def reaction_labels() -> dict[ReactionKind, str]:
    return {kind: reaction_label(kind) for kind in ReactionKind}


def severity_labels() -> dict[Severity, str]:
    return {severity: severity_label(severity) for severity in Severity}


def onset_labels() -> dict[Onset, str]:
    return {onset: onset_label(onset) for onset in Onset}


def method_labels() -> dict[NeedleMethod, str]:
    return {method: needle_method_label(method) for method in NeedleMethod}


def technique_labels() -> dict[TechniqueKind, str]:
    return {kind: technique_kind_label(kind) for kind in TechniqueKind}


SEVERITY_COLOURS = {
    Severity.MILD: "#2e7d32",
    Severity.MODERATE: "#ef6c00",
    Severity.SEVERE: "#c62828",
}
"""Green, orange, red: always beside the severity's name, never instead of it."""


def course_choice(course: Course) -> str:
    """A course as the editor offers it: "Wrinkles, from 01/02/2026 (completed)"."""
    text = (
        QCoreApplication.translate("SessionForm", "%1, from %2")
        .replace("%1", indication_label(course.plan.indication))
        .replace("%2", shown_date(course.plan.started_on))
    )
    if course.status is not CourseStatus.ACTIVE:
        text += f" ({course_status_label(course.status)})"
    return text
