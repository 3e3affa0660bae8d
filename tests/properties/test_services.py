"""The services that write, over generated bad input, on a real SQLite database.

Each example opens its own copy of one template database (patient A with a course, a
voided course, a signed session and a draft; patient B with a course; an admin account;
clinic details). For input the rules refuse (the oracles in support.py, plus the rules
that need the database: a record number in use, a birth after the first session or
course, a course begun after its first session, a username or name taken), the service
must raise ValidationError, a KnownError, whose message names each field, repeats its
value and says what is allowed; and the database must be exactly as it was: no row
changed, not even an audit entry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from mesolog.domain.enums import Area, Indication, NeedleMethod, Role
from mesolog.domain.errors import KnownError, ValidationError, Violation
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from tests.conftest import ATHENS, FixedClock
from tests.properties.strategies import Kinds, credentials, sessions, valid_name
from tests.properties.support import (
    LONG_REPRS_REPORTED,
    SettingsView,
    assert_readable,
    assert_reported,
    bad_name,
    blanks,
    copy_of,
    course_faults,
    examples,
    make_template,
    password_faults,
    paths,
    patient_faults,
    repeats,
    session_faults,
    settings_faults,
    snapshot,
    username_ok,
)

pytestmark = LONG_REPRS_REPORTED

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS)
TODAY = dt.date(2026, 3, 10)
"""The clock's day where the tests run (Europe/Athens, tests/conftest.py)."""
ADMIN, ADMIN_NAME = "admin", "Dr Admin"
KINDS = Kinds(surrogates=True, wild_at_least=1)
BORN_A, BORN_B = dt.date(1985, 4, 12), dt.date(1990, 1, 1)
COURSE_START, VOIDED_START = dt.date(2026, 2, 10), dt.date(2026, 2, 20)
SIGNED_AT = dt.datetime(2026, 3, 1, 10, 0, tzinfo=ATHENS)
FIRST_SESSION = SIGNED_AT.date()
NUMBER_A, NUMBER_B = "R-1", "R-2"
UNKNOWN_COURSE = CourseId(uuid.UUID(int=99))


@dataclass(frozen=True, slots=True, repr=False)
class World:
    """The template database and what it holds."""

    template: Path
    patient_a: PatientId
    course_a: Course
    voided_a: Course
    course_b: Course
    signed: SessionId
    draft: SessionId

    @contextlib.contextmanager
    def opened(self) -> Iterator[tuple[Clinic, Path]]:
        with copy_of(self.template, FixedClock(NOW), acting_as=ADMIN) as opened:
            yield opened

    def __repr__(self) -> str:  # short, for Hypothesis's report of a failing example
        return f"World({self.template.name})"

    def courses(self) -> dict[CourseId, Course]:
        return {c.id: c for c in (self.course_a, self.voided_a, self.course_b)}


def _entry(performed_at: dt.datetime, course: CourseId | None) -> SessionInput:
    needle = NeedleTechnique(1.5, 30, 4.0, NeedleMethod.NAPPAGE)
    return SessionInput(
        performed_at=performed_at,
        clinician="Dr Eleni Vasileiou",
        treatments=(TreatmentLine(Area.FOREHEAD, needle),),
        course_id=course,
        pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    path = tmp_path_factory.mktemp("services") / "template.sqlite"

    def fill(clinic: Clinic) -> World:
        clinic.accounts.create_first_admin(ADMIN, ADMIN_NAME, "correct horse battery")
        clinic.act_as(ADMIN)
        clinic.settings.update_clinic(
            ClinicSettings(name="Derma Athens", phone="+30 210"), read=clinic.settings.clinic()
        )
        a = clinic.patients.create(PatientInput("Papadopoulou", "Elena", BORN_A, NUMBER_A))
        b = clinic.patients.create(PatientInput("Nikolaou", "Maria", BORN_B, NUMBER_B))
        plan = CourseInput(Indication.HYDRATION_TIGHTENING, 6, COURSE_START, (Area.NECK,))
        course_a = clinic.courses.plan(a.id, plan)
        voided = clinic.courses.plan(a.id, CourseInput(Indication.WRINKLES, 4, VOIDED_START))
        voided = clinic.courses.void(voided.id, reason="entered twice")
        course_b = clinic.courses.plan(b.id, CourseInput(Indication.OTHER, 3, COURSE_START))
        signed = clinic.sessions.create_draft(a.id, _entry(SIGNED_AT, course_a.id))
        clinic.sessions.sign(signed.id)
        draft = clinic.sessions.create_draft(a.id, _entry(NOW - dt.timedelta(hours=8), None))
        return World(path, a.id, course_a, voided, course_b, signed.id, draft.id)

    return make_template(path, FixedClock(NOW), fill)


def assert_refused(
    world: World,
    call: Callable[[Clinic], object],
    expected: list[str],
    check: Callable[[tuple[Violation, ...]], None],
) -> None:
    """`call` raises ValidationError naming exactly `expected`, and writes nothing."""
    with world.opened() as (clinic, path):
        before = snapshot(path)
        with pytest.raises(ValidationError) as refused:
            call(clinic)
        assert snapshot(path) == before, "a refused input changed the database"
    error = refused.value
    assert isinstance(error, KnownError)
    assert paths(error.violations) == sorted(expected)
    check(error.violations)
    message = str(error)
    for violation in error.violations:
        assert_readable(violation)
        assert str(violation) in message


def record_number_taken(details: PatientInput, *, own: str | None) -> list[str]:
    number = details.record_number.strip()
    return ["record_number"] if number in (NUMBER_A, NUMBER_B) and number != own else []


# --- patients -----------------------------------------------------------------------------


@examples(25)
@given(KINDS.patients(TODAY, BORN_A, FIRST_SESSION, COURSE_START))
def test_a_bad_new_patient_is_refused_and_nothing_is_written(
    world: World, details: PatientInput
) -> None:
    expected = patient_faults(details, TODAY) + record_number_taken(details, own=None)
    assume(expected)
    assert_refused(
        world,
        lambda clinic: clinic.patients.create(details),
        expected,
        lambda found: assert_reported(found, details),
    )


@examples(25)
@given(KINDS.patients(TODAY, BORN_A, FIRST_SESSION, COURSE_START))
def test_a_bad_change_of_a_patient_is_refused_and_nothing_is_written(
    world: World, details: PatientInput
) -> None:
    expected = patient_faults(details, TODAY) + record_number_taken(details, own=NUMBER_A)
    expected += ["date_of_birth"] if details.date_of_birth >= FIRST_SESSION else []
    expected += ["date_of_birth"] if details.date_of_birth > COURSE_START else []
    assume(expected)
    assert_refused(
        world,
        lambda clinic: clinic.patients.update(
            world.patient_a, details, read=clinic.patients.get(world.patient_a)
        ),
        expected,
        lambda found: assert_reported(found, details),
    )


# --- courses --------------------------------------------------------------------------------


@examples(25)
@given(KINDS.plans(BORN_A, FIRST_SESSION))
def test_a_bad_new_course_is_refused_and_nothing_is_written(
    world: World, plan: CourseInput
) -> None:
    expected = course_faults(plan, BORN_A)
    assume(expected)
    assert_refused(
        world,
        lambda clinic: clinic.courses.plan(world.patient_a, plan),
        expected,
        lambda found: assert_reported(found, plan),
    )


@examples(25)
@given(KINDS.plans(BORN_A, FIRST_SESSION))
def test_a_bad_change_of_a_course_is_refused_and_nothing_is_written(
    world: World, plan: CourseInput
) -> None:
    expected = course_faults(plan, BORN_A)
    expected += ["started_on"] if plan.started_on > FIRST_SESSION else []
    assume(expected)
    assert_refused(
        world,
        lambda clinic: clinic.courses.update(
            world.course_a.id, plan, read=clinic.courses.get(world.course_a.id)
        ),
        expected,
        lambda found: assert_reported(found, plan),
    )


# --- sessions -------------------------------------------------------------------------------


@examples(25)
@pytest.mark.parametrize("operation", ["create_draft", "update_draft", "amend"])
@given(st.data())
def test_a_bad_session_is_refused_and_nothing_is_written(
    world: World, operation: str, data: st.DataObject
) -> None:
    course_ids = [None, world.course_a.id, world.voided_a.id, world.course_b.id, UNKNOWN_COURSE]
    entry = data.draw(sessions(KINDS, BORN_A, NOW, course_ids), label="entry")
    course = world.courses().get(entry.course_id) if entry.course_id else None
    expected = session_faults(
        entry, patient_id=world.patient_a, patient=_patient_a(), course=course, now=NOW
    )
    assume(expected)

    def call(clinic: Clinic) -> object:
        if operation == "create_draft":
            return clinic.sessions.create_draft(world.patient_a, entry)
        if operation == "update_draft":
            return clinic.sessions.update_draft(
                world.draft, entry, read=clinic.sessions.get(world.draft)
            )
        return clinic.sessions.amend(world.signed, entry, reason="wrong depth recorded")

    assert_refused(world, call, expected, lambda found: assert_reported(found, entry))


def _patient_a() -> PatientInput:
    return PatientInput("Papadopoulou", "Elena", BORN_A, NUMBER_A)


# --- clinic settings ----------------------------------------------------------------------------


@examples(25)
@given(KINDS.clinic_settings())
def test_bad_clinic_settings_are_refused_and_nothing_is_written(
    world: World, settings: ClinicSettings
) -> None:
    expected = settings_faults(settings)
    assume(expected)
    assert_refused(
        world,
        lambda clinic: clinic.settings.update_clinic(settings, read=clinic.settings.clinic()),
        expected,
        lambda found: assert_reported(found, SettingsView.of(settings)),
    )


# --- accounts -------------------------------------------------------------------------------------

account_names = st.one_of(
    valid_name(), blanks(), st.sampled_from([ADMIN_NAME, f" {ADMIN_NAME} ", "Dr Eleni Vasileiou"])
)


@examples(25)
@given(credentials(KINDS), account_names, st.sampled_from(Role))
def test_a_bad_new_account_is_refused_and_nothing_is_written(
    world: World, generated: tuple[str, str], name: str, role: Role
) -> None:
    username, password = generated
    wanted, shown = username.strip(), name.strip()
    expected: list[tuple[str, object]] = []
    if not username_ok(wanted):
        expected.append(("username", wanted))
    if wanted == ADMIN:
        expected.append(("username", wanted))
    if bad_name(shown):
        expected.append(("name", shown))
    expected += password_faults(password, wanted)
    if not expected and shown == ADMIN_NAME:
        expected.append(("name", shown))
    assume(expected)

    def check(found: tuple[Violation, ...]) -> None:
        shown_values = sorted(found, key=lambda v: v.path)
        for violation, (path, value) in zip(shown_values, sorted(expected), strict=True):
            assert violation.path == path
            assert repeats(violation.value, value), (violation, value)

    assert_refused(
        world,
        lambda clinic: clinic.accounts.add(username, name, role, password),
        [path for path, _ in expected],
        check,
    )
