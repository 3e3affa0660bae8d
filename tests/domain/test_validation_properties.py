"""Properties of validation and of the course schedule, over generated inputs."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import replace
from random import Random

from hypothesis import given
from hypothesis import strategies as st

from mesolog.domain.enums import (
    Area,
    CourseStatus,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Solution,
)
from mesolog.domain.errors import Violation
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.schedule import SessionMark, course_schedule
from mesolog.domain.validation import validate_needle, validate_pen, validate_session
from mesolog.services.chart_shapes import SHAPES

NOW = dt.datetime(2024, 6, 10, 12, 0, tzinfo=dt.UTC)
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
PATIENT_ID = PatientId(uuid.UUID(int=1))
PATIENT = PatientInput("Παπαδοπούλου", "Μαρία", dt.date(1985, 3, 14))
PLAN = CourseInput(Indication.STRETCH_MARKS, planned_sessions=8, started_on=dt.date(1990, 1, 1))


LETTERS = st.characters(exclude_categories=("Cc", "Cs"), exclude_characters=BIDI_CONTROLS)
"""Any character a text field may hold: no control or bidirectional control, no surrogate."""


def text(limit: int, *, lines: bool = False) -> st.SearchStrategy[str]:
    """Any text within `limit` characters, kept short so that examples stay fast; with
    `lines`, with line breaks and tabs as a multi-line field may hold."""
    alphabet = LETTERS | st.sampled_from("\n\t") if lines else LETTERS
    return st.text(alphabet, max_size=min(limit, 30))


def in_range(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(low, high, allow_nan=False)


def depth_violations(found: list[Violation]) -> int:
    return sum(1 for v in found if v.field == "depth_mm")


needles = st.floats(2, 13).flatmap(
    lambda length: st.builds(
        NeedleTechnique,
        depth_mm=in_range(1, min(4.0, length)),
        gauge=st.integers(27, 34),
        length_mm=st.just(length),
        method=st.none() | st.sampled_from(NeedleMethod),
    )
)
pens = st.builds(
    PenTechnique,
    depth_mm=in_range(0.25, 2.5),
    penetrations_per_second=st.integers(1, 100),
    needle_count=st.integers(1, 42),
    passes=st.none() | st.integers(1, 20),
)
pre_treatments = st.builds(
    PreTreatment,
    nsaids_paused_days=st.none() | st.integers(0, 365),
    topical_anaesthetic=st.none() | text(200),
    consent_confirmed=st.booleans(),
)
names = st.text(LETTERS, min_size=1, max_size=100).filter(lambda name: name.strip() != "")


def products(session_day: dt.date) -> st.SearchStrategy[ProductUse]:
    return st.builds(
        ProductUse,
        solution=st.sampled_from(Solution),
        volume_ml=st.floats(0, 50, exclude_min=True),
        product_name=text(200),
        concentration=text(100),
        lot_number=text(60),
        expiry_date=st.none() | st.dates(min_value=session_day),
    )


def treatment_lines(session_day: dt.date) -> st.SearchStrategy[TreatmentLine]:
    return st.builds(
        TreatmentLine,
        area=st.sampled_from(Area),
        technique=needles | pens,
        products=st.lists(products(session_day), max_size=3).map(tuple),
        area_detail=text(200),
    )


def reactions(session_day: dt.date) -> st.SearchStrategy[Reaction]:
    return st.builds(
        Reaction,
        kind=st.sampled_from(ReactionKind),
        severity=st.sampled_from(Severity),
        area=st.none() | st.sampled_from(Area),
        onset=st.none() | st.sampled_from(Onset),
        resolved_on=st.none() | st.dates(min_value=session_day, max_value=NOW.date()),
        notes=text(10_000, lines=True),
    )


@st.composite
def valid_sessions(draw: st.DrawFn) -> tuple[SessionInput, Course | None]:
    """A session that breaks no rule, with the course it names (if any)."""
    offset = dt.timedelta(minutes=15 * draw(st.integers(-12 * 4, 14 * 4)))
    performed_at = draw(
        st.datetimes(
            min_value=dt.datetime(1985, 3, 16),
            max_value=dt.datetime(2024, 6, 9),
            timezones=st.just(dt.timezone(offset)),
        )
    )
    day = performed_at.date()
    course = None
    if draw(st.booleans()):
        plan = replace(PLAN, started_on=draw(st.dates(PATIENT.date_of_birth, day)))
        course = Course(CourseId(draw(st.uuids())), PATIENT_ID, plan)
    entry = SessionInput(
        performed_at=performed_at,
        clinician=draw(names),
        treatments=tuple(draw(st.lists(treatment_lines(day), min_size=1, max_size=4))),
        course_id=None if course is None else course.id,
        pre_treatment=draw(pre_treatments),
        reactions=tuple(draw(st.lists(reactions(day), max_size=3))),
        improvement_score=draw(st.none() | st.integers(0, 10)),
        notes=draw(text(10_000, lines=True)),
    )
    return entry, course


@given(valid_sessions())
def test_a_valid_session_has_no_violations(generated: tuple[SessionInput, Course | None]) -> None:
    entry, course = generated
    found = validate_session(
        entry, patient_id=PATIENT_ID, patient=PATIENT, course=course, now=NOW, shapes=SHAPES
    )
    assert found == []


@given(st.floats())
def test_pen_depth_is_refused_exactly_outside_its_range(depth: float) -> None:
    pen = PenTechnique(depth_mm=depth, penetrations_per_second=60)
    found = validate_pen(pen, "pen")
    allowed = math.isfinite(depth) and 0.25 <= depth <= 2.5
    assert [v.path for v in found] == ([] if allowed else ["pen.depth_mm"])


@given(st.floats(), st.floats(allow_nan=False, allow_infinity=False))
def test_needle_depth_is_refused_outside_its_range_or_beyond_the_needle(
    depth: float, length: float
) -> None:
    found = validate_needle(NeedleTechnique(depth_mm=depth, length_mm=length), "n")
    refused = not (math.isfinite(depth) and 1 <= depth <= 4) or depth > length
    assert depth_violations(found) == (1 if refused else 0)


@given(st.integers(), st.integers())
def test_whole_numbers_are_refused_exactly_outside_their_range(count: int, rate: int) -> None:
    found = validate_pen(
        PenTechnique(depth_mm=1.0, penetrations_per_second=rate, needle_count=count), "p"
    )
    expected = [
        *(["p.needle_count"] if not 1 <= count <= 42 else []),
        *(["p.penetrations_per_second"] if not 1 <= rate <= 100 else []),
    ]
    assert [v.path for v in found] == expected


courses = st.builds(
    Course,
    id=st.just(CourseId(uuid.UUID(int=7))),
    patient_id=st.just(PATIENT_ID),
    plan=st.builds(
        CourseInput,
        indication=st.sampled_from(Indication),
        planned_sessions=st.integers(1, 20),
        started_on=st.dates(dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
        initial_interval_days=st.integers(7, 60),
        maintenance_interval_days=st.integers(7, 180),
    ),
    status=st.sampled_from(CourseStatus),
    maintenance_from=st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
)
marks = st.lists(
    st.builds(
        SessionMark,
        performed_on=st.dates(dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
        improvement_score=st.none() | st.integers(0, 10),
    ),
    max_size=25,
)
days = st.dates(dt.date(2019, 1, 1), dt.date(2027, 12, 31))


@given(courses, marks, days)
def test_schedule_invariants(course: Course, sessions: list[SessionMark], today: dt.date) -> None:
    schedule = course_schedule(course, sessions, today=today)
    assert schedule.done == len(sessions)
    assert schedule.planned == course.plan.planned_sessions
    assert schedule.stopped is (course.status is CourseStatus.STOPPED)
    assert not (schedule.completed and schedule.stopped)
    assert (schedule.next_due is None) == (schedule.completed or schedule.stopped)
    if sessions:
        assert schedule.last_session_on == max(s.performed_on for s in sessions)
    if schedule.next_due is None:
        assert schedule.window_start is schedule.window_end is schedule.overdue_since is None
        return
    assert schedule.window_start is not None and schedule.window_end is not None
    assert schedule.window_start <= schedule.next_due <= schedule.window_end
    assert schedule.window_end - schedule.window_start == dt.timedelta(days=4)
    if schedule.last_session_on is not None:
        assert schedule.next_due > schedule.last_session_on
    if today > schedule.window_end:
        assert schedule.overdue_since == schedule.next_due
        assert schedule.overdue_days(today) == (today - schedule.next_due).days > 2
    else:
        assert schedule.overdue_since is None
        assert schedule.overdue_days(today) == 0


@given(courses, marks, days, st.randoms(use_true_random=False))
def test_schedule_does_not_depend_on_session_order(
    course: Course, sessions: list[SessionMark], today: dt.date, rng: Random
) -> None:
    shuffled = list(sessions)
    rng.shuffle(shuffled)
    expected = course_schedule(course, sessions, today=today)
    assert course_schedule(course, shuffled, today=today) == expected
    assert course_schedule(course, iter(reversed(sessions)), today=today) == expected
