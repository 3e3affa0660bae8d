"""Export with photos (zip) and its import, from the window, with the file dialogs replaced:
the dialog offers the bundle beside the document alone, which says it left photos out."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QPlainTextEdit

from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.transfer.transfer_actions import export_json, import_file
from tests.conftest import ATHENS, FixedClock
from tests.qt_fixtures import Boxes
from tests.services.transfer_support import charted_clinic
from tests.ui.transfer.test_transfer_actions import finish

WITH_PHOTOS = "mesolog export with photos (zip) (*.mesolog.zip)"


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> list[str]:
    """getSaveFileName answers `path` with the filter `chosen`; returns the filters offered."""
    offered: list[str] = []

    def answer(_parent: object, _title: str, _suggested: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


@pytest.fixture
def charted(clinic: Clinic) -> Clinic:
    charted_clinic(clinic)
    return clinic


def test_export_with_photos_writes_a_bundle_and_says_how_many_photos(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    job_host: QMainWindow,
    boxes: Boxes,
    charted: Clinic,
    tmp_path: Path,
) -> None:
    offered = answer_save(monkeypatch, tmp_path / "clinic.mesolog.zip")
    finish(qtbot, export_json(job_host, charted, None))
    assert offered == [f"mesolog export, without photos (*.json);;{WITH_PHOTOS}"]
    with zipfile.ZipFile(tmp_path / "clinic.mesolog.zip") as archive:
        names = archive.namelist()
    assert names[0] == "document.json" and len(names) == 4
    [(kind, _, text)] = boxes.shown
    assert kind == "information"
    assert text == (
        f"Exported 2 patient(s) to {tmp_path / 'clinic.mesolog.zip'}. "
        "The file holds their 4 photo(s)."
    )


def test_the_zip_filter_makes_a_bundle_of_a_name_without_zip(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    job_host: QMainWindow,
    boxes: Boxes,
    charted: Clinic,
    tmp_path: Path,
) -> None:
    answer_save(monkeypatch, tmp_path / "mesolog-export-2026-03-10.json", WITH_PHOTOS)
    finish(qtbot, export_json(job_host, charted, None))
    assert [p.name for p in tmp_path.iterdir() if "export" in p.name] == [
        "mesolog-export-2026-03-10.mesolog.zip"
    ]


def test_the_document_alone_says_it_left_the_photos_out(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    job_host: QMainWindow,
    boxes: Boxes,
    charted: Clinic,
    tmp_path: Path,
) -> None:
    answer_save(monkeypatch, tmp_path / "clinic")
    finish(qtbot, export_json(job_host, charted, None))
    assert (tmp_path / "clinic.json").is_file()
    [(_, _, text)] = boxes.shown
    assert text.endswith("4 photo(s) were left out: export with photos (zip) to take them along.")


def test_import_takes_a_bundle_with_its_photos(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    job_host: QMainWindow,
    boxes: Boxes,
    charted: Clinic,
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "clinic.mesolog.zip"
    charted.exports.export_bundle(bundle)
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    with Clinic.open(str(tmp_path / "target.sqlite"), actor="tester", clock=clock) as target:
        filters: list[str] = []

        def answer(_parent: object, _title: str, _dir: str, offered: str) -> tuple[str, str]:
            filters.append(offered)
            return str(bundle), ""

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
        bus = ChangeBus()
        changes: list[bool] = []
        bus.changed.connect(lambda: changes.append(True))
        finish(qtbot, import_file(job_host, target, bus))
        assert filters == ["mesolog export, with photos or without (*.json *.zip);;All files (*)"]
        assert changes == [True]
        [(_, _, text)] = boxes.shown
        assert text.endswith("Photos: 4 added, 0 in the database already.")
        patient = next(p for p in target.patients.search("") if p.record_number == "P-1")
        assert len(target.photos.of_patient(patient.id, voided=True)) == 4


def test_a_damaged_bundle_lists_its_problems(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    job_host: QMainWindow,
    boxes: Boxes,
    clinic: Clinic,
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "clinic.mesolog.zip"
    bundle.write_bytes(b"PK\x03\x04" + bytes(64))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_: (str(bundle), "")))
    job_host.show()
    finish(qtbot, import_file(job_host, clinic, ChangeBus()))
    dialog = job_host.findChild(QDialog, "import_problems")
    text = dialog.findChild(QPlainTextEdit, "problems").toPlainText()
    assert text.startswith("(bundle): 'not a zip archive, or a damaged one' is not allowed")
    dialog.close()
