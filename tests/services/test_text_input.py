"""Text through the services (issue 11, defect 7), on SQLite and PostgreSQL: a control
character is refused with its field and code point before anything is written (a NUL on
PostgreSQL used to fail as 'not a usable database', naming no field), and a refusal never
repeats a free text: an over-long note, reason or draft is said by its length."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from mesolog.domain.enums import Area, Indication, NeedleMethod, ReactionKind, Severity
from mesolog.domain.errors import ValidationError
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    Reaction,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_export import ExportService
from tests.conftest import FixedClock

SECRET = "Confided: HIV positive since 2019"
PATIENT = PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12))
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)


@pytest.fixture(params=["sqlite", "postgresql"])
def either(request: pytest.FixtureRequest, db_path: Any, clock: FixedClock) -> Iterator[Clinic]:
    """A clinic on an SQLite file, then on a fresh PostgreSQL database."""
    where = str(db_path) if request.param == "sqlite" else request.getfixturevalue("postgresql_url")
    with Clinic.open(where, actor="tester", clock=clock) as clinic:
        yield clinic


def entry(**changes: Any) -> SessionInput:
    base = SessionInput(
        performed_at=dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC),
        clinician="Dr Eleni Vasileiou",
        treatments=(TreatmentLine(Area.FOREHEAD, NEEDLE, ()),),
        pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
    )
    return replace(base, **changes)


def refusal(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, object]]:
    message = str(error.value)
    assert SECRET not in message
    assert not any(c in message for c in "\x00\x1b\x07\u202e")
    return [(v.path, v.value) for v in error.value.violations]


def test_a_nul_or_an_escape_in_a_patient_is_refused_by_field_and_code_point(
    either: Clinic,
) -> None:
    details = replace(PATIENT, family_name="Papa\x00dopoulou", notes=f"{SECRET}\x1b[2J")
    with pytest.raises(ValidationError) as raised:
        either.patients.create(details)
    assert refusal(raised) == [
        ("family_name", "character 5, U+0000 (NUL)"),
        ("notes", f"character {len(SECRET) + 1}, U+001B (ESC)"),
    ]
    assert either.patients.count() == 0
    kept = either.patients.create(replace(PATIENT, notes=f"{SECRET}\n\tsecond line"))
    with pytest.raises(ValidationError) as raised:
        either.patients.update(kept.id, replace(kept.details, given_name="Ele\u202ena"), read=kept)
    assert refusal(raised) == [("given_name", "character 4, U+202E (right-to-left override)")]
    assert either.patients.get(kept.id) == kept


def test_a_control_character_in_a_session_course_or_reason_is_refused(either: Clinic) -> None:
    patient = either.patients.create(PATIENT).id
    with pytest.raises(ValidationError) as raised:
        either.courses.plan(
            patient,
            CourseInput(
                Indication.WRINKLES,
                planned_sessions=6,
                started_on=dt.date(2026, 2, 10),
                protocol="\x07",
            ),
        )
    assert refusal(raised) == [("protocol", "character 1, U+0007 (BEL)")]
    reaction = Reaction(ReactionKind.REDNESS, Severity.MILD, notes=f"{SECRET}\x00")
    with pytest.raises(ValidationError) as raised:
        either.sessions.create_draft(patient, entry(clinician="Dr\x1bX", reactions=(reaction,)))
    assert refusal(raised) == [
        ("clinician", "character 3, U+001B (ESC)"),
        ("reactions[0].notes", f"character {len(SECRET) + 1}, U+0000 (NUL)"),
    ]
    draft = either.sessions.create_draft(patient, entry(notes="line one\nline two\ttabbed"))
    with pytest.raises(ValidationError) as raised:
        either.sessions.void(draft.id, reason="wrong\x00patient")
    assert refusal(raised) == [("reason", "character 6, U+0000 (NUL)")]
    assert either.sessions.get(draft.id).voiding is None
    with pytest.raises(ValidationError) as raised:
        either.patients.void(patient, reason="duplicate\nrecord")
    assert refusal(raised) == [("reason", "character 10, U+000A (line break)")]


def test_the_clinic_settings_refuse_control_characters_but_an_address_has_lines(
    either: Clinic,
) -> None:
    settings = either.settings.clinic()
    with pytest.raises(ValidationError) as raised:
        either.settings.update_clinic(replace(settings, name="Clinic\x1b]0;x\x07"), read=settings)
    assert refusal(raised) == [("clinic.name", "character 7, U+001B (ESC)")]
    address = "Odos Mesodermatos 12\n106 75 Athens"
    either.settings.update_clinic(replace(settings, address=address), read=settings)
    assert either.settings.clinic().address == address


def test_too_long_a_reason_or_a_draft_is_said_by_its_length(either: Clinic) -> None:
    patient = either.patients.create(PATIENT).id
    course = either.courses.plan(
        patient,
        CourseInput(Indication.WRINKLES, planned_sessions=6, started_on=dt.date(2026, 2, 10)),
    )
    why = SECRET * 400
    with pytest.raises(ValidationError) as raised:
        either.courses.stop(course.id, reason=why)
    assert refusal(raised) == [("reason", f"({len(why)} characters)")]
    payload = json.dumps({"notes": SECRET * 40_000})
    with pytest.raises(ValidationError) as raised:
        either.editor_drafts.keep(
            uuid.uuid4(), patient_id=patient, session_id=None, payload=payload
        )
    assert refusal(raised) == [("payload", f"({len(payload)} characters)")]


def test_an_import_with_control_characters_is_refused_by_place_and_code_point(
    either: Clinic, tmp_path: Any, clock: FixedClock
) -> None:
    with Clinic.open(str(tmp_path / "source.sqlite"), actor="tester", clock=clock) as source:
        source.patients.create(replace(PATIENT, medications=f"{SECRET}\nline two"))
        document: dict[str, Any] = ExportService(source.context).export_document()
    bad = copy.deepcopy(document)
    bad["patients"][0]["family_name"] = "Evil\u0000"
    bad["patients"][0]["medications"] = f"{SECRET}\u001b]0;owned\u0007"
    with pytest.raises(ValidationError) as raised:
        either.imports.import_bytes(json.dumps(bad).encode())
    assert refusal(raised) == [
        ("patients[0].family_name", "character 5, U+0000 (NUL)"),
        ("patients[0].medications", f"character {len(SECRET) + 1}, U+001B (ESC)"),
    ]
    assert either.patients.count() == 0
    either.imports.import_bytes(json.dumps(document).encode())
    [imported] = either.patients.search("")
    assert either.patients.get(imported.id).details.medications == f"{SECRET}\nline two"


def test_a_ten_megabyte_note_in_an_import_is_said_by_its_length(
    either: Clinic, tmp_path: Any, clock: FixedClock
) -> None:
    with Clinic.open(str(tmp_path / "source.sqlite"), actor="tester", clock=clock) as source:
        source.patients.create(PATIENT)
        document: dict[str, Any] = ExportService(source.context).export_document()
    big = "SECRET" * (10_485_758 // 6)
    document["patients"][0]["notes"] = big
    document["patients"][0]["medications"] = big
    with pytest.raises(ValidationError) as raised:
        either.imports.import_bytes(json.dumps(document).encode())
    message = str(raised.value)
    assert "SECRETSECRET" not in message
    assert [(v.path, str(v.allowed)) for v in raised.value.violations] == [
        ("patients[0].medications", "at most 10000 characters"),
        ("patients[0].notes", "at most 10000 characters"),
    ]
    assert f"({len(big)} characters)" in message
