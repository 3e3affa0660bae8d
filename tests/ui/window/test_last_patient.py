"""The patient open when the window closed opens again with it. It is written down a moment
after it is opened (writing the settings syncs their file to disk, kept out of opening a
record), or when the window closes, whichever comes first."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.window._window_state import REMEMBER_MS, last_patient
from mesolog.ui.window.main_window import MainWindow


def _patients(clinic: Clinic) -> list[str]:
    return [
        str(clinic.patients.create(PatientInput("Δημητρίου", name, dt.date(1980, 3, 14))).id)
        for name in ("Ελένη", "Σοφία", "Νίκος")
    ]


def test_leafing_through_patients_writes_the_last_once_a_moment_has_passed(
    qtbot: QtBot, clinic: Clinic
) -> None:
    ids = _patients(clinic)
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    for patient in ids:
        window.open_patient(clinic.patients.get(patient).id)
        assert last_patient() == "", "not written while the record opens"
    qtbot.waitUntil(lambda: last_patient() == ids[-1], timeout=REMEMBER_MS + 5_000)
    window.close()


def test_a_window_closed_straight_after_opening_a_patient_opens_it_again(
    qtbot: QtBot, clinic: Clinic
) -> None:
    ids = _patients(clinic)
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.open_patient(clinic.patients.get(ids[1]).id)
    window.close()
    assert last_patient() == ids[1]

    again = MainWindow(clinic)
    qtbot.addWidget(again)
    assert str(again.record.patient_id) == ids[1]
    again.close()
