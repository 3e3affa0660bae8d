"""A patient's document language through the services: stored and read back, changed and
cleared like any detail (audited), refused when it is no language mesolog writes (naming
the field and the value, nothing stored); and a clinic from before migration 0018 is
upgraded with its patients' audited digests intact (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command

from mesolog.domain.errors import ValidationError
from mesolog.domain.records import PatientInput
from mesolog.persistence.database import Database
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.reports.recall_letter_text import default_text
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)
SOFIA = PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2))


def test_the_language_is_stored_changed_and_cleared(clinic: Clinic) -> None:
    patient = clinic.patients.create(replace(SOFIA, preferred_language="el"))
    assert clinic.patients.get(patient.id).details.preferred_language == "el"
    changed = clinic.patients.update(
        patient.id, replace(SOFIA, preferred_language="en"), read=patient
    )
    assert clinic.patients.get(patient.id).details.preferred_language == "en"
    clinic.patients.update(patient.id, SOFIA, read=changed.record)
    assert clinic.patients.get(patient.id).details.preferred_language is None
    updates = [e for e in clinic.audit.entries() if e.entity == "patient"]
    assert len(updates) == 3
    assert clinic.audit.verify().intact


@pytest.mark.parametrize("value", ["de", "EL", "", "greek"])
def test_a_language_mesolog_does_not_write_is_refused_and_nothing_is_stored(
    clinic: Clinic, value: str
) -> None:
    entries = len(clinic.audit.entries())
    with pytest.raises(ValidationError) as refused:
        clinic.patients.create(replace(SOFIA, preferred_language=value))
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("preferred_language", value)
    assert str(violation.allowed) == "one of el, en, or none"
    assert clinic.patients.search("", limit=None) == []
    assert len(clinic.audit.entries()) == entries


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_clinic_from_before_0018_is_upgraded_with_its_digests_intact(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    url = (
        str(tmp_path / "clinic.sqlite")
        if backend == "sqlite"
        else request.getfixturevalue("postgresql_url")
    )
    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        patient = clinic.patients.create(SOFIA)
        clinic.settings.update_recall_letter("Dear {patient},\n\nPlease call {clinic}.")
    database = Database(resolve_database_url(url))
    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":  # as migrate.py does: tables are copied
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        command.downgrade(alembic_config(connection), "0017")
        connection.commit()
    database.dispose()

    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        assert clinic.migration is not None
        assert clinic.migration.to_revision == head_revision()
        assert clinic.patients.get(patient.id) == patient
        assert patient.details.preferred_language is None
        assert clinic.settings.recall_letter("en") == "Dear {patient},\n\nPlease call {clinic}."
        assert clinic.settings.recall_letter("el") == default_text("el")
        verification = clinic.audit.verify()
        assert verification.intact, verification
        clinic.patients.update(patient.id, replace(SOFIA, preferred_language="el"), read=patient)
        assert clinic.audit.verify().intact
