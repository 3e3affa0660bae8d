"""The patient's photo consent in the patient dialog: a tick and a typed day beside the
treatment consent, saved and read back; a day in the future refused beside the field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.records import Patient, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.patients.patient_dialog import PatientDialog
from tests.locale_support import date_keys
from tests.typing_support import empty, type_into

ANNA = PatientInput("Ioannou", "Anna", dt.date(1985, 4, 2), "R-7")


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


def open_dialog(qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient) -> PatientDialog:
    dialog = PatientDialog(clinic, bus, patient=patient)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_photo_consent_is_ticked_typed_saved_and_read_back(qtbot: QtBot, clinic: Clinic) -> None:
    bus = ChangeBus()
    patient = clinic.patients.create(ANNA)
    dialog = open_dialog(qtbot, clinic, bus, patient)
    assert not dialog.photo_consent.isChecked()
    assert not dialog.photo_consent_on.isEnabled()
    assert "photos" in dialog.photo_consent_hint.text()
    qtbot.mouseClick(dialog.photo_consent, Qt.MouseButton.LeftButton)
    assert dialog.photo_consent_on.value() == dt.date(2026, 3, 10), "today, until changed"
    type_into(qtbot, dialog.photo_consent_on, date_keys(dt.date(2026, 2, 27)))
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = clinic.patients.get(patient.id)
    assert saved.details == dataclasses.replace(ANNA, photo_consent_on=dt.date(2026, 2, 27))
    again = open_dialog(qtbot, clinic, bus, saved)
    assert again.photo_consent.isChecked()
    assert again.photo_consent_on.value() == dt.date(2026, 2, 27)
    assert not again.consent_signed.isChecked(), "the treatment consent is its own"

    empty(qtbot, again.photo_consent_on, tab=False)
    assert not again.photo_consent.isChecked()
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert clinic.patients.get(patient.id).details.photo_consent_on is None


def test_a_photo_consent_in_the_future_is_refused_beside_it(qtbot: QtBot, clinic: Clinic) -> None:
    patient = clinic.patients.create(ANNA)
    dialog = open_dialog(qtbot, clinic, ChangeBus(), patient)
    dialog.photo_consent.setChecked(True)
    type_into(qtbot, dialog.photo_consent_on, date_keys(dt.date(2026, 3, 11)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    shown = dialog.errors.visible()
    assert list(shown) == ["photo_consent_on"]
    assert "in the future" in shown["photo_consent_on"]
    assert dialog.isVisible()
    assert clinic.patients.get(patient.id).details.photo_consent_on is None
