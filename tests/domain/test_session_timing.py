"""Which sessions a course counts, and whether a new session comes when the course expects one."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest

from mesolog.domain.enums import Area, CourseStatus, Indication, SessionStatus
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    Session,
    SessionInput,
    TreatmentLine,
    Voiding,
)
from mesolog.domain.schedule import SessionMark, counted, marks_of
from mesolog.domain.session_timing import SessionTiming, session_timing
from mesolog.domain.warnings import WarningKind

D = dt.date
ATHENS = dt.timezone(dt.timedelta(hours=2))
STARTED = D(2026, 1, 5)
PATIENT = PatientId(uuid.UUID(int=1))


def course(
    *,
    planned: int = 6,
    status: CourseStatus = CourseStatus.ACTIVE,
    maintenance_from: dt.date | None = None,
) -> Course:
    plan = CourseInput(
        Indication.HYDRATION_TIGHTENING,
        planned_sessions=planned,
        started_on=STARTED,
        initial_interval_days=14,
        maintenance_interval_days=28,
    )
    return Course(
        CourseId(uuid.UUID(int=3)), PATIENT, plan, status=status, maintenance_from=maintenance_from
    )


def at(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ATHENS)


def session(
    number: int,
    day: dt.date,
    *,
    status: SessionStatus = SessionStatus.SIGNED,
    score: int | None = None,
    **changes: object,
) -> Session:
    entry = SessionInput(
        at(day),
        "Dr Eleni Vasileiou",
        (TreatmentLine(Area.FULL_FACE, NeedleTechnique(1.5)),),
        improvement_score=score,
    )
    made = Session(SessionId(uuid.UUID(int=100 + number)), PATIENT, entry, status=status)
    return replace(made, **changes)


VOIDING = Voiding(at(D(2026, 2, 1)), "maria", "entered twice")


def every_14_days(count: int) -> list[SessionMark]:
    return [SessionMark(STARTED + dt.timedelta(days=14 * i)) for i in range(count)]


# which sessions count


def test_only_signed_current_sessions_count() -> None:
    signed = session(1, D(2026, 1, 5))
    draft = session(2, D(2026, 1, 19), status=SessionStatus.DRAFT)
    voided = session(3, D(2026, 1, 19), voiding=VOIDING)
    voided_draft = session(4, D(2026, 1, 20), status=SessionStatus.DRAFT, voiding=VOIDING)
    assert counted([signed, draft, voided, voided_draft]) == [signed]
    assert marks_of([draft, signed, voided]) == [SessionMark(D(2026, 1, 5))]


def test_an_amended_session_counts_once_as_its_current_version() -> None:
    original = session(1, D(2026, 1, 5), score=1)
    amendment = session(2, D(2026, 1, 6), score=3, amends=original.id)
    assert counted([original, amendment]) == [amendment]
    assert marks_of([amendment, original]) == [SessionMark(D(2026, 1, 6), 3)]


def test_a_voided_amendment_gives_the_original_back() -> None:
    original = session(1, D(2026, 1, 5))
    amendment = session(2, D(2026, 1, 6), amends=original.id, voiding=VOIDING)
    assert counted([original, amendment]) == [original]


# a session before the course's due window


@pytest.mark.parametrize(
    ("last", "when", "gap_words"),
    [
        (at(D(2026, 1, 19), 10, 0), at(D(2026, 1, 19), 10, 1), "the same day"),
        (at(D(2026, 1, 19)), at(D(2026, 1, 20)), "1 day before"),
        (at(D(2026, 1, 19)), at(D(2026, 1, 30)), "11 days before"),
    ],
    ids=["a minute later", "the next day", "the day before the window"],
)
def test_a_session_before_the_due_window_is_warned(
    last: dt.datetime, when: dt.datetime, gap_words: str
) -> None:
    done = [SessionMark(STARTED), SessionMark(last.date())]
    found = session_timing(course(), done, when)
    assert found == SessionTiming(
        WarningKind.BEFORE_DUE_WINDOW,
        when.date(),
        2,
        6,
        last.date(),
        window_start=D(2026, 1, 31),
        window_end=D(2026, 2, 4),
    )
    assert found is not None
    warning = found.warning()
    assert warning.kind is WarningKind.BEFORE_DUE_WINDOW
    assert gap_words in warning.message
    assert "2026-01-19" in warning.message
    assert warning.message.endswith("The next session is due from 2026-01-31 to 2026-02-04.")


@pytest.mark.parametrize(
    "day", [D(2026, 1, 31), D(2026, 2, 2), D(2026, 2, 4), D(2026, 3, 30)], ids=str
)
def test_a_session_in_or_after_the_window_is_not_warned(day: dt.date) -> None:
    assert session_timing(course(), every_14_days(2), at(day)) is None


def test_the_first_session_on_the_day_the_course_starts_is_not_warned() -> None:
    assert session_timing(course(), [], at(STARTED)) is None
    assert session_timing(course(), [], STARTED) is None


def test_the_dates_are_written_by_the_caller() -> None:
    found = session_timing(course(), every_14_days(2), at(D(2026, 1, 20)))
    assert found is not None
    message = found.warning(lambda day: day.strftime("%d/%m/%Y")).message
    assert message == (
        "Early for this course: its last session was 1 day before, on 19/01/2026. "
        "The next session is due from 31/01/2026 to 04/02/2026."
    )


def test_a_back_dated_session_is_compared_with_the_sessions_before_it() -> None:
    """Entered later for a day between two sessions: the course as it stood that day."""
    done = [SessionMark(STARTED), SessionMark(D(2026, 2, 2))]
    found = session_timing(course(), done, at(D(2026, 1, 8)))
    assert found is not None and found.kind is WarningKind.BEFORE_DUE_WINDOW
    assert (found.last_session_on, found.window_start) == (STARTED, D(2026, 1, 17))


def test_in_maintenance_the_window_follows_the_maintenance_interval() -> None:
    maintained = course(maintenance_from=STARTED)
    assert session_timing(maintained, [SessionMark(STARTED)], at(D(2026, 1, 19))) is not None
    assert session_timing(maintained, [SessionMark(STARTED)], at(D(2026, 2, 1))) is None


# a session after the plan, or in an ended course


def test_a_seventh_session_after_six_of_six_is_warned() -> None:
    done = every_14_days(6)
    found = session_timing(course(), done, at(D(2026, 4, 20)))
    assert found is not None
    assert found.kind is WarningKind.COURSE_COMPLETE
    assert (found.done, found.planned, found.last_session_on) == (6, 6, D(2026, 3, 16))
    assert found.warning().message == (
        "All 6 planned sessions of this course are done, the last on 2026-03-16: "
        "this would be session 7 of 6 planned. "
        "Switch the course to maintenance, or plan a new course."
    )


def test_one_planned_session_in_words() -> None:
    found = session_timing(course(planned=1), every_14_days(1), at(D(2026, 3, 1)))
    assert found is not None
    assert found.warning().message.startswith(
        "The course's one planned session is done, the last on 2026-01-05: "
    )


def test_in_maintenance_a_seventh_session_in_its_window_is_expected() -> None:
    maintained = course(maintenance_from=D(2026, 2, 1))
    done = every_14_days(6)
    assert session_timing(maintained, done, at(D(2026, 4, 13))) is None
    early = session_timing(maintained, done, at(D(2026, 3, 20)))
    assert early is not None and early.kind is WarningKind.BEFORE_DUE_WINDOW
    assert early.window_start == D(2026, 4, 11)


def test_a_course_marked_completed_is_warned_whatever_its_count() -> None:
    found = session_timing(course(status=CourseStatus.COMPLETED), every_14_days(3), D(2026, 3, 1))
    assert found is not None and found.marked_completed
    assert found.kind is WarningKind.COURSE_COMPLETE
    assert found.warning().message == (
        "This course was marked completed: this would be session 4 of 6 planned."
    )


def test_a_stopped_course_is_warned() -> None:
    found = session_timing(course(status=CourseStatus.STOPPED), every_14_days(2), D(2026, 3, 1))
    assert found is not None and found.kind is WarningKind.COURSE_STOPPED
    assert found.warning().message.startswith("This course was stopped")


def test_five_of_six_in_the_window_is_not_warned() -> None:
    assert session_timing(course(), every_14_days(5), D(2026, 3, 16)) is None
