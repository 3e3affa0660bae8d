"""The core loop at the chair, counted: a returning patient in an active course, consent on
file, the aspirin question answered last time, the same treatment as last time. Find them
by their record number typed as people type it, log the session into the course, sign: four
keys, Enter, Ctrl+L, Ctrl+Shift+S and Enter, and nothing else. (Before issue 10: the full
record number, a click on the course's own button, a click to confirm the consent on file,
the aspirin days typed again, and Yes clicked past a default No.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, SessionStatus
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    PreTreatment,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.qt_fixtures import answer_signing

CLINICIAN = "Dr Eleni Markou"
LINES = (TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5)),)


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    """Seen three weeks ago in a course begun then, consent on file, no NSAID for 30 days."""
    found = clinic.patients.create(
        PatientInput(
            "Ρήγα", "Άννα", dt.date(1980, 1, 1), "MC-0012", consent_signed_on=dt.date(2026, 2, 1)
        )
    )
    started = clinic.context.today() - dt.timedelta(days=21)
    course = clinic.courses.plan(
        found.id, CourseInput(Indication.WRINKLES, 6, started, (Area.FOREHEAD,))
    )
    last = clinic.sessions.create_draft(
        found.id,
        SessionInput(
            clinic.context.now() - dt.timedelta(days=14),
            CLINICIAN,
            LINES,
            course.id,
            PreTreatment(30, None, consent_confirmed=True),
        ),
    )
    clinic.sessions.sign(last.id)
    return found


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    SettingsDialog.set_clinician_name(CLINICIAN)
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()


def test_a_repeat_session_is_four_keys_enter_ctrl_l_ctrl_shift_s_and_enter(
    qtbot: QtBot,
    window: MainWindow,
    clinic: Clinic,
    patient: Patient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_signing(monkeypatch)
    search = window.lists.search_field
    search.setFocus()
    QTest.keyClicks(search, "mc12")
    QTest.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.record.patient_id == patient.id)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.open_editors()) == 1)
    [editor] = window.open_editors()
    qtbot.waitUntil(editor.isActiveWindow)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_S, ctrl_shift)

    assert len(asked) == 1, "the question before signing, answered with Enter (its default)"
    sessions = clinic.history.patient_history(patient.id).sessions
    newest = sessions[0]
    assert newest.status is SessionStatus.SIGNED
    assert newest.entry.treatments == LINES, "last time's treatment"
    assert newest.entry.pre_treatment.consent_confirmed, "the consent on file"
    assert newest.entry.pre_treatment.nsaids_paused_days == 44, "30 days then, 14 since"
