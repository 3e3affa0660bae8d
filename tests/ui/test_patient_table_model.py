"""The patient table model over patients from a real database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.services.patients import PatientSummary
from mesolog.ui.patient_table_model import PatientColumn, PatientTableModel

PATIENTS = [
    PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001", phone="+30 210 555 0101"),
    PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2), "R-002", phone="+49 30 555 0102"),
    PatientInput("Ibáñez", "Sofía", dt.date(1991, 7, 30), "R-003"),
    PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5), phone="6944 555 010"),
]


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = Clinic.open(str(tmp_path / "clinic.sqlite"), actor="test")
    yield clinic
    clinic.close()


@pytest.fixture
def patients(clinic: Clinic) -> list[PatientSummary]:
    for details in PATIENTS:
        clinic.patients.create(details)
    return clinic.patients.search()


def test_model_passes_the_model_tester(qtmodeltester, patients: list[PatientSummary]) -> None:
    model = PatientTableModel()
    model.set_patients(patients)
    qtmodeltester.check(model)
    model.set_patients([])
    qtmodeltester.check(model)


def test_rows_show_name_date_record_number_and_phone(patients: list[PatientSummary]) -> None:
    model = PatientTableModel()
    model.set_patients(patients)
    assert model.rowCount() == len(PATIENTS)
    assert model.columnCount() == 4
    rows = {
        model.data(model.index(row, PatientColumn.NAME)): row for row in range(model.rowCount())
    }
    row = rows["Παπαδοπούλου, Ελένη"]
    expected_date = QLocale().toString(QDate(1980, 3, 14), QLocale.FormatType.ShortFormat)
    assert model.data(model.index(row, PatientColumn.DATE_OF_BIRTH)) == expected_date
    assert model.data(model.index(row, PatientColumn.RECORD_NUMBER)) == "R-001"
    assert model.data(model.index(row, PatientColumn.PHONE)) == "+30 210 555 0101"
    assert "Müller, Jürgen" in rows
    assert "Ibáñez, Sofía" in rows


def test_user_role_gives_the_patient_id(patients: list[PatientSummary]) -> None:
    model = PatientTableModel()
    model.set_patients(patients)
    for row in range(model.rowCount()):
        for column in PatientColumn:
            index = model.index(row, column)
            assert model.data(index, Qt.ItemDataRole.UserRole) == str(patients[row].id)
        assert model.patient_at(row) == patients[row]


def test_headers() -> None:
    model = PatientTableModel()
    titles = [
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for column in range(model.columnCount())
    ]
    assert titles == ["Name", "Date of birth", "Record number", "Phone"]
    assert model.headerData(4, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_set_patients_resets_the_model(qtbot, patients: list[PatientSummary]) -> None:
    model = PatientTableModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_patients(patients)
    assert model.rowCount() == len(patients)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
