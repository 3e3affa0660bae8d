"""CourseService against a real database: plan, update, phases, status, void."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from mesolog.domain import limits
from mesolog.domain.enums import Area, CoursePhase, CourseStatus, Indication
from mesolog.domain.errors import NotFoundError, StateError, ValidationError
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import Course, Voiding
from mesolog.services.clinic import Clinic

if TYPE_CHECKING:
    from conftest import Clock, DatabaseProbe, Maker


def paths(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [violation.path for violation in error.value.violations]


@pytest.fixture
def patient_id(make: Maker) -> PatientId:
    return make.patient(record_number="K-0001").id


@pytest.fixture
def course(make: Maker, patient_id: PatientId) -> Course:
    return make.course(patient_id, notes="Patient prefers late afternoons.")


def test_plan_returns_an_active_course_of_the_patient(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    plan = make.course_input()

    course = clinic.courses.plan(patient_id, plan)

    assert type(course) is Course
    assert isinstance(course.id, uuid.UUID)
    assert course.patient_id == patient_id
    assert course.plan == plan
    assert course.status is CourseStatus.ACTIVE
    assert course.maintenance_from is None
    assert course.manual_phase is CoursePhase.INITIAL
    assert course.voiding is None
    assert clinic.courses.get(course.id) == course


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"planned_sessions": 0}, ["planned_sessions"]),
        ({"initial_interval_days": 6}, ["initial_interval_days"]),
        ({"maintenance_interval_days": 6}, ["maintenance_interval_days"]),
        ({"started_on": dt.date(1985, 4, 11)}, ["started_on"]),
        ({"areas": (Area.NECK, Area.NECK)}, ["areas"]),
        (
            {"planned_sessions": 0, "initial_interval_days": 6, "maintenance_interval_days": 6},
            ["planned_sessions", "initial_interval_days", "maintenance_interval_days"],
        ),
    ],
)
def test_an_invalid_plan_is_refused_and_nothing_is_written(
    make: Maker,
    patient_id: PatientId,
    probe: DatabaseProbe,
    overrides: dict[str, object],
    expected: list[str],
) -> None:
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        make.course(patient_id, **overrides)

    assert paths(error) == expected
    assert probe.snapshot() == before


def test_planning_for_a_missing_patient_is_not_found(
    clinic: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    before = probe.snapshot()

    with pytest.raises(NotFoundError):
        make.course(PatientId(uuid.uuid4()))

    assert probe.snapshot() == before


def test_update_replaces_the_plan(clinic: Clinic, make: Maker, course: Course) -> None:
    new_plan = make.course_input(
        indication=Indication.WRINKLES,
        planned_sessions=4,
        areas=(Area.PERIORAL,),
        initial_interval_days=10,
        notes="",
    )

    updated = clinic.courses.update(course.id, new_plan, read=course).record

    assert updated.plan == new_plan
    assert clinic.courses.get(course.id) == updated


def test_update_refuses_an_invalid_plan(
    clinic: Clinic, make: Maker, course: Course, probe: DatabaseProbe
) -> None:
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        clinic.courses.update(course.id, make.course_input(planned_sessions=21), read=course)

    assert paths(error) == ["planned_sessions"]
    assert probe.snapshot() == before


def test_update_of_a_missing_course_is_not_found(clinic: Clinic, make: Maker) -> None:
    with pytest.raises(NotFoundError):
        missing = Course(CourseId(uuid.uuid4()), PatientId(uuid.uuid4()), make.course_input())
        clinic.courses.update(missing.id, missing.plan, read=missing)


def test_switch_to_maintenance_today_by_default(clinic: Clinic, course: Course) -> None:
    switched = clinic.courses.switch_to_maintenance(course.id)

    assert switched.maintenance_from == dt.date(2026, 3, 10)
    assert switched.manual_phase is CoursePhase.MAINTENANCE
    assert clinic.courses.get(course.id).maintenance_from == dt.date(2026, 3, 10)


def test_switch_to_maintenance_on_a_given_day(clinic: Clinic, course: Course) -> None:
    switched = clinic.courses.switch_to_maintenance(course.id, on=course.plan.started_on)

    assert switched.maintenance_from == course.plan.started_on


def test_switching_twice_is_refused(clinic: Clinic, course: Course, probe: DatabaseProbe) -> None:
    clinic.courses.switch_to_maintenance(course.id, on=dt.date(2026, 3, 1))
    before = probe.snapshot()

    with pytest.raises(StateError):
        clinic.courses.switch_to_maintenance(course.id)

    assert probe.snapshot() == before
    assert clinic.courses.get(course.id).maintenance_from == dt.date(2026, 3, 1)


def test_switching_before_the_course_began_is_refused(
    clinic: Clinic, make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    future = make.course(patient_id, started_on=dt.date(2026, 3, 20))
    before = probe.snapshot()

    with pytest.raises(ValidationError) as today_error:
        clinic.courses.switch_to_maintenance(future.id)
    with pytest.raises(ValidationError) as day_error:
        clinic.courses.switch_to_maintenance(future.id, on=dt.date(2026, 3, 19))

    assert paths(today_error) == paths(day_error) == ["maintenance_from"]
    assert probe.snapshot() == before


def test_complete(clinic: Clinic, course: Course) -> None:
    completed = clinic.courses.complete(course.id)

    assert completed.status is CourseStatus.COMPLETED
    assert completed.plan == course.plan
    assert clinic.courses.get(course.id).status is CourseStatus.COMPLETED


def test_stop_appends_the_reason_to_the_notes(clinic: Clinic, course: Course) -> None:
    stopped = clinic.courses.stop(course.id, reason="  moved abroad ")

    assert stopped.status is CourseStatus.STOPPED
    assert stopped.plan.notes == "Patient prefers late afternoons.\n\nStopped: moved abroad"
    assert clinic.courses.get(course.id) == stopped


def test_stop_without_notes_gives_just_the_reason(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    course = make.course(patient_id)

    assert clinic.courses.stop(course.id, reason="bruising").plan.notes == "Stopped: bruising"


def test_stop_keeps_the_notes_within_their_limit(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    """A stopped course can no longer be edited, so its notes must stay exportable."""
    course = make.course(patient_id, notes="n" * (limits.TEXT_MAX - 10))

    with contextlib.suppress(ValidationError):  # refusing the stop would be a fix too
        clinic.courses.stop(course.id, reason="moved abroad")

    assert len(clinic.courses.get(course.id).plan.notes) <= limits.TEXT_MAX


def test_stop_requires_a_reason(clinic: Clinic, course: Course, probe: DatabaseProbe) -> None:
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        clinic.courses.stop(course.id, reason=" ")

    assert paths(error) == ["reason"]
    assert probe.snapshot() == before


def finish(how: str) -> Callable[[Clinic, CourseId], Course]:
    if how == "completed":
        return lambda clinic, course_id: clinic.courses.complete(course_id)
    return lambda clinic, course_id: clinic.courses.stop(course_id, reason="moved abroad")


def change(how: str, make: Maker) -> Callable[[Clinic, CourseId], Course]:
    changes: dict[str, Callable[[Clinic, CourseId], Course]] = {
        "update": lambda clinic, cid: (
            clinic.courses.update(
                cid, make.course_input(notes=""), read=clinic.courses.get(cid)
            ).record
        ),
        "maintenance": lambda clinic, cid: clinic.courses.switch_to_maintenance(cid),
        "complete": lambda clinic, cid: clinic.courses.complete(cid),
        "stop": lambda clinic, cid: clinic.courses.stop(cid, reason="again"),
    }
    return changes[how]


@pytest.mark.parametrize("ended", ["completed", "stopped"])
@pytest.mark.parametrize("how", ["update", "maintenance", "complete", "stop"])
def test_an_ended_course_cannot_change(
    clinic: Clinic, make: Maker, course: Course, probe: DatabaseProbe, ended: str, how: str
) -> None:
    finish(ended)(clinic, course.id)
    before = probe.snapshot()

    with pytest.raises(StateError):
        change(how, make)(clinic, course.id)

    assert probe.snapshot() == before


def test_void_keeps_the_course_with_who_when_and_why(
    clinic: Clinic, course: Course, clock: Clock
) -> None:
    clock.advance(days=1)

    voided = clinic.courses.void(course.id, reason=" planned for the wrong patient ")

    expected = Voiding(clock(), "tester", "planned for the wrong patient")
    assert voided.voiding == expected
    assert clinic.courses.get(course.id).voiding == expected
    assert clinic.courses.get(course.id).plan == course.plan


def test_void_requires_a_reason(clinic: Clinic, course: Course, probe: DatabaseProbe) -> None:
    before = probe.snapshot()

    with pytest.raises(ValidationError):
        clinic.courses.void(course.id, reason="")

    assert probe.snapshot() == before


def test_a_voided_course_cannot_change(
    clinic: Clinic, make: Maker, course: Course, probe: DatabaseProbe
) -> None:
    clinic.courses.void(course.id, reason="duplicate")
    before = probe.snapshot()

    for how in ("update", "maintenance", "complete", "stop"):
        with pytest.raises(StateError):
            change(how, make)(clinic, course.id)
    with pytest.raises(StateError):
        clinic.courses.void(course.id, reason="again")

    assert probe.snapshot() == before


def test_every_change_is_audited(
    clinic: Clinic, make: Maker, course: Course, probe: DatabaseProbe
) -> None:
    clinic.courses.update(
        course.id, dataclasses.replace(course.plan, planned_sessions=8), read=course
    )
    clinic.courses.switch_to_maintenance(course.id)
    clinic.courses.stop(course.id, reason="moved abroad")
    clinic.courses.void(course.id, reason="duplicate")

    course_audit = [a for a in probe.audit() if a.entity == "course"]

    assert [(a.actor, a.action, a.detail, a.entity_uuid) for a in course_audit] == [
        ("tester", "create", "", course.id),
        ("tester", "update", "plan", course.id),
        ("tester", "update", "phase", course.id),
        ("tester", "update", "status", course.id),
        ("tester", "void", "", course.id),
    ]


def test_the_start_cannot_move_past_the_courses_first_session(
    clinic: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    patient = make.patient()
    course = make.course(patient.id, started_on=dt.date(2026, 2, 10))
    make.draft(patient.id, performed_at=make.at(2, 20), course_id=course.id)
    before = probe.snapshot()
    later = dataclasses.replace(course.plan, started_on=dt.date(2026, 2, 21))
    with pytest.raises(ValidationError) as refused:
        clinic.courses.update(course.id, later, read=course)
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("started_on", "2026-02-21")
    assert "first session (2026-02-20)" in str(violation.allowed)
    assert probe.snapshot() == before
    same_day = dataclasses.replace(course.plan, started_on=dt.date(2026, 2, 20))
    saved = clinic.courses.update(course.id, same_day, read=course).record
    assert saved.plan.started_on == dt.date(2026, 2, 20)
