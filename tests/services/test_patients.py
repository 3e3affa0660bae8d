"""PatientService against a real database: create, get, update, search, void, audit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import TYPE_CHECKING

import pytest

from mesolog.domain.enums import Fitzpatrick, Sex
from mesolog.domain.errors import NotFoundError, StateError, ValidationError
from mesolog.domain.ids import PatientId
from mesolog.domain.records import Patient, Voiding
from mesolog.services.clinic import Clinic

if TYPE_CHECKING:
    from conftest import Clock, DatabaseProbe, Maker


def paths(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [violation.path for violation in error.value.violations]


def test_create_returns_a_patient_record_with_a_new_uuid(
    clinic: Clinic, make: Maker, clock: Clock
) -> None:
    details = make.patient_input(
        record_number="K-0001",
        sex=Sex.FEMALE,
        phone="+30 694 412 3456",
        email="elena@example.gr",
        fitzpatrick_type=Fitzpatrick.III,
        allergies="lidocaine",
        consent_signed_on=dt.date(2026, 1, 5),
    )

    created = clinic.patients.create(details)

    assert type(created) is Patient
    assert isinstance(created.id, uuid.UUID)
    assert created.id.version == 4
    assert created.details == details
    assert created.created_at == clock()
    assert created.voiding is None
    assert created.display_name == "Papadopoulou, Elena"


def test_two_patients_get_different_uuids(make: Maker) -> None:
    assert make.patient().id != make.patient().id


def test_get_by_uuid_and_by_record_number(clinic: Clinic, make: Maker) -> None:
    created = make.patient(record_number="K-0042")

    assert clinic.patients.get(created.id) == created
    assert clinic.patients.get(str(created.id)) == created
    assert clinic.patients.get("K-0042") == created
    assert clinic.patients.get("  K-0042 ") == created


@pytest.mark.parametrize("ref", ["K-9999", str(uuid.UUID(int=7)), ""])
def test_get_of_an_unknown_patient_is_not_found(clinic: Clinic, make: Maker, ref: str) -> None:
    make.patient(record_number="K-0001")

    with pytest.raises(NotFoundError):
        clinic.patients.get(ref)


def test_whitespace_is_trimmed_from_names_and_numbers(clinic: Clinic, make: Maker) -> None:
    created = make.patient(family_name="  Müller ", record_number=" K-7 ", phone=" 210 1 ")

    stored = clinic.patients.get(created.id).details
    assert (stored.family_name, stored.record_number, stored.phone) == ("Müller", "K-7", "210 1")


def test_update_changes_the_record_and_its_search_terms(clinic: Clinic, make: Maker) -> None:
    created = make.patient(record_number="K-0001")
    changed = dataclasses.replace(
        created.details, family_name="Karra", phone="697 000 1111", medications="Nurofen"
    )

    updated = clinic.patients.update(created.id, changed, read=created).record

    assert updated.details == changed
    assert updated.id == created.id
    assert clinic.patients.get(created.id) == updated
    assert [p.id for p in clinic.patients.search("karra")] == [created.id]
    assert clinic.patients.search("papadopoulou") == []
    assert [p.id for p in clinic.patients.search("1111")] == [created.id]


def test_update_may_keep_its_own_record_number(clinic: Clinic, make: Maker) -> None:
    created = make.patient(record_number="K-0001")
    changed = dataclasses.replace(created.details, given_name="Eleni")

    saved = clinic.patients.update(created.id, changed, read=created).record
    assert saved.details.record_number == "K-0001"


def test_a_duplicate_record_number_is_refused_and_nothing_is_written(
    clinic: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    make.patient(record_number="K-0001")
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        make.patient(family_name="Müller", given_name="Anna", record_number="K-0001")

    assert paths(error) == ["record_number"]
    assert "K-0001" in str(error.value)
    assert probe.snapshot() == before


def test_an_update_to_another_patients_record_number_is_refused(
    clinic: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    make.patient(record_number="K-0001")
    other = make.patient(family_name="Müller", record_number="K-0002")
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        clinic.patients.update(
            other.id, dataclasses.replace(other.details, record_number=" K-0001 "), read=other
        )

    assert paths(error) == ["record_number"]
    assert probe.snapshot() == before


def test_every_violation_is_reported_and_nothing_is_written(
    make: Maker, probe: DatabaseProbe
) -> None:
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        make.patient(family_name="   ", date_of_birth=dt.date(2026, 3, 11))

    assert sorted(paths(error)) == ["date_of_birth", "family_name"]
    assert str(error.value).startswith("2 problems:")
    assert probe.snapshot() == before


@pytest.fixture
def registry(make: Maker) -> dict[str, PatientId]:
    """A few patients to search, by record number."""
    people = [
        ("K-0001", "Καρμίρης", "Γιώργος", "210 555 0101"),
        ("K-0002", "Müller", "Anna", "+49 30 1234 9876"),
        ("K-0003", "Παπαδοπούλου", "Ελένη", "694 412 3456"),
        ("K-0004", "Papadopoulou", "Elena", "210 777 8888"),
        ("K-0005", "Papas", "Nikos", ""),
        ("K-0006", "Karra", "Elena", ""),
    ]
    return {
        number: make.patient(
            record_number=number, family_name=family, given_name=given, phone=phone
        ).id
        for number, family, given, phone in people
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("καρμιρης", ["K-0001"]),
        ("ΚΑΡΜΊΡΗΣ", ["K-0001"]),
        ("muller", ["K-0002"]),
        ("MULLER", ["K-0002"]),
        ("παπα", ["K-0003"]),
        ("3456", ["K-0003"]),
        ("694 412", ["K-0003"]),
        ("K-0004", ["K-0004"]),
        ("k-0004", ["K-0004"]),
        ("elena pap", ["K-0004"]),
        ("pap", ["K-0004", "K-0005"]),
        ("elena", ["K-0006", "K-0004"]),
        ("zzz", []),
        ("elena zzz", []),
    ],
)
def test_search(
    clinic: Clinic, registry: dict[str, PatientId], query: str, expected: list[str]
) -> None:
    found = clinic.patients.search(query)

    assert [p.record_number for p in found] == expected
    assert [p.id for p in found] == [registry[number] for number in expected]


def test_an_empty_search_lists_everyone_in_name_order(
    clinic: Clinic, registry: dict[str, PatientId]
) -> None:
    names = [p.family_name for p in clinic.patients.search("")]

    assert names == ["Karra", "Müller", "Papadopoulou", "Papas", "Καρμίρης", "Παπαδοπούλου"]
    assert len(clinic.patients.search("", limit=2)) == 2


def test_a_voided_patient_is_found_only_when_asked_for(
    clinic: Clinic, registry: dict[str, PatientId]
) -> None:
    clinic.patients.void(registry["K-0002"], reason="entered twice")

    assert clinic.patients.search("muller") == []
    assert [p.id for p in clinic.patients.search("muller", include_voided=True)] == [
        registry["K-0002"]
    ]
    assert "K-0002" not in [p.record_number for p in clinic.patients.search("")]


@pytest.mark.parametrize("reason", ["", "   "])
def test_void_requires_a_reason(
    clinic: Clinic, make: Maker, probe: DatabaseProbe, reason: str
) -> None:
    patient = make.patient()
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        clinic.patients.void(patient.id, reason=reason)

    assert paths(error) == ["reason"]
    assert probe.snapshot() == before
    assert clinic.patients.get(patient.id).voiding is None


def test_void_keeps_the_record_with_who_when_and_why(
    clinic: Clinic, make: Maker, clock: Clock, probe: DatabaseProbe
) -> None:
    patient = make.patient(record_number="K-0001")
    clock.advance(hours=2)

    voided = clinic.patients.void(patient.id, reason="  entered twice ")

    expected = Voiding(voided_at=clock(), voided_by="tester", reason="entered twice")
    assert voided.voiding == expected
    assert clinic.patients.get(patient.id).voiding == expected
    assert clinic.patients.get("K-0001").details == patient.details
    assert probe.rows("SELECT voided_at, voided_by, void_reason FROM patients") == [
        (probe.stored_time(clock()), "tester", "entered twice")
    ]


def test_a_voided_patient_cannot_change(clinic: Clinic, make: Maker, probe: DatabaseProbe) -> None:
    patient = make.patient()
    clinic.patients.void(patient.id, reason="entered twice")
    before = probe.snapshot()

    with pytest.raises(StateError):
        clinic.patients.update(patient.id, make.patient_input(given_name="Eleni"), read=patient)
    with pytest.raises(StateError):
        clinic.patients.void(patient.id, reason="again")
    with pytest.raises(StateError):
        make.draft(patient.id)
    with pytest.raises(StateError):
        make.course(patient.id)

    assert probe.snapshot() == before


def test_create_update_and_void_are_audited_without_names(
    clinic: Clinic, make: Maker, clock: Clock, probe: DatabaseProbe
) -> None:
    patient = make.patient(family_name="Καρμίρης", given_name="Γιώργος", record_number="K-1")
    created_at = clock()
    clock.advance(minutes=5)
    clinic.patients.update(
        patient.id, dataclasses.replace(patient.details, phone="210 1"), read=patient
    )
    clock.advance(minutes=5)
    clinic.patients.void(patient.id, reason="test record")

    audit = probe.audit()

    assert [(a.actor, a.action, a.entity, a.entity_uuid) for a in audit] == [
        ("tester", "create", "patient", patient.id),
        ("tester", "update", "patient", patient.id),
        ("tester", "void", "patient", patient.id),
    ]
    assert audit[0].occurred_at == probe.stored_time(created_at)
    assert audit[2].occurred_at == probe.stored_time(clock())
    for entry in audit:
        for name in ("Καρμίρης", "Γιώργος", "καρμιρησ"):
            assert name not in entry.detail
            assert name not in repr(entry)


def test_a_refused_change_is_not_audited(make: Maker, probe: DatabaseProbe) -> None:
    make.patient(record_number="K-1")

    with pytest.raises(ValidationError):
        make.patient(record_number="K-1")

    assert [a.action for a in probe.audit()] == ["create"]


HEX_RECORD_NUMBER = "5f0c8e1a9b7d4c3e8a2b6d1f0e9c7a53"
"""A record number as some hospital systems issue them: 32 hexadecimal digits."""


def test_a_hexadecimal_record_number_finds_its_patient(clinic: Clinic, make: Maker) -> None:
    patient = make.patient(record_number=HEX_RECORD_NUMBER)

    assert clinic.patients.get(HEX_RECORD_NUMBER) == patient


def test_a_duplicate_hexadecimal_record_number_is_a_validation_error(
    make: Maker, probe: DatabaseProbe
) -> None:
    make.patient(record_number=HEX_RECORD_NUMBER)
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        make.patient(family_name="Müller", record_number=HEX_RECORD_NUMBER)

    assert paths(error) == ["record_number"]
    assert probe.snapshot() == before


def test_date_of_birth_cannot_move_past_the_records_it_precedes(
    clinic: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    patient = make.patient()
    make.course(patient.id, started_on=dt.date(2026, 2, 10))
    make.draft(patient.id, performed_at=make.at(3, 1))
    before = probe.snapshot()
    later = dataclasses.replace(patient.details, date_of_birth=dt.date(2026, 3, 1))
    with pytest.raises(ValidationError) as refused:
        clinic.patients.update(patient.id, later, read=patient)
    allowed = [str(v.allowed) for v in refused.value.violations]
    assert paths(refused) == ["date_of_birth", "date_of_birth"]
    assert "first session (2026-03-01)" in allowed[0]
    assert "first course (2026-02-10)" in allowed[1]
    assert probe.snapshot() == before


def test_a_record_number_in_use_is_reported_with_the_other_problems(
    clinic: Clinic, make: Maker
) -> None:
    make.patient(record_number="MC-1")
    bad = make.patient_input(record_number="MC-1", family_name=" ")
    with pytest.raises(ValidationError) as refused:
        clinic.patients.create(bad)
    assert sorted(paths(refused)) == ["family_name", "record_number"]
