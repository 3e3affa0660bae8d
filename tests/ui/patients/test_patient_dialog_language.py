"""The patient's language of documents in the patient dialog: chosen from the keyboard and
stored, shown again when the patient is edited, and set back to the computer's language;
each language named in its own words."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.patients.patient_dialog import PatientDialog
from tests.typing_support import focus

SOFIA = PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2))


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


def save(qtbot: QtBot, dialog: PatientDialog, bus: ChangeBus) -> None:
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_the_choices_name_each_language_in_its_own_words(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = PatientDialog(clinic, ChangeBus())
    qtbot.addWidget(dialog)
    combo = dialog.preferred_language
    choices = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert choices == [
        ("This computer's language", None),
        ("Ελληνικά", "el"),
        ("English", "en"),
    ]
    assert combo.currentData() is None


def test_a_language_chosen_from_the_keyboard_is_stored_shown_and_cleared(
    qtbot: QtBot, clinic: Clinic
) -> None:
    bus = ChangeBus()
    patient = clinic.patients.create(SOFIA)
    dialog = PatientDialog(clinic, bus, patient=patient)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.preferred_language)
    qtbot.keyClick(dialog.preferred_language, Qt.Key.Key_Down)
    assert dialog.preferred_language.currentText() == "Ελληνικά"
    save(qtbot, dialog, bus)
    stored = clinic.patients.get(patient.id)
    assert stored.details == replace(SOFIA, preferred_language="el")

    again = PatientDialog(clinic, bus, patient=stored)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.preferred_language.currentText() == "Ελληνικά"
    focus(qtbot, again.preferred_language)
    qtbot.keyClick(again.preferred_language, Qt.Key.Key_Up)
    save(qtbot, again, bus)
    assert clinic.patients.get(patient.id).details.preferred_language is None
