"""Decoding and encoding the interchange file: defaults, exact output, and the round trip."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from mesolog.domain import enums, limits
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
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
    Voiding,
)
from mesolog.interchange.codec import ClinicFile, PatientBundle, decode, encode
from mesolog.interchange.schema import file_rule_violations, load_schema, schema_violations

PLUS_TWO = dt.timezone(dt.timedelta(hours=2))
EXPORTED = dt.datetime(2026, 3, 1, 10, 30, tzinfo=PLUS_TWO)
PATIENT_ID = PatientId(uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e"))
COURSE_ID = CourseId(uuid.UUID("16fd2706-8baf-433b-82eb-8c7fada847da"))
SESSION_ID = SessionId(uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e"))
SIGNED_AT = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC)
DOCTOR = "Dr. Papadopoulou"

# Only what the schema requires; a draft session that carries a signed_at all the same.
MINIMAL = f"""
{{"format": "mesolog", "version": 1, "exported_at": "{EXPORTED.isoformat()}",
  "patients": [
    {{"id": "{PATIENT_ID}", "family_name": "Nikolaou", "given_name": "Maria",
      "date_of_birth": "1980-05-17",
      "courses": [{{"id": "{COURSE_ID}", "indication": "wrinkles", "planned_sessions": 6.0,
                    "started_on": "2026-01-10"}}],
      "sessions": [
        {{"id": "{SESSION_ID}", "performed_at": "2026-02-01T10:30:00+02:00",
          "clinician": "{DOCTOR}", "signed_at": "2026-02-01T11:00:00+02:00",
          "treatments": [
            {{"area": "forehead",
              "technique": {{"kind": "needle", "gauge": 30, "length_mm": 4, "depth_mm": 2}},
              "products": [{{"solution": "dmae", "volume_ml": 1}}]}}]}}]}}]}}
"""


def minimal() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(MINIMAL)
    return document


def sample_file() -> ClinicFile:
    """A signed session with both techniques and many optional fields set."""
    details = PatientInput(
        family_name="Nikolaou",
        given_name="Maria",
        date_of_birth=dt.date(1980, 5, 17),
        record_number="A-1",
        sex=enums.Sex.FEMALE,
        fitzpatrick_type=enums.Fitzpatrick.III,
        medications="aspirin 100 mg",
        consent_signed_on=dt.date(2026, 1, 10),
    )
    plan = CourseInput(
        enums.Indication.WRINKLES, 6, dt.date(2026, 1, 10), areas=(enums.Area.FOREHEAD,)
    )
    needle = NeedleTechnique(depth_mm=2.0, length_mm=4.0, method=enums.NeedleMethod.NAPPAGE)
    pen = PenTechnique(depth_mm=0.5, penetrations_per_second=80, passes=3)
    product = ProductUse(enums.Solution.DMAE, 1.5, lot_number="L7")
    entry = SessionInput(
        performed_at=dt.datetime(2026, 2, 1, 10, 30, tzinfo=PLUS_TWO),
        clinician=DOCTOR,
        treatments=(
            TreatmentLine(enums.Area.FOREHEAD, needle, (product,)),
            TreatmentLine(enums.Area.CHEEKS, pen, area_detail="left"),
        ),
        course_id=COURSE_ID,
        pre_treatment=PreTreatment(nsaids_paused_days=10, topical_anaesthetic=""),
        reactions=(
            Reaction(enums.ReactionKind.REDNESS, enums.Severity.MILD, onset=enums.Onset.DURING),
        ),
        improvement_score=4,
    )
    signed = enums.SessionStatus.SIGNED
    session = Session(SESSION_ID, PATIENT_ID, entry, signed, SIGNED_AT, DOCTOR)
    patient = Patient(PATIENT_ID, details, EXPORTED)
    bundle = PatientBundle(patient, (Course(COURSE_ID, PATIENT_ID, plan),), (session,))
    return ClinicFile((bundle,), ClinicSettings("Derma Athens", phone="+30 210"), EXPORTED)


def test_absent_fields_take_the_schema_defaults() -> None:
    clinic_file = decode(minimal())
    assert (clinic_file.clinic, clinic_file.exported_at) == (None, EXPORTED)
    [bundle] = clinic_file.patients
    details = PatientInput("Nikolaou", "Maria", dt.date(1980, 5, 17))
    assert bundle.patient == Patient(PATIENT_ID, details, created_at=EXPORTED)
    plan = CourseInput(enums.Indication.WRINKLES, 6, dt.date(2026, 1, 10))
    assert bundle.courses == (Course(COURSE_ID, PATIENT_ID, plan),)
    assert type(bundle.courses[0].plan.planned_sessions) is int
    [session] = bundle.sessions
    assert (session.status, session.signed_at, session.signed_by) == ("draft", None, None)
    assert session.entry.pre_treatment == PreTreatment(None, None, consent_confirmed=False)
    assert (session.entry.course_id, session.entry.notes, session.entry.reactions) == (None, "", ())
    assert session.entry.performed_at.utcoffset() == dt.timedelta(hours=2)
    [line] = session.entry.treatments
    assert line.technique == NeedleTechnique(depth_mm=2.0, gauge=30, length_mm=4.0)
    assert type(line.technique.depth_mm) is float
    assert line.products == (ProductUse(enums.Solution.DMAE, 1.0),)
    assert (line.area_detail, line.products[0].expiry_date) == ("", None)


def test_the_schema_defaults_are_the_domain_defaults() -> None:
    defs = load_schema()["$defs"]
    course, session = defs["course"]["properties"], defs["session"]["properties"]
    assert course["initial_interval_days"]["default"] == limits.DEFAULT_INITIAL_INTERVAL_DAYS
    assert (
        course["maintenance_interval_days"]["default"] == limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS
    )
    assert course["status"]["default"] == Course.__dataclass_fields__["status"].default
    assert session["status"]["default"] == Session.__dataclass_fields__["status"].default
    assert defs["needle"]["properties"]["gauge"]["default"] == limits.DEFAULT_NEEDLE_GAUGE
    assert defs["needle"]["properties"]["length_mm"]["default"] == limits.DEFAULT_NEEDLE_LENGTH_MM
    assert defs["pen"]["properties"]["needle_count"]["default"] == limits.DEFAULT_PEN_NEEDLE_COUNT


def test_a_signed_session_is_signed_by_its_clinician() -> None:
    document = minimal()
    document["patients"][0]["sessions"][0]["status"] = "signed"
    [session] = decode(document).patients[0].sessions
    assert (session.signed_at, session.signed_by) == (SIGNED_AT, DOCTOR)


def test_without_exported_at_patients_are_created_now() -> None:
    document = minimal()
    del document["exported_at"]
    before = dt.datetime.now(dt.UTC)
    clinic_file = decode(document)
    assert clinic_file.exported_at is None
    assert before <= clinic_file.patients[0].patient.created_at <= dt.datetime.now(dt.UTC)


def test_the_encoded_sample_is_exactly_this() -> None:
    document = encode(sample_file())
    assert list(document) == ["format", "version", "exported_at", "clinic", "patients"]
    assert document["exported_at"] == "2026-03-01T10:30:00+02:00"
    assert document["clinic"] == {"name": "Derma Athens", "phone": "+30 210"}
    [patient] = document["patients"]
    keys = ["id", "record_number", "family_name", "given_name", "date_of_birth", "sex"]
    keys += ["fitzpatrick_type", "medications", "consent_signed_on", "courses", "sessions"]
    assert list(patient) == keys
    assert patient["courses"] == [
        {
            "id": str(COURSE_ID),
            "indication": "wrinkles",
            "areas": ["forehead"],
            "planned_sessions": 6,
            "initial_interval_days": 14,
            "maintenance_interval_days": 28,
            "started_on": "2026-01-10",
            "status": "active",
        }
    ]
    [session] = patient["sessions"]
    assert (session["course_id"], session["status"]) == (str(COURSE_ID), "signed")
    assert session["signed_at"] == "2026-02-01T09:00:00+00:00"
    pre = {"nsaids_paused_days": 10, "topical_anaesthetic": "", "consent_confirmed": False}
    assert session["pre_treatment"] == pre
    needle_line, pen_line = session["treatments"]
    needle = {"kind": "needle", "gauge": 30, "length_mm": 4, "depth_mm": 2, "method": "nappage"}
    assert needle_line["technique"] == needle
    assert type(needle["length_mm"]) is int
    assert needle_line["products"] == [{"solution": "dmae", "volume_ml": 1.5, "lot_number": "L7"}]
    assert list(pen_line) == ["area", "area_detail", "technique", "products"]
    assert pen_line["technique"] == {
        "kind": "pen",
        "needle_count": 12,
        "depth_mm": 0.5,
        "penetrations_per_second": 80,
        "passes": 3,
    }
    assert session["reactions"] == [{"kind": "redness", "severity": "mild", "onset": "during"}]
    assert (session["improvement_score"], "notes" in session) == (4, False)


def test_the_encoded_sample_passes_jsonschema_itself_and_round_trips() -> None:
    document = encode(sample_file())
    Draft202012Validator(load_schema(), format_checker=FormatChecker()).validate(document)
    assert schema_violations(document) == []
    assert file_rule_violations(document) == []
    assert decode(document) == sample_file()
    assert json.dumps(encode(sample_file())) == json.dumps(document)


def test_a_draft_session_has_no_signed_at_and_may_have_a_null_course() -> None:
    clinic_file = sample_file()
    bundle = clinic_file.patients[0]
    entry = replace(bundle.sessions[0].entry, course_id=None)
    draft = Session(SESSION_ID, PATIENT_ID, entry)
    clinic_file = replace(clinic_file, patients=(replace(bundle, sessions=(draft,)),))
    session = encode(clinic_file)["patients"][0]["sessions"][0]
    assert (session["course_id"], session["status"], "signed_at" in session) == (
        None,
        "draft",
        False,
    )
    assert decode(encode(clinic_file)) == clinic_file


def test_a_clinic_without_a_name_is_left_out() -> None:
    clinic_file = replace(sample_file(), clinic=ClinicSettings(name=" ", address="Athens"))
    assert "clinic" not in encode(clinic_file)


def test_without_exported_at_the_export_time_is_now() -> None:
    document = encode(replace(sample_file(), exported_at=None))
    written = dt.datetime.fromisoformat(document["exported_at"])
    assert abs(written - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_records_the_format_cannot_carry_are_refused() -> None:
    clinic_file = sample_file()
    bundle = clinic_file.patients[0]
    voiding = Voiding(EXPORTED, "admin", "entered twice")
    voided = replace(bundle, courses=(replace(bundle.courses[0], voiding=voiding),))
    with pytest.raises(ValueError, match="voided"):
        encode(replace(clinic_file, patients=(voided,)))
    stranger = PatientId(uuid.uuid4())
    foreign = replace(bundle, sessions=(replace(bundle.sessions[0], patient_id=stranger),))
    with pytest.raises(ValueError, match="belongs to patient"):
        encode(replace(clinic_file, patients=(foreign,)))
    with pytest.raises(ValueError, match="UTC offset"):
        encode(replace(clinic_file, exported_at=dt.datetime(2026, 3, 1)))


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
                draw(TEXT),
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
