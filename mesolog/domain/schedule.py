"""The course schedule: when the next session of a course is due.

Only signed, current sessions count (`counted`): a draft, a voided session and a
version corrected by an amendment do not. Sessions follow the course's initial
interval (10–14 days in the guide) until the clinician records an improvement
score of `IMPROVEMENT_FOR_MAINTENANCE` or more, or switches the course to
maintenance by hand; from then on they follow the maintenance interval (3–4
weeks). Once all planned sessions are done, a course in its initial phase is
complete; a course in maintenance goes on at its maintenance interval until the
clinician marks it completed or stops it. A stopped or voided course is due no more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from mesolog.domain.amendments import current
from mesolog.domain.enums import CoursePhase, CourseStatus, SessionStatus
from mesolog.domain.ids import CourseId
from mesolog.domain.records import Course, Session

IMPROVEMENT_FOR_MAINTENANCE = 3
WINDOW_DAYS = 2


@dataclass(frozen=True, slots=True)
class SessionMark:
    """What the schedule needs of a session: its day and the improvement score."""

    performed_on: dt.date
    improvement_score: int | None = None


def counted(sessions: Iterable[Session]) -> list[Session]:
    """The sessions a schedule counts: signed and current (see domain.amendments)."""
    return [s for s in current(sessions) if s.status is SessionStatus.SIGNED]


def marks_of(sessions: Iterable[Session]) -> list[SessionMark]:
    """The days and scores of the sessions that count (`counted`)."""
    return [SessionMark(s.performed_on, s.entry.improvement_score) for s in counted(sessions)]


@dataclass(frozen=True, slots=True)
class CourseSchedule:
    done: int
    planned: int
    phase: CoursePhase
    last_session_on: dt.date | None
    next_due: dt.date | None
    """None when the course is complete, stopped or voided; in maintenance after all planned
    sessions, the next maintenance session."""
    window_start: dt.date | None
    window_end: dt.date | None
    overdue_since: dt.date | None
    """The due date, once today is past the window's end; else None."""
    completed: bool
    stopped: bool

    @property
    def all_planned_done(self) -> bool:
        return self.done >= self.planned

    @property
    def maintenance_goes_on(self) -> bool:
        """All planned sessions are done and the course goes on at its maintenance interval."""
        return self.all_planned_done and self.next_due is not None

    def overdue_days(self, today: dt.date) -> int:
        return 0 if self.overdue_since is None else (today - self.overdue_since).days

    def due_within(self, today: dt.date, days: int) -> bool:
        """Due within `days` from today, or already overdue."""
        return self.next_due is not None and self.next_due <= today + dt.timedelta(days=days)


def phase_of(course: Course, sessions: Iterable[SessionMark]) -> CoursePhase:
    if course.maintenance_from is not None:
        return CoursePhase.MAINTENANCE
    if any(
        s.improvement_score is not None and s.improvement_score >= IMPROVEMENT_FOR_MAINTENANCE
        for s in sessions
    ):
        return CoursePhase.MAINTENANCE
    return CoursePhase.INITIAL


def course_schedule(
    course: Course, sessions: Iterable[SessionMark], *, today: dt.date
) -> CourseSchedule:
    """The schedule state of a course from the sessions that count (`marks_of`), in any order."""
    marks = sorted(sessions, key=lambda s: s.performed_on)
    phase = phase_of(course, marks)
    planned = course.plan.planned_sessions
    stopped = course.status is CourseStatus.STOPPED
    planned_done = len(marks) >= planned
    completed = course.status is CourseStatus.COMPLETED or (
        planned_done and phase is CoursePhase.INITIAL
    )
    voided = course.voiding is not None
    last = marks[-1].performed_on if marks else None
    next_due: dt.date | None = None
    if not (stopped or completed or voided):
        if last is None:
            next_due = course.plan.started_on
        else:
            interval = (
                course.plan.maintenance_interval_days
                if phase is CoursePhase.MAINTENANCE
                else course.plan.initial_interval_days
            )
            next_due = last + dt.timedelta(days=interval)
    window = dt.timedelta(days=WINDOW_DAYS)
    window_start = None if next_due is None else next_due - window
    window_end = None if next_due is None else next_due + window
    overdue = next_due if window_end is not None and today > window_end else None
    return CourseSchedule(
        done=len(marks),
        planned=planned,
        phase=phase,
        last_session_on=last,
        next_due=next_due,
        window_start=window_start,
        window_end=window_end,
        overdue_since=overdue,
        completed=completed and not stopped,
        stopped=stopped,
    )


@dataclass(frozen=True, slots=True)
class PatientDates:
    """What the patient list shows and sorts by: the last session and the next one due."""

    last_session_on: dt.date | None
    next_due: dt.date | None


def patient_dates(
    courses: Iterable[Course], sessions: Iterable[tuple[CourseId | None, SessionMark]]
) -> PatientDates:
    """From a patient's courses and counted sessions; the earliest due date of any course.

    Does not depend on today, so it can be stored and kept up to date on each change.
    """
    by_course: dict[CourseId | None, list[SessionMark]] = {}
    for course_id, mark in sessions:
        by_course.setdefault(course_id, []).append(mark)
    every_day = [mark.performed_on for marks in by_course.values() for mark in marks]
    schedules = (
        course_schedule(course, by_course.get(course.id, []), today=dt.date.min)
        for course in courses
    )
    due = [schedule.next_due for schedule in schedules if schedule.next_due is not None]
    return PatientDates(max(every_day, default=None), min(due, default=None))
