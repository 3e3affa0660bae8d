"""A typed text no query can carry is refused before any query is given it (issue 11, a
finding while fixing defect 7), on SQLite and PostgreSQL: a lone surrogate (a byte that was
not UTF-8) cannot be sent to either database, a NUL not to PostgreSQL. A record number
holding one was looked up (is it another patient's?) before its refusal and failed with
UnicodeEncodeError; a patient named by such a text (`get`, a command's `--patient`) the
same, and on SQLite a NUL found the patient of the number without it. Each is now refused
naming the field and the character's place and code point, nothing changed; a search
ignores what is not a word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from tests.conftest import FixedClock

PATIENT = PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12), "R-1")
UNSENDABLE = [
    ("R\ud800-2", "character 2, U+D800 (unpaired surrogate)"),
    ("R-\udcff2", "character 3, U+DCFF (unpaired surrogate)"),
    ("R-\x002", "character 3, U+0000 (NUL)"),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def either(request: pytest.FixtureRequest, db_path: Any, clock: FixedClock) -> Iterator[Clinic]:
    """A clinic on an SQLite file, then on a fresh PostgreSQL database."""
    where = str(db_path) if request.param == "sqlite" else request.getfixturevalue("postgresql_url")
    with Clinic.open(where, actor="tester", clock=clock) as clinic:
        yield clinic


def refused(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, object]]:
    message = str(error.value)
    assert not any(c in message for c in "\ud800\udcff\x00"), "the text itself was shown"
    return [(v.path, v.value) for v in error.value.violations]


@pytest.mark.parametrize(("number", "shown"), UNSENDABLE)
def test_a_record_number_no_query_can_carry_is_refused_by_code_point(
    either: Clinic, number: str, shown: str
) -> None:
    kept = either.patients.create(PATIENT)
    with pytest.raises(ValidationError) as raised:
        either.patients.create(replace(PATIENT, given_name="Maria", record_number=number))
    assert refused(raised) == [("record_number", shown)]
    with pytest.raises(ValidationError) as raised:
        either.patients.update(kept.id, replace(kept.details, record_number=number), read=kept)
    assert refused(raised) == [("record_number", shown)]
    assert either.patients.count() == 1
    assert either.patients.get(kept.id) == kept


def test_the_other_faults_of_the_input_are_reported_with_it(either: Clinic) -> None:
    """The database is still asked about what the rules accepted: a birth after the first
    session stays reported beside the refused number, and a number in use beside a bad name."""
    kept = either.patients.create(PATIENT)
    either.patients.create(replace(PATIENT, given_name="Maria", record_number="R-2"))
    with pytest.raises(ValidationError) as raised:
        either.patients.create(replace(PATIENT, family_name="\udcff", record_number="R-2"))
    assert [v.path for v in raised.value.violations] == ["family_name", "record_number"]
    with pytest.raises(ValidationError) as raised:
        future = replace(kept.details, date_of_birth=dt.date(2099, 1, 1), record_number="R\x00")
        either.patients.update(kept.id, future, read=kept)
    assert [v.path for v in raised.value.violations] == ["date_of_birth", "record_number"]


@pytest.mark.parametrize(("number", "shown"), UNSENDABLE)
def test_a_patient_sought_by_such_a_text_is_refused_not_found_otherwise(
    either: Clinic, number: str, shown: str
) -> None:
    either.patients.create(replace(PATIENT, record_number="R-2"))
    with pytest.raises(ValidationError) as raised:
        either.patients.get(number)
    assert refused(raised) == [("patient", shown)]


def test_a_search_ignores_what_is_not_a_word(either: Clinic) -> None:
    kept = either.patients.create(PATIENT)
    for query in ("Papa\ud800", "Papa\x00", "\udcffR-1", "R-\x001"):
        assert [p.id for p in either.patients.search(query)] == [kept.id], ascii(query)
        assert either.patients.count(query) == 1, ascii(query)
    assert either.patients.search("\ud800\x00") == either.patients.search("")


@pytest.mark.parametrize(
    ("pattern", "shown"),
    [
        ("MC\ud800-0001", "character 3, U+D800 (unpaired surrogate)"),
        ("MC\x00-0001", "character 3, U+0000 (NUL)"),
    ],
)
def test_a_record_number_pattern_no_database_can_hold_is_refused(
    either: Clinic, pattern: str, shown: str
) -> None:
    settings = either.settings.clinic()
    typed = replace(settings, record_number_pattern=pattern)
    with pytest.raises(ValidationError) as raised:
        either.settings.update_clinic(typed, read=settings)
    assert refused(raised) == [("record_number_pattern", shown)]
    with pytest.raises(ValidationError) as raised:
        either.patients.record_numbering(pattern)
    assert refused(raised) == [("record_number_pattern", shown)]
    assert either.settings.clinic() == settings
