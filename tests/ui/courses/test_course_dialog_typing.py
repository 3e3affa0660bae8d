"""Every number and date of the course dialog typed into key by key, then Save clicked, and
the course read back through the courses service.

A value typed is stored exactly as typed, or refused beside its field with what is allowed
(numbers in the domain's words, `limits.Range.describe`), the dialog open and nothing
stored. Never clamped, wrapped, cut short, or the old value kept without a word.

Dates are typed as a person in the pinned locale types them (`typed_date`: its order of day,
month and year), as digits only and with spaces, slashes or dots between the parts; either
over the whole field (select all, type) or after Tab brought the cursor into it (its first
part selected).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain import limits
from mesolog.domain.enums import Area, Indication
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses.course_dialog import CourseDialog
from tests.conftest import ATHENS
from tests.locale_support import typed_date
from tests.typing_support import Typed, empty, focus, shown, tab_away, type_into, type_keys

STARTED = dt.date(2026, 2, 1)
FIRST_SESSION = dt.date(2026, 2, 3)


SPANS = {
    "planned_sessions": limits.PLANNED_SESSIONS,
    "initial_interval_days": limits.INITIAL_INTERVAL_DAYS,
    "maintenance_interval_days": limits.MAINTENANCE_INTERVAL_DAYS,
}


def number(name: str, typed: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(name, typed, marks=marks, id=f"{name}-{typed.case}")


def refused_number(name: str, case: str, keys: str) -> Typed:
    return Typed(case, keys, refused=str(SPANS[name].describe()))


def garbage_and_empty(name: str) -> list[Any]:
    return [
        number(
            name,
            refused_number(name, "garbage", "abc"),
        ),
        number(
            name,
            refused_number(name, "empty", ""),
        ),
    ]


NUMBER_CASES = [
    number("planned_sessions", Typed("typed", "8", 8)),
    number(
        "planned_sessions",
        refused_number("planned_sessions", "too high", "25"),
    ),
    number(
        "planned_sessions",
        refused_number("planned_sessions", "too low", "0"),
    ),
    *garbage_and_empty("planned_sessions"),
    number("initial_interval_days", Typed("typed", "12", 12)),
    number(
        "initial_interval_days",
        refused_number("initial_interval_days", "too high", "61"),
    ),
    number(
        "initial_interval_days",
        refused_number("initial_interval_days", "too low", "5"),
    ),
    *garbage_and_empty("initial_interval_days"),
    number("maintenance_interval_days", Typed("typed", "21", 21)),
    number(
        "maintenance_interval_days",
        refused_number("maintenance_interval_days", "too high", "200"),
    ),
    number(
        "maintenance_interval_days",
        refused_number("maintenance_interval_days", "too low", "5"),
    ),
    *garbage_and_empty("maintenance_interval_days"),
]


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    return clinic.patients.create(
        PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001")
    )


def open_dialog(
    qtbot: QtBot, clinic: Clinic, patient: Patient, course: Course | None = None
) -> CourseDialog:
    dialog = CourseDialog(clinic, ChangeBus(), patient.id, course=course)
    qtbot.addWidget(dialog)
    return dialog


def error_beside(dialog: CourseDialog, field: str) -> str:
    return dialog.errors.visible().get(field, "")


def save(qtbot: QtBot, dialog: CourseDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("name", "case"), NUMBER_CASES)
def test_a_typed_number_is_planned_as_typed_or_refused_beside_its_field(
    qtbot: QtBot, clinic: Clinic, patient: Patient, name: str, case: Typed
) -> None:
    dialog = open_dialog(qtbot, clinic, patient)
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    if case.keys:
        type_into(qtbot, widget, case.keys)
    else:
        empty(qtbot, widget)

    save(qtbot, dialog)

    planned = clinic.history.patient_history(patient.id).courses
    if case.refused is None:
        assert dialog.result() == QDialog.DialogCode.Accepted
        [stored] = planned
        assert getattr(stored.course.plan, name) == case.stored
        assert shown(widget).split()[0] == str(case.stored)
        return
    error = error_beside(dialog, name)
    assert error and case.refused in error, f"beside {name}: {error!r}"
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert planned == ()
    if case.keys.isdigit():
        assert shown(widget).split()[0] == case.keys


@pytest.fixture
def course(clinic: Clinic, patient: Patient) -> Course:
    """A course started on 1 February 2026 whose first session was on the 3rd."""
    planned = clinic.courses.plan(
        patient.id, CourseInput(Indication.WRINKLES, 6, STARTED, (Area.FOREHEAD,))
    )
    clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            dt.datetime.combine(FIRST_SESSION, dt.time(10), tzinfo=ATHENS),
            "Δρ Ελένη Βασιλείου",
            (TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5)),),
            planned.id,
        ),
    )
    return planned


EARLIER = dt.date(2026, 1, 28)


def start(how: str, case: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(how, case, marks=marks, id=f"{how}-{case.case}")


def typed_start(case: str, separator: str) -> Typed:
    return Typed(case, typed_date(EARLIER, separator), EARLIER)


AFTER_FIRST = Typed(
    "after the first session", typed_date(dt.date(2026, 2, 5)), refused="first session"
)
BEFORE_BIRTH = Typed("before the birth", typed_date(dt.date(1979, 1, 1)), refused="date of birth")
GARBAGE = Typed("garbage", "abc", refused="")

START_CASES = [
    start("select all", typed_start("typed", "")),
    start(
        "select all",
        typed_start("spaces", " "),
    ),
    start(
        "select all",
        typed_start("slashes", "/"),
    ),
    start("select all", typed_start("dots", ".")),
    start("select all", AFTER_FIRST),
    start("select all", BEFORE_BIRTH),
    start("select all", GARBAGE),
    start("tab in", typed_start("typed", "")),
    start(
        "tab in",
        typed_start("spaces", " "),
    ),
    start(
        "tab in",
        typed_start("slashes", "/"),
    ),
    start("tab in", typed_start("dots", ".")),
    start("tab in", AFTER_FIRST),
    start("tab in", BEFORE_BIRTH),
    start("tab in", GARBAGE),
    start(
        "select all",
        Typed("empty", "", refused=""),
    ),
]


@pytest.mark.parametrize(("how", "case"), START_CASES)
def test_a_typed_start_date_is_stored_as_typed_or_refused_beside_it(
    qtbot: QtBot, clinic: Clinic, patient: Patient, course: Course, how: str, case: Typed
) -> None:
    dialog = open_dialog(qtbot, clinic, patient, course)
    edit = dialog.started_on
    if not case.keys:
        empty(qtbot, edit)
    elif how == "select all":
        type_into(qtbot, edit, case.keys)
    else:
        focus(qtbot, edit)
        type_keys(edit, case.keys)
        tab_away(edit)

    save(qtbot, dialog)

    stored = clinic.courses.get(course.id).plan.started_on
    if case.refused is None:
        assert error_beside(dialog, "started_on") == ""
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert stored == case.stored
        assert shown(edit) == shown_date(case.stored)
        return
    error = error_beside(dialog, "started_on")
    assert error and case.refused in error, f"beside the start: {error!r}"
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert stored == STARTED
