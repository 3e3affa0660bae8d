"""A PostgreSQL server's password on the command line (issue 11, defect 7): never needed in
`--db`, where every user of the computer reads it in the process list. It comes from
libpq's PGPASSWORD, ~/.pgpass or a service file, or from the first line of standard input
(--db-password-stdin); one written into --db still works, with a warning. Against a
throwaway cluster that asks for a password (scram-sha-256) on its TCP port."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from tests.postgresql import _as_server_user, _binary, _free_port, _run

PASSWORD = "a s3cret: with 'quotes' @ and spaces"
ADMIN_PASSWORD = "the admin's own password"


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[Path, int]]:
    """The socket folder and TCP port of a cluster that wants a password over TCP."""
    folder = Path(tempfile.mkdtemp(prefix="mesolog-password-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port, secret = folder / "data", _free_port(), folder / "pw"
    secret.write_text(PASSWORD + "\n")
    if os.geteuid() == 0:
        shutil.chown(secret, "postgres")
    initdb = [_binary("initdb"), "-D", str(data), "-U", "app", f"--pwfile={secret}"]
    auth = ["--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8"]
    _run(_as_server_user([*initdb, *auth, "--locale=C.UTF-8"]))
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
    pg_ctl = [_binary("pg_ctl"), "-D", str(data)]
    _run(_as_server_user([*pg_ctl, "-o", options, "-l", str(folder / "log"), "-w", "start"]))
    try:
        yield folder, port
    finally:
        _run(_as_server_user([*pg_ctl, "-m", "fast", "-w", "stop"]))
        shutil.rmtree(folder, ignore_errors=True)


def clinic_database(cluster: tuple[Path, int], name: str) -> str:
    """The URL (without password) of a new database holding one patient and no accounts."""
    folder, port = cluster
    _run([_binary("createdb"), "-h", str(folder), "-p", str(port), "-U", "app", name])
    url = f"postgresql+psycopg://app@127.0.0.1:{port}/{name}"
    with Clinic.open(make_url(url).set(password=PASSWORD).render_as_string(False)) as clinic:
        clinic.patients.create(PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12)))
    return url


@pytest.fixture(scope="module")
def server(cluster: tuple[Path, int]) -> str:
    """A database the tests only read, so they may run in any order."""
    return clinic_database(cluster, "clinic")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder of its own: no ~/.pgpass or service file but those a test writes."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def mesolog(
    home: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PG") and key != "MESOLOG_DB"
    }
    environment |= {"HOME": str(home), "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mesolog", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


def listed(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    return [line.split("\t")[2] for line in result.stdout.splitlines()]


def test_without_a_password_the_refusal_says_where_to_give_one(server: str, home: Path) -> None:
    refused = mesolog(home, "--db", server, "patients")
    assert refused.returncode == 1
    assert "no password supplied" in refused.stderr
    assert "PGPASSWORD, ~/.pgpass or a service file" in refused.stderr
    assert "--db-password-stdin" in refused.stderr


def test_libpq_takes_it_from_pgpassword(server: str, home: Path) -> None:
    result = mesolog(home, "--db", server, "patients", env={"PGPASSWORD": PASSWORD})
    assert listed(result) == ["Papadopoulou, Elena"]
    assert result.stderr == ""


def test_libpq_takes_it_from_pgpass_and_a_service_file(server: str, home: Path) -> None:
    url = make_url(server)
    passfile = home / ".pgpass"
    escaped = PASSWORD.replace("\\", "\\\\").replace(":", "\\:")
    passfile.write_text(f"{url.host}:{url.port}:{url.database}:{url.username}:{escaped}\n")
    passfile.chmod(0o600)
    assert listed(mesolog(home, "--db", server, "patients")) == ["Papadopoulou, Elena"]

    services = home / ".pg_service.conf"
    services.write_text(
        f"[clinic]\nhost={url.host}\nport={url.port}\ndbname={url.database}\nuser={url.username}\n"
    )
    by_service = mesolog(home, "--db", "postgresql+psycopg:///?service=clinic", "patients")
    assert listed(by_service) == ["Papadopoulou, Elena"]


def test_it_is_read_from_standard_input_before_the_account_password(
    cluster: tuple[Path, int], home: Path
) -> None:
    server = clinic_database(cluster, "clinic_with_accounts")
    assert listed(
        mesolog(home, "--db", server, "--db-password-stdin", "patients", stdin=PASSWORD + "\n")
    ) == ["Papadopoulou, Elena"]
    with Clinic.open(make_url(server).set(password=PASSWORD).render_as_string(False)) as clinic:
        clinic.accounts.create_first_admin("eleni", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
    both = f"{PASSWORD}\n{ADMIN_PASSWORD}\n"
    after_the_command = ("patients", "--db-password-stdin", "--user", "eleni", "--password-stdin")
    result = mesolog(home, "--db", server, *after_the_command, stdin=both)
    assert listed(result) == ["Papadopoulou, Elena"]
    wrong = mesolog(home, "--db", server, "--db-password-stdin", "patients", stdin="nope\n")
    assert wrong.returncode == 1
    assert "password authentication failed" in wrong.stderr


def test_a_password_in_db_works_with_a_warning(server: str, home: Path) -> None:
    inline = make_url(server).set(password=PASSWORD).render_as_string(hide_password=False)
    result = mesolog(home, "--db", inline, "audit", "list", "--limit", "1")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1  # the newest audit entry
    assert result.stderr.startswith(
        "mesolog: warning: the password in --db can be read by anyone on this computer in "
        "the process list."
    )
    query = mesolog(home, "--db", f"{server}?password=x", "check")
    assert "warning: the password in --db" in query.stderr


def test_standard_input_is_refused_for_an_sqlite_file_and_for_a_url_with_a_password(
    home: Path, tmp_path: Path
) -> None:
    file = mesolog(
        home, "--db", str(tmp_path / "c.sqlite"), "--db-password-stdin", "init", stdin="x\n"
    )
    assert file.returncode == 1
    assert "is an SQLite file: it has no server password" in file.stderr
    assert not (tmp_path / "c.sqlite").exists()
    twice = mesolog(
        home,
        "--db",
        "postgresql+psycopg://app:pw@127.0.0.1:1/x",
        "--db-password-stdin",
        "check",
        stdin="x\n",
    )
    assert twice.returncode == 1
    assert "holds a password already" in twice.stderr


def test_help_says_where_the_password_comes_from(home: Path) -> None:
    shown = " ".join(mesolog(home, "--help").stdout.split())
    assert "Leave a PostgreSQL password out of it" in shown
    assert "PGPASSWORD, ~/.pgpass or a service file" in shown
    assert "--db-password-stdin read the PostgreSQL server's password from standard input" in shown
    assert "or the PostgreSQL server's password (--db-password-stdin), the acting user's" in shown
