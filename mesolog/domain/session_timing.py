"""Whether a new session of a course comes when the course expects one.

A session may come before the course's due window (two sessions a minute apart,
or a week early), after all planned sessions of a course that is not in
maintenance (a 7th session after "6 of 6"), or in a course marked completed or
stopped. It may still be given: the clinician is told why it is unusual. The
dates are data, so that the window writes them in the user's format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mesolog.domain.enums import CourseStatus
from mesolog.domain.records import Course
from mesolog.domain.schedule import SessionMark, course_schedule
from mesolog.domain.warnings import ClinicalWarning, WarningKind

DayText = Callable[[dt.date], str]


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


@dataclass(frozen=True, slots=True)
class SessionTiming:
    """Why a new session of a course is unusual, with the facts the sentence is made of."""

    kind: WarningKind
    """BEFORE_DUE_WINDOW, COURSE_COMPLETE or COURSE_STOPPED."""
    session_on: dt.date
    done: int
    """The course's signed, current sessions (all of them)."""
    planned: int
    last_session_on: dt.date | None
    """The course's last counted session: on or before the new session's day when early,
    else the last of all."""
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    """The due window the new session falls before (BEFORE_DUE_WINDOW only)."""
    marked_completed: bool = False
    """The clinician marked the course completed (COURSE_COMPLETE only)."""

    def warning(self, day_text: DayText = dt.date.isoformat) -> ClinicalWarning:
        """The sentence a clinician reads, with each day written by `day_text`."""
        if self.kind is WarningKind.COURSE_STOPPED:
            return ClinicalWarning(
                self.kind,
                "This course was stopped: check that the session belongs to it, "
                "or plan a new course.",
            )
        if self.kind is WarningKind.COURSE_COMPLETE:
            return ClinicalWarning(self.kind, self._complete_text(day_text))
        return ClinicalWarning(self.kind, self._early_text(day_text))

    def _complete_text(self, day_text: DayText) -> str:
        beyond = f"this would be session {self.done + 1} of {self.planned} planned"
        if self.marked_completed:
            return f"This course was marked completed: {beyond}."
        last = (
            ""
            if self.last_session_on is None
            else f", the last on {day_text(self.last_session_on)}"
        )
        done = (
            "The course's one planned session is done"
            if self.planned == 1
            else f"All {self.planned} planned sessions of this course are done"
        )
        return f"{done}{last}: {beyond}. Switch the course to maintenance, or plan a new course."

    def _early_text(self, day_text: DayText) -> str:
        assert self.window_start is not None and self.window_end is not None
        due = f"due from {day_text(self.window_start)} to {day_text(self.window_end)}"
        if self.last_session_on is None:
            return f"Early for this course: its first session is {due}."
        gap = (self.session_on - self.last_session_on).days
        last = day_text(self.last_session_on)
        when = (
            f"it already has a session on {last}, the same day"
            if gap == 0
            else f"its last session was {_days(gap)} before, on {last}"
        )
        return f"Early for this course: {when}. The next session is {due}."


def session_timing(
    course: Course, counted: Iterable[SessionMark], when: dt.datetime | dt.date
) -> SessionTiming | None:
    """What is unusual about a new session of `course` at `when`, or None.

    `counted` are the course's signed, current sessions (`schedule.marks_of`), without
    the session itself (nor the version an amendment corrects).
    """
    day = when.date() if isinstance(when, dt.datetime) else when
    marks = list(counted)
    whole = course_schedule(course, marks, today=day)
    if course.status is CourseStatus.STOPPED:
        return SessionTiming(
            WarningKind.COURSE_STOPPED, day, whole.done, whole.planned, whole.last_session_on
        )
    if whole.completed:
        return SessionTiming(
            WarningKind.COURSE_COMPLETE,
            day,
            whole.done,
            whole.planned,
            whole.last_session_on,
            marked_completed=course.status is CourseStatus.COMPLETED,
        )
    before = course_schedule(course, [m for m in marks if m.performed_on <= day], today=day)
    if before.window_start is None or day >= before.window_start:
        return None
    return SessionTiming(
        WarningKind.BEFORE_DUE_WINDOW,
        day,
        whole.done,
        whole.planned,
        before.last_session_on,
        before.window_start,
        before.window_end,
    )
