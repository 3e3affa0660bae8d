"""The courses room in Greek: a small catalogue made by lupdate from the room's own modules
(tests/ui/courses/greek_catalogue.py), installed in the application, turns the course
dialog's title and labels, the panel's buttons, an overdue card with its count of days, the
map's count of signed sessions and the question before completing a course Greek; without
it the same widgets say today's English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses._course_fields import course_fields
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.courses.course_panel import CoursePanel
from tests.conftest import ATHENS, FixedClock
from tests.locale_support import named_day
from tests.typing_support import empty
from tests.ui.courses.greek_catalogue import Greek, greek_catalogue, room_modules, speaking

GREEK: Greek = {
    ("CourseDialog", "Plan a course"): "Νέο θεραπευτικό πρόγραμμα",
    ("CourseDialog", "&Indication:"): "&Ένδειξη:",
    ("CourseDialog", "Indication"): "Ένδειξη",
    ("CourseDialog", "%1 days"): "%1 ημέρες",
    ("CourseDialog", "The day the course starts is required"): "Η ημέρα έναρξης χρειάζεται",
    ("CoursePanel", "Plan course…"): "Νέο πρόγραμμα…",
    ("CoursePanel", "Mar&k completed"): "Ολοκλη&ρώθηκε",
    ("CoursePanel", "Complete course"): "Ολοκλήρωση προγράμματος",
    ("CoursePanel", "Mark “%1” complete after %2 of %n sessions? It will no longer be due."): (
        "Ολοκληρώνεται το «%1» μετά από %2 από %n συνεδρία; Δεν θα είναι πλέον εκκρεμές.",
        "Ολοκληρώνεται το «%1» μετά από %2 από %n συνεδρίες; Δεν θα είναι πλέον εκκρεμές.",
    ),
    ("CourseCard", "⚠ Overdue since %1 (%2)"): "⚠ Εκπρόθεσμο από %1 (%2)",
    ("CourseCard", "%n days"): ("%n ημέρα", "%n ημέρες"),
    ("CourseMapView", "%n signed sessions"): (
        "%n υπογεγραμμένη συνεδρία",
        "%n υπογεγραμμένες συνεδρίες",
    ),
    ("CourseMapView", "%1, none charted"): "%1, χωρίς διάγραμμα",
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return greek_catalogue(tmp_path_factory.mktemp("courses_el"), room_modules("courses"), GREEK)


@pytest.fixture(params=["en", "el"])
def language(
    request: pytest.FixtureRequest, qapp: QCoreApplication, catalogue: Path
) -> Iterator[str]:
    """English (no catalogue, as today), then Greek (the catalogue installed)."""
    with speaking(request.param, catalogue):
        yield request.param


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    """A course of 6 from 1 March 2026, two of its sessions signed (3 and 10 March)."""
    patient = clinic.patients.create(PatientInput("Ioannou", "Anna", dt.date(1980, 3, 14)))
    course = clinic.courses.plan(
        patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 1), (Area.FOREHEAD,))
    )
    for day in (3, 10):
        moment = dt.datetime(2026, 3, day, 10, 0, tzinfo=ATHENS)
        line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5))
        draft = clinic.sessions.create_draft(
            patient.id, SessionInput(moment, "Dr Markou", (line,), course.id)
        )
        clinic.sessions.sign(draft.id)
    return patient


def shown_panel(qtbot: QtBot, clinic: Clinic, patient: Patient) -> CoursePanel:
    panel = CoursePanel(clinic, ChangeBus())
    qtbot.addWidget(panel)
    panel.set_history(clinic.history.patient_history(patient.id), clinic.context.today())
    return panel


def test_the_dialog_its_title_labels_and_an_empty_day_typed_speak_the_language(
    qtbot: QtBot, clinic: Clinic, patient: Patient, language: str
) -> None:
    dialog = CourseDialog(clinic, ChangeBus(), patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    empty(qtbot, dialog.started_on)
    dialog.save()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    if language == "en":
        assert dialog.windowTitle() == "Plan a course"
        assert "&Indication:" in labels
        assert dialog.errors.visible()["started_on"] == "The day the course starts is required"
    else:
        assert dialog.windowTitle() == "Νέο θεραπευτικό πρόγραμμα"
        assert "&Ένδειξη:" in labels
        assert dialog.errors.visible()["started_on"] == "Η ημέρα έναρξης χρειάζεται"
    assert dialog.indication.accessibleName() == {"en": "Indication", "el": "Ένδειξη"}[language]


def test_a_field_a_conflict_names_is_worded_in_the_language(language: str) -> None:
    fields = course_fields()
    assert fields.caption("indication") == {"en": "Indication", "el": "Ένδειξη"}[language]
    assert (
        fields.values["initial_interval_days"](14) == {"en": "14 days", "el": "14 ημέρες"}[language]
    )


def test_the_panel_its_buttons_an_overdue_card_and_the_map_speak_the_language(
    qtbot: QtBot, clinic: Clinic, clock: FixedClock, patient: Patient, language: str
) -> None:
    clock.advance(days=30)  # the third session was due on 24 March: 16 days overdue
    panel = shown_panel(qtbot, clinic, patient)
    [card] = panel.cards.values()
    since = named_day(2026, 3, 24)
    if language == "en":
        assert panel.plan_button.text() == "Plan course…"
        assert panel.complete_button.text() == "Mar&k completed"
        assert card.due.text() == f"⚠ Overdue since {since} (16 days)"
        assert panel.map.summary.text() == "2 signed sessions, none charted"
    else:
        assert panel.plan_button.text() == "Νέο πρόγραμμα…"
        assert panel.complete_button.text() == "Ολοκλη&ρώθηκε"
        assert card.due.text() == f"⚠ Εκπρόθεσμο από {since} (16 ημέρες)"
        assert panel.map.summary.text() == "2 υπογεγραμμένες συνεδρίες, χωρίς διάγραμμα"


def test_the_question_before_completing_counts_the_sessions_in_the_language(
    qtbot: QtBot,
    clinic: Clinic,
    patient: Patient,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, str]] = []

    def question(_parent: object, title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    shown_panel(qtbot, clinic, patient).complete_course()
    if language == "en":
        assert asked == [
            (
                "Complete course",
                "Mark “Wrinkles” complete after 2 of 6 sessions? It will no longer be due.",
            )
        ]
    else:
        assert asked == [
            (
                "Ολοκλήρωση προγράμματος",
                "Ολοκληρώνεται το «Wrinkles» μετά από 2 από 6 συνεδρίες; "
                "Δεν θα είναι πλέον εκκρεμές.",
            )
        ]
