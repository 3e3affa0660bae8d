"""The course dialog on a real database: planning, editing, and errors beside the fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.enums import Area, CourseStatus, Indication
from mesolog.domain.errors import Violation
from mesolog.domain.records import (
    CourseInput,
    Patient,
    PatientInput,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.typed_fields import DateField, NumberField
from mesolog.ui.courses.course_dialog import CourseDialog
from tests.locale_support import date_keys
from tests.typing_support import focus, shown, tab_away, type_into, type_keys


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    return clinic.patients.create(
        PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001")
    )


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def dialog(qtbot, clinic: Clinic, bus: ChangeBus, patient: Patient) -> CourseDialog:
    dialog = CourseDialog(clinic, bus, patient.id)
    qtbot.addWidget(dialog)
    return dialog


def child(dialog: QWidget, kind: type[Any], name: str) -> Any:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def type_date(qtbot, edit: DateField, day: dt.date) -> None:
    """Tab into the date (its first part selected) and type the day in the locale's order."""
    focus(qtbot, edit)
    type_keys(edit, date_keys(day))
    tab_away(edit)


def error_text(dialog: CourseDialog, field: str) -> str:
    label = child(dialog, QLabel, f"{field}_error")
    return label.text() if not label.isHidden() else ""


def test_every_field_is_named_and_starts_from_the_guide(dialog: CourseDialog) -> None:
    for kind, name in [
        (QComboBox, "indication"),
        (QListWidget, "areas"),
        (NumberField, "planned_sessions"),
        (NumberField, "initial_interval_days"),
        (NumberField, "maintenance_interval_days"),
        (QLineEdit, "protocol"),
        (DateField, "started_on"),
        (QPlainTextEdit, "notes"),
    ]:
        widget = child(dialog, kind, name)
        assert widget.accessibleName(), name
    assert dialog.windowTitle() == "Plan a course"
    assert dialog.indication.currentText() == "Hydration and tightening"
    assert dialog.areas.count() == len(Area)
    assert dialog.areas.item(1).text() == "Eye area (periorbital)"
    assert dialog.chosen_areas() == ()
    sessions = dialog.planned_sessions
    assert (sessions.value(), sessions.span) == (6, limits.PLANNED_SESSIONS)
    first = dialog.initial_interval_days
    assert (first.value(), first.span) == (14, limits.INITIAL_INTERVAL_DAYS)
    later = dialog.maintenance_interval_days
    assert (later.value(), later.span) == (
        limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS,
        limits.MAINTENANCE_INTERVAL_DAYS,
    )
    assert child(dialog, QLabel, "initial_interval_days_hint").text() == "guide: 10–14 days"
    assert child(dialog, QLabel, "maintenance_interval_days_hint").text() == "guide: 3–4 weeks"
    assert dialog.started_on.value() == dt.date(2026, 3, 10)
    assert shown(dialog.started_on) == shown_date(dt.date(2026, 3, 10))
    assert dialog.save_button.isDefault()


def test_save_plans_the_course_with_its_areas(
    qtbot, dialog: CourseDialog, clinic: Clinic, bus: ChangeBus, patient: Patient
) -> None:
    dialog.indication.setCurrentIndex(dialog.indication.findData(Indication.WRINKLES.value))
    dialog.set_areas([Area.FOREHEAD, Area.PERIORAL])
    type_into(qtbot, dialog.planned_sessions, "8")
    type_into(qtbot, dialog.initial_interval_days, "12")
    type_into(qtbot, dialog.maintenance_interval_days, "21")
    type_into(qtbot, dialog.protocol, "DMAE 3% + πεπτίδια")
    type_date(qtbot, dialog.started_on, dt.date(2026, 3, 12))
    type_into(qtbot, dialog.notes, "Ευαίσθητο δέρμα.")
    assert [shown(dialog.planned_sessions), shown(dialog.started_on)] == [
        "8",
        shown_date(dt.date(2026, 3, 12)),
    ]

    with qtbot.waitSignal(bus.changed):
        dialog.save_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved_course
    assert saved is not None
    assert saved.plan == CourseInput(
        Indication.WRINKLES,
        8,
        dt.date(2026, 3, 12),
        (Area.FOREHEAD, Area.PERIORAL),
        "DMAE 3% + πεπτίδια",
        12,
        21,
        "Ευαίσθητο δέρμα.",
    )
    (stored,) = clinic.history.patient_history(patient.id).courses
    assert stored.course == saved


def test_an_area_is_checked_from_the_keyboard(qtbot, dialog: CourseDialog) -> None:
    dialog.areas.setFocus()
    dialog.areas.setCurrentRow(5)
    qtbot.keyClick(dialog.areas, Qt.Key.Key_Space)
    assert dialog.chosen_areas() == (Area.FULL_FACE,)


def test_a_start_before_the_birth_is_shown_beside_the_date_and_nothing_is_saved(
    qtbot, dialog: CourseDialog, clinic: Clinic, patient: Patient, bus: ChangeBus
) -> None:
    changes: list[None] = []
    bus.changed.connect(lambda: changes.append(None))
    type_date(qtbot, dialog.started_on, dt.date(1979, 1, 1))

    dialog.save_button.click()

    assert "on or after the date of birth" in error_text(dialog, "started_on")
    assert error_text(dialog, "planned_sessions") == ""
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved_course is None
    assert changes == []
    assert clinic.history.patient_history(patient.id).courses == ()
    assert dialog.focusWidget() is dialog.started_on

    type_date(qtbot, dialog.started_on, dt.date(2026, 3, 9))
    dialog.save_button.click()
    assert error_text(dialog, "started_on") == ""
    assert dialog.result() == QDialog.DialogCode.Accepted
    [stored] = clinic.history.patient_history(patient.id).courses
    assert stored.course.plan.started_on == dt.date(2026, 3, 9)


def test_errors_go_beside_their_fields_and_the_rest_below_the_form(
    dialog: CourseDialog,
) -> None:
    dialog.show_errors(
        [
            Violation("planned_sessions", 40, "1 to 20 sessions"),
            Violation("maintenance_interval_days", 3, "7 to 180 days"),
            Violation("patient_id", "x", "a patient that exists"),
        ]
    )
    assert error_text(dialog, "planned_sessions") == "1 to 20 sessions (40 is not allowed)"
    assert error_text(dialog, "maintenance_interval_days") == "7 to 180 days (3 is not allowed)"
    general = child(dialog, QLabel, "general_error")
    assert not general.isHidden()
    assert "A patient that exists" in general.text()

    dialog.show_errors([])
    assert error_text(dialog, "planned_sessions") == ""
    assert general.isHidden()


def test_editing_fills_the_plan_and_updates_the_course(
    qtbot, clinic: Clinic, bus: ChangeBus, patient: Patient
) -> None:
    plan = CourseInput(
        Indication.STRETCH_MARKS, 5, dt.date(2026, 2, 1), (Area.ABDOMEN,), "Πεπτίδια", 10, 30
    )
    course = clinic.courses.plan(patient.id, plan)
    dialog = CourseDialog(clinic, bus, patient.id, course=course)
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "Edit course plan"
    assert dialog.plan_input() == plan
    type_into(qtbot, dialog.planned_sessions, "7")
    dialog.set_areas([Area.ABDOMEN, Area.THIGHS])
    dialog.save_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    updated = clinic.courses.get(course.id)
    assert updated.plan.planned_sessions == 7
    assert updated.plan.areas == (Area.ABDOMEN, Area.THIGHS)


def test_a_known_error_shows_a_message_and_keeps_the_dialog_open(
    qtbot, clinic: Clinic, bus: ChangeBus, patient: Patient, monkeypatch: pytest.MonkeyPatch
) -> None:
    course = clinic.courses.plan(
        patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 2, 1))
    )
    dialog = CourseDialog(clinic, bus, patient.id, course=course)
    qtbot.addWidget(dialog)
    clinic.courses.complete(course.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    dialog.save_button.click()

    assert warnings == ["The course is completed; only an active course changes."]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert clinic.courses.get(course.id).status is CourseStatus.COMPLETED


def test_escape_cancels_without_saving(
    qtbot, dialog: CourseDialog, clinic: Clinic, patient: Patient
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert clinic.history.patient_history(patient.id).courses == ()
