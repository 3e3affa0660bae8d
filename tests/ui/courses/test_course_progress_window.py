"""In the main window: a draft does not move a course on, signing does; a course in maintenance
after its planned sessions stays on the Due list until the clinician completes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.courses.course_panel import CourseCard
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import FixedClock
from tests.locale_support import named_day, named_span
from tests.qt_fixtures import answer_signing

ATHENS = dt.timezone(dt.timedelta(hours=2))
CLINICIAN = "Dr Eleni Markou"


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    SettingsDialog.set_clinician_name(CLINICIAN)
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.resize(1280, 720)
    opened.show()
    yield opened
    opened.close()


def sign_session(clinic: Clinic, patient_id: PatientId, course_id: CourseId, day: dt.date) -> None:
    draft = clinic.sessions.create_draft(
        patient_id,
        SessionInput(
            dt.datetime(day.year, day.month, day.day, 10, 0, tzinfo=ATHENS),
            CLINICIAN,
            (TreatmentLine(Area.FULL_FACE, NeedleTechnique(1.5)),),
            course_id,
            PreTreatment(nsaids_paused_days=14, consent_confirmed=True),
        ),
    )
    clinic.sessions.sign(draft.id)


def patient_with_course(
    clinic: Clinic, name: str, planned: int, started_on: dt.date, *days: dt.date
) -> tuple[PatientId, CourseId]:
    patient = clinic.patients.create(PatientInput(name, "Άννα", dt.date(1980, 1, 1)))
    course = clinic.courses.plan(
        patient.id, CourseInput(Indication.HYDRATION_TIGHTENING, planned, started_on)
    )
    for day in days:
        sign_session(clinic, patient.id, course.id, day)
    return patient.id, course.id


def card(window: MainWindow, course_id: CourseId) -> CourseCard:
    return window.record.courses.cards[course_id]


def button(parent: Any, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def due_names(window: MainWindow) -> list[str]:
    model = window.lists.due_model
    return [model.patient_at(row).family_name for row in range(model.rowCount())]


def answer_yes(monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    def question(_parent: Any, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    answer_signing(monkeypatch, into=asked)


def test_a_saved_draft_leaves_the_course_where_it_was_and_signing_moves_it_on(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient_id, course_id = patient_with_course(
        clinic, "Νικολάου", 6, dt.date(2026, 2, 24), dt.date(2026, 2, 24)
    )
    window.refresh()
    window.open_patient(patient_id)
    assert card(window, course_id).progress_text.text() == "1 of 6 sessions"

    editor = window.log_session()
    assert editor is not None
    with qtbot.waitSignal(window.bus.changed):
        button(editor, "save_draft").click()

    [draft] = [s for s in window.record.history.sessions if s.signed_at is None]
    assert (
        card(window, course_id).progress_text.text()
        == "1 of 6 sessions, not counting 1 unsigned draft"
    )
    assert (
        card(window, course_id).due.text().startswith(f"Next session due {named_day(2026, 3, 10)}")
    )
    assert window.lists.patient_model.patient_at(0).last_session_on == dt.date(2026, 2, 24)

    asked: list[str] = []
    answer_yes(monkeypatch, asked)
    signing = window.open_session(draft.id)
    assert signing is not None
    with qtbot.waitSignal(window.bus.changed):
        button(signing, "sign").click()

    assert asked, "signing asks first"
    assert clinic.sessions.get(draft.id).signed_at is not None
    assert card(window, course_id).progress_text.text() == "2 of 6 sessions"
    assert (
        card(window, course_id).due.text()
        == f"Next session due {named_day(2026, 3, 24)} ({named_span(2026, 3, 22, 26)})"
    )
    assert window.lists.patient_model.patient_at(0).last_session_on == dt.date(2026, 3, 10)


def test_maintenance_after_the_plan_keeps_the_course_on_the_due_list_until_completed(
    qtbot: QtBot,
    window: MainWindow,
    clinic: Clinic,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two planned sessions on 3 and 17 February; today is 10 March."""
    kept, course_id = patient_with_course(
        clinic, "Άλφα", 2, dt.date(2026, 2, 3), dt.date(2026, 2, 3), dt.date(2026, 2, 17)
    )
    patient_with_course(
        clinic, "Βήτα", 2, dt.date(2026, 2, 3), dt.date(2026, 2, 3), dt.date(2026, 2, 17)
    )
    window.refresh()
    assert due_names(window) == [], "both plans are done"
    window.open_patient(kept)
    assert card(window, course_id).due.text() == (
        "✓ All planned sessions done; mark the course complete"
    )

    with qtbot.waitSignal(window.bus.changed):
        button(window.record.courses, "switch_to_maintenance").click()

    maintained = card(window, course_id)
    assert maintained.state.text() == "Maintenance phase"
    assert maintained.progress_text.text() == "2 of 2 sessions"
    assert maintained.due.text() == (
        f"All planned sessions done · next maintenance session due {named_day(2026, 3, 17)} "
        f"({named_span(2026, 3, 15, 19)})"
    )
    assert due_names(window) == ["Άλφα"]
    assert window.lists.tabs.tabText(1) == "D&ue (1)"

    sign_session(clinic, kept, course_id, dt.date(2026, 3, 10))
    window.bus.changed.emit()  # what a change anywhere does: every view reloads itself
    assert card(window, course_id).progress_text.text() == "2 of 2 sessions + 1 maintenance"
    assert (
        card(window, course_id)
        .due.text()
        .endswith(f"due {named_day(2026, 4, 7)} ({named_span(2026, 4, 5, 9)})")
    )
    assert due_names(window) == [], "the next maintenance session is four weeks away"

    clock.advance(days=25)  # 4 April
    window.refresh()
    assert due_names(window) == ["Άλφα"], "maintenance goes on"

    answer_yes(monkeypatch, [])
    with qtbot.waitSignal(window.bus.changed):
        button(window.record.courses, "complete_course").click()
    assert card(window, course_id).due.text() == "✓ Completed"
    assert due_names(window) == []
