"""HistoryService against a real database: sessions newest first, course schedules."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from mesolog.domain.enums import CoursePhase
from mesolog.domain.errors import NotFoundError
from mesolog.domain.ids import PatientId
from mesolog.domain.records import Course, Session
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


def course_sessions(
    make: Maker, patient_id: PatientId, course: Course, scores: tuple[int | None, ...]
) -> list[Session]:
    """Signed sessions 14 days apart from 10 February; the last on 10 March, the clock's day."""
    days = [(2, 10), (2, 24), (3, 10)][-len(scores) :]
    return [
        make.clinic.sessions.sign(
            make.draft(
                patient_id, course_id=course.id, performed_at=make.at(m, d), improvement_score=s
            ).id
        )
        for (m, d), s in zip(days, scores, strict=True)
    ]


def only_course(clinic: Clinic, patient_id: PatientId) -> CourseHistory:
    (found,) = clinic.history.patient_history(patient_id).courses
    return found


def test_a_new_patient_has_an_empty_history(clinic: Clinic, make: Maker) -> None:
    patient = make.patient(record_number="K-0009")

    history = clinic.history.patient_history("K-0009")

    assert history.patient == patient
    assert (history.courses, history.sessions, history.sessions_outside_courses) == ((), (), ())


def test_an_unknown_patient_is_not_found(clinic: Clinic) -> None:
    with pytest.raises(NotFoundError):
        clinic.history.patient_history("K-4040")


def test_sessions_are_listed_newest_first(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    middle = make.draft(patient_id, performed_at=make.at(2, 20))
    newest = make.draft(patient_id, performed_at=make.at(3, 9, 17))
    oldest = make.draft(patient_id, performed_at=make.at(1, 15))
    same_day_earlier = make.draft(patient_id, performed_at=make.at(3, 9, 9))

    history = clinic.history.patient_history(patient_id)

    assert [s.id for s in history.sessions] == [
        newest.id,
        same_day_earlier.id,
        middle.id,
        oldest.id,
    ]
    assert history.sessions[0] == newest


def test_a_course_without_sessions_is_due_on_its_first_day(clinic: Clinic, course: Course) -> None:
    found = only_course(clinic, course.patient_id)

    assert found.course == course
    assert found.sessions == ()
    assert found.schedule.done == 0
    assert found.schedule.planned == 6
    assert found.schedule.next_due == dt.date(2026, 2, 10)
    assert found.schedule.overdue_since == dt.date(2026, 2, 10)


def test_next_due_is_the_last_session_plus_the_initial_interval(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    sessions = course_sessions(make, patient_id, course, (1, 2, None))

    found = only_course(clinic, patient_id)

    assert [s.id for s in found.sessions] == [s.id for s in reversed(sessions)]
    assert found.schedule.done == 3
    assert found.schedule.phase is CoursePhase.INITIAL
    assert found.schedule.last_session_on == dt.date(2026, 3, 10)
    assert found.schedule.next_due == dt.date(2026, 3, 24)
    assert (found.schedule.window_start, found.schedule.window_end) == (
        dt.date(2026, 3, 22),
        dt.date(2026, 3, 26),
    )
    assert found.schedule.overdue_since is None


def test_a_score_of_three_switches_to_the_maintenance_interval(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    course_sessions(make, patient_id, course, (1, 3, None))

    schedule = only_course(clinic, patient_id).schedule

    assert schedule.phase is CoursePhase.MAINTENANCE
    assert schedule.next_due == dt.date(2026, 3, 10) + dt.timedelta(days=28)


def test_a_manual_switch_to_maintenance_changes_the_interval(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    course_sessions(make, patient_id, course, (1, 2))
    clinic.courses.switch_to_maintenance(course.id)

    schedule = only_course(clinic, patient_id).schedule

    assert schedule.phase is CoursePhase.MAINTENANCE
    assert schedule.next_due == dt.date(2026, 3, 10) + dt.timedelta(days=28)


def test_the_course_is_overdue_once_the_clock_passes_the_window(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course, clock: Clock
) -> None:
    course_sessions(make, patient_id, course, (1, 2, None))

    clock.advance(days=16)  # 26 March: the window's last day
    assert only_course(clinic, patient_id).schedule.overdue_since is None

    clock.advance(days=1)  # 27 March
    schedule = only_course(clinic, patient_id).schedule
    assert schedule.overdue_since == dt.date(2026, 3, 24)
    assert schedule.overdue_days(dt.date(2026, 3, 27)) == 3


def test_voided_sessions_are_listed_marked_but_not_counted(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    first, second, third = course_sessions(make, patient_id, course, (1, 3, None))
    clinic.sessions.void(second.id, reason="entered on the wrong course")

    history = clinic.history.patient_history(patient_id)
    found = history.courses[0]

    assert [s.id for s in history.sessions] == [third.id, second.id, first.id]
    assert [s.voiding is not None for s in history.sessions] == [False, True, False]
    assert [s.id for s in found.sessions] == [third.id, second.id, first.id]
    assert found.sessions[1].voiding is not None
    assert found.sessions[1].voiding.reason == "entered on the wrong course"
    assert found.schedule.done == 2
    assert found.schedule.phase is CoursePhase.INITIAL
    assert found.schedule.next_due == dt.date(2026, 3, 24)


def test_a_course_is_complete_when_every_planned_session_is_done(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    short = make.course(patient_id, planned_sessions=2)
    course_sessions(make, patient_id, short, (None, None))

    schedule = only_course(clinic, patient_id).schedule

    assert (schedule.done, schedule.completed, schedule.next_due) == (2, True, None)


def test_a_stopped_course_is_due_no_more(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    course_sessions(make, patient_id, course, (None,))
    clinic.courses.stop(course.id, reason="moved abroad")

    schedule = only_course(clinic, patient_id).schedule

    assert (schedule.stopped, schedule.completed, schedule.next_due) == (True, False, None)


def test_sessions_outside_courses_and_courses_newest_first(
    clinic: Clinic, make: Maker, patient_id: PatientId, course: Course
) -> None:
    later = make.course(patient_id, started_on=dt.date(2026, 3, 1), planned_sessions=3)
    in_course = make.draft(patient_id, course_id=course.id, performed_at=make.at(2, 10))
    in_later = make.draft(patient_id, course_id=later.id, performed_at=make.at(3, 2))
    loose_old = make.draft(patient_id, performed_at=make.at(1, 20))
    loose_new = make.draft(patient_id, performed_at=make.at(3, 5))

    history = clinic.history.patient_history(patient_id)

    assert [c.course.id for c in history.courses] == [later.id, course.id]
    assert [s.id for s in history.courses[0].sessions] == [in_later.id]
    assert [s.id for s in history.courses[1].sessions] == [in_course.id]
    assert [s.id for s in history.sessions_outside_courses] == [loose_new.id, loose_old.id]
    assert [s.id for s in history.sessions] == [
        loose_new.id,
        in_later.id,
        in_course.id,
        loose_old.id,
    ]


def test_the_history_of_a_voided_patient_is_still_readable(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    session = make.draft(patient_id)
    clinic.patients.void(patient_id, reason="entered twice")

    history = clinic.history.patient_history(patient_id)

    assert history.patient.voiding is not None
    assert [s.id for s in history.sessions] == [session.id]
