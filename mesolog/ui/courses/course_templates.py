"""Which protocol template a course was planned from (the course's plan names it by id),
and the estimates of the courses planned from one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mesolog.domain.ids import CourseId
from mesolog.domain.records import Course
from mesolog.domain.templates import CourseEstimate, Template
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory


def course_template(course: Course, templates: Iterable[Template]) -> Template | None:
    """The template among `templates` the course was planned from (None: planned by hand,
    or that template is not among them)."""
    template_id = course.plan.template_id
    if template_id is None:
        return None
    return next((t for t in templates if t.id == template_id), None)


def active_course_estimates(
    clinic: Clinic, history: PatientHistory, course_id: CourseId | None = None
) -> Mapping[CourseId, CourseEstimate]:
    """Each active course's estimate (only `course_id`'s if given) for its planned
    sessions, for the courses planned from a template: those the patient copy prints."""
    from mesolog.services.summary import SummaryService  # reportlab: not at the window's start

    return SummaryService(clinic.context).course_estimates(history, course_id)
