"""CheckService on a real SQLite database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from mesolog.domain.records import PatientInput
from mesolog.persistence.migrate import head_revision
from mesolog.services.checks import CheckReport, CheckService
from mesolog.services.clinic import Clinic

pytestmark = pytest.mark.sqlite_only(
    "the checks of an SQLite file: its journal mode and file modes"
)

if TYPE_CHECKING:
    from conftest import Clock, Maker


def details(report: CheckReport) -> dict[str, tuple[bool, str]]:
    return {item.name: (item.ok, str(item.detail)) for item in report.items}


def assert_healthy(report: CheckReport) -> None:
    found = details(report)
    assert report.ok, found
    assert found["journal_mode"] == (True, "wal")
    assert found["foreign_keys"] == (True, "on")
    assert found["synchronous"] == (True, "full")
    assert found["integrity_check"] == (True, "ok")
    assert found["foreign_key_check"] == (True, "ok")
    assert found["schema"][0]
    assert found["schema"][1] == f"migration {head_revision()}, newest {head_revision()}"
    assert found["sqlite"][1].startswith("SQLite 3.")
    assert found["guards"] == (
        True,
        "all 28 triggers guarding the records are as mesolog made them",
    )
    assert found["search keys"] == (True, "every product use's name and lot key is current")


def test_a_fresh_database_is_healthy(clinic: Clinic) -> None:
    assert_healthy(CheckService(clinic.context).run())


def test_a_database_created_from_nothing_is_healthy(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "new" / "clinic.sqlite"

    with Clinic.open(str(path), actor="tester", clock=clock) as fresh:
        assert fresh.migration is not None
        assert (fresh.migration.from_revision, fresh.migration.to_revision) == (
            None,
            head_revision(),
        )
        assert_healthy(CheckService(fresh.context).run())


def test_a_database_with_records_is_healthy(clinic: Clinic) -> None:
    patient = clinic.patients.create(PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12)))
    clinic.patients.void(patient.id, reason="test record")

    assert_healthy(CheckService(clinic.context).run())


def test_the_report_names_each_check_once(clinic: Clinic) -> None:
    names = [item.name for item in CheckService(clinic.context).run().items]

    assert names == [
        "schema",
        "sqlite",
        "journal_mode",
        "foreign_keys",
        "synchronous",
        "integrity_check",
        "foreign_key_check",
        "guards",
        "search keys",
        "file_modes",
    ]


def test_a_search_key_that_is_not_its_names_fails_the_check(clinic: Clinic, make: Maker) -> None:
    """A key written by an older fold (or by hand) would leave uses out of a recall."""
    patient = make.patient()
    make.draft(patient.id, treatments=(make.needle_line(products=(make.product(),)),))
    with clinic.context.db.engine.begin() as connection:  # a draft's rows are not locked
        connection.execute(text("UPDATE product_uses SET product_key = 'old fold', lot_key = 'x'"))
    found = details(CheckService(clinic.context).run())
    assert found["search keys"] == (
        False,
        "1 product spellings, 1 lot spellings have a search key that is not theirs: "
        "a recall would leave their uses out",
    )


def _made_private(folder: Path) -> None:
    """The test's database is a copy of a template (tests/services/conftest.py), made with
    the umask's mode; so are the journals SQLite made beside it with the file's mode."""
    for path in folder.glob("clinic.sqlite*"):
        path.chmod(0o600)


def test_files_others_may_read_are_named_as_a_warning(clinic: Clinic, tmp_path: Path) -> None:
    """The database, a copy beside it, the backup folder and a backup in it; not a file of
    another database, nor one whose mode is private. The report is still ok."""
    _made_private(tmp_path)
    database = tmp_path / "clinic.sqlite"
    copy = tmp_path / "clinic.before-upgrade-0006-20260310T120000Z.sqlite"
    backups = tmp_path / "backups"
    backup = backups / "clinic.backup-20260310T120000Z.sqlite"
    private = backups / "clinic.daily-20260311T120000Z.sqlite"
    other = tmp_path / "other.sqlite"
    backups.mkdir(mode=0o700)
    for path in (copy, backup, private, other):
        path.write_bytes(b"")
    for path, mode in ((database, 0o644), (copy, 0o640), (backups, 0o755), (backup, 0o604)):
        path.chmod(mode)
    private.chmod(0o600)
    other.chmod(0o644)
    report = CheckService(clinic.context).run()
    [item] = report.warnings
    assert item.name == "file_modes"
    assert str(item.detail) == (
        f"others on this computer may read or open: the folder {backups} (0755), {backup} (0604), "
        f"{copy} (0640), {database} (0644); make files 0600 and folders 0700 (chmod)"
    )
    assert report.ok


def test_private_files_give_no_warning(clinic: Clinic, tmp_path: Path) -> None:
    _made_private(tmp_path)
    found = details(CheckService(clinic.context).run())
    assert found["file_modes"] == (True, "the database, its copies and backups are private")
