"""What the session editor starts from: a new session's form filled in from the previous
session of the same course, and the words about the patient and the lock above the form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from mesolog.domain import limits
from mesolog.domain.amendments import superseded
from mesolog.domain.enums import Area, CourseStatus, SessionStatus
from mesolog.domain.ids import CourseId
from mesolog.domain.records import (
    Course,
    Patient,
    PatientInput,
    Session,
    TechniqueDefaults,
    TreatmentLine,
)
from mesolog.domain.templates import Template
from mesolog.domain.warnings import consent_on_file_covers
from mesolog.services.history import PatientHistory
from mesolog.ui.common.dates import shown_date, shown_date_time
from mesolog.ui.courses.course_templates import course_template
from mesolog.ui.sessions.session_counts import SessionCounts
from mesolog.ui.sessions.session_form import SessionForm


def previous_session(history: PatientHistory, course_id: CourseId | None) -> Session | None:
    """The newest session (not voided) of that course, or outside any course for None."""
    return next(
        (s for s in history.sessions if s.voiding is None and s.entry.course_id == course_id),
        None,
    )


def last_nsaids_answer(history: PatientHistory) -> tuple[Session, int] | None:
    """The newest session (not voided, of any course) that asked about aspirin and other
    NSAIDs, with the days the patient answered."""
    for session in history.sessions:
        days = session.entry.pre_treatment.nsaids_paused_days
        if session.voiding is None and days is not None:
            return session, days
    return None


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


class SessionPrefill:
    """Fills a new session's form: the course, the time and the clinician, then last time's
    treatment lines and anaesthetic, never its reactions, score or notes; the first session
    of a course planned from one of `templates` starts from the template's lines. Each
    filling returns the notice saying where the values come from."""

    def __init__(
        self,
        form: SessionForm,
        history: PatientHistory,
        defaults: TechniqueDefaults,
        patient: PatientInput,
        templates: Sequence[Template] = (),
    ) -> None:
        self._form = form
        self._defaults = defaults
        self._patient = patient
        self._templates = templates
        # never an earlier version an amendment corrected: the amendment holds what was done
        replaced = superseded(history.sessions)
        self._history = replace(
            history, sessions=tuple(x for x in history.sessions if x.id not in replaced)
        )
        self._lines: list[dict[str, Any]] | None = None
        self._anaesthetic = ""

    def start(self, course_id: CourseId | None, performed_at: dt.datetime, clinician: str) -> str:
        """A new session of `course_id` (the newest active course if None)."""
        form = self._form
        if course_id is None:
            newest = newest_active_course(self._history)
            course_id = newest.id if newest is not None else None
        form.set_course_id(course_id)
        form.set_performed_at(performed_at)
        form.clinician.setText(clinician)
        form.consent_confirmed.setChecked(
            consent_on_file_covers(self._patient, performed_at.date())
        )
        return self.fill(form.selected_course())

    def fill(self, course: Course | None) -> str:
        """The treatment lines and anaesthetic of the previous session of `course`; for a
        first session the lines of the template the course was planned from, else the
        clinic's usual settings."""
        form = self._form
        previous = previous_session(self._history, course.id if course else None)
        template = None if course is None else course_template(course, self._templates)
        if previous is not None:
            form.set_lines(previous.entry.treatments)
            anaesthetic = previous.entry.pre_treatment.topical_anaesthetic or ""
            notice = QCoreApplication.translate(
                "SessionEditor",
                "Same areas, techniques and products as the session of %1. "
                "Check them, change what differs, then save.",
            ).replace("%1", shown_date(previous.performed_on))
        elif template is not None:
            form.set_lines(template.details.lines)
            anaesthetic = ""
            notice = QCoreApplication.translate(
                "SessionEditor",
                "First session of a course planned from the template “%1”: its areas, "
                "techniques and products. Choose the lots, check the amounts, then save.",
            ).replace("%1", template.details.name)
        else:
            form.set_lines([first_line(course, self._defaults)])
            anaesthetic = ""
            notice = QCoreApplication.translate(
                "SessionEditor", "First session here: the clinic's usual technique settings."
            )
        form.topical_anaesthetic.setText(anaesthetic)
        self._lines = form.lines_payload()
        self._anaesthetic = anaesthetic
        nsaids = self._fill_nsaids()
        return f"{notice} {nsaids}" if nsaids else notice

    def last_clinician(self) -> str:
        """Who signed the patient's newest signed session (its clinician if unnamed)."""
        for session in self._history.sessions:
            if session.voiding is None and session.status is SessionStatus.SIGNED:
                return session.signed_by or session.entry.clinician
        return ""

    def _fill_nsaids(self) -> str:
        """The last answer about aspirin and other NSAIDs, carried forward to today's
        session (the days since then added), and the words saying so: the question is asked
        again, and a changed answer is typed over it."""
        form = self._form
        moment = form.performed_at.value()
        answered = last_nsaids_answer(self._history)
        if moment is None or answered is None:
            return ""
        session, days_then = answered
        days_now = days_then + (moment.date() - session.performed_on).days
        if days_now > limits.NSAIDS_PAUSED_DAYS.high:
            return ""
        form.nsaids_paused_days.set_value(days_now)
        counts = SessionCounts()
        return (
            QCoreApplication.translate(
                "SessionEditor",
                "Last aspirin/NSAID: %1 before the session of %2, so %3 if none was taken "
                "since; ask again.",
                "%1: a number of days; %3: a number of days ago",
            )
            .replace("%1", counts.days(days_then))
            .replace("%2", shown_date(session.performed_on))
            .replace("%3", counts.days_ago(days_now))
        )

    def untouched(self) -> bool:
        """Whether the lines and anaesthetic are still as filled in (nothing filled in yet:
        False)."""
        form = self._form
        return (
            self._lines == form.lines_payload()
            and self._anaesthetic == form.topical_anaesthetic.text()
        )


def patient_line(patient: Patient) -> str:
    """Who the session is for: name, date of birth and record number."""
    born = QCoreApplication.translate("SessionEditor", "born %1").replace(
        "%1", shown_date(patient.details.date_of_birth)
    )
    parts = [patient.display_name, born]
    if patient.details.record_number:
        parts.append(patient.details.record_number)
    return " · ".join(parts)


def locked_text(session: Session) -> str:
    """Why a session cannot change any more, for the banner above it."""
    if session.voiding is not None:
        voiding = session.voiding
        return (
            QCoreApplication.translate("SessionEditor", "Voided by %1 on %2: %3 — locked")
            .replace("%1", voiding.voided_by)
            .replace("%2", shown_date_time(voiding.voided_at))
            .replace("%3", voiding.reason)
        )
    when = shown_date_time(session.signed_at) if session.signed_at else "?"
    return (
        QCoreApplication.translate(
            "SessionEditor", "Signed by %1 on %2 — locked. Corrections are made as amendments."
        )
        .replace("%1", session.signed_by or "?")
        .replace("%2", when)
    )
