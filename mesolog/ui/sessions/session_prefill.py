"""What the session editor starts from: the previous session of the same course for a new
session, and the words about the patient and the lock above the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesolog.domain.enums import Area, CourseStatus
from mesolog.domain.ids import CourseId
from mesolog.domain.records import Course, Patient, Session, TechniqueDefaults, TreatmentLine
from mesolog.services.history import PatientHistory
from mesolog.ui.common.dates import shown_date, shown_date_time


def previous_session(history: PatientHistory, course_id: CourseId | None) -> Session | None:
    """The newest session (not voided) of that course, or outside any course for None."""
    return next(
        (s for s in history.sessions if s.voiding is None and s.entry.course_id == course_id),
        None,
    )


def newest_active_course(history: PatientHistory) -> Course | None:
    return next(
        (
            c.course
            for c in history.courses
            if c.course.voiding is None and c.course.status is CourseStatus.ACTIVE
        ),
        None,
    )


def courses_to_offer(history: PatientHistory, *wanted: CourseId | None) -> list[Course]:
    """The active courses, and those named (an older session's course), never voided ones."""
    return [
        c.course
        for c in history.courses
        if c.course.voiding is None
        and (c.course.status is CourseStatus.ACTIVE or c.course.id in wanted)
    ]


def first_line(course: Course | None, defaults: TechniqueDefaults) -> TreatmentLine:
    """A first session: the clinic's usual needle on the course's first area."""
    area = course.plan.areas[0] if course is not None and course.plan.areas else Area.FULL_FACE
    return TreatmentLine(area, defaults.needle())


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionEditor", text)


def patient_line(patient: Patient) -> str:
    """Who the session is for: name, date of birth and record number."""
    born = _tr("born %1").replace("%1", shown_date(patient.details.date_of_birth))
    parts = [patient.display_name, born]
    if patient.details.record_number:
        parts.append(patient.details.record_number)
    return " · ".join(parts)


def locked_text(session: Session) -> str:
    """Why a session cannot change any more, for the banner above it."""
    if session.voiding is not None:
        voiding = session.voiding
        return (
            _tr("Voided by %1 on %2: %3 — locked")
            .replace("%1", voiding.voided_by)
            .replace("%2", shown_date_time(voiding.voided_at))
            .replace("%3", voiding.reason)
        )
    when = shown_date_time(session.signed_at) if session.signed_at else "?"
    return (
        _tr("Signed by %1 on %2 — locked. Corrections are made as amendments.")
        .replace("%1", session.signed_by or "?")
        .replace("%2", when)
    )
