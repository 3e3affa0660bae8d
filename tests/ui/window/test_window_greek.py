"""The main window in Greek: its menus, toolbar, status bar and lists take their words from
the catalogue installed in the application, made from what lupdate extracted, so each is
marked where lupdate reads it and looked up under the context it was filed under.

(English, without a catalogue, is what every other test of the window reads.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QToolButton
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Indication
from mesolog.domain.records import CourseInput, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)

GREEK: dict[tuple[str, str], Greek] = {
    ("WindowMenus", "&File"): "&Αρχείο",
    ("WindowMenus", "&Patient"): "&Ασθενής",
    ("WindowMenus", "&New Patient…"): "&Νέος ασθενής…",
    ("WindowMenus", "Open a patient to log a session"): "Ανοίξτε έναν ασθενή για συνεδρία",
    ("WindowStatus", "Database: %1"): "Βάση δεδομένων: %1",
    ("PatientLists", "%n patients shown"): ("%n ασθενής εμφανίζεται", "%n ασθενείς εμφανίζονται"),
    ("PatientLists", "D&ue (%1)"): "&Επόμενες (%1)",
    ("PatientTableModel", "⚠ overdue %n days"): (
        "⚠ εκπρόθεσμος %n ημέρα",
        "⚠ εκπρόθεσμος %n ημέρες",
    ),
    ("MainWindow", "mesolog — %1"): "mesolog — %1",
}


def treated(clinic: Clinic) -> None:
    """Three patients, one of them due since 1 March (nine days before the clock's today)."""
    for family, given in (("Νικολάου", "Άννα"), ("Καρμίρης", "Νίκος"), ("Δήμου", "Ελένη")):
        patient = clinic.patients.create(PatientInput(family, given, dt.date(1980, 1, 2)))
    clinic.courses.plan(patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 1)))


def opened(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    SettingsDialog.set_clinician_name("Δρ Ελένη Μάρκου")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


@pytest.mark.usefixtures("greek")
def test_menus_toolbar_status_bar_and_lists_are_greek(qtbot: QtBot, clinic: Clinic) -> None:
    treated(clinic)
    window = opened(qtbot, clinic)

    menus = [menu.title() for menu in window.menuBar().findChildren(QMenu)]
    assert menus[:2] == ["&Αρχείο", "&Ασθενής"]
    button = window.findChild(QToolButton, "new_patient_button")
    assert button is not None and button.text() == "Νέος ασθενής"  # Qt drops & and …
    assert window.menus.log_action.toolTip() == "Ανοίξτε έναν ασθενή για συνεδρία"
    assert window.database_label.text() == f"Βάση δεδομένων: {clinic.location}"
    assert window.count_label.text() == "3 ασθενείς εμφανίζονται"
    assert window.lists.tabs.tabText(1) == "&Επόμενες (1)"
    due = window.lists.due_model
    assert due.index(0, 0).data() == "⚠ εκπρόθεσμος 9 ημέρες"
    # not given Greek: English, as before
    assert window.menus.find_action.text() == "&Find Patient"


def test_every_word_of_the_window_and_an_open_record_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    treated(clinic)
    patient = clinic.patients.create(
        PatientInput("Αντωνίου", "Μαρία", dt.date(1980, 1, 2), allergies="λάτεξ")
    )
    with installed(marked_catalogue(tmp_path)):
        window = opened(qtbot, clinic)
        window.open_patient(patient.id)

        assert unmarked(window) == []
        assert window.count_label.text() == "⟦%n patients shown⟧".replace("%n", "4")
