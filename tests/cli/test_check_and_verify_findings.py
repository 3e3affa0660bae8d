"""What `mesolog check` and `mesolog audit verify` print about a record added with plain SQL,
a guard dropped, and files others may read (issue 11, defects 2, 3 and 7), on a real
database file: each named, never a record's content."""

from __future__ import annotations

import shutil
import uuid
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3

from tests.cli.test_main import mesolog

FORGED_NAME = "Forgedname"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("findings") / "demo.sqlite"
    assert mesolog("--db", str(path), "demo").returncode == 0
    return path


@pytest.fixture
def database(demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    shutil.copyfile(demo, path)
    path.chmod(0o600)
    return path


def _tamper(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(str(path), isolation_level=None)) as raw:
        for statement in statements:
            raw.execute(statement)


def test_verify_names_a_record_added_and_a_guard_dropped(database: Path) -> None:
    added = uuid.uuid4()
    _tamper(
        database,
        "CREATE TEMP TABLE copied AS SELECT * FROM patients LIMIT 1",
        f"UPDATE temp.copied SET id = id + 100000, uuid = '{added.hex}',"
        f" record_number = NULL, family_name = '{FORGED_NAME}'",
        "INSERT INTO patients SELECT * FROM temp.copied",
        "DROP TRIGGER sessions_signed_no_delete",
    )
    result = mesolog("--db", str(database), "audit", "verify")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("chain intact: ")
    assert f"RECORD ADDED outside mesolog: patient {added}: no audit entry wrote it" in lines
    assert (
        "GUARD NOT AS MESOLOG MADE IT: sessions_signed_no_delete on sessions: it is missing"
        in lines
    )
    assert FORGED_NAME not in result.stdout + result.stderr


def test_verify_says_what_it_found_intact(database: Path) -> None:
    result = mesolog("--db", str(database), "audit", "verify")
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[1].startswith("records intact: ")
    assert lines[1].endswith(" match their newest entry, and an entry wrote every record")
    assert lines[2] == "guards intact: every trigger that guards the records is as mesolog made it"
    assert lines[3].startswith("full check in ")
    assert len(lines) == 4


def test_check_warns_of_files_others_may_read_and_fails_on_a_guard(database: Path) -> None:
    database.chmod(0o644)
    warned = mesolog("--db", str(database), "check")
    assert warned.returncode == 0, warned.stdout
    assert f"WARN  file_modes: others on this computer may read or open: {database} (0644)" in (
        warned.stdout
    )
    assert warned.stdout.splitlines()[-1] == "all is well but for 1 warning"
    verified = mesolog("--db", str(database), "audit", "verify")
    assert verified.returncode == 0
    assert f"WARNING: others on this computer may read this file: {database} (0644)" in (
        verified.stdout.splitlines()
    )
    _tamper(database, "DROP TRIGGER reactions_signed_no_replace_insert")
    failed = mesolog("--db", str(database), "check")
    assert failed.returncode == 1
    assert (
        "FAIL  guards: reactions_signed_no_replace_insert on reactions: it is missing"
        in failed.stdout.splitlines()
    )
    assert failed.stdout.splitlines()[-1] == "problems found"
