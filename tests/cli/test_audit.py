"""`mesolog audit verify` and `mesolog audit list` on a real database file."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlite3

from tests.cli.test_main import mesolog


def _demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert mesolog("--db", str(path), "demo").returncode == 0
    return path


def test_verify_reports_an_intact_chain_then_names_the_first_break(tmp_path: Path) -> None:
    path = _demo(tmp_path)
    result = mesolog("audit", "verify", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("chain intact: ")
    assert "records intact" in result.stdout
    assert "entries/s), " in result.stdout and "records compared (the chain is short)" in (
        result.stdout
    )
    asked = mesolog("audit", "verify", "--full", "--db", str(path))
    assert asked.returncode == 0 and "records compared (as asked)" in asked.stdout
    broken = tmp_path / "broken.sqlite"
    shutil.copyfile(path, broken)
    raw = sqlite3.connect(str(broken))
    raw.execute("UPDATE audit_log SET detail = 'x' WHERE id = 17")
    raw.execute("UPDATE patients SET allergies = 'none' WHERE record_number = 'MC-0003'")
    raw.commit()
    raw.close()
    result = mesolog("--db", str(broken), "audit", "verify")
    assert result.returncode == 1
    assert "CHAIN BROKEN at entry 17: its content does not match its hash" in result.stdout
    assert "RECORD CHANGED outside mesolog: patient " in result.stdout
    assert result.stderr == ""


def test_list_filters_by_patient_user_and_date(tmp_path: Path) -> None:
    path = _demo(tmp_path)
    everything = mesolog("--db", str(path), "audit", "list").stdout.splitlines()
    one = mesolog("--db", str(path), "audit", "list", "--patient", "MC-0007").stdout.splitlines()
    assert 0 < len(one) < len(everything)
    assert all("\timport\t" in line for line in one)
    assert mesolog("--db", str(path), "audit", "list", "--user", "nobody").stdout == ""
    later = mesolog("--db", str(path), "audit", "list", "--since", "2999-01-01")
    assert later.returncode == 0 and later.stdout == ""
    bad = mesolog("--db", str(path), "audit", "list", "--since", "yesterday")
    assert bad.returncode == 2
    assert "'yesterday' is not a day; write it as YYYY-MM-DD" in bad.stderr
