"""Comparing each audited record with its newest entry (persistence/audit_records.py):
every record found by its own id, the clinic settings too, whatever the batch size."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3

from mesolog.domain.records import ClinicSettings
from mesolog.persistence.audit_records import (
    CHANGED,
    RecordMismatch,
    RecordShare,
    check_records,
    filtered_entries,
)
from mesolog.services.clinic import Clinic
from tests.conftest import FixedClock
from tests.services.conftest import ATHENS, Maker

RECORDS = 7
"""Three patients; the course, the session and the clinician of the first; the settings."""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The RECORDS, each written once through the services."""
    path = tmp_path_factory.mktemp("records") / "clinic.sqlite"
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    with Clinic.open(str(path), actor="tester", clock=clock) as clinic:
        make = Maker(clinic)
        first = make.patient()
        clinic.sessions.create_draft(first.id, make.full_entry(first.id))
        for number in (1, 2):
            make.patient(family_name=f"Other {number}")
        clinic.settings.update_clinic(
            ClinicSettings(name="Κλινική Αθηνών"), read=clinic.settings.clinic()
        )
    return path


@pytest.fixture
def clinic(template: Path, tmp_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    path = tmp_path / "clinic.sqlite"
    shutil.copyfile(template, path)
    with Clinic.open(str(path), actor="tester", clock=clock) as opened:
        yield opened


def _mismatches(clinic: Clinic, batch: int = 2000) -> tuple[int, list[RecordMismatch]]:
    with clinic.context.db.read() as s:
        found = check_records(s, batch=batch)
    assert found.unaudited == ()
    return found.compared, list(found.mismatches)


def _tamper(clinic: Clinic, sql: str) -> None:
    with sqlite3.connect(str(clinic.context.db.url.database), isolation_level=None) as raw:
        raw.execute(sql)


@pytest.mark.parametrize("batch", [1, 2, 2000])
def test_every_record_is_compared_whatever_the_batch(clinic: Clinic, batch: int) -> None:
    assert _mismatches(clinic, batch) == (RECORDS, [])


def test_entries_since_a_moment_take_in_that_moment(clinic: Clinic) -> None:
    """The template's clock stood still: every entry was written at the same moment."""
    with clinic.context.db.read() as s:
        entries = filtered_entries(s)
        moment = entries[0].occurred_at
        assert {e.occurred_at for e in entries} == {moment}
        assert filtered_entries(s, since=moment) == entries
        assert filtered_entries(s, since=moment + dt.timedelta(microseconds=1)) == []


def test_the_clinic_settings_are_compared(clinic: Clinic) -> None:
    _tamper(clinic, "UPDATE clinic_settings SET name = 'Forged'")
    [mismatch] = _mismatches(clinic)[1]
    assert (mismatch.entity, mismatch.entity_uuid) == ("clinic_settings", None)
    assert mismatch.reason == "its content differs from what the audit log recorded"


def test_a_record_that_is_gone_is_named_not_another_found_in_its_place(clinic: Clinic) -> None:
    """The patient whose uuid sorts first of those with no session: others sort after it."""
    _tamper(clinic, "DELETE FROM patient_search_terms")
    _tamper(
        clinic,
        "DELETE FROM patients WHERE uuid ="
        " (SELECT min(uuid) FROM patients WHERE family_name LIKE 'Other%')",
    )
    [gone] = _mismatches(clinic)[1]
    assert (gone.entity, gone.reason) == ("patient", "it is gone")


@pytest.mark.parametrize("batch", [1, 2000])
@pytest.mark.parametrize(
    ("sql", "entity"),
    [
        ("UPDATE product_uses SET lot_number = 'FORGED'", "session"),
        ("UPDATE reactions SET notes = 'forged'", "session"),
        ("DELETE FROM course_areas WHERE position > 0", "course"),
    ],
)
def test_a_changed_part_shows_as_its_record_changed(
    clinic: Clinic, batch: int, sql: str, entity: str
) -> None:
    """Records are read a chunk at a time with their parts: a part two levels down counts."""
    _tamper(clinic, sql)
    [changed] = _mismatches(clinic, batch)[1]
    assert (changed.entity, changed.reason) == (entity, CHANGED)


@pytest.mark.parametrize("written", ["upper(entity_uuid)", "'{' || entity_uuid || '}'"])
def test_an_entry_naming_its_record_in_another_form_still_wrote_it(
    clinic: Clinic, written: str
) -> None:
    """SQLite reads such a uuid as the record's (the chain check names the altered entry):
    the record is still written by it, and compared with its digest."""
    _tamper(clinic, f"UPDATE audit_log SET entity_uuid = {written} WHERE entity = 'patient'")
    assert _mismatches(clinic) == (RECORDS, [])
    _tamper(clinic, "UPDATE patients SET notes = 'forged'")
    assert {m.entity for m in _mismatches(clinic)[1]} == {"patient"}


def test_only_the_share_is_compared_and_every_record_is_still_looked_for(clinic: Clinic) -> None:
    """Seven shares compare each record once; a record gone is named whatever the share."""
    compared = 0
    for turn in range(7):
        with clinic.context.db.read() as s:
            found = check_records(s, share=RecordShare(10**9, turn, 7))
        assert (found.mismatches, found.audited) == ((), RECORDS)
        compared += found.compared - 1  # the clinic's settings, in every share
    assert compared == RECORDS - 1
    _tamper(clinic, "DELETE FROM patient_search_terms")
    _tamper(clinic, "DELETE FROM patients WHERE family_name LIKE 'Other%'")
    for turn in range(7):
        with clinic.context.db.read() as s:
            found = check_records(s, share=RecordShare(10**9, turn, 7))
        assert [m.reason for m in found.mismatches] == ["it is gone"] * 2
