"""A course planned from a template whose product is counted in units (an ampoule): the
course dialog's estimate prices the ampoules by the units the template gives, and the
course's first session starts from the template's lines with their units."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Solution
from mesolog.domain.products import ProductInput, ProductUnit
from mesolog.domain.records import Patient, PatientInput, ProductUse
from mesolog.domain.templates import Template
from mesolog.services.clinic import Clinic
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.ui.courses.template_support import cheeks_template, money
from tests.ui.courses.test_course_from_template import choose_by_keyboard
from tests.ui.courses.test_course_from_template_menu import in_modal

AMPOULE = ProductInput(
    "VitaC Ampoule 2 ml",
    Solution.VITAMINS,
    concentration="vitamin C 20%",
    unit=ProductUnit.UNITS,
    default_volume=1.0,
    price_per_unit=Decimal("6.50"),
)


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
    added = clinic.patients.create(PatientInput("Ρήγα", "Μαρία", dt.date(1975, 6, 2)))
    window.open_patient(added.id)
    return added


@pytest.fixture
def template(clinic: Clinic) -> Template:
    """The cheeks template with its neck line giving two ampoules (4 ml) at 6.50 each, no
    other product priced: 80.00 a session and 13.00 of ampoules."""
    clinic.products.add(AMPOULE)
    cheeks = cheeks_template()
    ampoules = ProductUse(Solution.VITAMINS, 4.0, AMPOULE.name, AMPOULE.concentration, units=2.0)
    neck = replace(cheeks.lines[1], products=(ampoules,))
    return clinic.templates.add(replace(cheeks, lines=(cheeks.lines[0], neck)))


def test_the_course_estimate_prices_the_ampoules_by_their_units_and_the_first_session_has_them(
    qtbot: QtBot, clinic: Clinic, window: MainWindow, patient: Patient, template: Template
) -> None:
    seen: list[str] = []

    def choose(dialog: CourseDialog) -> None:
        choose_by_keyboard(qtbot, dialog, "Ch")
        seen.append(dialog.templates.estimate.text())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_modal(choose)
    window.menus.plan_course_action.trigger()

    assert seen == [
        f"Estimate for 5 sessions: {money('465')} (session fees {money('400')}, "
        f"products {money('65')}).\nNo price in the catalogue, left out: HydraBoost 1.5%."
    ]
    editor = window.log_session()
    assert editor is not None
    treatments = editor.session_form.to_input().treatments
    assert treatments == template.details.lines
    assert treatments[1].products[0].units == 2.0
