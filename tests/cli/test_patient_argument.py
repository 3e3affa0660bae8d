"""A `--patient` holding a byte that is not UTF-8 (Python reads it as a lone surrogate) or a
control character is refused naming the option's field and the character's code point,
exit status 1, no traceback; before, the lookup sent it to the database and the command
died of a UnicodeEncodeError (issue 11, a finding while fixing defect 7)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from tests.cli.test_main import mesolog


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.patients.create(PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12), "MC-7"))
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["audit", "list"],
        ["export", "json", "-o", "out.json"],
        ["export", "pdf", "-o", "out.pdf"],
    ],
)
@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("MC\udcff-7", "'character 3, U+DCFF (unpaired surrogate)'"),  # the byte 0xFF
        ("MC-\x1b7", "'character 4, U+001B (ESC)'"),
    ],
)
def test_a_patient_argument_no_query_can_carry_is_refused(
    database: Path, tmp_path: Path, command: list[str], typed: str, shown: str
) -> None:
    arguments = [str(tmp_path / a) if a.startswith("out.") else a for a in command]
    result = mesolog("--db", str(database), *arguments, "--patient", typed)
    assert result.returncode == 1, result.stderr
    assert f"patient: {shown} is not allowed" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []
    found = mesolog("--db", str(database), "audit", "list", "--patient", "MC-7")
    assert found.returncode == 0, found.stderr
    assert "\tcreate\t" in found.stdout
