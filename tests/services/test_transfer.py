"""Export and import through the services: schema-valid output, round trip, all or nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from mesolog.domain.errors import ValidationError
from mesolog.domain.ids import CourseId, PatientId
from mesolog.interchange.schema import load_schema
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.transfer_export import ExportService
from mesolog.services.transfer_import import ImportService
from tests.conftest import ATHENS, FixedClock

Document = dict[str, Any]


@pytest.fixture(scope="module")
def demo_document_once(tmp_path_factory: pytest.TempPathFactory) -> Document:
    """The demo clinic's export, made once for the module (the demo takes a second)."""
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Clinic.open(str(path), actor="tester", clock=clock) as demo:
        DemoService(demo.context).fill()
        return ExportService(demo.context).export_document()


@pytest.fixture
def demo_document(demo_document_once: Document) -> Document:
    return copy.deepcopy(demo_document_once)


@pytest.fixture
def empty(tmp_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    opened = Clinic.open(str(tmp_path / "empty.sqlite"), actor="tester", clock=clock)
    yield opened
    opened.close()


def _bytes(document: Document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def _first_session(document: Document) -> tuple[int, Document]:
    for index, patient in enumerate(document["patients"]):
        if patient["sessions"]:
            return index, patient["sessions"][0]
    raise AssertionError("the demo clinic has sessions")


def test_export_validates_against_the_schema(demo_document: Document) -> None:
    errors = list(Draft202012Validator(load_schema()).iter_errors(demo_document))
    assert errors == []
    assert len(demo_document["patients"]) == 40
    assert demo_document["clinic"]["name"]


def test_round_trip_gives_the_same_data(demo_document: Document, empty: Clinic) -> None:
    report = ImportService(empty.context).import_bytes(_bytes(demo_document))
    assert report.patients_added == 40
    assert report.clinic_adopted
    again = ExportService(empty.context).export_document()
    assert {**again, "exported_at": None} == {**demo_document, "exported_at": None}


def test_importing_the_same_file_twice_changes_nothing(
    demo_document: Document, empty: Clinic, tmp_path: Path
) -> None:
    ImportService(empty.context).import_bytes(_bytes(demo_document))
    empty.close()
    before = (tmp_path / "empty.sqlite").read_bytes()
    reopened = Clinic.open(str(tmp_path / "empty.sqlite"), actor="tester")
    try:
        report = ImportService(reopened.context).import_bytes(_bytes(demo_document))
    finally:
        reopened.close()
    assert not report.changed
    assert report.patients_present == 40
    assert "nothing changed" in report.summary()
    assert (tmp_path / "empty.sqlite").read_bytes() == before


def test_new_sessions_of_known_patients_are_added(demo_document: Document, empty: Clinic) -> None:
    partial = copy.deepcopy(demo_document)
    index, _ = _first_session(partial)
    held_back = partial["patients"][index]["sessions"].pop()
    ImportService(empty.context).import_bytes(_bytes(partial))
    report = ImportService(empty.context).import_bytes(_bytes(demo_document))
    assert (report.patients_added, report.sessions_added) == (0, 1)
    history = empty.history.patient_history(partial["patients"][index]["id"])
    assert held_back["id"] in {str(s.id) for s in history.sessions}


def _changed_session_notes(document: Document) -> str:
    index, session = _first_session(document)
    session["notes"] = "changed behind the clinic's back"
    return f"patients[{index}].sessions[0].id"


def _changed_patient_name(document: Document) -> str:
    document["patients"][5]["family_name"] = "Renamed"
    return "patients[5].id"


@pytest.mark.parametrize("change", [_changed_session_notes, _changed_patient_name])
def test_a_held_id_with_different_content_is_refused(
    demo_document: Document, empty: Clinic, change: Callable[[Document], str]
) -> None:
    ImportService(empty.context).import_bytes(_bytes(demo_document))
    altered = copy.deepcopy(demo_document)
    path = change(altered)
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(_bytes(altered))
    assert [v.path for v in refused.value.violations] == [path]
    assert "never overwrites" in str(refused.value)


def test_a_record_number_held_by_another_patient_is_refused(
    demo_document: Document, empty: Clinic
) -> None:
    ImportService(empty.context).import_bytes(_bytes(demo_document))
    other = copy.deepcopy(demo_document)
    patient = other["patients"][0]
    patient["id"] = "00000000-0000-4000-8000-000000000001"
    other["patients"] = [{**patient, "courses": [], "sessions": []}]
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(_bytes(other))
    assert [v.path for v in refused.value.violations] == ["patients[0].record_number"]


def test_domain_rules_are_checked_on_import_with_json_paths(
    demo_document: Document, empty: Clinic, clock: FixedClock
) -> None:
    bad = copy.deepcopy(demo_document)
    index, session = _first_session(bad)
    session["performed_at"] = (clock().replace(year=2030)).isoformat()
    line = session["treatments"][0]
    line["technique"] = {"kind": "needle", "gauge": 30, "length_mm": 2, "depth_mm": 3}
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(_bytes(bad))
    paths = {v.path for v in refused.value.violations}
    base = f"patients[{index}].sessions[0]"
    assert f"{base}.performed_at" in paths
    assert f"{base}.treatments[0].technique.depth_mm" in paths
    assert empty.patients.search("") == []


def test_reimport_after_voiding_a_course_changes_nothing(
    demo_document: Document, empty: Clinic
) -> None:
    ImportService(empty.context).import_bytes(_bytes(demo_document))
    patient = next(p for p in demo_document["patients"] if p["courses"] and p["sessions"])
    course_id = CourseId(uuid.UUID(patient["courses"][0]["id"]))
    empty.courses.void(course_id, reason="entered for the wrong patient")
    exported = ExportService(empty.context).export_document()
    report = ImportService(empty.context).import_bytes(_bytes(exported))
    assert not report.changed


def test_clinician_names_are_compared_as_stored(demo_document: Document, empty: Clinic) -> None:
    _, session = _first_session(demo_document)
    session["clinician"] = f"  {session['clinician']} "
    ImportService(empty.context).import_bytes(_bytes(demo_document))
    assert not ImportService(empty.context).import_bytes(_bytes(demo_document)).changed


def test_nothing_is_added_to_a_voided_patient(demo_document: Document, empty: Clinic) -> None:
    partial = copy.deepcopy(demo_document)
    index, _ = _first_session(partial)
    partial["patients"][index]["sessions"].pop()
    ImportService(empty.context).import_bytes(_bytes(partial))
    patient_id = PatientId(uuid.UUID(partial["patients"][index]["id"]))
    empty.patients.void(patient_id, reason="duplicate chart")
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(_bytes(demo_document))
    assert [v.path for v in refused.value.violations] == [f"patients[{index}].id"]
    assert "voided" in refused.value.violations[0].allowed
