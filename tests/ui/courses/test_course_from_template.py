"""A course planned from a protocol template in the course dialog: the template chosen by
keyboard fills the plan, the estimate follows the planned sessions typed, the course is
saved and read back naming its template (courses.template_id), whatever its protocol text
says and whatever the template is called since."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import ProductInput
from mesolog.domain.records import Course, Patient, PatientInput
from mesolog.domain.templates import Template
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.courses.course_templates import course_template
from tests.typing_support import empty, focus, shown, type_into, type_keys
from tests.ui.courses.template_support import (
    NAME,
    PROTOCOL,
    cheeks_template,
    money,
    planned_course,
)

CELLULITE = "Cellulite, firm"


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    return clinic.patients.create(
        PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001")
    )


@pytest.fixture
def template(clinic: Clinic) -> Template:
    """HydraBoost at 12.50 a ml (2 ml a session), peptides unpriced, 80.00 a session; and
    a second template listed before it (CELLULITE)."""
    clinic.products.add(
        ProductInput("HydraBoost 1.5%", Solution.HYALURONIC_ACID, price_per_unit=Decimal("12.50"))
    )
    clinic.templates.add(
        replace(cheeks_template(), name=CELLULITE, planned_sessions=8, protocol="Caffeine")
    )
    return clinic.templates.add(cheeks_template())


def stored(clinic: Clinic, patient: Patient) -> Course:
    [entry] = clinic.history.patient_history(patient.id).courses
    return entry.course


def open_dialog(qtbot: QtBot, clinic: Clinic, patient: Patient, **options: object) -> CourseDialog:
    dialog = CourseDialog(clinic, ChangeBus(), patient.id, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    return dialog


def choose_by_keyboard(qtbot: QtBot, dialog: CourseDialog, keys: str) -> None:
    """Alt+T to the template choice, then the first letters of the template's name."""
    focus(qtbot, dialog.indication)
    QTest.keyClick(dialog.indication, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.templates.combo.hasFocus, timeout=2_000)
    type_keys(dialog.templates.combo, keys)


def test_a_template_chosen_by_keyboard_fills_the_plan_and_the_course_names_it(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    assert dialog.templates.estimate.isHidden()

    choose_by_keyboard(qtbot, dialog, "Ch")

    assert shown(dialog.templates.combo) == NAME
    assert dialog.indication.currentData() == Indication.WRINKLES.value
    assert dialog.chosen_areas() == (Area.CHEEKS, Area.NECK)
    assert (shown(dialog.planned_sessions), shown(dialog.initial_interval_days)) == ("5", "12")
    assert shown(dialog.maintenance_interval_days) == "21"
    assert shown(dialog.protocol) == PROTOCOL
    assert dialog.templates.linked() == template

    type_into(qtbot, dialog.planned_sessions, "6")
    estimate = dialog.templates.estimate.text()
    assert not dialog.templates.estimate.isHidden()
    assert estimate == (
        f"Estimate for 6 sessions: {money('630')} (session fees {money('480')}, "
        f"products {money('150')}).\nNo price in the catalogue, left out: any peptides."
    )

    type_into(qtbot, dialog.notes, "Θέλει λιγότερο πόνο")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [entry] = clinic.history.patient_history(patient.id).courses
    plan = entry.course.plan
    assert (plan.indication, plan.areas, plan.planned_sessions) == (
        Indication.WRINKLES,
        (Area.CHEEKS, Area.NECK),
        6,
    )
    assert (plan.initial_interval_days, plan.maintenance_interval_days) == (12, 21)
    assert (plan.protocol, plan.notes) == (PROTOCOL, "Θέλει λιγότερο πόνο")
    assert plan.template_id == template.id
    assert course_template(entry.course, clinic.templates.all()) == template


def test_the_estimate_follows_the_sessions_typed_and_says_when_there_is_no_number(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    choose_by_keyboard(qtbot, dialog, "Ch")
    assert dialog.templates.estimate.text().startswith(
        f"Estimate for 5 sessions: {money('525')} (session fees {money('400')}, "
    )
    type_into(qtbot, dialog.planned_sessions, "10", tab=False)
    assert dialog.templates.estimate.text().startswith(
        f"Estimate for 10 sessions: {money('1050')} "
    )
    type_into(qtbot, dialog.planned_sessions, "x", tab=False)
    assert dialog.templates.estimate.text() == (
        "Type the planned sessions to see the course estimate."
    )


def test_choosing_none_plans_by_hand_and_leaves_the_plan_as_filled(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    choose_by_keyboard(qtbot, dialog, "Ch")
    QTest.keyClick(dialog.templates.combo, Qt.Key.Key_Home)

    assert dialog.templates.linked() is None
    assert dialog.templates.estimate.isHidden()
    assert shown(dialog.protocol) == PROTOCOL
    assert dialog.chosen_areas() == (Area.CHEEKS, Area.NECK), "the plan stays as filled"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert stored(clinic, patient).plan.template_id is None


def test_the_protocol_text_edited_freely_keeps_the_course_planned_from_its_template(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    choose_by_keyboard(qtbot, dialog, "Ch")
    type_into(qtbot, dialog.protocol, "HA only — no peptides this time")

    assert shown(dialog.templates.combo) == NAME
    assert not dialog.templates.estimate.isHidden()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    course = stored(clinic, patient)
    assert course.plan.protocol == "HA only — no peptides this time"
    assert course.plan.template_id == template.id

    edited = open_dialog(qtbot, clinic, patient, course=course)
    empty(qtbot, edited.protocol)
    qtbot.mouseClick(edited.save_button, Qt.MouseButton.LeftButton)
    assert stored(clinic, patient).plan.protocol == ""
    assert stored(clinic, patient).plan.template_id == template.id


def test_a_template_renamed_keeps_its_courses(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    course = planned_course(clinic, patient.id, template, dt.date(2026, 3, 1))
    renamed = clinic.templates.update(
        template.id, replace(template.details, name="Μάγουλα"), read=template
    ).record

    assert course_template(clinic.courses.get(course.id), clinic.templates.all()) == renamed
    dialog = open_dialog(qtbot, clinic, patient, course=course)
    assert shown(dialog.templates.combo) == "Μάγουλα"
    assert dialog.templates.estimate.text().startswith(f"Estimate for 5 sessions: {money('525')}")


def test_editing_a_course_of_a_retired_template_shows_that_template_and_its_estimate(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    course = planned_course(clinic, patient.id, template, dt.date(2026, 3, 1))
    clinic.templates.retire(template.id)

    dialog = open_dialog(qtbot, clinic, patient, course=course)

    assert shown(dialog.templates.combo) == f"{NAME} (retired)"
    assert dialog.templates.estimate.text().startswith(f"Estimate for 5 sessions: {money('525')}")
    type_into(qtbot, dialog.notes, "Μετά τις διακοπές")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert stored(clinic, patient).plan.template_id == template.id


def test_another_template_chosen_for_a_planned_course_changes_what_it_is_planned_from(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    course = planned_course(clinic, patient.id, template, dt.date(2026, 3, 1))
    dialog = open_dialog(qtbot, clinic, patient, course=course)

    choose_by_keyboard(qtbot, dialog, "Ce")

    assert shown(dialog.templates.combo) == CELLULITE
    assert (shown(dialog.planned_sessions), shown(dialog.protocol)) == ("8", "Caffeine")
    type_into(qtbot, dialog.planned_sessions, "7")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    plan = stored(clinic, patient).plan
    [cellulite] = [t for t in clinic.templates.all() if t.details.name == CELLULITE]
    assert (plan.template_id, plan.planned_sessions, plan.started_on) == (
        cellulite.id,
        7,
        dt.date(2026, 3, 1),
    )


def test_a_template_chosen_takes_away_the_problem_shown_beside_a_number_it_fills(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    type_into(qtbot, dialog.planned_sessions, "abc")
    assert dialog.errors.visible().get("planned_sessions")

    choose_by_keyboard(qtbot, dialog, "Ch")

    assert "planned_sessions" not in dialog.errors.visible()
    assert shown(dialog.planned_sessions) == "5"
