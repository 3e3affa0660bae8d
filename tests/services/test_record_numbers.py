"""Record numbers through the services, on a real database: the same number however
typed is refused for a second patient (naming the number given), a legacy pair keeps its
numbers, the next number follows the clinic's series, and a pattern is a setting."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.domain.record_numbers import PATTERN_ALLOWED
from mesolog.domain.records import ClinicSettings
from mesolog.services.clinic import Clinic
from mesolog.services.patients import RecordNumbering

if TYPE_CHECKING:
    from conftest import DatabaseProbe, Maker


@pytest.mark.parametrize("typed", ["MC-12", "mc0012", "MC 0012", "mc/12"])
def test_the_same_number_typed_otherwise_is_refused_naming_the_number_given(
    clinic: Clinic, make: Maker, probe: DatabaseProbe, typed: str
) -> None:
    make.patient(record_number="MC-0012")
    before = probe.snapshot()
    with pytest.raises(ValidationError) as refused:
        make.patient(family_name="Müller", record_number=typed)
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("record_number", typed)
    assert (
        str(violation.allowed)
        == "a record number no other patient has: MC-0012 is another patient's"
    )
    assert probe.snapshot() == before


def test_the_very_same_number_is_refused_without_repeating_it(clinic: Clinic, make: Maker) -> None:
    make.patient(record_number="MC-0012")
    with pytest.raises(ValidationError) as refused:
        make.patient(family_name="Müller", record_number="MC-0012")
    [violation] = refused.value.violations
    assert str(violation.allowed) == "a record number no other patient has"


def test_an_update_to_another_patients_number_typed_otherwise_is_refused(
    clinic: Clinic, make: Maker
) -> None:
    make.patient(record_number="MC-0012")
    other = make.patient(family_name="Müller", record_number="MC-0013")
    with pytest.raises(ValidationError):
        clinic.patients.update(
            other.id, dataclasses.replace(other.details, record_number="mc12"), read=other
        )
    assert clinic.patients.get(other.id).details.record_number == "MC-0013"


def test_a_patient_may_retype_their_own_number(clinic: Clinic, make: Maker) -> None:
    own = make.patient(record_number="MC-0012")
    changed = dataclasses.replace(own.details, record_number="mc-12")
    saved = clinic.patients.update(own.id, changed, read=own).record
    assert saved.details.record_number == "mc-12"
    assert clinic.patients.get("MC-0012").id == own.id, "found however typed"


def test_a_voided_patients_number_stays_given(clinic: Clinic, make: Maker) -> None:
    voided = make.patient(record_number="MC-0012")
    clinic.patients.void(voided.id, reason="duplicate")
    with pytest.raises(ValidationError):
        make.patient(family_name="Müller", record_number="MC-12")
    assert clinic.patients.next_record_number() == "MC-0013"


def test_two_numbers_given_before_the_rule_keep_being_editable(clinic: Clinic, make: Maker) -> None:
    first = make.patient(record_number="MC-0012")
    second = make.patient(family_name="Müller", record_number="MC-0099")
    # the pair an older version let in: MC-12 beside MC-0012
    with clinic.context.db.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE patients SET record_number = 'MC-12', record_key = 'mc12' "
            f"WHERE uuid = '{second.id.hex}'"
        )
    renamed = dataclasses.replace(second.details, record_number="MC-12", phone="210 1234")
    saved = clinic.patients.update(second.id, renamed, read=second).record
    assert saved.details.phone == "210 1234"
    assert {p.id for p in clinic.patients.search("mc12")} == {first.id, second.id}
    assert clinic.patients.get("MC-12").id == second.id, "the exact number first"
    with pytest.raises(ValidationError):
        clinic.patients.update(
            first.id, dataclasses.replace(first.details, record_number="MC-12"), read=first
        )


def test_the_next_number_follows_the_clinics_numbers(clinic: Clinic, make: Maker) -> None:
    assert clinic.patients.record_numbering() == RecordNumbering("0001", False, "0001")
    make.patient(record_number="MC-0007")
    make.patient(record_number="MC-0012")
    make.patient(record_number="old 3")
    assert clinic.patients.next_record_number() == "MC-0013"
    assert clinic.patients.record_numbering() == RecordNumbering("MC-0001", False, "MC-0013")


def test_a_chosen_pattern_numbers_new_patients(clinic: Clinic, make: Maker) -> None:
    make.patient(record_number="MC-0012")
    saved = clinic.settings.update_clinic(
        ClinicSettings(record_number_pattern=" K-100 "), read=clinic.settings.clinic()
    ).record
    assert saved.record_number_pattern == "K-100"
    assert clinic.settings.clinic().record_number_pattern == "K-100"
    assert clinic.patients.record_numbering() == RecordNumbering("K-100", True, "K-100")
    make.patient(family_name="Müller", record_number=clinic.patients.next_record_number())
    make.patient(family_name="Rossi", record_number="k-102")
    assert clinic.patients.next_record_number() == "K-103"
    assert clinic.patients.record_numbering("MC-0001").next == "MC-0013", "a pattern typed"


def test_a_pattern_without_digits_is_refused_and_nothing_changes(clinic: Clinic) -> None:
    clinic.settings.update_clinic(
        ClinicSettings(name="Derma", record_number_pattern="MC-0001"), read=clinic.settings.clinic()
    )
    with pytest.raises(ValidationError) as refused:
        clinic.settings.update_clinic(
            ClinicSettings(name="Derma", record_number_pattern="MC-"), read=clinic.settings.clinic()
        )
    [violation] = refused.value.violations
    assert (violation.path, violation.value, str(violation.allowed)) == (
        "record_number_pattern",
        "MC-",
        str(PATTERN_ALLOWED),
    )
    assert clinic.settings.clinic().record_number_pattern == "MC-0001"
    with pytest.raises(ValidationError):
        clinic.patients.record_numbering("no digits")
