"""The patient header over patients from a real database: age, warning badges, voided banner."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Fitzpatrick, Sex
from mesolog.domain.records import PatientInput
from mesolog.domain.warnings import nsaid_words
from mesolog.services.clinic import Clinic
from mesolog.ui.patients.patient_header import PatientHeader, age_in_years

TODAY = dt.date(2026, 3, 10)

AT_RISK = PatientInput(
    "Παπαδοπούλου",
    "Ελένη",
    dt.date(1980, 3, 14),
    "R-001",
    Sex.FEMALE,
    fitzpatrick_type=Fitzpatrick.III,
    allergies="Penicillin, latex",
    medications="Levothyroxine 50 µg\nAspirin 100 mg daily",
)
CLEAN = PatientInput(
    "Müller",
    "Jürgen",
    dt.date(1975, 11, 2),
    medications="Levothyroxine 50 µg",
    consent_signed_on=dt.date(2026, 2, 1),
)


@pytest.fixture
def header(qtbot: QtBot) -> PatientHeader:
    header = PatientHeader()
    qtbot.addWidget(header)
    return header


def label(header: PatientHeader, name: str) -> QLabel:
    found = header.findChild(QLabel, name)
    assert found is not None, name
    return found


def test_shows_who_the_patient_is(header: PatientHeader, clinic: Clinic) -> None:
    header.set_patient(clinic.patients.create(AT_RISK), TODAY)
    assert label(header, "patient_name").text() == "Παπαδοπούλου, Ελένη"
    assert label(header, "patient_name").font().bold()
    assert label(header, "patient_age").text() == "45 years old"  # 46 on 14 March
    assert "14" in label(header, "date_of_birth").text()
    assert "1980" in label(header, "date_of_birth").text()
    assert label(header, "record_number").text() == "Record R-001"
    assert label(header, "fitzpatrick_type").text() == "Skin type III"
    assert label(header, "fitzpatrick_type").toolTip().startswith("Type III")
    assert label(header, "sex").text() == "Female"


def test_warns_of_allergies_nsaids_and_missing_consent(
    header: PatientHeader, clinic: Clinic
) -> None:
    header.set_patient(clinic.patients.create(AT_RISK), TODAY)
    badges = header.warning_texts()
    assert badges == {
        "patient_warning_allergy_recorded": "⚠ Allergy: Penicillin, latex",
        "patient_warning_nsaids_in_medications": "⚠ Takes an NSAID (Aspirin): bruising risk",
        "patient_warning_consent_not_on_file": "⚠ No signed consent on file",
    }
    for name in badges:
        badge = label(header, name)
        assert badge.accessibleName() == badge.text()
        assert "background" in badge.styleSheet()
    assert not header.findChild(QLabel, "voided_banner").isVisibleTo(header)


def test_a_clean_patient_with_consent_has_no_warnings(
    header: PatientHeader, clinic: Clinic
) -> None:
    header.set_patient(clinic.patients.create(AT_RISK), TODAY)
    header.set_patient(clinic.patients.create(CLEAN), TODAY)
    assert header.warning_texts() == {}
    assert not header.findChild(QLabel, "patient_warning_allergy_recorded")
    assert label(header, "record_number").text() == "No record number"
    assert label(header, "fitzpatrick_type").text() == "Skin type not assessed"
    assert "2026" in label(header, "consent_signed_on").text()
    assert not label(header, "sex").isVisibleTo(header)
    assert label(header, "patient_age").text() == "50 years old"


def test_a_voided_patient_shows_a_banner_and_cannot_be_edited(
    header: PatientHeader, clinic: Clinic
) -> None:
    patient = clinic.patients.create(CLEAN)
    clinic.patients.void(patient.id, reason="Registered twice")
    header.set_patient(clinic.patients.get(patient.id), TODAY)
    banner = label(header, "voided_banner")
    assert banner.isVisibleTo(header)
    assert banner.text().startswith("⚠ VOIDED on ")
    assert "by tester" in banner.text()
    assert banner.text().endswith("— Registered twice")
    assert not header.findChild(QPushButton, "edit_patient").isEnabled()

    header.set_patient(clinic.patients.create(AT_RISK), TODAY)
    assert not banner.isVisibleTo(header)
    assert header.findChild(QPushButton, "edit_patient").isEnabled()


def test_edit_button_asks_for_the_dialog(
    qtbot: QtBot, header: PatientHeader, clinic: Clinic
) -> None:
    header.set_patient(clinic.patients.create(CLEAN), TODAY)
    button = header.findChild(QPushButton, "edit_patient")
    assert button is not None and button.accessibleName()
    with qtbot.waitSignal(header.edit_requested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("born", "today", "years"),
    [
        (dt.date(1980, 3, 14), dt.date(2026, 3, 13), 45),
        (dt.date(1980, 3, 14), dt.date(2026, 3, 14), 46),
        (dt.date(2000, 2, 29), dt.date(2026, 2, 28), 25),
        (dt.date(2000, 2, 29), dt.date(2026, 3, 1), 26),
        (dt.date(2026, 3, 10), dt.date(2026, 3, 10), 0),
    ],
)
def test_age_counts_whole_years(born: dt.date, today: dt.date, years: int) -> None:
    assert age_in_years(born, today) == years


def test_nsaid_words_are_shown_as_written() -> None:
    found = nsaid_words("Ασπιρίνη 100 mg, ibuprofen (Nurofen)")
    assert found == ["Ασπιρίνη", "ibuprofen", "Nurofen"]
    assert nsaid_words("Levothyroxine") == []


def test_screenshot_with_greek_text(header: PatientHeader, clinic: Clinic) -> None:
    details = PatientInput(
        "Παπαδοπούλου",
        "Ελένη",
        dt.date(1980, 3, 14),
        "R-001",
        Sex.FEMALE,
        fitzpatrick_type=Fitzpatrick.III,
        allergies="Λιδοκαΐνη, λάτεξ",
        medications="Ασπιρίνη 100 mg ημερησίως",
    )
    header.set_patient(clinic.patients.create(details), TODAY)
    header.resize(1000, header.sizeHint().height())
    header.show()
    image = header.grab()
    assert image.width() == 1000
    assert "Ασπιρίνη" in header.warning_texts()["patient_warning_nsaids_in_medications"]
