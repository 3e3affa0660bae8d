"""The record-number pattern in the Settings dialog: typed key by key, the next number
shown beside it as it is typed, stored on Save; a pattern without digits refused beside
the field, with nothing stored."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from mesolog.domain.record_numbers import PATTERN_ALLOWED
from mesolog.domain.records import ClinicSettings, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.settings.settings_dialog import SettingsDialog
from tests.typing_support import empty, type_into


def _dialog(qtbot: QtBot, clinic: Clinic) -> SettingsDialog:
    dialog = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _field(dialog: SettingsDialog) -> QLineEdit:
    found = dialog.findChild(QLineEdit, "record_number_pattern")
    assert found is not None
    return found


def _next(dialog: SettingsDialog) -> str:
    found = dialog.findChild(QLabel, "next_record_number")
    assert found is not None
    return found.text()


def test_an_empty_pattern_follows_the_clinics_numbers(qtbot: QtBot, clinic: Clinic) -> None:
    clinic.patients.create(
        PatientInput("Ρήγα", "Ελένη", dt.date(1980, 1, 1), record_number="MC-0012")
    )
    dialog = _dialog(qtbot, clinic)
    assert _field(dialog).text() == ""
    assert _field(dialog).placeholderText() == "MC-0001"
    assert _next(dialog) == "Like most of the clinic's numbers: the next new patient gets MC-0013."


def test_a_typed_pattern_shows_its_next_number_and_is_stored(qtbot: QtBot, clinic: Clinic) -> None:
    clinic.patients.create(PatientInput("Ρήγα", "Ελένη", dt.date(1980, 1, 1), record_number="K-7"))
    dialog = _dialog(qtbot, clinic)
    type_into(qtbot, _field(dialog), "K-0001")
    assert _next(dialog) == "The next new patient gets K-0008."
    dialog.save_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert clinic.settings.clinic().record_number_pattern == "K-0001"
    assert clinic.patients.next_record_number() == "K-0008"

    again = _dialog(qtbot, clinic)
    assert _field(again).text() == "K-0001"
    empty(qtbot, _field(again))
    again.save_button.click()
    assert clinic.settings.clinic().record_number_pattern == ""


def test_a_pattern_without_digits_is_refused_beside_it(qtbot: QtBot, clinic: Clinic) -> None:
    clinic.settings.update_clinic(
        ClinicSettings(name="Derma", record_number_pattern="MC-0001"), read=clinic.settings.clinic()
    )
    entries = len(clinic.audit.entries())
    dialog = _dialog(qtbot, clinic)
    type_into(qtbot, _field(dialog), "MC-")
    assert _next(dialog) == "Type an example number whose last digits count up, like MC-0001."
    dialog.save_button.click()
    assert dialog.isVisible()
    allowed = str(PATTERN_ALLOWED)
    expected = allowed[:1].upper() + allowed[1:] + " (MC- is not allowed)"
    assert dialog.errors_shown() == {"record_number_pattern": expected}
    assert clinic.settings.clinic().record_number_pattern == "MC-0001"
    assert len(clinic.audit.entries()) == entries
