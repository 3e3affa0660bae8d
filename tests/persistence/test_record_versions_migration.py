"""Migration 0007 on a clinic from before it (SQLite and PostgreSQL): every editable record
starts at version 1, the audit log still verifies (versions are left out of digests),
a signed session can still be voided while the lock refuses any other change, version
included, and the way down leaves the schema of 0006."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, exc, inspect, text

from mesolog.domain.enums import Area, Indication
from mesolog.domain.records import (
    ClinicSettings,
    CourseInput,
    NeedleTechnique,
    PatientInput,
    SessionInput,
    TreatmentLine,
)
from mesolog.persistence.database import SIGNED_LOCK, Database
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
TABLES = ("clinic_settings", "clinicians", "patients", "courses", "sessions")
ENTRY = SessionInput(
    performed_at=dt.datetime(2026, 12, 6, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    clinician="Dr Eleni Vasileiou",
    treatments=(TreatmentLine(Area.NECK, NeedleTechnique(2.0)),),
)


def _url(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> str:
    if backend == "sqlite":
        return str(tmp_path / "clinic.sqlite")
    return str(request.getfixturevalue("postgresql_url"))


def _downgrade(url: str, revision: str) -> Database:
    database = Database(resolve_database_url(url))
    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":  # as migrate.py does: tables are copied
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        command.downgrade(alembic_config(connection), revision)
        connection.commit()
    return database


def _versions(engine: Engine) -> dict[str, set[int]]:
    with engine.connect() as connection:
        return {
            table: set(connection.execute(text(f"SELECT version FROM {table}")).scalars())
            for table in TABLES
        }


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_clinic_from_before_0007_is_upgraded(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    url = _url(request, tmp_path, backend)
    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        clinic.settings.update_clinic(ClinicSettings(name="Derma"), read=clinic.settings.clinic())
        patient = clinic.patients.create(PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2)))
        clinic.patients.update(
            patient.id,
            PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2), phone="210"),
            read=patient,
        )
        plan = CourseInput(Indication.HYDRATION_TIGHTENING, 6, dt.date(2026, 12, 1))
        course = clinic.courses.plan(patient.id, plan)
        clinic.courses.update(
            course.id, CourseInput(Indication.HYDRATION_TIGHTENING, 8, plan.started_on), read=course
        )
        signed = clinic.sessions.sign(clinic.sessions.create_draft(patient.id, ENTRY).id)
        draft = clinic.sessions.create_draft(patient.id, ENTRY)
    _downgrade(url, "0006").dispose()

    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        assert clinic.migration is not None
        assert clinic.migration.to_revision == head_revision()
        engine = clinic.context.db.engine
        assert _versions(engine) == {table: {1} for table in TABLES}
        verification = clinic.audit.verify()
        assert verification.intact, verification
        assert clinic.patients.get(patient.id).details.phone == "210"
        assert clinic.sessions.get(signed.id).version == 1
        with pytest.raises(exc.DBAPIError, match=SIGNED_LOCK), engine.begin() as connection:
            connection.execute(text("UPDATE sessions SET version = 2 WHERE status = 'signed'"))
        voided = clinic.sessions.void(signed.id, reason="wrong patient")
        assert voided.voiding is not None
        assert voided.version == 2
        kept = clinic.sessions.get(draft.id)
        notes = replace(kept.entry, notes="seen again")
        assert clinic.sessions.update_draft(draft.id, notes, read=kept).record.version == 2
        verification = clinic.audit.verify()
        assert verification.intact, verification


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_way_down_leaves_the_schema_of_0006(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    url = _url(request, tmp_path, backend)
    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        patient = clinic.patients.create(PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2)))
        signed = clinic.sessions.sign(clinic.sessions.create_draft(patient.id, ENTRY).id)
    database = _downgrade(url, "0006")
    for table in TABLES:
        assert "version" not in {c["name"] for c in inspect(database.engine).get_columns(table)}
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE sessions SET voided_at = CURRENT_TIMESTAMP, voided_by = 'tester',"
                " void_reason = 'wrong patient' WHERE uuid = :u"
            ),
            {"u": signed.id.hex if backend == "sqlite" else signed.id},
        )
    with pytest.raises(exc.DBAPIError, match=SIGNED_LOCK), database.engine.begin() as connection:
        connection.execute(text("UPDATE sessions SET notes = 'x' WHERE status = 'signed'"))
    database.dispose()
