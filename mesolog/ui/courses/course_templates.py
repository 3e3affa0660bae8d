"""Which protocol template a course was planned from, read from the course's protocol text.

Courses do not store the template yet. A course planned from a template gets a protocol
text that starts with the template's name ("Hydration and tightening — Hyaluronic acid,
nappage"), so the person sees the link on the course's card and in the dialog, and keeps
or removes it by editing that text. Names are unique among templates (compared folded), so
the name the text starts with names one template; the longest such name wins. A template
renamed since no longer matches its courses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mesolog.domain import limits
from mesolog.domain.enums import CourseStatus
from mesolog.domain.ids import CourseId
from mesolog.domain.products import name_key
from mesolog.domain.records import Course
from mesolog.domain.templates import CourseEstimate, Template, TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory

SEPARATOR = " — "
"""Between the template's name and its protocol text in a course's protocol."""


def protocol_naming(details: TemplateInput) -> str:
    """A course's protocol text naming the template: its name, then its protocol text when
    both fit in a course's protocol."""
    joined = f"{details.name}{SEPARATOR}{details.protocol}"
    return joined if details.protocol and len(joined) <= limits.PROTOCOL_MAX else details.name


def _heads(protocol: str) -> dict[str, str]:
    """What the protocol text may start with, folded, and the text after it: the whole
    text, and the text before each dash."""
    heads = {name_key(protocol): ""}
    dash = SEPARATOR.strip()
    for at in (i for i, ch in enumerate(protocol) if ch == dash):
        heads.setdefault(name_key(protocol[:at]), protocol[at + 1 :].strip())
    return heads


def planned_from(protocol: str, templates: Iterable[Template]) -> Template | None:
    """The template whose name the protocol text starts with (followed by nothing or by
    the separator), None if none does."""
    heads = _heads(protocol)
    named = [t for t in templates if t.details.name.strip() and name_key(t.details.name) in heads]
    return max(named, key=lambda t: len(name_key(t.details.name)), default=None)


def rest_of_protocol(protocol: str, template: Template) -> str:
    """The protocol text after the template's name (the whole text if it does not start
    with it)."""
    return _heads(protocol).get(name_key(template.details.name), protocol)


def course_template(course: Course, templates: Iterable[Template]) -> Template | None:
    return planned_from(course.plan.protocol, templates)


def active_course_estimates(
    clinic: Clinic, history: PatientHistory, course_id: CourseId | None = None
) -> Mapping[CourseId, CourseEstimate]:
    """Each active course's estimate (only `course_id`'s if given) for its planned
    sessions, for the courses planned from a template."""
    templates = clinic.templates.all(retired=True)
    estimates: dict[CourseId, CourseEstimate] = {}
    for entry in history.courses:
        course = entry.course
        if course_id is not None and course.id != course_id:
            continue
        if course.voiding is not None or course.status is not CourseStatus.ACTIVE:
            continue
        template = course_template(course, templates)
        if template is not None:
            sessions = course.plan.planned_sessions
            estimates[course.id] = clinic.templates.estimate(template.details, sessions)
    return estimates
