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
from mesolog.domain.texts import Text, fill, phrase, phrase_n
from mesolog.domain.warnings import ClinicalWarning, WarningKind

DayText = Callable[[dt.date], str]


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
        """The sentence a clinician reads (its days given as dates, for the reader's
        language to write), and its English with each day written by `day_text`, as a
        session records it."""
        text = self.text()
        return ClinicalWarning(self.kind, text, _english(text, day_text))

    def text(self) -> Text:
        if self.kind is WarningKind.COURSE_STOPPED:
            return phrase(
                "SessionTiming",
                "This course was stopped: check that the session belongs to it, or plan a new "
                "course.",
            )
        if self.kind is WarningKind.COURSE_COMPLETE:
            return self._complete_text()
        return self._early_text()

    def _complete_text(self) -> Text:
        beyond = phrase("SessionTiming", "this would be session {number} of {planned} planned")
        beyond = beyond.having(number=self.done + 1, planned=self.planned)
        if self.marked_completed:
            completed = phrase("SessionTiming", "This course was marked completed: {beyond}.")
            return completed.having(beyond=beyond)
        last = self.last_session_on
        if self.planned == 1 and last is None:
            done = phrase(
                "SessionTiming",
                "The course's one planned session is done: {beyond}. Switch the course to "
                "maintenance, or plan a new course.",
            )
        elif self.planned == 1:
            done = phrase(
                "SessionTiming",
                "The course's one planned session is done, the last on {last}: {beyond}. "
                "Switch the course to maintenance, or plan a new course.",
            ).having(last=last)
        elif last is None:
            done = phrase(
                "SessionTiming",
                "All {planned} planned sessions of this course are done: {beyond}. Switch the "
                "course to maintenance, or plan a new course.",
            ).having(planned=self.planned)
        else:
            done = phrase(
                "SessionTiming",
                "All {planned} planned sessions of this course are done, the last on {last}: "
                "{beyond}. Switch the course to maintenance, or plan a new course.",
            ).having(planned=self.planned, last=last)
        return done.having(beyond=beyond)

    def _early_text(self) -> Text:
        start, end = self.window_start, self.window_end
        assert start is not None and end is not None
        last = self.last_session_on
        if last is None:
            first = phrase(
                "SessionTiming",
                "Early for this course: its first session is due from {start} to {end}.",
            )
            return first.having(start=start, end=end)
        gap = (self.session_on - last).days
        if gap == 0:
            early = phrase(
                "SessionTiming",
                "Early for this course: it already has a session on {last}, the same day. The "
                "next session is due from {start} to {end}.",
            )
        elif gap == 1:
            early = phrase(
                "SessionTiming",
                "Early for this course: its last session was 1 day before, on {last}. The next "
                "session is due from {start} to {end}.",
            )
        else:
            early = phrase_n(
                "SessionTiming",
                "Early for this course: its last session was %n days before, on {last}. The "
                "next session is due from {start} to {end}.",
                None,
                1,
            ).counting(gap)
        return early.having(last=last, start=start, end=end)


def _english(text: Text, day_text: DayText) -> str:
    """`text` in English with each day written by `day_text`."""

    def show(value: object) -> str:
        if isinstance(value, Text):
            return _english(value, day_text)
        if isinstance(value, dt.date):
            return day_text(value)
        return str(value)

    return fill(text.source, text.count, dict(text.values), show)


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
