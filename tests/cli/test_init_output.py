"""`mesolog init` says what the upgrade did to the records: the catalogue built from the
sessions when the upgrade brought it, with its counts."""

from __future__ import annotations

from pathlib import Path

from mesolog.persistence.migrate import head_revision
from tests.cli.test_catalogue_adoption import clinic_with_sessions
from tests.cli.test_main import mesolog
from tests.services.test_catalogue_adoption import _downgrade


def test_init_says_what_the_upgrade_added(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    clinic_with_sessions(path)
    _downgrade(path, "0010")
    result = mesolog("--db", str(path), "init")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(f"schema 0010 -> {head_revision()}")
    assert lines[1].startswith("copy taken before the upgrade: ")
    assert lines[2].startswith("Catalogue: 2 product(s) and 1 lot(s) added")
    again = mesolog("--db", str(path), "init")
    assert "Catalogue" not in again.stdout
