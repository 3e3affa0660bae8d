"""The patient dialog, the record's header and the conflict a save meets, in Greek: their
words come from the catalogue installed in the application, made from what lupdate
extracted, so each is marked where lupdate reads it and looked up under the context it was
filed under. Typed into key by key, as a person fills the form.

(English, without a catalogue, is what every other test of these widgets reads.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.records import Patient, PatientInput
from mesolog.domain.texts import phrase
from mesolog.services.clinic import Clinic
from mesolog.ui.common.conflict_dialog import ConflictDialog
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.patients.patient_dialog import PatientDialog
from mesolog.ui.patients.patient_header import PatientHeader
from tests.conftest import FixedClock
from tests.locale_support import date_keys, short_time
from tests.qt_fixtures import Boxes
from tests.typing_support import type_into
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)
from tests.ui.conflict_support import THERE_NAME, workstations

GREEK: dict[tuple[str, str], Greek] = {
    ("PatientDialog", "New patient"): "Νέος ασθενής",
    ("PatientDialog", "&Family name"): "&Επώνυμο",
    ("PatientDialog", "Phone"): "Τηλέφωνο",
    ("PatientDialog", "this patient"): "αυτόν τον ασθενή",
    ("FormLayout", "&Save"): "&Αποθήκευση",
    ("TypedDates", "There is no such day: %1. %2"): "Δεν υπάρχει τέτοια ημέρα: %1. %2",
    ("TypedDates", "Type a date like %1."): "Γράψτε μια ημερομηνία όπως %1.",
    ("PatientHeader", "1 year old"): "1 έτους",
    ("PatientHeader", "%n years old"): ("%n έτους", "%n ετών"),
    ("PatientHeader", "Allergy: %1"): "Αλλεργία: %1",
    ("VersionedForm", "%1 changed %2 at %3, after you opened it."): (
        "%1 άλλαξε %2 στις %3, αφού το ανοίξατε."
    ),
    ("ConflictDialog", "&Keep mine"): "&Κράτησε τα δικά μου",
}


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed with typing in it asks first; these tests discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


@pytest.fixture
def marked(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(marked_catalogue(tmp_path)):
        yield


def opened(qtbot: QtBot, clinic: Clinic, patient: Patient | None = None) -> PatientDialog:
    dialog = PatientDialog(
        clinic, ChangeBus(), patient=clinic.patients.get(patient.id) if patient else None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.usefixtures("greek")
def test_the_patient_dialog_its_save_button_and_a_day_typed_wrong_are_greek(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = opened(qtbot, clinic)
    assert dialog.windowTitle() == "Νέος ασθενής"
    assert dialog.save_button.text() == "&Αποθήκευση"
    label = dialog.findChild(QLabel, "family_name_label")
    assert label is not None and label.text() == "&Επώνυμο"

    type_into(qtbot, dialog.date_of_birth, "31/02/1980")  # no such day in any locale's order
    error = dialog.errors.visible()["date_of_birth"]
    assert error.startswith("Δεν υπάρχει τέτοια ημέρα: 31 02 1980. Γράψτε μια ημερομηνία όπως ")


@pytest.mark.usefixtures("greek")
def test_the_header_says_the_age_and_a_warning_in_greek(qtbot: QtBot, clinic: Clinic) -> None:
    header = PatientHeader()
    qtbot.addWidget(header)
    today = dt.date(2026, 3, 10)
    for born, said in ((dt.date(2025, 1, 2), "1 έτους"), (dt.date(1980, 1, 2), "46 ετών")):
        patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", born, allergies="λάτεξ"))
        header.set_patient(patient, today)
        assert header.age_label.text() == said
    assert header.warning_texts()["patient_warning_allergy_recorded"] == "⚠ Αλλεργία: λάτεξ"


@pytest.mark.usefixtures("marked")
def test_every_word_of_the_dialog_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, clinic: Clinic
) -> None:
    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 2)))
    for dialog in (opened(qtbot, clinic), opened(qtbot, clinic, patient)):
        type_into(qtbot, dialog.medications, "ασπιρίνη", tab=False)
        type_into(qtbot, dialog.date_of_birth, "31/02/1980")
        qtbot.mouseClick(dialog.consent_signed, Qt.MouseButton.LeftButton)
        type_into(qtbot, dialog.consent_signed_on, "1/1/1900")
        assert dialog.medications_hint.isVisible()
        assert set(dialog.errors.visible()) == {"date_of_birth", "consent_signed_on"}
        assert unmarked(dialog) == []
        dialog.reject()


def test_a_rule_no_field_shows_is_said_under_the_form_in_words_not_as_its_path(
    qtbot: QtBot, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(In English until ui/common/forms.py renders a violation's Text, WP 1.)"""
    allowed = phrase("Patients", "a guardian's name for a patient under {age}").having(age=16)

    def refuse(_details: PatientInput) -> Patient:
        raise ValidationError([Violation("guardian", "", allowed)])

    monkeypatch.setattr(clinic.patients, "create", refuse)
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.family_name, "Νικολάου")
    type_into(qtbot, dialog.given_name, "Άννα")
    type_into(qtbot, dialog.date_of_birth, date_keys(dt.date(2014, 1, 2)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form_error.isVisible()
    assert dialog.form_error.text() == "A guardian's name for a patient under 16"


@pytest.fixture
def there(clinic: Clinic, db_path: Path, clock: FixedClock, boxes: Boxes) -> Iterator[Clinic]:
    """The other workstation (message boxes recorded: none may wait for a click)."""
    with workstations(clinic, db_path, clock) as other:
        yield other


@dataclass
class Said:
    """What the conflict dialog said, and which of its texts have no ⟦ ⟧."""

    heading: str = ""
    caption: str = ""
    buttons: list[str] = field(default_factory=list)
    unmarked: list[str] = field(default_factory=list)


def both_change_the_phone(qtbot: QtBot, clinic: Clinic, there: Clinic, clock: FixedClock) -> Said:
    """The other workstation saves a phone while this one types another and saves: the
    conflict dialog is read, then answered with Cancel."""
    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    mine = opened(qtbot, clinic, patient)
    clock.advance(minutes=7)
    theirs = opened(qtbot, there, patient)
    type_into(qtbot, theirs.phone, "210 555 0101")
    qtbot.mouseClick(theirs.save_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, mine.phone, "210 555 0202")
    said = Said()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        said.heading = dialog.heading.text()
        caption = dialog.findChild(QLabel, "caption:phone")
        said.caption = caption.text() if caption is not None else ""
        said.buttons = [button.text() for button in dialog.buttons.buttons()]
        said.unmarked = unmarked(dialog)
        dialog.cancel.click()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    return said


@pytest.mark.usefixtures("greek")
def test_a_conflict_is_said_in_greek(
    qtbot: QtBot, clinic: Clinic, there: Clinic, clock: FixedClock
) -> None:
    said = both_change_the_phone(qtbot, clinic, there, clock)
    assert said.heading.startswith(
        f"{THERE_NAME} άλλαξε αυτόν τον ασθενή στις {short_time(18, 7)}, αφού το ανοίξατε."
    )
    assert said.caption == "Τηλέφωνο"
    assert "&Κράτησε τα δικά μου" in said.buttons


@pytest.mark.usefixtures("marked")
def test_every_word_of_a_conflict_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, clinic: Clinic, there: Clinic, clock: FixedClock
) -> None:
    said = both_change_the_phone(qtbot, clinic, there, clock)
    assert said.heading.startswith("⟦")
    assert said.unmarked == []
