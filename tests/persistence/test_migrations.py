"""The shipped migrations build exactly the models' schema, and upgrades keep a copy first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.base import Base
from mesolog.persistence.database import Database
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config, current_revision, head_revision, upgrade
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


def _database(path: Path) -> Database:
    return Database(resolve_database_url(str(path)))


def test_migrations_produce_exactly_the_models_schema(tmp_path: Path) -> None:
    db = _database(tmp_path / "fresh.sqlite")
    result = upgrade(db, now=NOW)
    assert (result.from_revision, result.to_revision, result.backup) == (
        None,
        head_revision(),
        None,
    )
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()


def test_upgrading_an_up_to_date_database_does_nothing(tmp_path: Path) -> None:
    db = _database(tmp_path / "fresh.sqlite")
    upgrade(db, now=NOW)
    again = upgrade(db, now=NOW)
    assert not again.changed
    assert again.backup is None
    db.dispose()


def _downgraded_to_base(path: Path) -> None:
    db = _database(path)
    upgrade(db, now=NOW)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY, body TEXT)")
        connection.exec_driver_sql("INSERT INTO legacy_note (body) VALUES ('kept')")
    with db.engine.connect() as connection:
        command.downgrade(alembic_config(connection), "base")
        connection.commit()
    db.dispose()


def test_an_older_database_is_copied_with_the_backup_api_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _downgraded_to_base(path)
    with Clinic.open(str(path), actor="tester", clock=lambda: NOW) as clinic:
        assert clinic.migration is not None
        assert clinic.migration.to_revision == head_revision()
        backup = clinic.migration.backup
    assert backup is not None
    assert backup.name == "old.before-upgrade-empty-20260310T120000Z.sqlite"
    copy = sqlite3.connect(str(backup))
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT body FROM legacy_note").fetchall() == [("kept",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
        assert "patients" not in tables
    finally:
        copy.close()
    db = _database(path)
    with db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_a_database_from_a_newer_mesolog_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    db = _database(path)
    upgrade(db, now=NOW)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer mesolog"):
        Clinic.open(str(path), actor="tester")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_mesolog_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    other = sqlite3.connect(str(path))
    other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    other.commit()
    other.close()
    with pytest.raises(DatabaseError, match="not a mesolog database"):
        Clinic.open(str(path), actor="tester")


def test_opening_without_create_refuses_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite"
    with pytest.raises(DatabaseError, match="There is no database"):
        Clinic.open(str(path), actor="tester", create=False)
    assert not path.exists()


def test_audit_entries_of_schema_0001_are_renumbered_and_chained(tmp_path: Path) -> None:
    """PostgreSQL sequences leave gaps; the chain needs 1, 2, 3… in the old order."""
    path = tmp_path / "v1.sqlite"
    db = _database(path)
    with db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.commit()
    db.dispose()
    raw = sqlite3.connect(str(path))
    for key, actor in ((3, "first"), (7, "second"), (8, "third")):
        raw.execute(
            "INSERT INTO audit_log (id, occurred_at, actor, action, entity, detail)"
            " VALUES (?, ?, ?, 'create', 'patient', '')",
            (key, f"2026-01-0{key} 09:00:00.000000", actor),
        )
    raw.commit()
    raw.close()
    with Clinic.open(str(path), actor="tester", clock=lambda: NOW) as clinic:
        entries = list(reversed(clinic.audit.entries()))
        verification = clinic.audit.verify()
    assert [(e.id, e.actor) for e in entries] == [(1, "first"), (2, "second"), (3, "third")]
    assert verification.intact
    assert verification.entries == 3
