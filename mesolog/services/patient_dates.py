"""Keeping each patient's last-session and next-due dates current, for the list and due view."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mesolog.domain.ids import CourseId
from mesolog.domain.schedule import SessionMark, patient_dates
from mesolog.persistence import queries
from mesolog.persistence.mapping import course_from_row
from mesolog.persistence.models import PatientRow


def refresh_patient_dates(s: Session, patient: PatientRow) -> None:
    """Recomputes the stored dates from the database; call after any change to the
    patient's courses or sessions, in the same transaction."""
    s.flush()
    courses = [course_from_row(row) for row in queries.courses_of_patient(s, patient.id)]
    marks = [
        (CourseId(course_uuid) if course_uuid is not None else None, SessionMark(day, score))
        for course_uuid, day, score in queries.session_marks_of_patient(s, patient.id)
    ]
    dates = patient_dates(courses, marks)
    patient.last_session_on = dates.last_session_on
    patient.next_due_on = dates.next_due
