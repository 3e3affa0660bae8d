"""Lost updates between workstations (issue 11, defect 1), with two real processes on SQLite
and PostgreSQL: changes of different fields saved from the same version are both kept,
a change of the same field is refused with who changed it, and of 2 × N read-modify-write
appends every acknowledged one is present (the others refused, visibly), none lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesolog.domain.ids import PatientId, SessionId
from mesolog.services.clinic import Clinic
from tests.integrity.lost_update_harness import make_draft, make_patient, run_appends, run_pair
from tests.integrity.lost_update_writer import CHANGES

APPENDS = 25


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "clinic.sqlite")
    return str(request.getfixturevalue("postgresql_url"))


def test_a_phone_and_allergies_saved_from_one_version_are_both_kept(database: str) -> None:
    patient = make_patient(database)
    first, second = run_pair(database, patient, "phone", "allergies")
    assert first == {"saved": ["phone"], "refused": []}
    assert second == {"saved": ["allergies"], "refused": []}
    with Clinic.open(database, actor="check") as clinic:
        details = clinic.patients.get(PatientId(patient)).details
    assert details.phone == CHANGES["phone"][1]["phone"]
    assert details.allergies == CHANGES["allergies"][1]["allergies"]


def test_notes_and_a_score_saved_on_one_draft_are_both_kept(database: str) -> None:
    draft = make_draft(database, make_patient(database))
    first, second = run_pair(database, draft, "notes", "score")
    assert first["saved"] == ["notes"] and second["saved"] == ["score"]
    with Clinic.open(database, actor="check") as clinic:
        entry = clinic.sessions.get(SessionId(draft)).entry
    assert (entry.notes, entry.improvement_score) == (
        CHANGES["notes"][1]["notes"],
        CHANGES["score"][1]["improvement_score"],
    )


def test_the_same_field_saved_from_one_version_is_refused_saying_who(database: str) -> None:
    patient = make_patient(database)
    first, second = run_pair(database, patient, "phone", "other_phone")
    assert first == {"saved": ["phone"], "refused": []}
    [refusal] = second["refused"]
    assert "Not saved: the patient was changed by clin1" in refusal
    assert "You both changed: phone." in refusal
    with Clinic.open(database, actor="check") as clinic:
        assert clinic.patients.get(PatientId(patient)).details.phone == CHANGES["phone"][1]["phone"]


def test_appends_from_two_workstations_are_kept_or_refused_never_lost(database: str) -> None:
    report = run_appends(database, processes=2, appends=APPENDS)
    assert report.lost == set(), report.figures()
    assert report.unacknowledged == set(), report.figures()
    assert len(report.acknowledged) + len(report.refused) == 2 * APPENDS, report.figures()
    assert all("You both changed: notes." in refusal for refusal in report.refused)
