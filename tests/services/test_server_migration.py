"""Moving a clinic from its SQLite file into an empty PostgreSQL database
(services.server_migration), against the throwaway cluster of tests/postgresql.py: the
demo clinic verified on the server, an encrypted file, and every refusal and failure leaving
the server's database as it was and the file's bytes unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, make_url, text

from mesolog.domain.errors import DatabaseError
from mesolog.domain.records import PatientInput
from mesolog.persistence.audit import GENESIS
from mesolog.persistence.conversion import DatabaseInUseError
from mesolog.persistence.server_copy import rows_held
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.encryption import encrypt_database
from mesolog.services.server_migration import MigrationReport, migrate_to_server
from tests.conftest import FixedClock
from tests.postgresql import BIN_DIRS
from tests.services.backup_support import DATABASE_PASSPHRASE, fill

if TYPE_CHECKING:
    from tests.services.conftest import Maker

pytestmark = pytest.mark.skipif(
    not BIN_DIRS and shutil.which("initdb") is None,
    reason="PostgreSQL is not installed (bash tools/dev.sh test installs Debian's postgresql)",
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def held(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return rows_held(connection)
    finally:
        engine.dispose()


def genesis_only(url: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, last_entry_id, last_hash FROM audit_head"))
            return [tuple(row) for row in rows] == [(1, 0, GENESIS)]
    finally:
        engine.dispose()


def migrate(path: Path, url: str, passphrase: str | None = None) -> MigrationReport:
    return migrate_to_server(str(path), url, passphrase=passphrase, actor="it-person")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo clinic's file, made once for the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        DemoService(clinic.context).fill()
    return path


@pytest.fixture
def filled(clinic: Clinic, make: Maker, db_path: Path) -> Iterator[Path]:
    """The small filled clinic of the backup tests, closed."""
    fill(make)
    clinic.close()
    yield db_path


@pytest.mark.slow  # the demo clinic is made once for the module: about 10 s
def test_the_demo_clinic_moves_and_verifies_on_the_server(
    demo_file: Path, tmp_path: Path, postgresql_url: str
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    before = digest(path)
    told: list[tuple[str, int, int]] = []
    report = migrate_to_server(
        str(path),
        postgresql_url,
        passphrase=None,
        actor="it-person",
        progress=lambda table, place, tables: told.append((table.table, place, tables)),
    )
    assert digest(path) == before
    assert report.server_tables == report.source_tables
    rows = {table.table: table.rows for table in report.source_tables}
    assert rows["patients"] == 40 and rows["photo_images"] > 0
    assert rows["audit_log"] == report.source_head.entries
    assert [place for _, place, _ in told] == list(range(1, len(rows) + 1))
    verification = report.verification
    assert verification.intact
    assert verification.entries == report.source_head.entries + 1
    assert verification.records_checked > 500
    with Clinic.open(postgresql_url, actor="tester", create=False) as server:
        [entry] = server.audit.entries(limit=1)
        assert entry.actor == "it-person" and entry.entity == "database"
        assert report.source_head.last_hash in entry.detail
        assert entry.detail.endswith(f"file {path}")
        # Sequences go on past the copied ids: a new record gets a new one.
        server.patients.create(PatientInput("Nikolaou", "Anna", dt.date(1990, 5, 1)))
        assert server.audit.verify().intact


def test_an_encrypted_file_moves_with_its_passphrase(
    clinic: Clinic, make: Maker, db_path: Path, postgresql_url: str
) -> None:
    fill(make)
    plain_copy = encrypt_database(clinic, DATABASE_PASSPHRASE).plain_copy
    assert plain_copy is not None
    plain_copy.unlink()
    before = digest(db_path)
    report = migrate(db_path, postgresql_url, DATABASE_PASSPHRASE)
    assert report.encrypted and report.verification.intact
    assert report.server_tables == report.source_tables
    assert digest(db_path) == before
    with Clinic.open(postgresql_url, create=False) as server:
        assert [p.family_name for p in server.patients.search("")] == ["Georgiou", "Papadopoulou"]


def test_a_target_with_rows_is_refused_naming_them_and_left_as_it_was(
    filled: Path, postgresql_url: str
) -> None:
    with Clinic.open(postgresql_url, actor="tester") as server:
        server.patients.create(PatientInput("Nikolaou", "Anna", dt.date(1990, 5, 1)))
    found = held(postgresql_url)
    before = digest(filled)
    with pytest.raises(DatabaseError, match="is not empty") as refused:
        migrate(filled, postgresql_url)
    assert (
        "4 of its tables hold rows (patient_search_terms 2, audit_head 1, audit_log 1, …)"
        in str(refused.value)
    )
    assert held(postgresql_url) == found
    assert digest(filled) == before


def test_a_failure_in_the_middle_of_the_copy_leaves_the_target_empty(
    filled: Path, postgresql_url: str
) -> None:
    Clinic.open(postgresql_url, actor="tester").close()
    engine = create_engine(postgresql_url)
    with engine.begin() as connection:
        # A table that refuses a row the file holds, after others were copied.
        connection.exec_driver_sql(
            "ALTER TABLE treatment_lines ADD CONSTRAINT refuses CHECK (id < 0)"
        )
    engine.dispose()
    before = digest(filled)
    with pytest.raises(DatabaseError, match="rolled back") as failed:
        migrate(filled, postgresql_url)
    assert '"refuses"' in str(failed.value)
    assert held(postgresql_url) == {}
    assert genesis_only(postgresql_url)
    assert digest(filled) == before


def test_a_role_that_does_not_own_the_tables_is_refused(filled: Path, postgresql_url: str) -> None:
    Clinic.open(postgresql_url, actor="tester").close()
    engine = create_engine(postgresql_url)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "DO $$ BEGIN CREATE ROLE clerk LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        connection.exec_driver_sql(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO clerk"
        )
    engine.dispose()
    as_clerk = make_url(postgresql_url).set(username="clerk").render_as_string(False)
    with pytest.raises(DatabaseError, match="The role clerk does not own the tables") as refused:
        migrate(filled, as_clerk)
    assert "connect as app" in str(refused.value)
    assert held(postgresql_url) == {}


def test_a_file_open_elsewhere_is_refused_before_anything_is_made(
    db_path: Path, clock: FixedClock, postgresql_url: str
) -> None:
    with Clinic.open(str(db_path), actor="tester", clock=clock) as open_elsewhere:
        open_elsewhere.patients.create(PatientInput("Nikolaou", "Anna", dt.date(1990, 5, 1)))
        with pytest.raises(DatabaseInUseError, match="Close mesolog wherever"):
            migrate(db_path, postgresql_url)
    engine = create_engine(postgresql_url)
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        )
        assert tables.scalar_one() == 0
    engine.dispose()


def test_a_target_that_is_not_postgresql_is_refused(filled: Path, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is not a PostgreSQL database URL"):
        migrate(filled, str(tmp_path / "other.sqlite"))
    assert not (tmp_path / "other.sqlite").exists()
