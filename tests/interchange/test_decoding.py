"""Decoding the interchange file: the schema's defaults, and what the format does not carry."""

from __future__ import annotations

import datetime as dt

from mesolog.domain import enums, limits
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    PreTreatment,
    ProductUse,
    Session,
)
from mesolog.interchange.decoding import decode
from mesolog.interchange.schema import load_schema
from tests.interchange.samples import (
    COURSE_ID,
    DOCTOR,
    EXPORTED,
    PATIENT_ID,
    SIGNED_AT,
    minimal,
)


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
