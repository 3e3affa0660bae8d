"""One way to log a session: Patient ▸ Log Session… (Ctrl+L, on the toolbar too) opens an
editor in the patient's active course; with several active, the course card selected
(the newest when the record opens); a completed course selected logs into the newest
active one; none active: outside any course. No second button does the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.ids import CourseId
from mesolog.domain.records import CourseInput, Patient, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    return clinic.patients.create(PatientInput("Ρήγα", "Άννα", dt.date(1980, 1, 1)))


def _course(clinic: Clinic, patient: Patient, indication: Indication, day: int) -> CourseId:
    plan = CourseInput(indication, 6, dt.date(2026, 3, day), (Area.FOREHEAD,))
    return clinic.courses.plan(patient.id, plan).id


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()


def _ctrl_l(qtbot: QtBot, window: MainWindow) -> SessionEditor:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.open_editors()) == 1)
    [editor] = window.open_editors()
    return editor


def _select_card(qtbot: QtBot, window: MainWindow, course_id: CourseId) -> None:
    courses = window.record.courses.list
    [item] = [
        courses.item(row)
        for row in range(courses.count())
        if courses.item(row).data(Qt.ItemDataRole.UserRole) == str(course_id)
    ]
    qtbot.mouseClick(
        courses.viewport(), Qt.MouseButton.LeftButton, pos=courses.visualItemRect(item).center()
    )


def test_ctrl_l_logs_into_the_active_course_and_no_other_control_does(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, patient: Patient
) -> None:
    course = _course(clinic, patient, Indication.WRINKLES, 1)
    window.open_patient(patient.id)
    names = {button.objectName() for button in window.findChildren(QAbstractButton)}
    assert not names & {"log_session", "log_course_session"}, "one action, not three"
    assert window.menus.log_action.toolTip() == "Log a session in the course “Wrinkles” (Ctrl+L)"
    editor = _ctrl_l(qtbot, window)
    assert editor.session_form.selected_course_id() == course
    editor.done(0)


def test_with_two_active_courses_the_selected_card_decides(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, patient: Patient
) -> None:
    older = _course(clinic, patient, Indication.WRINKLES, 1)
    newer = _course(clinic, patient, Indication.STRETCH_MARKS, 5)
    window.open_patient(patient.id)
    first = _ctrl_l(qtbot, window)
    assert first.session_form.selected_course_id() == newer, "the newest, selected on opening"
    first.done(0)
    _select_card(qtbot, window, older)
    assert window.menus.log_action.statusTip() == "Log a session in the course “Wrinkles”"
    second = _ctrl_l(qtbot, window)
    assert second.session_form.selected_course_id() == older
    second.done(0)


def test_a_completed_course_selected_logs_into_the_active_one(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, patient: Patient
) -> None:
    done = _course(clinic, patient, Indication.WRINKLES, 5)
    active = _course(clinic, patient, Indication.STRETCH_MARKS, 1)
    clinic.courses.complete(done)
    window.open_patient(patient.id)
    _select_card(qtbot, window, done)
    editor = _ctrl_l(qtbot, window)
    assert editor.session_form.selected_course_id() == active
    editor.done(0)


def test_without_an_active_course_the_session_is_outside_any(
    qtbot: QtBot, window: MainWindow, patient: Patient
) -> None:
    window.open_patient(patient.id)
    assert window.menus.log_action.toolTip() == "Log a session outside any course (Ctrl+L)"
    editor = _ctrl_l(qtbot, window)
    assert editor.session_form.selected_course_id() is None
    editor.done(0)
