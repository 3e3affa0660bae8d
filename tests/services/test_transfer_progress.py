"""Progress and cancellation of imports and exports: a cancelled import changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.transfer_progress import Cancelled
from tests.conftest import ATHENS, FixedClock

Document = dict[str, Any]
DEMO_PATIENTS = 40


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo clinic's export file, made once for the module (the demo takes a second)."""
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Clinic.open(str(path), actor="tester", clock=clock) as demo:
        DemoService(demo.context).fill()
        document = demo.exports.export_document()
    return json.dumps(document, ensure_ascii=False).encode()


class Recorder:
    """Collects progress reports; says "cancelled" once `stop_at` patients are done."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.reports: list[tuple[int, int]] = []
        self.stop_at = stop_at
        self.asked = 0

    def progress(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        self.asked += 1
        done = self.reports[-1][0] if self.reports else 0
        return self.stop_at is not None and done >= self.stop_at

    def assert_monotonic(self, total: int) -> None:
        dones = [done for done, _ in self.reports]
        assert {t for _, t in self.reports} == {total}
        assert dones == sorted(dones)
        assert dones[0] == 0


def test_import_reports_each_patient_of_the_file(clinic: Clinic, demo_bytes: bytes) -> None:
    recorder = Recorder()
    report = clinic.imports.import_bytes(
        demo_bytes, progress=recorder.progress, cancelled=recorder.cancelled
    )
    assert report.patients_added == DEMO_PATIENTS
    recorder.assert_monotonic(DEMO_PATIENTS)
    assert recorder.reports == [(done, DEMO_PATIENTS) for done in range(DEMO_PATIENTS + 1)]
    assert recorder.asked >= DEMO_PATIENTS


def test_import_of_records_held_already_still_counts_every_patient(
    clinic: Clinic, demo_bytes: bytes
) -> None:
    clinic.imports.import_bytes(demo_bytes)
    recorder = Recorder()
    report = clinic.imports.import_bytes(demo_bytes, progress=recorder.progress)
    assert not report.changed
    assert recorder.reports[-1] == (DEMO_PATIENTS, DEMO_PATIENTS)
    recorder.assert_monotonic(DEMO_PATIENTS)


@pytest.mark.parametrize("stop_at", [0, 1, 17, DEMO_PATIENTS])
def test_a_cancelled_import_leaves_the_database_as_it_was(
    clinic: Clinic, make: Any, probe: Any, demo_bytes: bytes, stop_at: int
) -> None:
    """Cancelled before the first patient, part-way, and after the last one (before commit)."""
    make.patient(record_number="R-HELD")
    clinic.settings.update_clinic(clinic.settings.clinic(), read=clinic.settings.clinic())
    before = probe.snapshot()
    recorder = Recorder(stop_at=stop_at)
    with pytest.raises(Cancelled, match="nothing was imported"):
        clinic.imports.import_bytes(
            demo_bytes, progress=recorder.progress, cancelled=recorder.cancelled
        )
    assert probe.snapshot() == before
    assert recorder.reports[-1:] == ([(stop_at, DEMO_PATIENTS)] if stop_at else [])


def test_the_same_file_imports_whole_after_a_cancelled_attempt(
    clinic: Clinic, demo_bytes: bytes
) -> None:
    recorder = Recorder(stop_at=5)
    with pytest.raises(Cancelled):
        clinic.imports.import_bytes(
            demo_bytes, progress=recorder.progress, cancelled=recorder.cancelled
        )
    report = clinic.imports.import_bytes(demo_bytes)
    assert report.patients_added == DEMO_PATIENTS
    assert report.clinic_adopted


def test_export_reports_each_patient(clinic: Clinic, demo_bytes: bytes) -> None:
    clinic.imports.import_bytes(demo_bytes)
    recorder = Recorder()
    document = clinic.exports.export_document(
        progress=recorder.progress, cancelled=recorder.cancelled
    )
    assert len(document["patients"]) == DEMO_PATIENTS
    assert recorder.reports == [(done, DEMO_PATIENTS) for done in range(DEMO_PATIENTS + 1)]


def test_export_of_one_patient_counts_one(clinic: Clinic, make: Any) -> None:
    patient = make.patient()
    recorder = Recorder()
    clinic.exports.export_document(patient=str(patient.id), progress=recorder.progress)
    assert recorder.reports == [(0, 1), (1, 1)]


def test_export_with_the_progress_arguments_gives_the_same_document(
    clinic: Clinic, demo_bytes: bytes
) -> None:
    clinic.imports.import_bytes(demo_bytes)
    plain = clinic.exports.export_document()
    watched = clinic.exports.export_document(progress=Recorder().progress, cancelled=lambda: False)
    assert watched["chain_anchor"]["entry"] == plain["chain_anchor"]["entry"] + 1  # its export
    assert {**watched, "chain_anchor": None} == {**plain, "chain_anchor": None}
    assert plain["patients"] == json.loads(demo_bytes)["patients"]


def test_a_cancelled_export_writes_no_audit_entry(
    clinic: Clinic, probe: Any, demo_bytes: bytes
) -> None:
    clinic.imports.import_bytes(demo_bytes)
    before = probe.snapshot()
    recorder = Recorder(stop_at=3)
    with pytest.raises(Cancelled, match="nothing was exported"):
        clinic.exports.export_document(progress=recorder.progress, cancelled=recorder.cancelled)
    assert probe.snapshot() == before
    assert recorder.reports[-1] == (3, DEMO_PATIENTS)


def test_a_cancelled_import_leaves_the_file_unchanged_on_disk(
    clinic: Clinic, db_path: Path, demo_bytes: bytes
) -> None:
    """After a checkpoint, the database file's bytes are those from before the attempt."""
    clinic.close()
    before = db_path.read_bytes()
    recorder = Recorder(stop_at=20)
    with (
        Clinic.open(str(db_path), actor="tester", clock=clinic.context.clock) as again,
        pytest.raises(Cancelled),
    ):
        again.imports.import_bytes(
            demo_bytes, progress=recorder.progress, cancelled=recorder.cancelled
        )
    assert db_path.read_bytes() == before
