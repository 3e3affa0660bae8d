"""Treatment courses: plan, update, switch to maintenance, complete, stop, void; and whether a
new session of a course comes when the course expects one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from mesolog.domain import limits
from mesolog.domain.accounts import Permission
from mesolog.domain.enums import CourseStatus
from mesolog.domain.errors import NotFoundError, StateError, ValidationError, Violation
from mesolog.domain.ids import CourseId, PatientId, SessionId, new_course_id
from mesolog.domain.records import Course, CourseInput
from mesolog.domain.schedule import counted, marks_of
from mesolog.domain.session_timing import SessionTiming, session_timing
from mesolog.domain.text_rules import length
from mesolog.domain.texts import phrase
from mesolog.domain.validation import raise_if_any, validate_course
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.digests import record_digest
from mesolog.persistence.mapping import course_from_row, fill_course_row, session_from_row
from mesolog.persistence.models import CourseRow
from mesolog.persistence.template_models import TemplateRow
from mesolog.persistence.template_rows import template_by_uuid
from mesolog.services.conflicts import Saved, Versioned, same_record
from mesolog.services.context import ServiceContext
from mesolog.services.patient_dates import refresh_patient_dates
from mesolog.services.patients import load_patient, require_reason

COURSE: Versioned[Course, CourseInput] = Versioned("course", "course", lambda course: course.plan)


def load_course(
    s: Session, course_id: CourseId, *, live: bool = True, for_update: bool = False
) -> CourseRow:
    row = queries.course_by_uuid(s, course_id, for_update=for_update)
    if row is None:
        raise NotFoundError(
            phrase("Courses", "No course has the id {course_id}.").having(course_id=course_id)
        )
    if live and row.voided_at is not None:
        raise StateError(
            phrase("Courses", "The course {course_id} was voided.").having(course_id=course_id)
        )
    return row


class CourseService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def plan(self, patient_id: PatientId, plan: CourseInput) -> Course:
        now = self._ctx.now()
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            patient = load_patient(s, patient_id, for_update=True)
            raise_if_any(validate_course(plan, date_of_birth=patient.date_of_birth))
            template = _template_of(s, plan)
            row = CourseRow(
                uuid=new_course_id(),
                patient=patient,
                status=CourseStatus.ACTIVE,
                created_at=now,
                updated_at=now,
            )
            fill_course_row(row, plan, template)
            s.add(row)
            refresh_patient_dates(s, patient)
            self._audit(s, AuditAction.CREATE, row)
            return course_from_row(row)

    def update(self, course_id: CourseId, plan: CourseInput, *, read: Course) -> Saved[Course]:
        """Saves the plan as typed into a form filled from `read`: merged field by field
        with a change made meanwhile to other fields, else ConflictError (see
        services.conflicts). The result holds the course as stored, a merge included, and
        what a merge kept."""
        same_record(read.id, course_id)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            row, before = self._active(s, course_id)
            first_session = queries.first_session_day_of_course(s, row.id)

            def violations(typed: CourseInput) -> list[Violation]:
                found = validate_course(typed, date_of_birth=row.patient.date_of_birth)
                if first_session is not None and typed.started_on > first_session:
                    allowed = phrase(
                        "Courses",
                        "a date on or before the course's first session ({first_session})",
                    ).having(first_session=first_session)
                    found.append(Violation("started_on", typed.started_on.isoformat(), allowed))
                return found

            settled = COURSE.settle(
                s,
                read=read,
                current=course_from_row(row),
                typed=plan,
                entity_uuid=row.uuid,
                validate=violations,
            )
            fill_course_row(row, settled.content, _template_of(s, settled.content))
            what = ", ".join(filter(None, ["plan", settled.detail]))
            return settled.saved(self._changed(s, row, what, before))

    def switch_to_maintenance(self, course_id: CourseId, *, on: dt.date | None = None) -> Course:
        """From `on` (today by default) the course follows its maintenance interval."""
        day = on or self._ctx.today()
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            row, before = self._active(s, course_id)
            if row.maintenance_from is not None:
                raise StateError(
                    phrase("Courses", "The course is in maintenance since {day}.").having(
                        day=row.maintenance_from
                    )
                )
            if day < row.started_on:
                raise ValidationError(
                    [
                        Violation(
                            "maintenance_from",
                            day.isoformat(),
                            phrase("Courses", "a date after the course began"),
                        )
                    ]
                )
            row.maintenance_from = day
            return self._changed(s, row, "phase", before)

    def complete(self, course_id: CourseId) -> Course:
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            row, before = self._active(s, course_id)
            row.status = CourseStatus.COMPLETED
            return self._changed(s, row, "status", before)

    def stop(self, course_id: CourseId, *, reason: str) -> Course:
        why = require_reason(reason)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            row, before = self._active(s, course_id)
            notes = f"{row.notes}\n\nStopped: {why}".strip()
            if len(notes) > limits.TEXT_MAX:
                room = limits.TEXT_MAX - len(row.notes) - len("\n\nStopped: ")
                allowed = phrase(
                    "Courses", "at most {max} characters (the notes hold the rest)"
                ).having(max=max(room, 0))
                raise ValidationError([Violation("reason", length(why), allowed)])
            row.status = CourseStatus.STOPPED
            row.notes = notes
            return self._changed(s, row, "status", before)

    def void(self, course_id: CourseId, *, reason: str) -> Course:
        why = require_reason(reason)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.SIGN)
            row = load_course(s, course_id, for_update=True)
            self._ctx.void(s, row, "course", why)
            refresh_patient_dates(s, row.patient)
            return course_from_row(row)

    def get(self, course_id: CourseId) -> Course:
        with self._ctx.db.read() as s:
            return course_from_row(load_course(s, course_id, live=False))

    def session_timing_warning(
        self, course_id: CourseId, when: dt.datetime, *, replacing: SessionId | None = None
    ) -> SessionTiming | None:
        """What is unusual about a new session of the course at `when`: before the course's
        due window, after all its planned sessions (not in maintenance), or in a completed or
        stopped course; None when nothing is. `replacing` is the session being amended (it
        does not count against its own correction). `.warning(day_text)` gives the sentence.
        """
        with self._ctx.db.read() as s:
            row = load_course(s, course_id)
            course = course_from_row(row)
            others = [
                session_from_row(found)
                for found in queries.sessions_of_patient(s, row.patient_id)
                if found.uuid != replacing
            ]
        # counted over all the patient's sessions: an amendment may move a session to
        # another course, and the version it corrects must not count in the old one
        own = [x for x in counted(others) if x.entry.course_id == course.id]
        return session_timing(course, marks_of(own), when)

    def _active(self, s: Session, course_id: CourseId) -> tuple[CourseRow, str]:
        """The course, locked, if it may change; and its digest before the change."""
        row = load_course(s, course_id, for_update=True)
        if row.patient.voided_at is not None:
            raise StateError(
                phrase(
                    "Courses", "The course's patient was voided; their records no longer change."
                )
            )
        if row.status is not CourseStatus.ACTIVE:
            raise StateError(
                phrase("Courses", "The course is {status}; only an active course changes.").having(
                    status=row.status.value
                )
            )
        return row, record_digest(row)

    def _changed(self, s: Session, row: CourseRow, what: str, before: str) -> Course:
        row.updated_at = self._ctx.now()
        refresh_patient_dates(s, row.patient)
        self._audit(s, AuditAction.UPDATE, row, what, before)
        return course_from_row(row)

    def _audit(
        self,
        s: Session,
        action: AuditAction,
        row: CourseRow,
        detail: str = "",
        before: str | None = None,
    ) -> None:
        self._ctx.audit(s, action, "course", detail=detail, record=row, before=before)


def _template_of(s: Session, plan: CourseInput) -> TemplateRow | None:
    """The row of the template the plan names; a ValidationError if there is none."""
    if plan.template_id is None:
        return None
    row = template_by_uuid(s, plan.template_id)
    if row is None:
        raise_if_any(
            [
                Violation(
                    "template_id",
                    str(plan.template_id),
                    phrase("Courses", "a protocol template of the clinic"),
                )
            ]
        )
    return row
