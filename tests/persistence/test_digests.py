"""Record digests (persistence/digests.py): what a record's digest covers, and the plain
form each stored value takes in it."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.domain.enums import Area, Severity
from mesolog.persistence.digests import ADDED_COLUMNS, DERIVED_COLUMNS, plain, record_digest
from mesolog.persistence.models import (
    ClinicianRow,
    ClinicSettingsRow,
    CourseRow,
    PatientRow,
    SessionRow,
)
from mesolog.services.clinic import Clinic
from tests.conftest import FixedClock
from tests.services.conftest import ATHENS, Maker


class Colour(enum.Enum):
    RED = 1


@pytest.fixture(scope="module")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A patient with a course and a full session (lines, products, reactions)."""
    path = tmp_path_factory.mktemp("digests") / "clinic.sqlite"
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    with Clinic.open(str(path), actor="tester", clock=clock) as clinic:
        make = Maker(clinic)
        patient = make.patient()
        clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    return path


@pytest.fixture
def s(clinic_file: Path, clock: FixedClock) -> Iterator[Session]:
    """Rows to change in memory: nothing is flushed, and it all goes at the end."""
    with (
        Clinic.open(str(clinic_file), actor="tester", clock=clock) as clinic,
        Session(clinic.context.db.engine) as session,
        session.no_autoflush,
    ):
        yield session


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (True, True),
        (False, False),
        ("Ελένη", "Ελένη"),
        (Severity.MILD, "mild"),
        (Colour.RED, 1),
        (3, 3),
        (2.0, 2),
        (2.5, "2.5"),
        (0.1, "0.1"),
        (dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS), "2026-03-10T16:00:00+00:00"),
        (dt.date(2026, 3, 10), "2026-03-10"),
        (uuid.UUID(int=255), "00000000-0000-0000-0000-0000000000ff"),
    ],
    ids=repr,
)
def test_each_stored_value_has_one_plain_form(value: object, expected: object) -> None:
    """As JSON, which the digest is taken of: 2.0 and 2, or True and 1, are told apart."""
    assert json.dumps(plain(value)) == json.dumps(expected)


def test_a_records_digest_never_changes() -> None:
    """The audit log holds the digests of every record as it was written: the form of a
    digest (its keys in order, its text in UTF-8, not escaped) never changes."""
    patient = PatientRow(
        id=7,
        uuid=uuid.UUID(int=7),
        family_name="Καρμίρη",
        given_name="Ελένη",
        date_of_birth=dt.date(1985, 3, 14),
        allergies="latex",
        created_at=dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS),
    )
    assert (
        record_digest(patient) == "41bfb661ca8ac8f7e8fb4d8e83e8d22610f7ebcc0bebc49054cadaa6a49687d4"
    )


def test_a_value_with_no_plain_form_is_refused() -> None:
    with pytest.raises(TypeError, match="no digest form for bytearray"):
        plain(bytearray(b"x"))


def test_bytes_are_digested_by_their_sha256() -> None:
    """An image (the clinic's logo) enters its record's digest as its SHA-256."""
    assert plain(b"x") == hashlib.sha256(b"x").hexdigest()


def test_columns_the_application_derives_leave_a_patients_digest(s: Session) -> None:
    patient = s.scalars(select(PatientRow)).one()
    before = record_digest(patient)
    assert DERIVED_COLUMNS["patients"] == {
        "sort_key",
        "record_key",
        "last_session_on",
        "next_due_on",
    }
    patient.sort_key = "zzz"
    patient.record_key = "zzz"
    patient.last_session_on = dt.date(2030, 1, 1)
    patient.next_due_on = dt.date(2030, 1, 2)
    assert record_digest(patient) == before
    patient.allergies = "latex"
    assert record_digest(patient) != before


def test_a_column_added_later_leaves_the_digest_while_it_is_empty(s: Session) -> None:
    """The clinic settings audited before the record-number pattern existed still match."""
    settings = ClinicSettingsRow(id=1, name="Clinic", updated_at=dt.datetime(2026, 3, 1))
    settings.record_number_pattern = ""
    before = record_digest(settings)
    assert "record_number_pattern" in ADDED_COLUMNS["clinic_settings"]
    settings.record_number_pattern = "MC-0001"
    chosen = record_digest(settings)
    assert chosen != before
    settings.record_number_pattern = "MC-0002"
    assert record_digest(settings) not in (before, chosen)


def test_log_in_counters_leave_a_clinicians_digest(s: Session) -> None:
    clinician = s.scalars(select(ClinicianRow)).first()
    assert clinician is not None
    before = record_digest(clinician)
    clinician.failed_logins += 3
    clinician.last_failed_login_at = dt.datetime(2026, 3, 11, tzinfo=dt.UTC)
    clinician.last_login_at = dt.datetime(2026, 3, 11, tzinfo=dt.UTC)
    assert record_digest(clinician) == before
    clinician.active = not clinician.active
    assert record_digest(clinician) != before


def test_a_courses_digest_covers_its_areas(s: Session) -> None:
    course = s.scalars(select(CourseRow)).one()
    before = record_digest(course)
    course.areas[0].area = Area.HANDS
    assert record_digest(course) != before


def test_a_sessions_digest_covers_its_lines_their_products_and_its_reactions(
    s: Session,
) -> None:
    session = s.scalars(select(SessionRow)).one()
    digests = [record_digest(session)]
    session.treatments[1].depth_mm = 0.75
    digests.append(record_digest(session))
    session.treatments[0].products[1].lot_number = "FORGED"
    digests.append(record_digest(session))
    session.reactions[1].notes = "rewritten"
    digests.append(record_digest(session))
    session.notes = "rewritten"
    digests.append(record_digest(session))
    assert len(set(digests)) == len(digests)
