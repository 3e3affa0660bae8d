"""Finding a patient by record number in the window, typed however a person types it:
key by key into the search field, the list read after each key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.window.main_window import MainWindow
from tests.typing_support import focus, select_all, type_keys

PEOPLE = [
    ("Ρήγα", "MC-0012", ""),
    ("Müller", "MC-0013", ""),
    ("Rossi", "MC-0001", ""),
    ("Λάμπρου", "", "+30 210 1200"),
]


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    for family, number, phone in PEOPLE:
        clinic.patients.create(
            PatientInput(family, "Άννα", dt.date(1980, 1, 1), record_number=number, phone=phone)
        )
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def _shown(window: MainWindow) -> list[str]:
    model = window.patient_model
    return sorted(model.patient_at(row).family_name for row in range(model.rowCount()))


def _type_and_read(qtbot: QtBot, window: MainWindow, text: str) -> list[list[str]]:
    """The names listed after each key of `text`, typed over what the field held."""
    field = window.search_field
    focus(qtbot, field)
    select_all(field)
    seen = []
    for key in text:
        with qtbot.waitSignal(window.lists.count_changed, timeout=3000):
            type_keys(field, key)
        seen.append(_shown(window))
    return seen


@pytest.mark.parametrize("typed", ["mc12", "MC 12", "mc0012", "MC-0012", "mc-12"])
def test_a_record_number_typed_however_finds_the_patient(
    qtbot: QtBot, window: MainWindow, typed: str
) -> None:
    seen = _type_and_read(qtbot, window, typed)
    assert seen[-1] == ["Ρήγα"], seen
    assert all("Ρήγα" in names for names in seen), "never lost while typing"


def test_the_digits_alone_find_the_number_and_the_phone(qtbot: QtBot, window: MainWindow) -> None:
    assert _type_and_read(qtbot, window, "12")[-1] == ["Λάμπρου", "Ρήγα"]
    assert _type_and_read(qtbot, window, "0012")[-1] == ["Ρήγα"]
    assert window.count_label.text() == "1 patient shown"
