"""Import through the services: the round trip of the document alone, a file imported twice,
new records added."""

from __future__ import annotations

import copy
from pathlib import Path

from mesolog.services.clinic import Clinic
from mesolog.services.transfer_export import ExportService
from mesolog.services.transfer_import import ImportService
from tests.services.transfer_support import Document, document_bytes, first_session


def test_round_trip_gives_the_same_data(demo_document: Document, empty: Clinic) -> None:
    report = ImportService(empty.context).import_bytes(document_bytes(demo_document))
    assert report.patients_added == 40
    assert report.clinic_adopted
    assert report.photos_left_out == demo_document.get("photos_left_out", 0)
    again = ExportService(empty.context).export_document()
    # Of each database, at each export; the photos stayed behind (test_transfer_bundle.py).
    apart = {"exported_at": None, "chain_anchor": None, "photos_left_out": None}
    assert {**again, **apart} == {**demo_document, **apart}


def test_importing_the_same_file_twice_changes_nothing(
    demo_document: Document, empty: Clinic, tmp_path: Path
) -> None:
    ImportService(empty.context).import_bytes(document_bytes(demo_document))
    empty.close()
    before = (tmp_path / "empty.sqlite").read_bytes()
    reopened = Clinic.open(str(tmp_path / "empty.sqlite"), actor="tester")
    try:
        report = ImportService(reopened.context).import_bytes(document_bytes(demo_document))
    finally:
        reopened.close()
    assert not report.changed
    assert report.patients_present == 40
    assert "nothing changed" in report.summary()
    assert (tmp_path / "empty.sqlite").read_bytes() == before


def test_new_sessions_of_known_patients_are_added(demo_document: Document, empty: Clinic) -> None:
    partial = copy.deepcopy(demo_document)
    index, _ = first_session(partial)
    held_back = partial["patients"][index]["sessions"].pop()
    ImportService(empty.context).import_bytes(document_bytes(partial))
    report = ImportService(empty.context).import_bytes(document_bytes(demo_document))
    assert (report.patients_added, report.sessions_added) == (0, 1)
    history = empty.history.patient_history(partial["patients"][index]["id"])
    assert held_back["id"] in {str(s.id) for s in history.sessions}
