"""Nothing the command line prints drives the terminal (issue 11, defect 7): a name written
into the database by plain SQL with escape sequences, a bell, a NUL, C1 controls and a
right-to-left override is printed by `mesolog patients` with each of them escaped, one
patient a line and four columns; a JSON export on standard output stays the same JSON;
messages on standard error are escaped too. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from mesolog.domain.records import PatientInput
from mesolog.domain.text import control_character
from mesolog.services.clinic import Clinic

HOSTILE = "Evil\x1b]0;owned\x07\x1b[2J\u202eRLO\x9b31m\x85\x7f\tcolumn\nline"
ESCAPED = (
    "Evil\\u001b]0;owned\\u0007\\u001b[2J\\u202eRLO\\u009b31m\\u0085\\u007f\\u0009column\\u000aline"
)


def mesolog(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    environment.pop("MESOLOG_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "mesolog", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


def raw_controls(output: str) -> list[str]:
    """The control characters of `output` other than its line breaks and tabs."""
    return [c for c in output if c not in "\n\t" and control_character(c) is not None]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """A database holding one patient whose names were rewritten by plain SQL; and the
    names as the patient list should print them."""
    if request.param == "sqlite":
        where, family = str(tmp_path / "clinic.sqlite"), f"\x00{HOSTILE}"
        shown = f"\\u0000{ESCAPED}"
    else:  # PostgreSQL stores no NUL in text
        where, family, shown = request.getfixturevalue("postgresql_url"), HOSTILE, ESCAPED
    with Clinic.open(where, actor="tester") as clinic:
        clinic.patients.create(PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12)))
        with clinic.context.db.engine.begin() as connection:
            connection.execute(
                text("UPDATE patients SET family_name = :family, given_name = :given"),
                {"family": family, "given": "\u2066Ελένη\u2069"},
            )
    return where, f"{shown}, \\u2066Ελένη\\u2069"


def test_the_patient_list_prints_control_characters_escaped(database: tuple[str, str]) -> None:
    where, shown = database
    listed = mesolog("--db", where, "patients")
    assert listed.returncode == 0, listed.stderr
    assert raw_controls(listed.stdout) == []
    [line] = listed.stdout.splitlines()
    columns = line.split("\t")
    assert len(columns) == 4
    assert columns[2] == shown
    assert columns[3] == "1985-04-12"


def test_a_json_export_on_standard_output_is_escaped_and_the_same_json(
    database: tuple[str, str],
) -> None:
    where, _ = database
    exported = mesolog("--db", where, "export", "json", "-o", "-")
    assert exported.returncode == 0, exported.stderr
    assert raw_controls(exported.stdout) == []
    [patient] = json.loads(exported.stdout)["patients"]
    assert patient["family_name"].endswith(HOSTILE)
    assert patient["given_name"] == "\u2066Ελένη\u2069"


def test_a_message_on_standard_error_is_escaped(tmp_path: Path) -> None:
    missing = tmp_path / "a\x1b[31mred\x07 folder" / "clinic.sqlite"
    refused = mesolog("--db", str(missing), "patients")
    assert refused.returncode == 1
    assert raw_controls(refused.stderr) == []
    assert "a\\u001b[31mred\\u0007 folder" in refused.stderr
