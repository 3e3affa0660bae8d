"""A patient's whole history: courses with their schedule state, and sessions, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from mesolog.domain.ids import PatientId
from mesolog.domain.records import Course, Patient, Session
from mesolog.domain.schedule import CourseSchedule, SessionMark, counted, course_schedule, marks_of
from mesolog.persistence import queries
from mesolog.persistence.mapping import course_from_row, patient_from_row, session_from_row
from mesolog.services.context import ServiceContext
from mesolog.services.patients import load_patient


@dataclass(frozen=True, slots=True)
class CourseHistory:
    course: Course
    schedule: CourseSchedule
    sessions: tuple[Session, ...]
    """Newest first, voided ones included (they are marked, not hidden)."""


@dataclass(frozen=True, slots=True)
class PatientHistory:
    patient: Patient
    courses: tuple[CourseHistory, ...]
    """Newest course first."""
    sessions: tuple[Session, ...]
    """Every session, newest first, voided ones included."""

    @property
    def sessions_outside_courses(self) -> tuple[Session, ...]:
        return tuple(s for s in self.sessions if s.entry.course_id is None)


def schedule_marks(sessions: tuple[Session, ...]) -> list[SessionMark]:
    """The days and scores of the signed, current sessions: drafts, voided sessions and
    versions an amendment corrects do not count (in progress, due dates or summaries)."""
    return marks_of(sessions)


class HistoryService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def patient_history(self, ref: str | PatientId) -> PatientHistory:
        today = self._ctx.today()
        with self._ctx.db.read() as s:
            patient_row = load_patient(s, ref, live=False)
            sessions = tuple(
                session_from_row(row) for row in queries.sessions_of_patient(s, patient_row.id)
            )
            # counted over all sessions: an amendment may move a session to another course
            counting = counted(sessions)
            courses = []
            for row in queries.courses_of_patient(s, patient_row.id):
                course = course_from_row(row)
                own = tuple(x for x in sessions if x.entry.course_id == course.id)
                marks = marks_of(x for x in counting if x.entry.course_id == course.id)
                schedule = course_schedule(course, marks, today=today)
                courses.append(CourseHistory(course, schedule, own))
            return PatientHistory(patient_from_row(patient_row), tuple(courses), sessions)
