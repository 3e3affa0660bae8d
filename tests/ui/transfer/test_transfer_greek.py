"""Export and import in Greek: what an export says it wrote and the list of a refused import
file's problems take their words from the catalogue installed in the application, made from
what lupdate extracted, so each is marked where lupdate reads it and looked up under the
context it was filed under. Real files, with the file dialogs replaced.

(English, without a catalogue, is what every other test of export and import reads.)"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QPlainTextEdit
from pytestqt.qtbot import QtBot

from mesolog.domain.errors import Violation
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.transfer.transfer_actions import ImportProblemsDialog, export_json, import_file
from tests.qt_fixtures import Boxes
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)
from tests.ui.transfer.test_transfer_actions import choose_file, finish

GREEK: dict[tuple[str, str], Greek] = {
    ("TransferActions", "Export patients"): "Εξαγωγή ασθενών",
    ("ExportCounts", "Exported %n patient(s) to %1."): (
        "Εξήχθη %n ασθενής στο %1.",
        "Εξήχθησαν %n ασθενείς στο %1.",
    ),
    ("ImportProblemsDialog", "The file cannot be imported"): "Το αρχείο δεν εισάγεται",
    (
        "ImportProblemsDialog",
        "Nothing was imported. %1 breaks the rules of the mesolog format in %n place(s); "
        "each line below names where and what is allowed.",
    ): (
        "Δεν εισήχθη τίποτα. Το %1 παραβαίνει τους κανόνες της μορφής σε %n σημείο.",
        "Δεν εισήχθη τίποτα. Το %1 παραβαίνει τους κανόνες της μορφής σε %n σημεία.",
    ),
    ("ImportProblemsDialog", "{path}: {value} is not allowed; {allowed}"): (
        "{path}: το {value} δεν επιτρέπεται· {allowed}"
    ),
}


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


def patients(clinic: Clinic, *families: str) -> None:
    for family in families:
        clinic.patients.create(PatientInput(family, "Άννα", dt.date(1980, 1, 2)))


def problems_dialog(window: QMainWindow) -> QDialog:
    dialog = window.findChild(QDialog, "import_problems")
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.usefixtures("greek")
def test_an_export_says_in_greek_how_many_patients_it_wrote(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    boxes: Boxes,
    tmp_path: Path,
) -> None:
    for families, counted in ((("Καρμίρης",), "Εξήχθη 1 ασθενής"), (("Νικολάου",), "Εξήχθησαν 2")):
        patients(clinic, *families)
        target = tmp_path / "κλινική.json"
        choose_file(monkeypatch, target, "getSaveFileName")
        finish(qtbot, export_json(job_host, clinic, None))
        (kind, title, text) = boxes.shown.pop()
        assert (kind, title) == ("information", "Εξαγωγή ασθενών")
        assert text.startswith(f"{counted} ")
        assert text.endswith(f" στο {target}.")


@pytest.mark.usefixtures("greek")
def test_a_refused_import_lists_its_problems_in_greek(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    boxes: Boxes,
    tmp_path: Path,
) -> None:
    patients(clinic, "Καρμίρης")
    document = clinic.exports.export_document()
    document["patients"][0]["family_name"] = "   "
    bad = tmp_path / "κλινική.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    choose_file(monkeypatch, bad, "getOpenFileName")
    job_host.show()
    finish(qtbot, import_file(job_host, clinic, ChangeBus()))

    dialog = problems_dialog(job_host)
    assert dialog.windowTitle() == "Το αρχείο δεν εισάγεται"
    heading = dialog.findChild(QLabel, "import_problems_heading")
    assert heading.text() == (
        "Δεν εισήχθη τίποτα. Το κλινική.json παραβαίνει τους κανόνες της μορφής σε 1 σημείο."
    )
    [line] = dialog.findChild(QPlainTextEdit, "problems").toPlainText().splitlines()
    assert line.startswith("patients[0].family_name: το '(3 characters)' δεν επιτρέπεται· ")
    assert boxes.shown == []
    dialog.close()


def test_every_word_of_the_import_problems_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    refused = [
        Violation("patients[0].family_name", "   ", "κείμενο"),
        Violation("notes", "σημείωση " * 20, "λιγότερο κείμενο"),
    ]
    with installed(marked_catalogue(tmp_path)):
        dialog = ImportProblemsDialog(None, "κλινική.json", refused)
        qtbot.addWidget(dialog)
        dialog.show()
        assert unmarked(dialog) == []
        assert dialog.findChild(QPlainTextEdit, "problems").toPlainText().splitlines() == [
            "⟦patients[0].family_name: '   ' is not allowed; κείμενο⟧",
            "⟦notes: ⟦(180 characters)⟧ is not allowed; λιγότερο κείμενο⟧",
        ]
