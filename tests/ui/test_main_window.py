"""The main window on a real database: listing, searching, status bar and shortcuts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QWidget

from mesolog.domain.errors import DatabaseError
from mesolog.domain.records import ClinicSettings, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui import main_window as main_window_module
from mesolog.ui.main_window import MainWindow
from mesolog.ui.patient_table_model import PatientColumn

PATIENTS = [
    PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001"),
    PatientInput("Παπαδάκης", "Γιώργος", dt.date(1972, 6, 21), "R-002"),
    PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2), "R-003", phone="+49 30 555 0102"),
    PatientInput("Ibáñez", "Sofía", dt.date(1991, 7, 30), "R-004"),
    PatientInput("Dupont", "Hélène", dt.date(1985, 2, 17), "R-005", phone="+33 1 55 50 10 05"),
]


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = Clinic.open(str(tmp_path / "clinic.sqlite"), actor="test")
    for details in PATIENTS:
        clinic.patients.create(details)
    yield clinic
    clinic.close()


@pytest.fixture
def window(qtbot, clinic: Clinic) -> Iterator[MainWindow]:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    yield window
    window.close()


def shown_names(window: MainWindow) -> list[str]:
    model = window.patient_model
    return [model.data(model.index(row, PatientColumn.NAME)) for row in range(model.rowCount())]


def count_text(window: MainWindow) -> str:
    return window.findChild(QLabel, "patient_count").text()


def search_field(window: MainWindow) -> QLineEdit:
    field = window.findChild(QLineEdit, "patient_search")
    assert field is not None
    return field


def test_lists_every_patient(window: MainWindow) -> None:
    table = window.findChild(QTableView, "patient_list")
    assert table is not None
    assert table.model() is window.patient_model
    assert sorted(shown_names(window)) == sorted(
        f"{p.family_name}, {p.given_name}" for p in PATIENTS
    )
    assert count_text(window) == "5 patients shown"


def test_search_field_is_labelled(window: MainWindow) -> None:
    field = search_field(window)
    assert field.accessibleName()
    assert field.placeholderText() == "Search by name, record number or phone"
    assert field.isClearButtonEnabled()


def test_unaccented_lower_case_greek_finds_the_accented_name(qtbot, window: MainWindow) -> None:
    search_field(window).setText("παπαδοπουλου")
    qtbot.waitUntil(lambda: shown_names(window) == ["Παπαδοπούλου, Ελένη"])
    assert count_text(window) == "1 patient shown"


def test_typing_filters_after_the_debounce(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(search_field(window), "muller")
    assert len(shown_names(window)) == len(PATIENTS)  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: shown_names(window) == ["Müller, Jürgen"])


def test_a_greek_prefix_finds_both_patients(qtbot, window: MainWindow) -> None:
    search_field(window).setText("Παπαδ")
    qtbot.waitUntil(lambda: len(shown_names(window)) == 2)
    assert count_text(window) == "2 patients shown"


def test_no_match_says_so_and_clearing_lists_all_again(qtbot, window: MainWindow) -> None:
    field = search_field(window)
    qtbot.keyClicks(field, "zzz")
    qtbot.waitUntil(lambda: shown_names(window) == [])
    assert count_text(window) == "No patient matches the search"
    field.clear()
    qtbot.waitUntil(lambda: len(shown_names(window)) == len(PATIENTS))


def test_status_bar_names_the_database(window: MainWindow, clinic: Clinic) -> None:
    location = window.findChild(QLabel, "database_location")
    assert clinic.location in location.text()


def test_title_names_the_clinic(qtbot, clinic: Clinic) -> None:
    assert MainWindow(clinic).windowTitle() == "mesolog — mesolog"
    clinic.settings.update_clinic(ClinicSettings(name="Κλινική Ωραιότητας"))
    named = MainWindow(clinic)
    qtbot.addWidget(named)
    assert named.windowTitle() == "mesolog — Κλινική Ωραιότητας"


# The offscreen platform warns when a shown main window propagates its size hints.
SHOWN = pytest.mark.qt_log_ignore("propagateSizeHints")


@SHOWN
def test_ctrl_f_focuses_the_search(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.findChild(QTableView, "patient_list")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search_field(window).hasFocus)


@SHOWN
def test_ctrl_q_closes_the_window(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(search_field(window), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_known_error_is_shown_not_raised(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fail(*_args: object, **_kwargs: object) -> None:
        raise DatabaseError("The database is locked by another workstation.")

    def warn(_parent: QWidget, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(window._clinic.patients, "search", fail)
    monkeypatch.setattr(main_window_module.QMessageBox, "warning", warn)
    search_field(window).setText("x")
    qtbot.waitUntil(lambda: shown == ["The database is locked by another workstation."])
    assert len(shown_names(window)) == len(PATIENTS)


def test_the_widgets_it_creates_have_snake_case_names(window: MainWindow) -> None:
    expected = {
        "central_widget",
        "patient_search",
        "version_notice",
        "patient_list",
        "menu_bar",
        "file_menu",
        "status_bar",
        "patient_count",
        "database_location",
    }
    named = {w.objectName() for w in window.findChildren(QWidget)}
    assert expected <= named
    ours = {name for name in named if name and not name.startswith("qt_")}
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", name) for name in ours), ours


def test_version_notice_is_honest(window: MainWindow) -> None:
    notice = window.findChild(QLabel, "version_notice")
    assert "next version" in notice.text()
