"""`mesolog backup` and `mesolog restore` on a PostgreSQL clinic, as processes against the
throwaway clusters of tests/postgresql.py (and one that wants a password): the checked dump,
the restore beside the database in use and how to switch to it, and the refusals."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from tests.cli.test_server_password import PASSWORD, clinic_database, cluster

__all__ = ["cluster"]  # the password-wanting cluster, a fixture of this module too
ROOT = Path(__file__).parents[2]


def mesolog(
    home: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PG") and key not in ("MESOLOG_DB", "MESOLOG_PG_BIN")
    }
    environment |= {"HOME": str(home), "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mesolog", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment | {"PYTHONIOENCODING": "utf-8", "MESOLOG_LANGUAGE": "en"},
        cwd=ROOT,
        timeout=120,
        check=False,
    )


@pytest.fixture
def server_db(postgresql_url: str) -> str:
    with Clinic.open(postgresql_url, actor="tester") as clinic:
        clinic.patients.create(PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12)))
    return postgresql_url


def databases(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        names = list(connection.execute(text("SELECT datname FROM pg_database")).scalars())
    engine.dispose()
    return names


def test_backup_then_restore_beside_the_database(server_db: str, tmp_path: Path) -> None:
    (tmp_path / "dumps").mkdir()
    backed = mesolog(tmp_path, "--db", server_db, "backup", "-o", str(tmp_path / "dumps"))
    assert backed.returncode == 0, backed.stderr
    assert "backup written and checked:" in backed.stdout
    assert "1 patient, 0 sessions" in backed.stdout
    assert "restored into a scratch database and checked there" in backed.stdout
    assert "The scratch database was dropped." in backed.stdout
    [dump] = (tmp_path / "dumps").glob("*.dump")

    restored = mesolog(tmp_path, "--db", server_db, "restore", str(dump))
    assert restored.returncode == 0, restored.stderr
    name = make_url(server_db).database
    [new] = [n for n in databases(server_db) if n.startswith(f"{name}_restored_")]
    assert f"into the new database {new}: 1 patient, 0 sessions" in restored.stdout
    assert f"The database in use, {name}, was left as it was." in restored.stdout
    assert f"MESOLOG_DB={make_url(server_db).set(database=new)}" in restored.stdout
    assert not [n for n in databases(server_db) if n.startswith("mesolog_check_")]


def test_a_damaged_dump_is_refused_and_leaves_nothing(server_db: str, tmp_path: Path) -> None:
    assert mesolog(tmp_path, "--db", server_db, "backup", "-o", str(tmp_path)).returncode == 0
    [dump] = tmp_path.glob("*.dump")
    damaged = tmp_path / "damaged.dump"
    damaged.write_bytes(dump.read_bytes()[: dump.stat().st_size // 2])
    before = databases(server_db)
    refused = mesolog(tmp_path, "--db", server_db, "restore", str(damaged))
    assert refused.returncode == 1
    assert "pg_restore failed" in refused.stderr or "not a whole PostgreSQL dump" in refused.stderr
    assert databases(server_db) == before


def test_refusals_say_what_to_do(server_db: str, tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    missing = mesolog(tmp_path, "--db", server_db, "backup", env={"MESOLOG_PG_BIN": str(empty)})
    assert missing.returncode == 1
    assert "pg_dump and pg_restore are not installed here" in missing.stderr
    assert "sudo apt install postgresql-client" in missing.stderr
    encrypted = mesolog(tmp_path, "--db", server_db, "backup", "--encrypt")
    assert encrypted.returncode == 1
    assert "--encrypt is for SQLite databases" in encrypted.stderr
    assert list(tmp_path.glob("**/*.dump")) == []


def test_a_server_password_reaches_pg_dump_without_a_command_line(
    cluster: tuple[Path, int], tmp_path: Path
) -> None:
    server = clinic_database(cluster, "clinic_dumped")
    (tmp_path / "dumps").mkdir()
    backed = mesolog(
        tmp_path,
        "--db",
        server,
        "--db-password-stdin",
        "backup",
        "-o",
        str(tmp_path / "dumps"),
        stdin=PASSWORD + "\n",
    )
    assert backed.returncode == 0, backed.stderr
    assert PASSWORD not in backed.stdout + backed.stderr
    assert len(list((tmp_path / "dumps").glob("clinic_dumped.backup-*.dump"))) == 1
