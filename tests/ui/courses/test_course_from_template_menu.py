"""Patient ▸ Plan Course… in the main window, a template chosen by keyboard, then Log
Session: the course planned from the template (selected, so the session goes into it),
and its first session's editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import ProductInput
from mesolog.domain.records import CourseInput, Patient, PatientInput
from mesolog.domain.templates import Template
from mesolog.services.clinic import Clinic
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.courses.course_templates import course_template
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.ui.courses.template_support import NAME, cheeks_template, money
from tests.ui.courses.test_course_from_template import choose_by_keyboard


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


@pytest.fixture
def patient(clinic: Clinic, window: MainWindow) -> Patient:
    added = clinic.patients.create(PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5)))
    window.open_patient(added.id)
    return added


@pytest.fixture
def template(clinic: Clinic) -> Template:
    clinic.products.add(
        ProductInput("HydraBoost 1.5%", Solution.HYALURONIC_ACID, price_per_unit=Decimal("12.50"))
    )
    return clinic.templates.add(cheeks_template())


def in_modal(act: Callable[[Any], None]) -> None:
    """Acts on the course dialog the next action opens (exec() blocks until it closes)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CourseDialog), dialog
        act(dialog)

    QTimer.singleShot(0, run)


def plan_from_template(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Patient ▸ Plan Course…, the template chosen by its first letters, Save; the
    estimate the dialog showed."""
    seen: list[str] = []

    def choose(dialog: CourseDialog) -> None:
        choose_by_keyboard(qtbot, dialog, "Ch")
        seen.append(dialog.templates.estimate.text())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_modal(choose)
    window.menus.plan_course_action.trigger()
    return seen


def test_a_course_is_planned_from_a_template_through_the_menu(
    qtbot: QtBot, clinic: Clinic, window: MainWindow, patient: Patient, template: Template
) -> None:
    [estimate] = plan_from_template(qtbot, window)

    assert estimate.startswith(f"Estimate for 5 sessions: {money('525')}")
    history = window.record.history
    assert history is not None
    [entry] = history.courses
    assert course_template(entry.course, clinic.templates.all()) == template
    assert window.record.course_to_log() == entry.course.id


def test_the_course_planned_is_selected_so_a_session_goes_into_it(
    qtbot: QtBot, clinic: Clinic, window: MainWindow, patient: Patient, template: Template
) -> None:
    by_hand = CourseInput(Indication.STRETCH_MARKS, 5, dt.date(2026, 1, 5), (Area.THIGHS,))
    older = clinic.courses.plan(patient.id, by_hand)
    window.open_patient(patient.id)
    assert window.record.course_to_log() == older.id

    plan_from_template(qtbot, window)

    planned = clinic.history.patient_history(patient.id).courses
    [new] = [c.course for c in planned if c.course.plan.template_id == template.id]
    assert window.record.course_to_log() == new.id


def test_its_first_session_opens_with_the_templates_lines(
    qtbot: QtBot, clinic: Clinic, window: MainWindow, patient: Patient, template: Template
) -> None:
    plan_from_template(qtbot, window)

    editor = window.log_session()

    assert editor is not None
    assert editor.session_form.to_input().treatments == template.details.lines
    assert f"the template “{NAME}”" in editor.frame.notice.text()
