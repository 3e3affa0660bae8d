"""Export Summary… in the patient's language: the options dialog offers Ελληνικά and English
(each in its own words), preset to the patient's language of documents, else the window's;
the language chosen from the keyboard is the PDF's (its document language tag, its dates
written the language's way)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.summaries.summary_export import SummaryOptionsDialog
from tests.typing_support import focus
from tests.ui.conftest import Speak
from tests.ui.summaries.test_summary_export import SaveDialog, _export

ANNA = PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 2), record_number="MC-0044")


@pytest.mark.parametrize(
    ("preferred", "window", "preset"),
    [("el", "en", "el"), ("en", "el", "en"), (None, "el", "el"), (None, "en", "en")],
)
def test_the_language_is_preset_to_the_patients_else_the_windows(
    qtbot: QtBot,
    clinic: Clinic,
    speaking: Speak,
    preferred: str | None,
    window: str,
    preset: str,
) -> None:
    speaking(window)  # the window's language, started as the application starts it
    patient = clinic.patients.create(replace(ANNA, preferred_language=preferred))
    dialog = SummaryOptionsDialog(clinic.history.patient_history(patient.id))
    qtbot.addWidget(dialog)
    choices = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert choices == ["Ελληνικά", "English"]
    assert dialog.language.currentData() == preset
    assert dialog.choice().language == preset


def test_the_language_chosen_is_the_pdfs(
    qtbot: QtBot,
    clinic: Clinic,
    job_host: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    patient = clinic.patients.create(replace(ANNA, preferred_language="en"))
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog([target]))

    def choose_greek(dialog: SummaryOptionsDialog) -> None:
        assert dialog.language.currentText() == "English"
        focus(qtbot, dialog.language)
        qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
        assert dialog.language.currentText() == "Ελληνικά"
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _export(qtbot, job_host, clinic, clinic.history.patient_history(patient.id), choose_greek)
    reader = PdfReader(target)
    assert str(reader.trailer["/Root"]["/Lang"]).startswith("el")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "2 Ιαν 1980" in text
