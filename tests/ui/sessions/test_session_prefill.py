"""What a new session's form starts from (SessionPrefill, as the editor fills its form): the
first session of a course planned from a protocol template (the course names it) starts
from the template's lines and products; the next ones from the previous session, as
always."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area
from mesolog.domain.records import (
    Course,
    NeedleTechnique,
    Patient,
    PatientInput,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.templates import Template
from mesolog.services.clinic import Clinic
from mesolog.ui.sessions.session_form import SessionForm
from mesolog.ui.sessions.session_prefill import SessionPrefill, courses_to_offer
from tests.conftest import ATHENS
from tests.ui.courses.template_support import NAME, cheeks_template, planned_course

NOW = dt.datetime(2026, 3, 10, 11, 0, tzinfo=ATHENS)
CLINICIAN = "Δρ Ελένη Βασιλείου"


@pytest.fixture
def template(clinic: Clinic) -> Template:
    return clinic.templates.add(cheeks_template())


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    return clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2)))


@pytest.fixture
def course(clinic: Clinic, patient: Patient, template: Template) -> Course:
    return planned_course(clinic, patient.id, template, dt.date(2026, 3, 1))


def new_session(
    qtbot: QtBot, clinic: Clinic, patient: Patient, course: Course, templates: list[Template]
) -> tuple[SessionForm, str]:
    """A new session's form in `course`, filled in as the editor fills it."""
    history = clinic.history.patient_history(patient.id)
    defaults = clinic.settings.clinic().techniques
    form = SessionForm(
        patient=patient,
        courses=courses_to_offer(history, course.id),
        defaults=defaults,
        today=clinic.context.today,
    )
    qtbot.addWidget(form)
    prefill = SessionPrefill(form, history, defaults, patient.details, templates)
    return form, prefill.start(course.id, NOW, CLINICIAN)


def test_the_first_session_of_a_course_from_a_template_starts_from_its_lines(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template, course: Course
) -> None:
    form, notice = new_session(qtbot, clinic, patient, course, clinic.templates.all())

    assert form.to_input().treatments == template.details.lines
    names = [field.text() for field in form.findChildren(QLineEdit, "product_name")]
    assert names == ["HydraBoost 1.5%", ""]
    assert f"planned from the template “{NAME}”" in notice
    assert "Choose the lots" in notice


def test_a_retired_template_still_fills_its_courses_first_session(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template, course: Course
) -> None:
    clinic.templates.retire(template.id)
    form, _ = new_session(qtbot, clinic, patient, course, clinic.templates.all(retired=True))
    assert form.to_input().treatments == template.details.lines


def test_the_next_session_starts_from_the_previous_one_not_the_template(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template, course: Course
) -> None:
    done = (TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5)),)
    first = clinic.sessions.create_draft(
        patient.id, SessionInput(NOW - dt.timedelta(days=7), CLINICIAN, done, course.id)
    )
    clinic.sessions.sign(first.id)

    form, notice = new_session(qtbot, clinic, patient, course, clinic.templates.all())

    assert form.to_input().treatments == done
    assert "Same areas, techniques and products" in notice


def test_a_template_renamed_still_fills_its_courses_first_session(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template, course: Course
) -> None:
    clinic.templates.update(template.id, replace(template.details, name="Μάγουλα"), read=template)

    form, notice = new_session(qtbot, clinic, patient, course, clinic.templates.all())

    assert form.to_input().treatments == template.details.lines
    assert "planned from the template “Μάγουλα”" in notice


def test_a_course_planned_by_hand_starts_from_the_usual_settings_whatever_its_protocol(
    qtbot: QtBot, clinic: Clinic, patient: Patient, template: Template
) -> None:
    plan = replace(template.details.course(dt.date(2026, 3, 1)), protocol=NAME)
    course = clinic.courses.plan(patient.id, plan)

    form, notice = new_session(qtbot, clinic, patient, course, clinic.templates.all())

    [line] = form.to_input().treatments
    assert (line.area, line.products) == (Area.CHEEKS, ())
    assert notice.startswith("First session here: the clinic's usual technique settings.")
