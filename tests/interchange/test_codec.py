"""The codec's round trip: any valid clinic file encodes to a valid document and decodes back."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mesolog.domain import enums, limits
from mesolog.domain.given_despite_notes import MARKER
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    GivenDespite,
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.warnings import WarningKind
from mesolog.interchange.codec import ClinicFile, PatientBundle, decode, encode
from mesolog.interchange.schema import file_rule_violations, load_schema, schema_violations


def _definition(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in schema:
        return schema
    found: dict[str, Any] = load_schema()["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    return found


def assert_schema_order(value: object, schema: dict[str, Any]) -> None:
    """Every object's keys come in the order of the schema's properties."""
    schema = _definition(schema)
    if isinstance(value, dict):
        if "if" in schema:  # a technique: the pen or the needle
            schema = _definition(schema["then"] if value["kind"] == "pen" else schema["else"])
        order = list(schema["properties"])
        assert list(value) == sorted(value, key=order.index)
        for key, item in value.items():
            assert_schema_order(item, schema["properties"][key])
    elif isinstance(value, list):
        for item in value:
            assert_schema_order(item, schema.get("items", {}))


# --- the round trip, for any valid clinic file ---------------------------------------------

OFFSETS = st.integers(-12 * 4, 14 * 4).map(lambda q: dt.timezone(dt.timedelta(minutes=15 * q)))
NAIVE = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1))
MOMENTS = st.builds(lambda naive, zone: naive.replace(tzinfo=zone), NAIVE, OFFSETS)
DAYS = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
NAMES = st.text(min_size=1, max_size=limits.NAME_MAX).filter(lambda text: not text.isspace())
TEXT = st.text(max_size=12)  # below every free-text limit; the limits are tested elsewhere
pick = st.sampled_from


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def whole(span: limits.Range) -> st.SearchStrategy[int]:
    return st.integers(int(span.low), int(span.high))


def decimal(span: limits.Range) -> st.SearchStrategy[float]:
    return st.floats(span.low, span.high, exclude_min=span.low_exclusive)


def tuples(strategy: st.SearchStrategy[Any], low: int = 0, high: int = 2) -> Any:
    return st.lists(strategy, min_size=low, max_size=high).map(tuple)


# Positional arguments in the order of the records' fields.
# fmt: off
PATIENTS = st.builds(
    PatientInput, NAMES, NAMES, DAYS, TEXT, maybe(pick(enums.Sex)), TEXT, TEXT,
    maybe(pick(enums.Fitzpatrick)), TEXT, TEXT, TEXT, maybe(DAYS), TEXT,
)
PLANS = st.builds(
    CourseInput, pick(enums.Indication), whole(limits.PLANNED_SESSIONS), DAYS,
    st.lists(pick(enums.Area), unique=True, max_size=4).map(tuple), TEXT,
    whole(limits.INITIAL_INTERVAL_DAYS), whole(limits.MAINTENANCE_INTERVAL_DAYS), TEXT,
)
NEEDLES = st.builds(
    NeedleTechnique, decimal(limits.NEEDLE_DEPTH_MM), whole(limits.NEEDLE_GAUGE),
    decimal(limits.NEEDLE_LENGTH_MM), maybe(pick(enums.NeedleMethod)),
)
PENS = st.builds(
    PenTechnique, decimal(limits.PEN_DEPTH_MM), whole(limits.PEN_PENETRATIONS_PER_SECOND),
    whole(limits.PEN_NEEDLE_COUNT), maybe(whole(limits.PEN_PASSES)),
)
PRODUCTS = st.builds(
    ProductUse, pick(enums.Solution), decimal(limits.VOLUME_ML), TEXT, TEXT, TEXT, maybe(DAYS),
)
LINES = st.builds(TreatmentLine, pick(enums.Area), NEEDLES | PENS, tuples(PRODUCTS), TEXT)
REACTIONS = st.builds(
    Reaction, pick(enums.ReactionKind), pick(enums.Severity), maybe(pick(enums.Area)),
    maybe(pick(enums.Onset)), maybe(DAYS), TEXT,
)
PRE_TREATMENTS = st.builds(
    PreTreatment, maybe(whole(limits.NSAIDS_PAUSED_DAYS)), maybe(TEXT), st.booleans(),
)
CLINICS = st.builds(ClinicSettings, NAMES, TEXT, TEXT, TEXT)
GIVEN_DESPITE = st.builds(
    GivenDespite, pick([kind.value for kind in WarningKind]), NAMES, TEXT,
)
LOOKALIKES = pick([MARKER, f"\n\n{MARKER}", f'\n\n{MARKER}\n- allergen_given: "x" Reason: ""'])
NOTES = TEXT | st.builds(str.__add__, TEXT, LOOKALIKES)
"""Notes, some ending as the export writes the warnings given anyway (see given_despite_notes)."""
# fmt: on


@st.composite
def clinic_files(draw: st.DrawFn) -> ClinicFile:
    """Valid files: ids unique, record numbers unique, sessions in their own patient's courses."""
    used: set[uuid.UUID] = set()

    def new_id() -> uuid.UUID:
        value = draw(st.uuids().filter(lambda candidate: candidate not in used))
        used.add(value)
        return value

    exported_at = draw(MOMENTS)
    numbers: set[str] = set()
    bundles = []
    for _ in range(draw(st.integers(0, 3))):
        patient_id = PatientId(new_id())
        details = draw(PATIENTS)
        if details.record_number.strip() in numbers:
            details = replace(details, record_number="")
        numbers.add(details.record_number.strip())
        courses = tuple(
            Course(CourseId(new_id()), patient_id, draw(PLANS), draw(pick(enums.CourseStatus)))
            for _ in range(draw(st.integers(0, 2)))
        )
        course_ids = maybe(pick([course.id for course in courses])) if courses else st.none()
        sessions = []
        for _ in range(draw(st.integers(0, 2))):
            entry = SessionInput(
                draw(MOMENTS),
                draw(NAMES),
                draw(tuples(LINES, 1)),
                draw(course_ids),
                draw(PRE_TREATMENTS),
                draw(tuples(REACTIONS)),
                draw(maybe(whole(limits.IMPROVEMENT_SCORE))),
                draw(NOTES),
                draw(tuples(GIVEN_DESPITE)),
            )
            status = draw(pick(enums.SessionStatus))
            signed = status is enums.SessionStatus.SIGNED
            signed_at = draw(maybe(MOMENTS)) if signed else None
            signer = entry.clinician if signed else None
            sessions.append(
                Session(SessionId(new_id()), patient_id, entry, status, signed_at, signer)
            )
        patient = Patient(patient_id, details, created_at=exported_at)
        bundles.append(PatientBundle(patient, courses, tuple(sessions)))
    return ClinicFile(tuple(bundles), draw(maybe(CLINICS)), exported_at)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clinic_files())
def test_any_valid_clinic_file_round_trips(clinic_file: ClinicFile) -> None:
    document = encode(clinic_file)
    assert schema_violations(document) == []
    assert file_rule_violations(document) == []
    assert_schema_order(document, load_schema())
    assert decode(document) == clinic_file
    text = json.dumps(document, ensure_ascii=False)
    assert json.dumps(encode(decode(json.loads(text))), ensure_ascii=False) == text
