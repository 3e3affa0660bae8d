"""Encoding the interchange file: the exact output, and the records the format cannot carry."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from mesolog.domain.ids import PatientId
from mesolog.domain.records import (
    ClinicSettings,
    Session,
    Voiding,
)
from mesolog.interchange.decoding import decode
from mesolog.interchange.encoding import encode
from mesolog.interchange.file_rules import file_rule_violations
from mesolog.interchange.schema import load_schema, schema_violations
from tests.interchange.samples import (
    COURSE_ID,
    DOCTOR,
    EXPORTED,
    PATIENT_ID,
    SESSION_ID,
    sample_file,
)


def test_the_encoded_sample_is_exactly_this() -> None:
    document = encode(sample_file())
    assert list(document) == [
        "format",
        "version",
        "exported_at",
        "chain_anchor",
        "clinic",
        "patients",
    ]
    assert document["version"] == 2
    assert document["exported_at"] == "2026-03-01T10:30:00+02:00"
    assert document["chain_anchor"] == {
        "entry": 41,
        "hash": "3f2a" * 16,
        "at": "2026-03-01T08:30:00Z",
    }
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
    assert session["signed_by"] == DOCTOR
    assert "amends" not in session and "voided" not in session
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


def test_a_voided_course_is_written_with_who_when_and_why() -> None:
    clinic_file = sample_file()
    bundle = clinic_file.patients[0]
    voiding = Voiding(EXPORTED, "admin", "entered twice")
    voided = replace(
        clinic_file,
        patients=(replace(bundle, courses=(replace(bundle.courses[0], voiding=voiding),)),),
    )
    [course] = encode(voided)["patients"][0]["courses"]
    assert list(course)[-2:] == ["status", "voided"]
    assert course["voided"] == {
        "at": "2026-03-01T10:30:00+02:00",
        "by": "admin",
        "reason": "entered twice",
    }
    assert decode(encode(voided)) == voided


def test_records_the_format_cannot_carry_are_refused() -> None:
    clinic_file = sample_file()
    bundle = clinic_file.patients[0]
    with pytest.raises(ValueError, match="chain anchor"):
        encode(replace(clinic_file, chain_anchor=None))
    stranger = PatientId(uuid.uuid4())
    foreign = replace(bundle, sessions=(replace(bundle.sessions[0], patient_id=stranger),))
    with pytest.raises(ValueError, match="belongs to patient"):
        encode(replace(clinic_file, patients=(foreign,)))
    with pytest.raises(ValueError, match="UTC offset"):
        encode(replace(clinic_file, exported_at=dt.datetime(2026, 3, 1)))
