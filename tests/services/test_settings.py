"""SettingsService against a real database: the clinic's own details."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.domain.records import ClinicSettings
from mesolog.services.clinic import Clinic

if TYPE_CHECKING:
    from conftest import Clock, DatabaseProbe

SETTINGS = ClinicSettings(
    name="Ιατρείο Αισθητικής Ιατρικής Κ. Παπαδοπούλου",
    address="Λεωφ. Κηφισίας 100, 115 26 Αθήνα",
    phone="+30 210 555 0100",
    email="info@example.gr",
)


def test_the_settings_are_empty_by_default(clinic: Clinic, probe: DatabaseProbe) -> None:
    assert clinic.settings.clinic() == ClinicSettings()
    assert probe.count("clinic_settings") == 0


def test_update_round_trips(clinic: Clinic, clock: Clock, probe: DatabaseProbe) -> None:
    saved = clinic.settings.update_clinic(SETTINGS, read=clinic.settings.clinic())
    assert saved.record == SETTINGS
    assert clinic.settings.clinic() == SETTINGS
    assert probe.rows("SELECT id, name, updated_at FROM clinic_settings") == [
        (1, SETTINGS.name, probe.stored_time(clock()))
    ]


def test_a_second_update_replaces_the_single_row(clinic: Clinic, probe: DatabaseProbe) -> None:
    clinic.settings.update_clinic(SETTINGS, read=clinic.settings.clinic())

    changed = ClinicSettings(name="  Clinic Two ", phone="210 1")
    saved = clinic.settings.update_clinic(changed, read=clinic.settings.clinic()).record

    assert saved == ClinicSettings(name="Clinic Two", phone="210 1")
    assert clinic.settings.clinic() == saved
    assert probe.count("clinic_settings") == 1
    assert [(a.actor, a.action, a.entity, a.entity_uuid) for a in probe.audit()] == [
        ("tester", "update", "clinic_settings", None)
    ] * 2


def test_a_name_of_101_characters_is_refused(clinic: Clinic, probe: DatabaseProbe) -> None:
    clinic.settings.update_clinic(SETTINGS, read=clinic.settings.clinic())
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        clinic.settings.update_clinic(ClinicSettings(name="x" * 101), read=clinic.settings.clinic())

    assert [v.path for v in error.value.violations] == ["clinic.name"]
    assert probe.snapshot() == before
    assert clinic.settings.clinic() == SETTINGS


def test_a_name_of_100_characters_is_accepted(clinic: Clinic) -> None:
    assert (
        clinic.settings.update_clinic(
            ClinicSettings(name="x" * 100), read=clinic.settings.clinic()
        ).record.name
        == "x" * 100
    )


def test_every_field_too_long_is_reported(clinic: Clinic) -> None:
    too_long = ClinicSettings(name="n" * 101, address="a" * 10_001, phone="1" * 41, email="e" * 201)

    with pytest.raises(ValidationError) as error:
        clinic.settings.update_clinic(too_long, read=clinic.settings.clinic())

    assert [v.path for v in error.value.violations] == [
        "clinic.name",
        "clinic.address",
        "clinic.phone",
        "clinic.email",
    ]
