"""The session editor's choices in words for people, in the enums' order.

The words themselves are the app's shared ones (`mesolog.ui.common.labels`); these are the
same labels as ordered mappings for combo boxes and toggle buttons.
"""

from __future__ import annotations

from mesolog.domain.enums import (
    Area,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Solution,
    TechniqueKind,
)
from mesolog.ui.common.labels import (
    area_label,
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
