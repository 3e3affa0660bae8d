"""Exports keep the history (issue 11, defect 8): every version of a session, who signed it
and when, voided records with who, when and why, and the audit log of the database that
imports them says they came from a file, which one, its chain anchor and who imported.
Version 1 files still import."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.domain.ids import PatientId
from mesolog.persistence.session_rows import REMOVED_FROM_DRAFT
from mesolog.services.clinic import Clinic
from tests.conftest import FixedClock
from tests.interchange.samples import MINIMAL
from tests.services.conftest import DatabaseProbe, Maker

SIGNER = "Dr. Eleni Markou"
CORRECTOR = "Dr Nikos Alexiou"
Document = dict[str, Any]


def _history(clinic: Clinic, make: Maker, clock: FixedClock) -> tuple[PatientId, Document]:
    """A patient whose session was signed by SIGNER, amended twice (the second amendment
    voided), a draft that lost a line, a reaction and a product before it was signed, a
    voided course and a voided session; and a voided patient. Exported."""
    patient = make.patient(record_number="MC-0001")
    entry = make.full_entry(patient.id)
    draft = clinic.sessions.create_draft(patient.id, entry)
    clock.advance(minutes=5)
    fewer = replace(
        entry,
        treatments=(replace(entry.treatments[0], products=entry.treatments[0].products[:1]),),
        reactions=entry.reactions[:1],
    )
    draft = clinic.sessions.update_draft(draft.id, fewer, read=draft).record
    clock.advance(minutes=5)
    signed = clinic.sessions.sign(draft.id, signer=SIGNER)
    clock.advance(days=1)
    corrected = replace(fewer, notes="Lot corrected.")
    first = clinic.sessions.amend(signed.id, corrected, reason="wrong lot")
    clock.advance(hours=1)
    second = clinic.sessions.amend(first.id, replace(fewer, notes="typo"), reason="typo")
    clinic.sessions.void(second.id, reason="amended in error")
    extra = make.draft(patient.id, performed_at=make.at(3, 9))
    clinic.sessions.void(extra.id, reason="entered twice")
    old_course = make.course(patient.id, started_on=dt.date(2026, 1, 5))
    clinic.courses.void(old_course.id, reason="planned for the wrong patient")
    gone = make.patient(family_name="Voided", record_number="MC-0002")
    clinic.patients.void(gone.id, reason="duplicate chart")
    return patient.id, clinic.exports.export_document()


@pytest.fixture
def fresh(tmp_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    """Another workstation's new install, whose user is `clin`."""
    with Clinic.open(str(tmp_path / "fresh.sqlite"), actor="clin", clock=clock) as opened:
        yield opened


def _bytes(document: Document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def test_an_export_holds_every_version_signer_and_voided_record(
    clinic: Clinic, make: Maker, clock: FixedClock, probe: DatabaseProbe
) -> None:
    _, document = _history(clinic, make, clock)
    assert document["version"] == 2
    # The chain as the records were read: the entry before the export's own.
    (export_id, action), (entry, entry_hash) = probe.rows(
        "SELECT id, action FROM audit_log ORDER BY id DESC LIMIT 1"
    ) + probe.rows("SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET 1")
    assert (action, export_id) == ("export", entry + 1)
    assert document["chain_anchor"] == {
        "entry": entry,
        "hash": entry_hash,
        "at": "2026-03-11T17:10:00Z",
    }
    patient, voided_patient = document["patients"]
    assert voided_patient["voided"] == {
        "at": "2026-03-11T17:10:00+00:00",
        "by": "tester",
        "reason": "duplicate chart",
    }
    extra, original, first, second = patient["sessions"]  # each version after its original
    assert extra["voided"]["reason"] == "entered twice"
    assert (original["signed_by"], original["signed_at"]) == (SIGNER, "2026-03-10T16:10:00+00:00")
    assert "amends" not in original
    assert (first["amends"], first["amendment_reason"]) == (original["id"], "wrong lot")
    assert (second["amends"], second["voided"]["reason"]) == (first["id"], "amended in error")
    removed = {"at": "2026-03-10T16:05:00+00:00", "by": "tester", "reason": REMOVED_FROM_DRAFT}
    kept_line, removed_line = original["treatments"]
    assert ["voided" in p for p in kept_line["products"]] == [False, True]
    assert removed_line["voided"] == removed == removed_line["products"][0]["voided"]
    assert ["voided" in r for r in original["reactions"]] == [False, True]
    voided_course, _ = patient["courses"]
    assert voided_course["voided"]["reason"] == "planned for the wrong patient"


def test_a_round_trip_keeps_every_version_signer_and_voiding(
    clinic: Clinic, make: Maker, clock: FixedClock, fresh: Clinic
) -> None:
    patient_id, document = _history(clinic, make, clock)
    clock.advance(days=2)
    report = fresh.imports.import_bytes(_bytes(document))
    assert (report.patients_added, report.courses_added, report.sessions_added) == (2, 2, 4)
    again = fresh.exports.export_document()
    apart = {"exported_at": None, "chain_anchor": None}
    assert {**again, **apart} == {**document, **apart}
    held = {s.id: s for s in clinic.history.patient_history(str(patient_id)).sessions}
    imported = {s.id: s for s in fresh.history.patient_history(str(patient_id)).sessions}
    assert imported.keys() == held.keys()
    for session_id, session in held.items():
        copy = imported[session_id]
        assert (copy.signed_by, copy.signed_at, copy.amends, copy.amendment_reason) == (
            session.signed_by,
            session.signed_at,
            session.amends,
            session.amendment_reason,
        )
        assert (copy.voiding, copy.entry) == (session.voiding, session.entry)
    assert sorted(s.signed_by or "" for s in imported.values()) == ["", SIGNER, "tester", "tester"]
    assert fresh.patients.count(include_voided=True) == 2 and fresh.patients.count() == 1
    assert fresh.audit.verify().intact


def test_the_audit_log_says_the_signatures_came_from_the_file(
    clinic: Clinic, make: Maker, clock: FixedClock, fresh: Clinic, tmp_path: Path
) -> None:
    _, document = _history(clinic, make, clock)
    data = _bytes(document)
    fresh.imports.import_bytes(data)
    entries = DatabaseProbe(tmp_path / "fresh.sqlite").audit()
    digest = hashlib.sha256(data).hexdigest()
    [named] = [e for e in entries if e.entity == "file"]
    anchor = document["chain_anchor"]
    assert (named.actor, named.action) == ("clin", "import")
    assert f"file sha256 {digest}" in named.detail
    assert "markou" not in named.detail
    assert (
        f"chain anchor entry {anchor['entry']} hash {anchor['hash']} at {anchor['at']}"
        in named.detail
    )
    sessions = [e for e in entries if e.entity == "session"]
    assert {(e.actor, e.action) for e in sessions} == {("clin", "import")}
    assert all(f"from file sha256 {digest}" in e.detail for e in sessions)
    signed = [e for e in sessions if f"signed by '{SIGNER}'" in e.detail]
    assert len(signed) == 1 and "as the file says" in signed[0].detail
    assert not [e for e in entries if e.action == "sign"]
    assert any("voided in the file" in e.detail for e in sessions)
    assert fresh.audit.verify().intact


def test_a_version_1_file_still_imports(fresh: Clinic, tmp_path: Path) -> None:
    report = fresh.imports.import_bytes(MINIMAL.encode())
    assert (report.patients_added, report.courses_added, report.sessions_added) == (1, 1, 1)
    [named] = [e for e in DatabaseProbe(tmp_path / "fresh.sqlite").audit() if e.entity == "file"]
    assert "no chain anchor (format version 1)" in named.detail
    document = fresh.exports.export_document()
    assert document["version"] == 2
    assert fresh.audit.verify().intact


def test_control_characters_in_the_history_are_refused_at_their_place(
    clinic: Clinic, make: Maker, clock: FixedClock, fresh: Clinic, tmp_path: Path
) -> None:
    _, document = _history(clinic, make, clock)
    patient, voided_patient = document["patients"]
    _, original, first, _ = patient["sessions"]
    escape = "\x1b[31m"
    voided_patient["voided"]["reason"] = f"duplicate{escape}"
    original["signed_by"] = f"Dr{escape}"
    first["amendment_reason"] = f"wrong{escape}lot"
    original["reactions"][1]["notes"] = f"small{escape}"
    original["treatments"][1]["voided"]["by"] = f"tester{escape}"
    before = DatabaseProbe(tmp_path / "fresh.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        fresh.imports.import_bytes(_bytes(document))
    assert {(v.path, v.value) for v in refused.value.violations} == {
        ("patients[1].voided.reason", "character 10, U+001B (ESC)"),
        ("patients[0].sessions[1].signed_by", "character 3, U+001B (ESC)"),
        ("patients[0].sessions[2].amendment_reason", "character 6, U+001B (ESC)"),
        ("patients[0].sessions[1].reactions[1].notes", "character 6, U+001B (ESC)"),
        ("patients[0].sessions[1].treatments[1].voided.by", "character 7, U+001B (ESC)"),
    }
    assert DatabaseProbe(tmp_path / "fresh.sqlite").snapshot() == before


def test_a_round_trip_into_postgresql_keeps_the_history(
    clinic: Clinic, make: Maker, clock: FixedClock, postgresql_url: str
) -> None:
    patient_id, document = _history(clinic, make, clock)
    with Clinic.open(postgresql_url, actor="clin", clock=clock) as server:
        report = server.imports.import_bytes(_bytes(document))
        assert (report.patients_added, report.sessions_added) == (2, 4)
        again = server.exports.export_document()
        apart = {"exported_at": None, "chain_anchor": None}
        assert {**again, **apart} == {**document, **apart}
        history = server.history.patient_history(str(patient_id))
        assert sorted(s.signed_by or "" for s in history.sessions) == [
            "",
            SIGNER,
            "tester",
            "tester",
        ]
        assert server.audit.verify().intact
        twice = server.imports.import_bytes(_bytes(document))
        assert not twice.changed


def test_a_second_current_version_of_a_held_session_is_refused(
    clinic: Clinic, make: Maker, clock: FixedClock, fresh: Clinic, tmp_path: Path
) -> None:
    _, document = _history(clinic, make, clock)
    fresh.imports.import_bytes(_bytes(document))
    other = copy.deepcopy(document)
    sessions = other["patients"][0]["sessions"]
    original = sessions[1]
    rival = {**copy.deepcopy(sessions[2]), "id": str(uuid.uuid4()), "amendment_reason": "other"}
    sessions[2:] = [rival]  # the database holds the first amendment, not voided
    before = DatabaseProbe(tmp_path / "fresh.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        fresh.imports.import_bytes(_bytes(other))
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("patients[0].sessions[2].amends", original["id"])
    assert str(violation.allowed).endswith("a session has one current version")
    assert DatabaseProbe(tmp_path / "fresh.sqlite").snapshot() == before
