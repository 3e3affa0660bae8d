"""The course panel on a real database: progress, due window, overdue, and the actions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressBar, QPushButton

from mesolog.domain.enums import Area, CoursePhase, CourseStatus, Indication
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
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses import course_panel as course_panel_module
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.courses.course_panel import CourseCard, CoursePanel
from tests.locale_support import named_day, named_span

ATHENS = dt.timezone(dt.timedelta(hours=2))


class Clock(Protocol):
    def advance(self, **delta: float) -> None: ...


@dataclass
class Story:
    clinic: Clinic
    patient: Patient
    course: Course


@pytest.fixture
def story(clinic: Clinic) -> Story:
    """A course of 6 from 1 March 2026, every 14 days; one signed session on 10 March (today)."""
    patient = clinic.patients.create(
        PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001")
    )
    course = clinic.courses.plan(
        patient.id,
        CourseInput(
            Indication.HYDRATION_TIGHTENING,
            6,
            dt.date(2026, 3, 1),
            (Area.FULL_FACE, Area.NECK),
            "HA 1% + βιταμίνες",
        ),
    )
    first = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            dt.datetime(2026, 3, 10, 10, 0, tzinfo=ATHENS),
            "Δρ Ελένη Βασιλείου",
            (TreatmentLine(Area.FULL_FACE, NeedleTechnique(1.5)),),
            course.id,
        ),
    )
    clinic.sessions.sign(first.id)
    return Story(clinic, patient, course)


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def panel(qtbot, story: Story, bus: ChangeBus) -> CoursePanel:
    panel = CoursePanel(story.clinic, bus)
    qtbot.addWidget(panel)
    panel.resize(520, 600)
    panel.set_history(
        story.clinic.history.patient_history(story.patient.id), story.clinic.context.today()
    )
    return panel


def card_of(panel: CoursePanel, story: Story) -> CourseCard:
    return panel.cards[story.course.id]


def button(panel: CoursePanel, name: str) -> QPushButton:
    found = panel.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_a_card_shows_indication_areas_protocol_progress_phase_and_due_window(
    panel: CoursePanel, story: Story
) -> None:
    card = card_of(panel, story)
    assert card.title.text() == "Hydration and tightening"
    assert card.details.text().startswith("Full face, Neck · HA 1% + βιταμίνες")
    assert card.progress_text.text() == "1 of 6 sessions"
    bar = card.findChild(QProgressBar, "course_progress")
    assert (bar.value(), bar.maximum(), bar.format()) == (1, 6, "1 of 6")
    assert card.state.text() == "Initial phase"
    assert (
        card.due.text()
        == f"Next session due {named_day(2026, 3, 24)} ({named_span(2026, 3, 22, 26)})"
    )
    assert "b00020" not in card.due.styleSheet()


def test_an_overdue_course_says_so_in_words_and_in_red(
    panel: CoursePanel, story: Story, clock: Clock
) -> None:
    clock.advance(days=30)
    panel.refresh()
    card = card_of(panel, story)
    assert card.due.text() == f"⚠ Overdue since {named_day(2026, 3, 24)} (16 days)"
    assert "#b00020" in card.due.styleSheet()


def test_the_buttons_follow_the_selected_course(panel: CoursePanel, story: Story) -> None:
    assert panel.selected_course() is not None
    for name in ("plan_course", "switch_to_maintenance", "complete_course"):
        assert button(panel, name).isEnabled(), name
    assert button(panel, "stop_course").isEnabled()


def test_switch_to_maintenance_changes_the_course_and_the_card(
    qtbot, panel: CoursePanel, story: Story, bus: ChangeBus
) -> None:
    with qtbot.waitSignal(bus.changed):
        button(panel, "switch_to_maintenance").click()
    course = story.clinic.courses.get(story.course.id)
    assert course.maintenance_from == dt.date(2026, 3, 10)
    assert card_of(panel, story).state.text() == "Maintenance phase"
    assert card_of(panel, story).due.text().startswith(f"Next session due {named_day(2026, 4, 7)}")
    assert not button(panel, "switch_to_maintenance").isEnabled()


def test_complete_asks_first_then_completes(
    panel: CoursePanel, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    button(panel, "complete_course").click()
    assert story.clinic.courses.get(story.course.id).status is CourseStatus.ACTIVE
    button(panel, "complete_course").click()

    assert "1 of 6" in asked[0]
    assert story.clinic.courses.get(story.course.id).status is CourseStatus.COMPLETED
    assert card_of(panel, story).due.text() == "✓ Completed"
    assert card_of(panel, story).state.text() == "Completed"
    for name in ("switch_to_maintenance", "complete_course", "stop_course"):
        assert not button(panel, name).isEnabled(), name


def test_stop_asks_a_reason_and_keeps_it(
    panel: CoursePanel, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *_args, **_kw: ("Η ασθενής μετακόμισε", True)
    )
    button(panel, "stop_course").click()

    course = story.clinic.courses.get(story.course.id)
    assert course.status is CourseStatus.STOPPED
    assert "Η ασθενής μετακόμισε" in course.plan.notes
    assert card_of(panel, story).due.text() == "Stopped: Η ασθενής μετακόμισε"
    assert card_of(panel, story).state.text() == "Stopped"


def test_stop_cancelled_or_without_a_reason_changes_nothing(
    panel: CoursePanel, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("ignored", False))
    button(panel, "stop_course").click()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("   ", True))
    button(panel, "stop_course").click()

    assert story.clinic.courses.get(story.course.id).status is CourseStatus.ACTIVE
    assert warnings == ["A reason is required"]


def test_a_known_error_is_shown_and_the_panel_catches_up(
    panel: CoursePanel, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another workstation completed the course while this panel still showed it active."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    story.clinic.courses.complete(story.course.id)

    button(panel, "switch_to_maintenance").click()

    assert warnings == ["The course is completed; only an active course changes."]
    panel.refresh()
    assert card_of(panel, story).state.text() == "Completed"


def test_plan_course_opens_the_dialog_and_shows_the_new_course(
    panel: CoursePanel, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_save(dialog: CourseDialog) -> int:
        dialog.indication.setCurrentIndex(dialog.indication.findText("Stretch marks"))
        dialog.set_areas([Area.ABDOMEN, Area.THIGHS])
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(course_panel_module.CourseDialog, "exec", fill_and_save)
    planned = panel.plan_course()

    assert planned is not None
    assert set(panel.cards) == {story.course.id, planned.id}
    assert panel.cards[planned.id].title.text() == "Stretch marks"
    selected = panel.selected_course()
    assert selected is not None
    assert selected.course.id == planned.id, "a new session goes into the course just planned"


def test_an_empty_history_says_no_course_yet(qtbot, clinic: Clinic, bus: ChangeBus) -> None:
    patient = clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2)))
    panel = CoursePanel(clinic, bus)
    qtbot.addWidget(panel)
    assert not button(panel, "plan_course").isEnabled()
    panel.set_history(clinic.history.patient_history(patient.id), dt.date(2026, 3, 10))
    assert not panel.empty.isHidden()
    assert button(panel, "plan_course").isEnabled()
    assert not button(panel, "edit_course").isEnabled()


def test_a_phase_reached_by_score_needs_no_switch(
    panel: CoursePanel, story: Story, bus: ChangeBus
) -> None:
    improved = story.clinic.sessions.create_draft(
        story.patient.id,
        SessionInput(
            dt.datetime(2026, 3, 10, 12, 0, tzinfo=ATHENS),
            "Δρ Ελένη Βασιλείου",
            (TreatmentLine(Area.NECK, NeedleTechnique(1.5)),),
            story.course.id,
            improvement_score=6,
        ),
    )
    story.clinic.sessions.sign(improved.id)
    bus.changed.emit()  # what run_change does after any change: the panel reloads itself
    selected = panel.selected_course()
    assert selected is not None and selected.schedule.phase is CoursePhase.MAINTENANCE
    assert card_of(panel, story).progress_text.text() == "2 of 6 sessions"
    assert not button(panel, "switch_to_maintenance").isEnabled()


def test_maintenance_overdue_after_the_plan_says_so_in_red(
    panel: CoursePanel, story: Story
) -> None:
    clinic = story.clinic
    short = clinic.courses.plan(
        story.patient.id, CourseInput(Indication.WRINKLES, 2, dt.date(2026, 1, 1))
    )
    for day, score in ((dt.date(2026, 1, 1), 2), (dt.date(2026, 1, 15), 4)):
        draft = clinic.sessions.create_draft(
            story.patient.id,
            SessionInput(
                dt.datetime(day.year, day.month, day.day, 10, 0, tzinfo=ATHENS),
                "Δρ Ελένη Βασιλείου",
                (TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5)),),
                short.id,
                improvement_score=score,
            ),
        )
        clinic.sessions.sign(draft.id)
    panel.refresh()

    card = panel.cards[short.id]
    assert card.state.text() == "Maintenance phase"
    assert card.progress_text.text() == "2 of 2 sessions"
    assert card.due.text() == (
        "All planned sessions done · ⚠ maintenance overdue since "
        f"{named_day(2026, 2, 12)} (26 days)"
    )
    assert "#b00020" in card.due.styleSheet()
