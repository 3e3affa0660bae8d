"""Migration 0006 on a clinic from before it (SQLite and PostgreSQL): signed sessions read as
given despite nothing, their audited digests still match, and the signed-row lock guards
the new column (and, back at 0005, the old ones still)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, exc, inspect, text

from mesolog.domain.enums import Area
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    SessionInput,
    TreatmentLine,
)
from mesolog.persistence.database import SIGNED_LOCK, Database
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)
ENTRY = SessionInput(
    performed_at=dt.datetime(2026, 12, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    clinician="Dr Eleni Vasileiou",
    treatments=(TreatmentLine(Area.NECK, NeedleTechnique(2.0)),),
    pre_treatment=PreTreatment(topical_anaesthetic="Lidocaine 5%", consent_confirmed=True),
)


def _refuses(engine: Engine, statement: str) -> None:
    with pytest.raises(exc.DBAPIError, match=SIGNED_LOCK), engine.begin() as connection:
        connection.execute(text(statement))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_clinic_from_before_0006_is_upgraded(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    url = (
        str(tmp_path / "clinic.sqlite")
        if backend == "sqlite"
        else request.getfixturevalue("postgresql_url")
    )
    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        patient = clinic.patients.create(PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2)))
        signed = clinic.sessions.sign(clinic.sessions.create_draft(patient.id, ENTRY).id)
    database = Database(resolve_database_url(url))
    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":  # as migrate.py does: tables are copied
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        command.downgrade(alembic_config(connection), "0005")
        connection.commit()
    columns = {c["name"] for c in inspect(database.engine).get_columns("sessions")}
    assert "given_despite" not in columns
    _refuses(database.engine, "UPDATE sessions SET voided_at = CURRENT_TIMESTAMP, notes = 'x'")
    database.dispose()

    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        assert clinic.migration is not None
        assert clinic.migration.to_revision == head_revision()
        assert clinic.sessions.get(signed.id) == signed
        assert signed.entry.given_despite == ()
        verification = clinic.audit.verify()
        assert verification.intact, verification
        engine = clinic.context.db.engine
        _refuses(engine, "UPDATE sessions SET voided_at = CURRENT_TIMESTAMP, given_despite = '[]'")
        _refuses(engine, "UPDATE sessions SET given_despite = '[]'")
