"""The course schedule: when the next session is due, phases, windows, overdue and completion."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import replace

import pytest

from mesolog.domain.enums import CoursePhase, CourseStatus, Indication
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import Course, CourseInput
from mesolog.domain.schedule import (
    CourseSchedule,
    PatientDates,
    SessionMark,
    course_schedule,
    patient_dates,
    phase_of,
)

D = dt.date
STARTED = D(2024, 3, 4)
FAR_PAST = D(2000, 1, 1)


def course(
    *,
    planned: int = 6,
    started_on: dt.date = STARTED,
    initial: int = 14,
    maintenance: int = 28,
    status: CourseStatus = CourseStatus.ACTIVE,
    maintenance_from: dt.date | None = None,
) -> Course:
    plan = CourseInput(
        Indication.HYDRATION_TIGHTENING,
        planned_sessions=planned,
        started_on=started_on,
        initial_interval_days=initial,
        maintenance_interval_days=maintenance,
    )
    return Course(
        CourseId(uuid.UUID(int=3)),
        PatientId(uuid.UUID(int=1)),
        plan,
        status=status,
        maintenance_from=maintenance_from,
    )


def marks(*days: dt.date, scores: tuple[int | None, ...] = ()) -> list[SessionMark]:
    """Sessions on the given days; scores, when given, go with the days in order."""
    padded = scores + (None,) * (len(days) - len(scores))
    return [SessionMark(day, score) for day, score in zip(days, padded, strict=True)]


def schedule(of: Course, sessions: list[SessionMark], today: dt.date = FAR_PAST) -> CourseSchedule:
    return course_schedule(of, sessions, today=today)


@pytest.mark.parametrize(
    "started_on", [D(2024, 1, 1), D(2024, 2, 29), D(2023, 12, 31), D(2025, 7, 15)]
)
def test_without_sessions_the_first_is_due_on_the_start_day(started_on: dt.date) -> None:
    result = schedule(course(started_on=started_on), [])
    assert result.done == 0
    assert result.last_session_on is None
    assert result.phase is CoursePhase.INITIAL
    assert result.next_due == started_on
    assert result.window_start == started_on - dt.timedelta(days=2)
    assert result.window_end == started_on + dt.timedelta(days=2)
    assert not result.completed
    assert not result.stopped


@pytest.mark.parametrize(
    ("last", "interval", "due"),
    [
        (D(2024, 2, 15), 14, D(2024, 2, 29)),
        (D(2023, 2, 15), 14, D(2023, 3, 1)),
        (D(2024, 2, 16), 14, D(2024, 3, 1)),
        (D(2024, 12, 25), 14, D(2025, 1, 8)),
        (D(2024, 12, 31), 7, D(2025, 1, 7)),
        (D(2024, 1, 31), 30, D(2024, 3, 1)),
        (D(2023, 12, 20), 60, D(2024, 2, 18)),
        (D(2024, 4, 30), 10, D(2024, 5, 10)),
    ],
)
def test_initial_interval_across_month_year_and_leap_day(
    last: dt.date, interval: int, due: dt.date
) -> None:
    result = schedule(course(initial=interval), marks(last - dt.timedelta(days=interval), last))
    assert result.phase is CoursePhase.INITIAL
    assert result.last_session_on == last
    assert result.next_due == due


@pytest.mark.parametrize(
    ("last", "interval", "due"),
    [
        (D(2024, 1, 31), 28, D(2024, 2, 28)),
        (D(2024, 2, 1), 28, D(2024, 2, 29)),
        (D(2024, 12, 10), 28, D(2025, 1, 7)),
        (D(2024, 7, 1), 180, D(2024, 12, 28)),
    ],
)
def test_maintenance_interval_across_boundaries(last: dt.date, interval: int, due: dt.date) -> None:
    result = schedule(course(maintenance=interval), marks(last, scores=(4,)))
    assert result.phase is CoursePhase.MAINTENANCE
    assert result.next_due == due


@pytest.mark.parametrize(
    ("scores", "phase", "due"),
    [
        ((), CoursePhase.INITIAL, D(2024, 4, 15)),
        ((None, None), CoursePhase.INITIAL, D(2024, 4, 15)),
        ((0, 2), CoursePhase.INITIAL, D(2024, 4, 15)),
        ((2, 2), CoursePhase.INITIAL, D(2024, 4, 15)),
        ((None, 3), CoursePhase.MAINTENANCE, D(2024, 4, 29)),
        ((3, None), CoursePhase.MAINTENANCE, D(2024, 4, 29)),
        ((1, 10), CoursePhase.MAINTENANCE, D(2024, 4, 29)),
    ],
)
def test_maintenance_starts_with_an_improvement_score_of_three(
    scores: tuple[int | None, ...], phase: CoursePhase, due: dt.date
) -> None:
    sessions = marks(D(2024, 3, 18), D(2024, 4, 1), scores=scores)
    result = schedule(course(initial=14, maintenance=28), sessions)
    assert result.phase is phase
    assert phase_of(course(), sessions) is phase
    assert result.next_due == due


@pytest.mark.parametrize("switched_on", [D(2024, 3, 1), D(2024, 4, 1), D(2030, 1, 1)])
def test_manual_switch_to_maintenance(switched_on: dt.date) -> None:
    by_hand = course(maintenance_from=switched_on, maintenance=21)
    assert by_hand.manual_phase is CoursePhase.MAINTENANCE
    result = schedule(by_hand, marks(D(2024, 4, 1), scores=(0,)))
    assert result.phase is CoursePhase.MAINTENANCE
    assert result.next_due == D(2024, 4, 22)


def test_manual_switch_applies_before_any_session() -> None:
    result = schedule(course(maintenance_from=STARTED), [])
    assert result.phase is CoursePhase.MAINTENANCE
    assert result.next_due == STARTED


@pytest.mark.parametrize(
    ("today", "overdue_days"),
    [
        (D(2024, 3, 1), 0),
        (D(2024, 3, 16), 0),
        (D(2024, 3, 18), 0),
        (D(2024, 3, 20), 0),
        (D(2024, 3, 21), 3),
        (D(2024, 4, 17), 30),
        (D(2025, 3, 18), 365),
    ],
)
def test_overdue_only_after_the_window_ends(today: dt.date, overdue_days: int) -> None:
    result = schedule(course(), marks(STARTED), today)
    assert result.next_due == D(2024, 3, 18)
    assert (result.window_start, result.window_end) == (D(2024, 3, 16), D(2024, 3, 20))
    assert result.overdue_since == (None if overdue_days == 0 else D(2024, 3, 18))
    assert result.overdue_days(today) == overdue_days


def test_window_across_the_end_of_february() -> None:
    result = schedule(course(), marks(D(2024, 2, 14)), D(2024, 3, 3))
    assert result.next_due == D(2024, 2, 28)
    assert (result.window_start, result.window_end) == (D(2024, 2, 26), D(2024, 3, 1))
    assert result.overdue_since == D(2024, 2, 28)
    assert result.overdue_days(D(2024, 3, 3)) == 4


def test_first_session_is_overdue_when_the_start_day_has_long_passed() -> None:
    result = schedule(course(started_on=D(2024, 1, 10)), [], D(2024, 1, 13))
    assert result.overdue_since == D(2024, 1, 10)
    assert result.overdue_days(D(2024, 1, 13)) == 3


@pytest.mark.parametrize(
    ("today", "days", "due"),
    [
        (D(2024, 3, 11), 7, True),
        (D(2024, 3, 10), 7, False),
        (D(2024, 3, 18), 0, True),
        (D(2024, 4, 30), 0, True),
    ],
)
def test_due_within(today: dt.date, days: int, due: bool) -> None:
    assert schedule(course(), marks(STARTED), today).due_within(today, days) is due


@pytest.mark.parametrize(("planned", "done"), [(1, 1), (3, 3), (3, 5), (20, 20)])
def test_completed_when_all_planned_sessions_are_done(planned: int, done: int) -> None:
    days = [STARTED + dt.timedelta(days=14 * i) for i in range(done)]
    result = schedule(course(planned=planned), marks(*days), D(2030, 1, 1))
    assert result.completed
    assert not result.stopped
    assert result.done == done
    assert result.planned == planned
    assert result.next_due is result.window_start is result.window_end is None
    assert result.overdue_since is None
    assert result.overdue_days(D(2030, 1, 1)) == 0
    assert not result.due_within(D(2030, 1, 1), 365)


@pytest.mark.parametrize("done", [0, 1, 5])
def test_completed_by_status_whatever_the_count(done: int) -> None:
    days = [STARTED + dt.timedelta(days=14 * i) for i in range(done)]
    result = schedule(course(status=CourseStatus.COMPLETED), marks(*days), D(2030, 1, 1))
    assert result.completed
    assert result.next_due is None
    assert result.done == done


@pytest.mark.parametrize("done", [0, 2, 6, 8])
def test_stopped_course_is_due_no_more_and_not_completed(done: int) -> None:
    days = [STARTED + dt.timedelta(days=14 * i) for i in range(done)]
    result = schedule(course(status=CourseStatus.STOPPED), marks(*days), D(2030, 1, 1))
    assert result.stopped
    assert not result.completed
    assert result.next_due is None
    assert result.overdue_since is None
    assert result.done == done


def test_one_session_short_of_the_plan_is_still_due() -> None:
    days = [STARTED + dt.timedelta(days=14 * i) for i in range(5)]
    result = schedule(course(planned=6), marks(*days))
    assert not result.completed
    assert result.next_due == days[-1] + dt.timedelta(days=14)


def test_sessions_in_any_order_give_the_same_schedule() -> None:
    sessions = marks(D(2024, 3, 4), D(2024, 3, 18), D(2024, 4, 1), D(2024, 4, 29), scores=(1, 2, 3))
    expected = schedule(course(), sessions, D(2024, 5, 10))
    assert expected.last_session_on == D(2024, 4, 29)
    assert expected.next_due == D(2024, 5, 27)
    for order in itertools.permutations(sessions):
        assert schedule(course(), list(order), D(2024, 5, 10)) == expected


def test_two_sessions_on_one_day_both_count() -> None:
    result = schedule(course(planned=2), marks(STARTED, STARTED))
    assert result.done == 2
    assert result.completed


OTHER = CourseId(uuid.UUID(int=4))


def test_a_patients_dates_are_the_last_session_and_the_earliest_due_date() -> None:
    """The last session of any course or of none; the earliest date any course is due."""
    first = course(started_on=D(2024, 3, 4), initial=14)
    later = replace(course(started_on=D(2024, 5, 1)), id=OTHER)
    sessions = [
        (first.id, SessionMark(D(2024, 3, 18))),
        (None, SessionMark(D(2024, 4, 20))),
        (first.id, SessionMark(D(2024, 3, 4))),
    ]
    assert patient_dates([later, first], sessions) == PatientDates(D(2024, 4, 20), D(2024, 4, 1))


def test_a_patient_whose_courses_are_all_done_is_due_for_nothing() -> None:
    done = course(status=CourseStatus.COMPLETED)
    stopped = replace(course(status=CourseStatus.STOPPED), id=OTHER)
    sessions = [(done.id, SessionMark(D(2024, 3, 4)))]
    assert patient_dates([done, stopped], sessions) == PatientDates(D(2024, 3, 4), None)
    assert patient_dates([], []) == PatientDates(None, None)


def every_14_days(count: int) -> list[dt.date]:
    return [STARTED + dt.timedelta(days=14 * i) for i in range(count)]


@pytest.mark.parametrize(
    "maintained",
    [
        course(planned=6, maintenance=28, maintenance_from=STARTED + dt.timedelta(days=20)),
        course(planned=6, maintenance=28),
    ],
    ids=["switched by hand", "by an improvement score"],
)
def test_maintenance_goes_on_after_all_planned_sessions(maintained: Course) -> None:
    """Until the clinician completes or stops the course, every maintenance interval."""
    days = every_14_days(6)
    sessions = marks(*days, scores=(1, 2, 3, 4, 4, 5))
    last = days[-1]
    result = schedule(maintained, sessions, last + dt.timedelta(days=10))
    assert result.phase is CoursePhase.MAINTENANCE
    assert (result.done, result.planned, result.all_planned_done) == (6, 6, True)
    assert not result.completed
    assert result.maintenance_goes_on
    assert result.next_due == last + dt.timedelta(days=28)
    assert result.due_within(last + dt.timedelta(days=21), 7)

    later = schedule(maintained, sessions, last + dt.timedelta(days=31))
    assert later.overdue_since == last + dt.timedelta(days=28)

    seventh = last + dt.timedelta(days=27)
    more = schedule(maintained, [*sessions, SessionMark(seventh)], seventh)
    assert (more.done, more.next_due) == (7, seventh + dt.timedelta(days=28))
    assert more.maintenance_goes_on and not more.completed


@pytest.mark.parametrize("status", [CourseStatus.COMPLETED, CourseStatus.STOPPED])
def test_maintenance_ends_when_the_clinician_completes_or_stops_the_course(
    status: CourseStatus,
) -> None:
    ended = course(planned=6, status=status, maintenance_from=STARTED)
    result = schedule(ended, marks(*every_14_days(6)), D(2030, 1, 1))
    assert result.phase is CoursePhase.MAINTENANCE
    assert result.next_due is None
    assert not result.maintenance_goes_on
    assert result.completed is (status is CourseStatus.COMPLETED)


def test_in_the_initial_phase_the_plan_ends_with_its_last_session() -> None:
    result = schedule(course(planned=6), marks(*every_14_days(6), scores=(1, 2, 2, 2, 2, 2)))
    assert result.phase is CoursePhase.INITIAL
    assert result.completed and result.all_planned_done
    assert not result.maintenance_goes_on
    assert result.next_due is None


def test_one_session_short_of_the_plan_in_maintenance_is_not_yet_past_the_plan() -> None:
    result = schedule(course(planned=6, maintenance_from=STARTED), marks(*every_14_days(5)))
    assert not result.all_planned_done
    assert not result.maintenance_goes_on
    assert result.next_due == every_14_days(5)[-1] + dt.timedelta(days=28)


def test_a_patient_in_maintenance_after_the_plan_stays_due() -> None:
    maintained = course(planned=2, maintenance_from=STARTED)
    finished = replace(course(planned=2), id=OTHER)
    days = every_14_days(2)
    sessions = [(c.id, SessionMark(day)) for c in (maintained, finished) for day in days]
    assert patient_dates([maintained, finished], sessions) == PatientDates(
        days[-1], days[-1] + dt.timedelta(days=28)
    )
    assert patient_dates([finished], sessions[2:]) == PatientDates(days[-1], None)
