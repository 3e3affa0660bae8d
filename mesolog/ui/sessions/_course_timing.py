"""Whether a session of a course at a moment is unusual for the course (before its due
window, beyond its plan, in a closed course), asked of the services once per course and
moment while the clinician types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from mesolog.domain.ids import CourseId
from mesolog.domain.warnings import ClinicalWarning

Timing = Callable[[CourseId, dt.datetime], ClinicalWarning | None]


class CourseTiming:
    """The answers of `timing` (none until one is set), kept for each course and moment."""

    def __init__(self) -> None:
        self._timing: Timing | None = None
        self._answers: dict[tuple[CourseId, dt.datetime], ClinicalWarning | None] = {}

    def set(self, timing: Timing) -> None:
        self._timing = timing
        self._answers.clear()

    def warning(
        self, course_id: CourseId | None, moment: dt.datetime | None
    ) -> ClinicalWarning | None:
        if self._timing is None or course_id is None or moment is None:
            return None
        key = (course_id, moment)
        if key not in self._answers:
            self._answers[key] = self._timing(course_id, moment.astimezone())
        return self._answers[key]
