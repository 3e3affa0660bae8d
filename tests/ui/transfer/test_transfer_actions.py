"""Import and export from the window, on real databases, with the file dialogs replaced."""

from __future__ import annotations

import copy
import datetime as dt
import errno
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from jsonschema import Draft202012Validator
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QPlainTextEdit

from mesolog.domain.records import PatientInput
from mesolog.interchange.schema import load_schema
from mesolog.services import transfer_stream_import
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.ui.common.jobs import Job, Progress, run_job, running_jobs
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.transfer.transfer_actions import export_json, import_file, show_pace
from tests.conftest import ATHENS, FixedClock
from tests.qt_fixtures import Boxes

# The other locales' runs leave it out: its subject is files in the interchange format, the same
# in every locale.

Document = dict[str, Any]
DEMO_PATIENTS = 40


@pytest.fixture(scope="module")
def demo_document_once(tmp_path_factory: pytest.TempPathFactory) -> Document:
    """The demo clinic's export, made in a clinic of its own once for the module."""
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Clinic.open(str(path), actor="tester", clock=clock) as demo:
        DemoService(demo.context).fill()
        return demo.exports.export_document()


@pytest.fixture
def demo_document(demo_document_once: Document) -> Document:
    return copy.deepcopy(demo_document_once)


def write(path: Path, document: Document) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def window(job_host: QMainWindow) -> QMainWindow:
    return job_host


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None, which: str) -> list[str]:
    """Replaces QFileDialog's static `which` with one that answers `path` (None: cancelled)."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, suggested: str = "", *_: object) -> tuple[str, str]:
        asked.append(suggested)
        return (str(path) if path is not None else "", "")

    monkeypatch.setattr(QFileDialog, which, staticmethod(answer))
    return asked


def finish(qtbot: Any, job: Job | None) -> None:
    assert job is not None
    if job in running_jobs():
        with qtbot.waitSignal(job.finished, timeout=20_000):
            pass


def patient_count(clinic: Clinic) -> int:
    return len(clinic.patients.search("", limit=None))


@pytest.fixture(params=["one process", "two processes"])
def checked_by(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Whether the file is checked first, or (as a large one is) by a second process while
    it is written (services.transfer_check_process)."""
    if request.param == "two processes":
        monkeypatch.setattr(transfer_stream_import, "PARALLEL_FROM", 0)
    return str(request.param)


def test_import_file_imports_the_demo_export(
    checked_by: str,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    clinic: Clinic,
    demo_document: Document,
    tmp_path: Path,
) -> None:
    choose_file(monkeypatch, write(tmp_path / "demo.json", demo_document), "getOpenFileName")
    changes: list[bool] = []
    bus.changed.connect(lambda: changes.append(True))
    finish(qtbot, import_file(window, clinic, bus))
    assert patient_count(clinic) == DEMO_PATIENTS
    assert changes == [True]
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("information", "Import patients")
    assert text.startswith(f"Imported {DEMO_PATIENTS} patient(s)")
    names = {p["family_name"] for p in demo_document["patients"]}
    assert {s.family_name for s in clinic.patients.search("", limit=None)} == names


def test_importing_the_same_file_again_says_nothing_changed(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    clinic: Clinic,
    demo_document: Document,
    tmp_path: Path,
) -> None:
    clinic.imports.import_bytes(json.dumps(demo_document).encode())
    choose_file(monkeypatch, write(tmp_path / "demo.json", demo_document), "getOpenFileName")
    changes: list[bool] = []
    bus.changed.connect(lambda: changes.append(True))
    finish(qtbot, import_file(window, clinic, bus))
    assert changes == []
    assert boxes.shown[0][2].startswith("Nothing imported")


def test_a_bad_file_shows_every_problem_and_imports_nothing(
    checked_by: str,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    clinic: Clinic,
    demo_document: Document,
    tmp_path: Path,
) -> None:
    bad = demo_document
    bad["patients"][0]["family_name"] = "   "
    bad["patients"][3]["date_of_birth"] = "1985-02-30"
    session = next(s for p in bad["patients"] for s in p["sessions"] if s["treatments"])
    session["treatments"][0]["technique"]["depth_mm"] = 9
    choose_file(monkeypatch, write(tmp_path / "κλινική.json", bad), "getOpenFileName")
    changes: list[bool] = []
    bus.changed.connect(lambda: changes.append(True))
    window.show()
    finish(qtbot, import_file(window, clinic, bus))
    dialog = window.findChild(QDialog, "import_problems")
    assert dialog is not None
    assert dialog.isVisible()
    problems = dialog.findChild(QPlainTextEdit, "problems")
    assert problems.isReadOnly()
    lines = problems.toPlainText().splitlines()
    assert len(lines) == 3
    # A name is shown by its length only: free text never reaches a message.
    assert lines[0] == (
        "patients[0].family_name: '(3 characters)' is not allowed; some text other than spaces"
    )
    assert any(line.startswith("patients[3].date_of_birth: ") for line in lines)
    assert any(".technique.depth_mm: " in line for line in lines)
    dialog.grab().save("/tmp/import_problems.png")
    assert patient_count(clinic) == 0
    assert changes == []
    assert boxes.shown == []
    dialog.close()


def test_a_file_that_is_not_json_is_refused_with_where_it_breaks(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    clinic: Clinic,
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"format": "mesolog-export",\n  oops}', encoding="utf-8")
    choose_file(monkeypatch, path, "getOpenFileName")
    finish(qtbot, import_file(window, clinic, bus))
    dialog = window.findChild(QDialog, "import_problems")
    text = dialog.findChild(QPlainTextEdit, "problems").toPlainText()
    assert text.startswith("(file), line 2, column 3: Well-formed JSON")
    assert patient_count(clinic) == 0
    dialog.close()


def test_a_missing_file_is_a_warning(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    clinic: Clinic,
    tmp_path: Path,
) -> None:
    choose_file(monkeypatch, tmp_path / "gone.json", "getOpenFileName")
    finish(qtbot, import_file(window, clinic, bus))
    [(kind, _, text)] = boxes.shown
    assert kind == "warning"
    assert "gone.json cannot be read" in text
    assert "Nothing was imported" in text


def test_no_file_chosen_does_nothing(
    monkeypatch: pytest.MonkeyPatch, window: QMainWindow, bus: ChangeBus, clinic: Clinic
) -> None:
    choose_file(monkeypatch, None, "getOpenFileName")
    assert import_file(window, clinic, bus) is None
    choose_file(monkeypatch, None, "getSaveFileName")
    assert export_json(window, clinic, None) is None


def test_export_json_writes_a_schema_valid_file(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    boxes: Boxes,
    clinic: Clinic,
    demo_document: Document,
    tmp_path: Path,
) -> None:
    clinic.imports.import_bytes(json.dumps(demo_document).encode())
    out = tmp_path / "out"
    out.mkdir()
    asked = choose_file(monkeypatch, out / "εξαγωγή", "getSaveFileName")
    finish(qtbot, export_json(window, clinic, None))
    assert asked == ["mesolog-export-2026-03-10.json"]
    written = out / "εξαγωγή.json"
    text = written.read_text(encoding="utf-8")
    document = json.loads(text)
    assert list(Draft202012Validator(load_schema()).iter_errors(document)) == []
    assert document["patients"] == demo_document["patients"]
    greek = next(p["family_name"] for p in document["patients"] if not p["family_name"].isascii())
    assert greek in text, "written with ensure_ascii=False"
    assert text.startswith('{\n  "')
    assert sorted(p.name for p in out.iterdir()) == ["εξαγωγή.json"]
    [(kind, _, message)] = boxes.shown
    assert kind == "information"
    assert message == f"Exported {DEMO_PATIENTS} patient(s) to {written}."


def test_export_of_one_patient_replaces_an_older_file(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    boxes: Boxes,
    clinic: Clinic,
    tmp_path: Path,
) -> None:
    patient = clinic.patients.create(
        PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-007")
    )
    clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2), "R-008"))
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "patient.json"
    target.write_text("older export", encoding="utf-8")
    asked = choose_file(monkeypatch, target, "getSaveFileName")
    finish(qtbot, export_json(window, clinic, patient.id))
    assert asked == ["mesolog-R-007-2026-03-10.json"]
    document = json.loads(target.read_text(encoding="utf-8"))
    assert list(Draft202012Validator(load_schema()).iter_errors(document)) == []
    assert [p["family_name"] for p in document["patients"]] == ["Παπαδοπούλου"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["patient.json"]
    assert boxes.shown[0][2].startswith("Exported 1 patient(s)")


def test_an_unwritable_place_is_a_clear_warning(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    boxes: Boxes,
    clinic: Clinic,
    tmp_path: Path,
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder", encoding="utf-8")
    choose_file(monkeypatch, not_a_folder / "export.json", "getSaveFileName")
    finish(qtbot, export_json(window, clinic, None))
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("warning", "Export patients")
    assert text.startswith(f"The export cannot be written to {not_a_folder / 'export.json'}: ")
    assert os.strerror(errno.ENOTDIR) in text, "the system's own words, in its language"
    assert "choose another folder" in text
    assert not [p for p in tmp_path.rglob("*") if "export" in p.name]


def test_a_cancelled_import_imports_nothing_and_says_so_in_the_status_bar(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    clinic: Clinic,
    demo_document: Document,
    tmp_path: Path,
) -> None:
    choose_file(monkeypatch, write(tmp_path / "demo.json", demo_document), "getOpenFileName")
    changes: list[bool] = []
    bus.changed.connect(lambda: changes.append(True))
    job = import_file(window, clinic, bus)
    assert job is not None
    job.cancel()  # the work is still reading and checking the file: it stops before writing
    finish(qtbot, job)
    assert patient_count(clinic) == 0
    assert changes == []
    assert boxes.shown == []
    assert window.statusBar().currentMessage() == "The import was cancelled; nothing was imported."


def test_the_import_dialog_says_the_patients_done_and_the_pace(
    qtbot: Any, window: QMainWindow
) -> None:
    watched = threading.Event()

    def work(progress: Progress) -> None:
        watched.wait(10)
        for done in range(4):
            progress.report(done, 3)

    job = run_job(window, "Import patients", work, on_done=lambda _: None, label="Importing")
    show_pace(job, "Importing")
    labels: list[str] = []

    def seen() -> None:
        if shiboken6.isValid(job.dialog):
            labels.append(job.dialog.labelText())

    job.progress.reported.connect(seen)
    watched.set()
    finish(qtbot, job)
    assert labels
    assert labels[-1].startswith("Importing\nPatients: 3 of 3")


def test_while_the_file_is_checked_the_dialog_says_the_patients_read(
    qtbot: Any, window: QMainWindow
) -> None:
    """Before writing, an import reads the whole file to check it (its patients not yet
    counted: a total of 0); the dialog says how many it has read, then the writing's pace."""
    watched, checked_shown = threading.Event(), threading.Event()

    def work(progress: Progress) -> None:
        watched.wait(10)
        progress.report(7, 0)
        checked_shown.wait(10)
        for done in range(4):
            progress.report(done, 3)

    job = run_job(window, "Import patients", work, on_done=lambda _: None, label="Importing")
    show_pace(job, "Importing")
    labels: list[str] = []

    def seen() -> None:
        if shiboken6.isValid(job.dialog):
            labels.append(job.dialog.labelText())
            if "Checking" in labels[-1]:
                checked_shown.set()

    job.progress.reported.connect(seen)
    watched.set()
    finish(qtbot, job)
    assert "Importing\nChecking the file. Patients read: 7" in labels
    assert labels[-1].startswith("Importing\nPatients: 3 of 3")
