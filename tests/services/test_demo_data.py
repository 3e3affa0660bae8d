"""The demo clinic: valid by the domain's own rules, plausible, and deterministic."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import cache
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from mesolog.domain.enums import (
    Area,
    CourseStatus,
    Indication,
    Severity,
    Sex,
    Solution,
)
from mesolog.domain.ids import new_course_id, new_patient_id
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    NeedleTechnique,
    PenTechnique,
    SessionInput,
)
from mesolog.domain.schedule import IMPROVEMENT_FOR_MAINTENANCE, SessionMark, course_schedule
from mesolog.domain.text import fold
from mesolog.domain.validation import validate_course, validate_patient, validate_session
from mesolog.domain.warnings import nsaids_named_in
from mesolog.services.chart_shapes import SHAPES
from mesolog.services.demo_data import DemoPatient, demo_clinic

ATHENS = ZoneInfo("Europe/Athens")
TODAYS = (
    dt.date(2026, 5, 20),  # a Wednesday
    dt.date(2025, 1, 5),  # a Sunday
    dt.date(2026, 2, 28),  # a Saturday
    dt.date(2024, 12, 31),  # the end of a year
    dt.date(2027, 3, 1),  # a Monday
    dt.date(2028, 2, 29),  # a leap day
)
GREEK = re.compile(r"^[\u0370-\u03ff\u1f00-\u1fff ]+$")
AREAS_FOR: dict[Indication, set[Area]] = {
    Indication.HYDRATION_TIGHTENING: {Area.FULL_FACE, Area.NECK, Area.DECOLLETAGE},
    Indication.WRINKLES: {Area.FOREHEAD, Area.PERIORAL, Area.NECK, Area.DECOLLETAGE},
    Indication.RADIANCE_REGENERATION: {Area.FULL_FACE, Area.NECK, Area.DECOLLETAGE, Area.HANDS},
    Indication.EYE_BAGS_PERIORBITAL: {Area.PERIORBITAL},
    Indication.PORES_ACNE_SCARS: {Area.CHEEKS, Area.FOREHEAD, Area.JAWLINE},
    Indication.STRETCH_MARKS: {Area.ABDOMEN, Area.THIGHS, Area.BUTTOCKS},
    Indication.CELLULITE_FIRMING: {
        Area.THIGHS,
        Area.BUTTOCKS,
        Area.ABDOMEN,
        Area.FLANKS,
        Area.KNEES,
    },
    Indication.POST_OPERATIVE_SCARS: {Area.SCAR_SITE},
    Indication.OTHER: {Area.SCALP, Area.KNEES, Area.ARMS},
}
CELLULITE_SOLUTIONS = {Solution.CAFFEINE, Solution.PHOSPHATIDYLCHOLINE, Solution.DMAE}


@cache
def clinic(today: dt.date, seed: int = 7) -> tuple[ClinicSettings, tuple[DemoPatient, ...]]:
    return demo_clinic(today=today, seed=seed)


def patients(today: dt.date) -> tuple[DemoPatient, ...]:
    return clinic(today)[1]


def all_sessions(today: dt.date) -> list[SessionInput]:
    return [entry for p in patients(today) for _, entry in p.sessions]


def end_of(today: dt.date) -> dt.datetime:
    return dt.datetime.combine(today, dt.time.max, ATHENS)


def course_sessions(demo: DemoPatient, index: int) -> list[SessionInput]:
    return [entry for at, entry in demo.sessions if at == index]


@pytest.mark.parametrize("today", TODAYS)
def test_every_record_passes_validation(today: dt.date) -> None:
    for demo in patients(today):
        patient = demo.patient
        assert validate_patient(patient, today=today) == []
        patient_id = new_patient_id()
        courses = []
        for plan, status, maintenance_from in demo.courses:
            assert validate_course(plan, date_of_birth=patient.date_of_birth) == []
            courses.append(Course(new_course_id(), patient_id, plan, status, maintenance_from))
        assert len(demo.signed) == len(demo.sessions)
        for index, entry in demo.sessions:
            assert entry.course_id is None
            course = None if index is None else courses[index]
            proposed = entry if course is None else replace(entry, course_id=course.id)
            found = validate_session(
                proposed,
                patient_id=patient_id,
                patient=patient,
                course=course,
                now=end_of(today),
                shapes=SHAPES,
            )
            assert found == []


@pytest.mark.parametrize("today", TODAYS)
def test_sessions_are_in_the_past_within_clinic_hours(today: dt.date) -> None:
    for entry in all_sessions(today):
        local = entry.performed_at.astimezone(ATHENS)
        assert entry.performed_at.tzinfo is not None
        assert today - dt.timedelta(days=548) <= local.date() < today
        assert 9 <= local.hour < 19
        assert local.weekday() != 6  # closed on Sundays


@pytest.mark.parametrize("today", TODAYS)
def test_size_of_the_clinic(today: dt.date) -> None:
    demos = patients(today)
    assert 35 <= len(demos) <= 45
    assert 250 <= len(all_sessions(today)) <= 400
    numbers = [d.patient.record_number for d in demos]
    assert numbers == [f"MC-{n:04d}" for n in range(1, len(demos) + 1)]
    assert sum(1 for d in demos for at, _ in d.sessions if at is None) >= 2


@pytest.mark.parametrize("today", TODAYS[:2])
def test_every_indication_at_least_twice_with_fitting_areas(today: dt.date) -> None:
    counts: Counter[Indication] = Counter()
    for demo in patients(today):
        for index, (plan, _, _) in enumerate(demo.courses):
            counts[plan.indication] += 1
            assert plan.areas and set(plan.areas) <= AREAS_FOR[plan.indication]
            assert 5 <= plan.planned_sessions <= 10
            for entry in course_sessions(demo, index):
                assert {line.area for line in entry.treatments} == set(plan.areas)
                used = {p.solution for line in entry.treatments for p in line.products}
                if plan.indication is Indication.CELLULITE_FIRMING:
                    assert used <= CELLULITE_SOLUTIONS
                if plan.indication is Indication.HYDRATION_TIGHTENING:
                    assert used & {Solution.HYALURONIC_ACID, Solution.VITAMINS}
    assert set(counts) == set(Indication)
    assert min(counts.values()) >= 2


@pytest.mark.parametrize("today", TODAYS[:2])
def test_techniques_and_products_follow_the_guide(today: dt.date) -> None:
    kinds = set()
    for entry in all_sessions(today):
        day = entry.performed_at.date()
        for line in entry.treatments:
            technique = line.technique
            kinds.add(type(technique))
            if isinstance(technique, NeedleTechnique):
                assert (technique.gauge, technique.length_mm) == (30, 4.0)
                assert 1.0 <= technique.depth_mm <= min(4.0, technique.length_mm)
                assert technique.method is not None
            else:
                assert technique.needle_count == 12
                assert 0.25 <= technique.depth_mm <= 2.5
                assert (technique.depth_mm * 4).is_integer()
                assert 60 <= technique.penetrations_per_second <= 100
                assert technique.passes is not None and 1 <= technique.passes <= 4
            assert line.products
            for product in line.products:
                assert 0.5 <= product.volume_ml <= 5.0
                assert product.product_name and product.concentration
                assert re.fullmatch(r"[A-Z]{2}\d{2}-\d{4}", product.lot_number)
                assert product.expiry_date is not None and product.expiry_date > day
    assert kinds == {NeedleTechnique, PenTechnique}


@pytest.mark.parametrize("today", TODAYS)
def test_courses_follow_their_intervals_and_improve(today: dt.date) -> None:
    for demo in patients(today):
        previous_end: dt.date | None = None
        for index, (plan, status, maintenance_from) in enumerate(demo.courses):
            entries = course_sessions(demo, index)
            days = [e.performed_at.date() for e in entries]
            assert days == sorted(days) and days[0] == plan.started_on
            assert previous_end is None or previous_end < days[0]
            previous_end = days[-1]
            if status is CourseStatus.COMPLETED:
                assert len(entries) == plan.planned_sessions
            else:
                assert 1 <= len(entries) < plan.planned_sessions
            scores = [e.improvement_score for e in entries if e.improvement_score is not None]
            assert scores == sorted(scores)
            maintaining = False
            for (entry, day), (_, next_day) in pairwise(zip(entries, days, strict=True)):
                score = entry.improvement_score or 0
                maintaining = maintaining or score >= IMPROVEMENT_FOR_MAINTENANCE
                maintaining = maintaining or day == maintenance_from
                low, high = (19, 32) if maintaining else (8, 18)
                assert low <= (next_day - day).days <= high


@pytest.mark.parametrize("today", TODAYS)
def test_course_states_include_overdue_and_due_this_week(today: dt.date) -> None:
    states: Counter[str] = Counter()
    for demo in patients(today):
        patient_id = new_patient_id()
        for index, (plan, status, maintenance_from) in enumerate(demo.courses):
            course = Course(new_course_id(), patient_id, plan, status, maintenance_from)
            marks = [
                SessionMark(e.performed_at.date(), e.improvement_score)
                for e in course_sessions(demo, index)
            ]
            schedule = course_schedule(course, marks, today=today)
            if schedule.overdue_since is not None:
                states["overdue"] += 1
            elif schedule.due_within(today, 6):
                states["due this week"] += 1
            states[status.value] += 1
    assert states["overdue"] >= 3
    assert states["due this week"] >= 3
    assert 1 <= states["stopped"] <= 2
    assert states["completed"] >= 10
    assert states["active"] >= 10


@pytest.mark.parametrize("today", TODAYS)
def test_drafts_are_the_most_recent_sessions(today: dt.date) -> None:
    drafts: list[dt.datetime] = []
    signed: list[dt.datetime] = []
    for demo in patients(today):
        for (_, entry), is_signed in zip(demo.sessions, demo.signed, strict=True):
            (signed if is_signed else drafts).append(entry.performed_at)
    assert 1 <= len(drafts) <= 6
    assert min(drafts) >= max(signed)
    assert min(drafts).date() >= today - dt.timedelta(days=7)


@pytest.mark.parametrize("today", TODAYS[:2])
def test_reactions_are_plausible(today: dt.date) -> None:
    severities: Counter[Severity] = Counter()
    for entry in all_sessions(today):
        day = entry.performed_at.date()
        areas = {line.area for line in entry.treatments}
        for reaction in entry.reactions:
            severities[reaction.severity] += 1
            assert reaction.area in areas and reaction.onset is not None
            assert reaction.resolved_on is None or day <= reaction.resolved_on <= today
    total = sum(severities.values())
    assert severities[Severity.MILD] > 0.75 * total
    assert severities[Severity.MODERATE] >= 3
    assert severities[Severity.SEVERE] <= 0.03 * total


def test_patients_are_varied_and_invented() -> None:
    today = TODAYS[0]
    settings, demos = clinic(today)
    assert settings.name and settings.address and settings.phone and settings.email
    greek = [d.patient for d in demos if GREEK.match(d.patient.family_name)]
    latin = [d.patient for d in demos if not GREEK.match(d.patient.family_name)]
    assert len(greek) >= 15 and len(latin) >= 15
    for p in greek:
        for name in (p.family_name, p.given_name):
            assert unicodedata.normalize("NFD", name) != name  # accented
        if p.sex is Sex.FEMALE:
            assert not p.family_name.endswith("ς") and not p.given_name.endswith("ς")
    accented = [p for p in latin if not (p.family_name + p.given_name).isascii()]
    assert len(accented) >= 5
    assert all(
        dt.date(1950, 1, 1) <= d.patient.date_of_birth <= dt.date(2004, 12, 31) for d in demos
    )
    assert all(d.patient.phone.startswith("+") for d in demos)
    assert any(d.patient.allergies for d in demos)
    assert sum(1 for d in demos if nsaids_named_in(d.patient.medications)) >= 2
    assert 2 <= sum(1 for d in demos if d.patient.consent_signed_on is None) <= 5
    for d in demos:
        consent = d.patient.consent_signed_on
        assert consent is None or all(consent <= e.performed_at.date() for _, e in d.sessions)
    assert {Sex.FEMALE, Sex.MALE} <= {d.patient.sex for d in demos}
    assert "karmir" not in fold(repr(clinic(today)))


def test_same_seed_and_day_give_the_same_clinic() -> None:
    today = TODAYS[0]
    assert demo_clinic(today=today, seed=7) == demo_clinic(today=today, seed=7)
    assert demo_clinic(today=today, seed=8) != demo_clinic(today=today, seed=7)


def test_another_day_shifts_the_same_clinic() -> None:
    first, second = patients(TODAYS[0]), patients(TODAYS[1])
    assert [d.patient.family_name for d in first] == [d.patient.family_name for d in second]
    assert [len(d.sessions) for d in first] == [len(d.sessions) for d in second]
