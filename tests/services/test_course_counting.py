"""Only signed, current sessions count: course progress, due dates, the patient list, the due
list, and whether a new session comes when its course expects one. Against a real database."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from mesolog.domain.enums import CoursePhase
from mesolog.domain.errors import NotFoundError, StateError
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import Course, Session
from mesolog.domain.warnings import WarningKind
from mesolog.services.clinic import Clinic
from mesolog.services.history import CourseHistory

if TYPE_CHECKING:
    from conftest import Clock, Maker


@pytest.fixture
def patient_id(make: Maker) -> PatientId:
    return make.patient(record_number="K-0001").id


@pytest.fixture
def course(make: Maker, patient_id: PatientId) -> Course:
    """Started 10 February 2026; 14 days apart at first, 28 in maintenance; 6 planned."""
    return make.course(patient_id)


def signed(make: Maker, patient_id: PatientId, course_id: CourseId, when: dt.datetime) -> Session:
    draft = make.draft(patient_id, course_id=course_id, performed_at=when)
    return make.clinic.sessions.sign(draft.id)


def course_of(clinic: Clinic, patient_id: PatientId, course_id: CourseId) -> CourseHistory:
    history = clinic.history.patient_history(patient_id)
    return next(c for c in history.courses if c.course.id == course_id)


def listed(clinic: Clinic) -> tuple[dt.date | None, dt.date | None]:
    [summary] = clinic.patients.search("")
    return summary.last_session_on, summary.next_due


def test_a_draft_counts_nowhere_until_it_is_signed(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    signed(make, patient_id, course.id, make.at(2, 10))
    draft = make.draft(patient_id, course_id=course.id, performed_at=make.at(2, 24))

    schedule = course_of(clinic, patient_id, course.id).schedule
    assert (schedule.done, schedule.last_session_on) == (1, dt.date(2026, 2, 10))
    assert schedule.next_due == dt.date(2026, 2, 24)
    assert listed(clinic) == (dt.date(2026, 2, 10), dt.date(2026, 2, 24))
    assert [p.id for p in clinic.patients.due(within_days=7)] == [patient_id]

    clinic.sessions.sign(draft.id)

    schedule = course_of(clinic, patient_id, course.id).schedule
    assert (schedule.done, schedule.last_session_on) == (2, dt.date(2026, 2, 24))
    assert schedule.next_due == dt.date(2026, 3, 10)
    assert listed(clinic) == (dt.date(2026, 2, 24), dt.date(2026, 3, 10))


def test_an_imported_patient_is_due_as_their_signed_sessions_say(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course, tmp_path: Path
) -> None:
    signed(make, patient_id, course.id, make.at(2, 10))
    make.draft(patient_id, course_id=course.id, performed_at=make.at(2, 24))
    wrong = signed(make, patient_id, course.id, make.at(2, 25))
    clinic.sessions.void(wrong.id, reason="wrong patient")
    data = json.dumps(clinic.exports.export_document()).encode()

    with Clinic.open(str(tmp_path / "other.sqlite"), actor="importer") as other:
        other.imports.import_bytes(data)
        assert listed(other) == listed(clinic) == (dt.date(2026, 2, 10), dt.date(2026, 2, 24))


def test_an_amended_session_counts_once_as_its_current_version(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    first = signed(make, patient_id, course.id, make.at(2, 10))
    clinic.sessions.amend(
        first.id,
        make.entry(course_id=course.id, performed_at=make.at(2, 12), improvement_score=3),
        reason="the date was typed wrong",
    )

    schedule = course_of(clinic, patient_id, course.id).schedule

    assert (schedule.done, schedule.last_session_on) == (1, dt.date(2026, 2, 12))
    assert schedule.phase is CoursePhase.MAINTENANCE, "the amended score counts"
    assert listed(clinic) == (dt.date(2026, 2, 12), dt.date(2026, 3, 12))


def test_an_amendment_moving_a_session_to_another_course_counts_only_there(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    other = make.course(patient_id, started_on=dt.date(2026, 2, 20), planned_sessions=3)
    first = signed(make, patient_id, course.id, make.at(2, 24))
    clinic.sessions.amend(
        first.id,
        make.entry(course_id=other.id, performed_at=make.at(2, 24)),
        reason="logged in the wrong course",
    )

    assert course_of(clinic, patient_id, course.id).schedule.done == 0
    assert course_of(clinic, patient_id, other.id).schedule.done == 1
    assert clinic.courses.session_timing_warning(course.id, make.at(2, 24, 11)) is None
    early = clinic.courses.session_timing_warning(other.id, make.at(2, 24, 11))
    assert early is not None and early.kind is WarningKind.BEFORE_DUE_WINDOW


def test_a_maintenance_course_after_its_plan_stays_on_the_due_list(
    clinic: Clinic, make: Maker, patient_id: PatientId, clock: Clock
) -> None:
    short = make.course(patient_id, planned_sessions=2, started_on=dt.date(2026, 1, 10))
    signed(make, patient_id, short.id, make.at(1, 10))
    signed(make, patient_id, short.id, make.at(1, 24))
    assert clinic.patients.due(within_days=7) == []
    assert course_of(clinic, patient_id, short.id).schedule.completed

    clinic.courses.switch_to_maintenance(short.id)

    schedule = course_of(clinic, patient_id, short.id).schedule
    assert (schedule.all_planned_done, schedule.completed) == (True, False)
    assert schedule.next_due == dt.date(2026, 2, 21)
    assert [p.id for p in clinic.patients.due(within_days=7)] == [patient_id]

    clinic.courses.complete(short.id)
    assert clinic.patients.due(within_days=7) == []


def test_session_timing_warning_counts_signed_sessions_only(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    first = signed(make, patient_id, course.id, make.at(3, 10, 10, 0))
    make.draft(patient_id, course_id=course.id, performed_at=make.at(3, 10, 10, 1))

    found = clinic.courses.session_timing_warning(course.id, make.at(3, 10, 10, 1))

    assert found is not None and found.kind is WarningKind.BEFORE_DUE_WINDOW
    assert (found.done, found.last_session_on) == (1, dt.date(2026, 3, 10))
    assert (found.window_start, found.window_end) == (dt.date(2026, 3, 22), dt.date(2026, 3, 26))
    assert "the same day" in found.warning().message
    # amending the session itself: it does not come early against itself
    assert clinic.courses.session_timing_warning(course.id, first.entry.performed_at) is not None
    assert (
        clinic.courses.session_timing_warning(
            course.id, first.entry.performed_at, replacing=first.id
        )
        is None
    )


def test_session_timing_warning_after_six_of_six(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    full = make.course(patient_id, planned_sessions=2, started_on=dt.date(2026, 2, 10))
    signed(make, patient_id, full.id, make.at(2, 10))
    signed(make, patient_id, full.id, make.at(2, 24))

    found = clinic.courses.session_timing_warning(full.id, make.at(3, 10))

    assert found is not None and found.kind is WarningKind.COURSE_COMPLETE
    assert "this would be session 3 of 2 planned" in found.warning().message


def test_session_timing_warning_of_an_unknown_or_voided_course_is_refused(
    clinic: Clinic, make: Maker, course: Course
) -> None:
    with pytest.raises(NotFoundError):
        clinic.courses.session_timing_warning(CourseId(uuid.uuid4()), make.at(3, 10))
    clinic.courses.void(course.id, reason="planned twice")
    with pytest.raises(StateError, match="voided"):
        clinic.courses.session_timing_warning(course.id, make.at(3, 10))
