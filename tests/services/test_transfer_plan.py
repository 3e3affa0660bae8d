"""Sorting a file against the database: held records compared, conflicts refused whole."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.domain.ids import CourseId, PatientId
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_export import ExportService
from mesolog.services.transfer_import import ImportService
from tests.services.transfer_support import Document, document_bytes, first_session


def _changed_session_notes(document: Document) -> str:
    index, session = first_session(document)
    session["notes"] = "changed behind the clinic's back"
    return f"patients[{index}].sessions[0].id"


def _changed_patient_name(document: Document) -> str:
    document["patients"][5]["family_name"] = "Renamed"
    return "patients[5].id"


@pytest.mark.parametrize("change", [_changed_session_notes, _changed_patient_name])
def test_a_held_id_with_different_content_is_refused(
    demo_document: Document, empty: Clinic, change: Callable[[Document], str]
) -> None:
    ImportService(empty.context).import_bytes(document_bytes(demo_document))
    altered = copy.deepcopy(demo_document)
    path = change(altered)
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(document_bytes(altered))
    assert [v.path for v in refused.value.violations] == [path]
    assert "never overwrites" in str(refused.value)


def test_a_record_number_held_by_another_patient_is_refused(
    demo_document: Document, empty: Clinic
) -> None:
    ImportService(empty.context).import_bytes(document_bytes(demo_document))
    other = copy.deepcopy(demo_document)
    patient = other["patients"][0]
    patient["id"] = "00000000-0000-4000-8000-000000000001"
    other["patients"] = [{**patient, "courses": [], "sessions": []}]
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(document_bytes(other))
    assert [v.path for v in refused.value.violations] == ["patients[0].record_number"]


def test_clinician_names_are_compared_as_stored(demo_document: Document, empty: Clinic) -> None:
    _, session = first_session(demo_document)
    session["clinician"] = f"  {session['clinician']} "
    ImportService(empty.context).import_bytes(document_bytes(demo_document))
    assert not ImportService(empty.context).import_bytes(document_bytes(demo_document)).changed


def test_reimport_after_voiding_a_course_changes_nothing(
    demo_document: Document, empty: Clinic
) -> None:
    ImportService(empty.context).import_bytes(document_bytes(demo_document))
    patient = next(p for p in demo_document["patients"] if p["courses"] and p["sessions"])
    course_id = CourseId(uuid.UUID(patient["courses"][0]["id"]))
    empty.courses.void(course_id, reason="entered for the wrong patient")
    exported = ExportService(empty.context).export_document()
    report = ImportService(empty.context).import_bytes(document_bytes(exported))
    assert not report.changed


def test_nothing_is_added_to_a_voided_patient(demo_document: Document, empty: Clinic) -> None:
    partial = copy.deepcopy(demo_document)
    index, _ = first_session(partial)
    partial["patients"][index]["sessions"].pop()
    ImportService(empty.context).import_bytes(document_bytes(partial))
    patient_id = PatientId(uuid.UUID(partial["patients"][index]["id"]))
    empty.patients.void(patient_id, reason="duplicate chart")
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(document_bytes(demo_document))
    assert [v.path for v in refused.value.violations] == [f"patients[{index}].id"]
    assert "voided" in str(refused.value.violations[0].allowed)
