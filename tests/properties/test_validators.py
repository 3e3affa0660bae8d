"""Every validator, over generated good and bad input: it never raises, each violation names a
real field, repeats the value and says what is allowed, and it refuses exactly what the rules
refuse (the oracles in support.py), so a valid input gives no violation at all.

Each input is drawn field by field, each field either valid or wild (any size of number,
NaN and infinities, bools and floats where whole numbers belong, empty, blank, huge text
with control characters, lone surrogates and other Unicode, dates anywhere in the calendar).
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from mesolog.domain.accounts import password_violations, username_violations
from mesolog.domain.enums import CourseStatus, Indication
from mesolog.domain.errors import ValidationError
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    ProductUse,
    SessionInput,
    TreatmentLine,
    Voiding,
)
from mesolog.domain.validation import (
    raise_if_any,
    validate_course,
    validate_needle,
    validate_patient,
    validate_pen,
    validate_product,
    validate_session,
    validate_signature,
    validate_treatment,
)
from mesolog.interchange.codec import encode
from mesolog.interchange.file_rules import file_rule_violations
from mesolog.interchange.schema import schema_violations
from mesolog.interchange.schema_messages import format_path
from mesolog.services.chart_shapes import SHAPES
from mesolog.services.settings import settings_violations
from tests.domain.test_validation_properties import NOW, PATIENT, PATIENT_ID, valid_sessions
from tests.interchange.test_codec import clinic_files
from tests.properties.documents import (
    Json,
    Mutated,
    assert_points_into,
    is_scalar,
    json_values,
    mutations,
    node_at,
    walk,
)
from tests.properties.strategies import Kinds, credentials, dates_around, sessions
from tests.properties.support import (
    LONG_REPRS_REPORTED,
    OFFSETS,
    SettingsView,
    assert_readable,
    assert_reported,
    course_faults,
    examples,
    needle_faults,
    password_faults,
    paths,
    patient_faults,
    pen_faults,
    product_faults,
    session_faults,
    settings_faults,
    treatment_faults,
    username_ok,
)

pytestmark = LONG_REPRS_REPORTED

T = TypeVar("T")
TODAY = NOW.date()
BASES = st.sampled_from(["", "x", "patients[3]", "patients[0].sessions[12]"])
"""The root path callers give (a JSON path inside a file, or none)."""
KINDS = Kinds(surrogates=True)
"""The pure validators take lone surrogates too (no database is involved)."""

needles = KINDS.needles()
pens = KINDS.pens()


def with_day(
    make: Callable[[dt.date], st.SearchStrategy[T]],
) -> st.SearchStrategy[tuple[dt.date, T]]:
    return st.dates().flatmap(lambda day: st.tuples(st.just(day), make(day)))


# --- needles, pens, products, treatment lines -------------------------------------------


@examples(150)
@given(needles, BASES)
def test_needle(needle: NeedleTechnique, base: str) -> None:
    found = validate_needle(needle, base or "needle")
    assert paths(found) == sorted(needle_faults(needle, base or "needle"))
    assert_reported(found, needle, base or "needle")


@examples(150)
@given(pens, BASES)
def test_pen(pen: PenTechnique, base: str) -> None:
    found = validate_pen(pen, base or "pen")
    assert paths(found) == sorted(pen_faults(pen, base or "pen"))
    assert_reported(found, pen, base or "pen")


@examples(120)
@given(with_day(KINDS.products), BASES)
def test_product(generated: tuple[dt.date, ProductUse], base: str) -> None:
    day, product = generated
    found = validate_product(product, session_day=day, path=base or "p")
    assert paths(found) == sorted(product_faults(product, day, base or "p"))
    assert_reported(found, product, base or "p")


@examples(80)
@given(with_day(KINDS.treatment_lines), BASES)
def test_treatment(generated: tuple[dt.date, TreatmentLine], base: str) -> None:
    day, line = generated
    found = validate_treatment(line, session_day=day, path=base or "line")
    assert paths(found) == sorted(treatment_faults(line, day, base or "line"))
    assert_reported(found, line, base or "line")


# --- patients and courses -----------------------------------------------------------------


@examples(150)
@given(KINDS.patients(TODAY, PATIENT.date_of_birth), BASES)
def test_patient(patient: PatientInput, base: str) -> None:
    found = validate_patient(patient, today=TODAY, path=base)
    assert paths(found) == sorted(patient_faults(patient, TODAY, base))
    assert_reported(found, patient, base)
    if found:
        with pytest.raises(ValidationError) as refused:
            raise_if_any(found)
        assert refused.value.violations == tuple(found)
        assert all(str(violation) in str(refused.value) for violation in found)
    else:
        raise_if_any(found)


@examples(150)
@given(KINDS.plans(PATIENT.date_of_birth), BASES)
def test_course(plan: CourseInput, base: str) -> None:
    found = validate_course(plan, date_of_birth=PATIENT.date_of_birth, path=base)
    assert paths(found) == sorted(course_faults(plan, PATIENT.date_of_birth, base))
    assert_reported(found, plan, base)


# --- sessions and signatures ----------------------------------------------------------------

OTHER_PATIENT = PatientId(uuid.UUID(int=2))
VOIDING = Voiding(NOW, "admin", "entered twice")


@st.composite
def wild_sessions(draw: st.DrawFn) -> tuple[SessionInput, Course | None]:
    """A session with the course its course_id names: none, the patient's own (live or
    voided, begun before or after the session), another patient's, or one that does not
    exist."""
    kind = draw(st.sampled_from(["none", "own", "voided", "other", "missing"]))
    course_id = None if kind == "none" else CourseId(draw(st.uuids()))
    entry = draw(sessions(KINDS, PATIENT.date_of_birth, NOW, [course_id]))
    if kind in ("none", "missing"):
        return entry, None
    day = entry.performed_at.date()
    plan = CourseInput(Indication.WRINKLES, 6, draw(dates_around(day, PATIENT.date_of_birth)))
    owner = OTHER_PATIENT if kind == "other" else PATIENT_ID
    voiding = VOIDING if kind == "voided" else None
    status = draw(st.sampled_from(CourseStatus))
    assert course_id is not None
    return entry, Course(course_id, owner, plan, status, voiding=voiding)


@examples(100)
@given(valid_sessions() | wild_sessions(), BASES)
def test_session(generated: tuple[SessionInput, Course | None], base: str) -> None:
    entry, course = generated
    found = validate_session(
        entry,
        patient_id=PATIENT_ID,
        patient=PATIENT,
        course=course,
        now=NOW,
        path=base,
        shapes=SHAPES,
    )
    expected = session_faults(
        entry, patient_id=PATIENT_ID, patient=PATIENT, course=course, now=NOW, base=base
    )
    assert paths(found) == sorted(expected)
    assert_reported(found, entry, base)


@examples(150)
@given(
    st.none() | st.datetimes(timezones=OFFSETS),
    st.datetimes(timezones=OFFSETS),
    st.datetimes(timezones=OFFSETS),
    BASES,
)
def test_signature(
    signed_at: dt.datetime | None, performed_at: dt.datetime, now: dt.datetime, base: str
) -> None:
    found = validate_signature(signed_at, performed_at=performed_at, now=now, path=base)
    refused = signed_at is not None and not performed_at <= signed_at <= now
    assert paths(found) == (["signed_at" if not base else f"{base}.signed_at"] if refused else [])
    for violation in found:
        assert_readable(violation)
        assert signed_at is not None and violation.value == signed_at.isoformat()


# --- clinic settings ---------------------------------------------------------------------------


@examples(150)
@given(KINDS.clinic_settings())
def test_settings(settings: ClinicSettings) -> None:
    found = settings_violations(settings)
    assert paths(found) == sorted(settings_faults(settings))
    assert_reported(found, SettingsView.of(settings))


# --- usernames and passwords --------------------------------------------------------------------


@examples(120)
@given(credentials(KINDS))
def test_username_and_password(generated: tuple[str, str]) -> None:
    username, password = generated
    found = username_violations(username)
    assert paths(found) == ([] if username_ok(username) else ["username"])
    for violation in found:
        assert_readable(violation)
        assert violation.value == username
    hidden = password_violations(password, username=username)
    assert [(v.path, v.value) for v in hidden] == password_faults(password, username)
    same_words = password_violations("x").pop().allowed
    for violation in hidden:  # the password itself appears nowhere in the message
        assert_readable(violation)
        assert violation.allowed == same_words
        assert str(violation) == f"password: {violation.value!r} is not allowed; {same_words}"


# --- the interchange schema and the file's rules ------------------------------------------------


documents: st.SearchStrategy[Json] = clinic_files().map(encode)


@examples(60)
@given(documents.flatmap(mutations))
def test_schema_violations_point_into_any_mutated_document(mutated: Mutated) -> None:
    found = schema_violations(mutated.document)
    assert len({v.path for v in found}) == len(found), "one violation per path"
    assert_points_into(found, mutated.document)
    if not found:
        for violation in file_rule_violations(mutated.document):
            assert_readable(violation)
        assert_points_into(file_rule_violations(mutated.document), mutated.document)


@examples(100)
@given(json_values)
def test_schema_violations_of_any_json_value(document: Json) -> None:
    found = schema_violations(document)
    assert found, "no JSON value but a mesolog document passes"
    assert_points_into(found, document)


@examples(60)
@given(documents, st.data())
def test_a_scalar_replaced_by_a_list_or_object_is_refused_at_its_path(
    document: Json, data: st.DataObject
) -> None:
    leaves = [at for at, node in walk(document) if at and is_scalar(node)]
    at = data.draw(st.sampled_from(leaves))
    container = data.draw(st.sampled_from([[], {}, [node_at(document, at)], {"value": 1}]))
    changed = copy.deepcopy(document)
    node_at(changed, at[:-1])[at[-1]] = container
    found = schema_violations(changed)
    assert format_path(at) in [v.path for v in found]
    assert_points_into(found, changed)


@examples(60)
@given(documents, st.data())
def test_an_id_used_twice_is_refused_where_it_comes_second(
    document: Json, data: st.DataObject
) -> None:
    ids = [at for at, _ in walk(document) if at and at[-1] == "id"]  # in the file's order
    assume(len(ids) >= 2)
    two = st.lists(st.integers(0, len(ids) - 1), min_size=2, max_size=2, unique=True)
    first, second = sorted(data.draw(two))
    changed = copy.deepcopy(document)
    node_at(changed, ids[second][:-1])["id"] = node_at(changed, ids[first])
    assert schema_violations(changed) == []
    found = file_rule_violations(changed)
    assert format_path(ids[second]) in [v.path for v in found]
    assert_points_into(found, changed)
