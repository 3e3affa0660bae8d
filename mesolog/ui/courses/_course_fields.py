"""The course dialog's fields in words, for a save someone else's change refused or merged
(ui.common.versioned_saves): each field of a course's plan by its path, with the caption
the dialog shows beside it and its value as the dialog shows it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from mesolog.domain.enums import Area
from mesolog.domain.ids import TemplateId
from mesolog.domain.templates import Template
from mesolog.ui.common.labels import area_label, indication_label
from mesolog.ui.common.record_conflicts import FieldWords, empty_text


def _areas(areas: tuple[Area, ...]) -> str:
    return ", ".join(area_label(area) for area in areas) or empty_text()


def _days(days: int) -> str:
    return QCoreApplication.translate("CourseDialog", "%1 days").replace("%1", str(days))


def course_fields(templates: Iterable[Template] = ()) -> FieldWords:
    """The template a course is planned from by its name among `templates`."""
    names = {template.id: template.details.name for template in templates}

    def template_name(template_id: TemplateId | None) -> str:
        if template_id is None:
            return QCoreApplication.translate("CourseDialog", "None: planned by hand")
        return names.get(template_id, str(template_id))

    return FieldWords(
        captions={
            "indication": QCoreApplication.translate("CourseDialog", "Indication"),
            "areas": QCoreApplication.translate("CourseDialog", "Areas"),
            "planned_sessions": QCoreApplication.translate("CourseDialog", "Planned sessions"),
            "started_on": QCoreApplication.translate("CourseDialog", "Starts on"),
            "protocol": QCoreApplication.translate("CourseDialog", "Protocol"),
            "initial_interval_days": QCoreApplication.translate("CourseDialog", "First interval"),
            "maintenance_interval_days": QCoreApplication.translate(
                "CourseDialog", "Maintenance interval"
            ),
            "notes": QCoreApplication.translate("CourseDialog", "Notes"),
            "template_id": QCoreApplication.translate("CourseDialog", "From template"),
        },
        values={
            "indication": indication_label,
            "areas": _areas,
            "initial_interval_days": _days,
            "maintenance_interval_days": _days,
            "template_id": template_name,
        },
    )
