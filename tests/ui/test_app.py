"""The composition root: `build_main_window` opens a database and wires the window to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mesolog.app import build_main_window
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_build_main_window_lists_the_databases_patients(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.patients.create(PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14)))
        clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2)))
    window = build_main_window(str(path))
    qtbot.addWidget(window)
    window.show()
    assert window.patient_model.rowCount() == 2
    assert str(path) in window.database_label.text()
    engine = window.clinic.context.db.engine
    pool_while_open = engine.pool
    window.close()
    assert engine.pool is not pool_while_open, "closing the window disposes of the database"


def test_build_main_window_creates_a_new_database(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "clinic.sqlite"
    window = build_main_window(str(path))
    qtbot.addWidget(window)
    assert path.exists()
    assert window.patient_model.rowCount() == 0
    window.close()
