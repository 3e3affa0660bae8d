"""A course planned from a protocol template in the course dialog: the template chosen by
keyboard fills the plan, the estimate follows the planned sessions typed, the course is
saved and read back linked to its template (its protocol text names it)."""

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
from mesolog.domain.records import (
    Patient,
    PatientInput,
)
from mesolog.domain.templates import Template
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.courses.course_templates import course_template, planned_from, protocol_naming
from tests.typing_support import focus, shown, type_into, type_keys
from tests.ui.courses.template_support import (
    NAME,
    PROTOCOL,
    cheeks_template,
    money,
    planned_course,
)


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    return clinic.patients.create(
        PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001")
    )


@pytest.fixture
def template(clinic: Clinic) -> Template:
    """HydraBoost at 12.50 a ml (2 ml a session), peptides unpriced, 80.00 a session; and
    a second template listed before it."""
    clinic.products.add(
        ProductInput("HydraBoost 1.5%", Solution.HYALURONIC_ACID, price_per_unit=Decimal("12.50"))
    )
    clinic.templates.add(replace(cheeks_template(), name="Cellulite, firm", protocol="Caffeine"))
    return clinic.templates.add(cheeks_template())


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


def test_a_template_chosen_by_keyboard_fills_the_plan_and_the_course_keeps_its_name(
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
    assert shown(dialog.protocol) == f"{NAME} — {PROTOCOL}"
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
    assert plan.protocol == f"{NAME} — {PROTOCOL}"
    assert plan.notes == "Θέλει λιγότερο πόνο"
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


def test_choosing_none_takes_the_templates_name_out_of_the_protocol(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    choose_by_keyboard(qtbot, dialog, "Ch")
    QTest.keyClick(dialog.templates.combo, Qt.Key.Key_Home)

    assert shown(dialog.protocol) == PROTOCOL
    assert dialog.templates.linked() is None
    assert dialog.templates.estimate.isHidden()
    assert dialog.chosen_areas() == (Area.CHEEKS, Area.NECK), "the plan stays as filled"


def test_typing_the_name_out_of_the_protocol_unlinks_and_typing_it_in_links(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    choose_by_keyboard(qtbot, dialog, "Ch")
    type_into(qtbot, dialog.protocol, "HA only")
    assert dialog.templates.combo.currentIndex() == 0
    assert dialog.templates.estimate.isHidden()

    type_into(qtbot, dialog.protocol, "cheeks, OUR way — HA only")
    assert shown(dialog.templates.combo) == NAME
    assert not dialog.templates.estimate.isHidden()


def test_editing_a_course_of_a_retired_template_shows_that_template_and_its_estimate(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    course = planned_course(clinic, patient.id, template, dt.date(2026, 3, 1))
    clinic.templates.retire(template.id)

    dialog = open_dialog(qtbot, clinic, patient, course=course)

    assert shown(dialog.templates.combo) == f"{NAME} (retired)"
    assert dialog.templates.estimate.text().startswith(f"Estimate for 5 sessions: {money('525')}")


@pytest.mark.parametrize(
    ("protocol", "found"),
    [
        (f"{NAME} — {PROTOCOL}", NAME),
        (NAME, NAME),
        ("  CHEEKS,  our WAY—anything", NAME),
        (f"{NAME} deluxe", None),
        (f"Our protocol — {NAME}", None),
        ("", None),
        ("Cheeks, our way — long — more", "Cheeks, our way — long"),
    ],
)
def test_the_template_a_protocol_names_is_the_longest_name_it_starts_with(
    clinic: Clinic, protocol: str, found: str | None
) -> None:
    short = clinic.templates.add(cheeks_template())
    longer = clinic.templates.add(replace(cheeks_template(), name="Cheeks, our way — long"))
    linked = planned_from(protocol, [short, longer])
    assert (linked.details.name if linked else None) == found


def test_a_long_protocol_leaves_only_the_name() -> None:
    details = replace(cheeks_template(), protocol="x" * 190)
    assert protocol_naming(details) == NAME
    assert protocol_naming(replace(details, protocol="")) == NAME


def test_a_template_chosen_takes_away_the_problem_shown_beside_a_number_it_fills(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    type_into(qtbot, dialog.planned_sessions, "abc")
    assert dialog.errors.visible().get("planned_sessions")

    choose_by_keyboard(qtbot, dialog, "Ch")

    assert "planned_sessions" not in dialog.errors.visible()
    assert shown(dialog.planned_sessions) == "5"
