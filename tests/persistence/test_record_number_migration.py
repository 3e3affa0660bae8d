"""Migration 0004 on a clinic from before it (SQLite and PostgreSQL): every patient gets
its record key and the terms that find its number however typed; the records audited
before it still match the audit log; the uniqueness check sees the old numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from mesolog.domain.errors import ValidationError
from mesolog.domain.records import ClinicSettings, PatientInput
from mesolog.domain.text import patient_search_terms
from mesolog.persistence.database import Database
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
PATIENTS = [
    ("Καρμίρης", "Νίκος", "MC-0012", "+30 694 412 3456"),
    ("Müller", "Jürgen", "2024/0007", ""),
    ("Ibáñez", "Sofía", "", "210 555 0102"),
    ("Østergård", "Søren", "mc-3", ""),
    ("Rossi", "Anna", "MC-0004", ""),
]


def _clinic_before_0004(url: str) -> None:
    """A clinic made by the services, then brought back to schema 0003 with the search
    terms the code before 0004 wrote."""
    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        clinic.settings.update_clinic(
            ClinicSettings(name="Derma Athens"), read=clinic.settings.clinic()
        )
        for family, given, number, phone in PATIENTS:
            details = PatientInput(
                family, given, dt.date(1980, 1, 1), record_number=number, phone=phone
            )
            clinic.patients.create(details)
    database = Database(resolve_database_url(url))
    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":  # as migrate.py does: tables are copied
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        command.downgrade(alembic_config(connection), "0003")
        connection.commit()
        for patient_id, family, given, number, phone in connection.execute(
            text("SELECT id, family_name, given_name, record_number, phone FROM patients")
        ).all():
            old = patient_search_terms(family, given, number or "", phone)
            for (term,) in connection.execute(
                text("SELECT term FROM patient_search_terms WHERE patient_id = :id"),
                {"id": patient_id},
            ).all():
                if term not in old:
                    connection.execute(
                        text(
                            "DELETE FROM patient_search_terms WHERE patient_id = :id AND term = :t"
                        ),
                        {"id": patient_id, "t": term},
                    )
        connection.commit()
        assert not connection.execute(
            text("SELECT 1 FROM patient_search_terms WHERE term = 'mc12'")
        ).all()
    database.dispose()


def _check_upgraded(url: str) -> None:
    with Clinic.open(url, actor="tester", clock=lambda: NOW) as clinic:
        assert clinic.migration is not None
        assert clinic.migration.to_revision == head_revision()
        for query in ("mc12", "MC 12", "0012", "12", "mc0012", "MC-0012"):
            assert [p.family_name for p in clinic.patients.search(query)] == ["Καρμίρης"], query
        assert [p.family_name for p in clinic.patients.search("2024 7")] == ["Müller"]
        assert [p.family_name for p in clinic.patients.search("0102")] == ["Ibáñez"]
        verification = clinic.audit.verify()
        assert verification.intact, verification
        assert verification.records_checked == 6
        assert clinic.settings.clinic().record_number_pattern == ""
        with pytest.raises(ValidationError) as refused:
            clinic.patients.create(
                PatientInput("Νέα", "Ασθενής", dt.date(1990, 1, 1), record_number="mc-12")
            )
        [violation] = refused.value.violations
        assert str(violation.allowed).endswith("MC-0012 is another patient's")
        assert clinic.patients.next_record_number() == "MC-0013"


def test_a_sqlite_clinic_from_before_is_upgraded(tmp_path: Path) -> None:
    path = str(tmp_path / "clinic.sqlite")
    _clinic_before_0004(path)
    _check_upgraded(path)


def test_a_postgresql_clinic_from_before_is_upgraded(postgresql_url: str) -> None:
    _clinic_before_0004(postgresql_url)
    _check_upgraded(postgresql_url)
