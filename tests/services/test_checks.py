"""CheckService on a real SQLite database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from mesolog.domain.records import PatientInput
from mesolog.persistence.migrate import head_revision
from mesolog.services.checks import CheckReport, CheckService
from mesolog.services.clinic import Clinic

if TYPE_CHECKING:
    from conftest import Clock


def details(report: CheckReport) -> dict[str, tuple[bool, str]]:
    return {item.name: (item.ok, item.detail) for item in report.items}


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
    ]
