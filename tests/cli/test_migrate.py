"""`mesolog migrate --to URL` as a process, against the throwaway clusters of
tests/postgresql.py (and one that wants a password): the report, the progress, the file's
bytes unchanged, the secrets on standard input in their order and never in the output."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mesolog.cli.main import main
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from tests.cli.test_server_password import PASSWORD, cluster
from tests.postgresql import BIN_DIRS, _binary, _run

__all__ = ["cluster"]  # the password-wanting cluster, a fixture of this module too
ROOT = Path(__file__).parents[2]
PASSPHRASE = "the clinic's own passphrase"

pytestmark = pytest.mark.skipif(
    not BIN_DIRS and shutil.which("initdb") is None,
    reason="PostgreSQL is not installed (bash tools/dev.sh test installs Debian's postgresql)",
)


def mesolog(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PG") and key != "MESOLOG_DB"
    }
    environment |= {
        "HOME": str(home),
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": "utf-8",
        "MESOLOG_LANGUAGE": "en",
    }
    return subprocess.run(
        [sys.executable, "-m", "mesolog", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def clinic_file(path: Path, passphrase: str | None = None) -> str:
    """A clinic with one patient in a new SQLite file; the file's SHA-256."""
    with Clinic.open(str(path), passphrase=passphrase, actor="tester") as clinic:
        clinic.patients.create(PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12)))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_clinic_moves_with_a_report_and_the_file_as_it_was(
    tmp_path: Path, postgresql_url: str
) -> None:
    path = tmp_path / "clinic.sqlite"
    before = clinic_file(path)
    moved = mesolog(tmp_path, "--db", str(path), "migrate", "--to", postgresql_url)
    assert moved.returncode == 0, moved.stderr
    assert f"moved to {postgresql_url}, all or nothing" in moved.stdout
    assert "each table has as many rows on the server as in the file" in moved.stdout
    assert "audit verify on the server: intact, 2 entries (the file's 1 and" in moved.stdout
    assert f"MESOLOG_DB={postgresql_url}" in moved.stdout
    assert "copied 1 of 19 tables: audit_head, rows: 1" in moved.stderr
    assert "copied 6 of 19 tables: patients, rows: 1" in moved.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    again = mesolog(tmp_path, "--db", str(path), "migrate", "--to", postgresql_url)
    assert again.returncode == 1
    assert "is not empty" in again.stderr and "nothing was copied or changed" in again.stderr
    with Clinic.open(postgresql_url, create=False) as server:
        assert [p.family_name for p in server.patients.search("")] == ["Papadopoulou"]


def test_an_encrypted_file_to_a_server_that_wants_a_password(
    tmp_path: Path, cluster: tuple[Path, int]
) -> None:
    folder, port = cluster
    _run([_binary("createdb"), "-h", str(folder), "-p", str(port), "-U", "app", "moved"])
    url = f"postgresql+psycopg://app@127.0.0.1:{port}/moved"
    path = tmp_path / "secret.sqlite"
    before = clinic_file(path, PASSPHRASE)
    arguments = ("--db", str(path), "migrate", "--to", url, "--db-passphrase-stdin")
    moved = mesolog(
        tmp_path, *arguments, "--to-password-stdin", stdin=f"{PASSPHRASE}\n{PASSWORD}\n"
    )
    assert moved.returncode == 0, moved.stderr
    assert "audit verify on the server: intact" in moved.stdout
    assert f"MESOLOG_DB={url}" in moved.stdout
    for secret in (PASSWORD, PASSPHRASE):
        assert secret not in moved.stdout + moved.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    without = mesolog(tmp_path, *arguments, stdin=f"{PASSPHRASE}\n")
    assert without.returncode == 1
    assert "no password supplied" in without.stderr


def test_the_help_says_all_or_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--language", "en", "migrate", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "All or nothing: the copy is one transaction on the server" in shown
    assert "--to-password-stdin" in shown
