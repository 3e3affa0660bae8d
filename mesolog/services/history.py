"""A patient's whole history: courses with their schedule state and cumulative map, and
sessions, newest first, with their charts and the thumbnails of their photos (never the
photos' images: those are read one at a time, when opened)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.photos import Photo
from mesolog.domain.records import Course, Patient, Session
from mesolog.domain.schedule import CourseSchedule, SessionMark, counted, course_schedule, marks_of
from mesolog.persistence import history_reading, queries
from mesolog.persistence.mapping import course_from_row, patient_from_row
from mesolog.persistence.photo_rows import photo_from_row, photos_of_patient
from mesolog.services.chart_maps import CourseMap, DiagramChart, course_map, session_chart
from mesolog.services.context import ServiceContext
from mesolog.services.patients import load_patient


@dataclass(frozen=True, slots=True)
class CourseHistory:
    course: Course
    schedule: CourseSchedule
    sessions: tuple[Session, ...]
    """Newest first, voided ones included (they are marked, not hidden)."""
    map: CourseMap
    """Where its signed, current sessions treated, zone by zone."""


@dataclass(frozen=True, slots=True)
class PatientHistory:
    patient: Patient
    courses: tuple[CourseHistory, ...]
    """Newest course first."""
    sessions: tuple[Session, ...]
    """Every session, newest first, voided ones included."""
    charts: Mapping[SessionId, tuple[DiagramChart, ...]] = field(default_factory=dict)
    """The chart of each session that marked a zone, by diagram."""
    session_photos: Mapping[SessionId, tuple[Photo, ...]] = field(default_factory=dict)
    """The photos (not voided, oldest first, thumbnails only) of each session that has
    some: an amendment's include those of the versions it corrects."""
    patient_photos: tuple[Photo, ...] = ()
    """The photos taken outside any session (the patient's), oldest first."""

    @property
    def sessions_outside_courses(self) -> tuple[Session, ...]:
        return tuple(s for s in self.sessions if s.entry.course_id is None)

    def chart_of(self, session_id: SessionId) -> tuple[DiagramChart, ...]:
        return self.charts.get(session_id, ())

    def photos_of(self, session_id: SessionId) -> tuple[Photo, ...]:
        return self.session_photos.get(session_id, ())


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
            sessions = history_reading.sessions_of_patient(s, patient_row.id)
            # counted over all sessions: an amendment may move a session to another course
            counting = counted(sessions)
            courses = []
            for row in queries.courses_of_patient(s, patient_row.id):
                course = course_from_row(row)
                own = tuple(x for x in sessions if x.entry.course_id == course.id)
                marks = marks_of(x for x in counting if x.entry.course_id == course.id)
                schedule = course_schedule(course, marks, today=today)
                chart_map = course_map(sessions, course.id)
                courses.append(CourseHistory(course, schedule, own, chart_map))
            photos = [photo_from_row(row) for row in photos_of_patient(s, patient_row.id)]
            return PatientHistory(
                patient_from_row(patient_row),
                tuple(courses),
                sessions,
                charts={
                    session.id: chart
                    for session in sessions
                    if (chart := session_chart(session.entry))
                },
                session_photos=_photos_by_session(sessions, photos),
                patient_photos=tuple(p for p in photos if p.details.session_id is None),
            )


def _photos_by_session(
    sessions: tuple[Session, ...], photos: list[Photo]
) -> dict[SessionId, tuple[Photo, ...]]:
    own: dict[SessionId, list[Photo]] = defaultdict(list)
    for photo in photos:
        if photo.details.session_id is not None:
            own[photo.details.session_id].append(photo)
    by_id = {session.id: session for session in sessions}
    found: dict[SessionId, tuple[Photo, ...]] = {}
    for session in sessions:
        taken: list[Photo] = []
        version: Session | None = session
        while version is not None:
            taken += own.get(version.id, ())
            version = by_id.get(version.amends) if version.amends is not None else None
        if taken:
            found[session.id] = tuple(sorted(taken, key=lambda p: p.added_at))
    return found
