"""Two workstations edit one draft session in the session editor at once (issue 11, defect 1):
two editors on two `Clinic` objects over one SQLite file, typed key by key.

Notes typed here and a score saved there are both kept, and the editor shows the score before
it closes; both typing notes opens the conflict dialog, whose buttons each do what they say;
signing signs only what the clinician sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, SessionStatus
from mesolog.domain.records import (
    NeedleTechnique,
    Patient,
    PatientInput,
    PreTreatment,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.conftest import FixedClock
from tests.locale_support import short_time
from tests.qt_fixtures import Boxes, answer_signing
from tests.typing_support import shown, type_into
from tests.ui.conflict_support import HERE_NAME, THERE_NAME, ConflictAnswers, workstations

MY_NOTES = "Mild redness on the forehead"
THEIR_NOTES = "Patient asked to move the next session"


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor closed with typing in it asks first; these tests discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def there(clinic: Clinic, db_path: Path, clock: FixedClock, boxes: Boxes) -> Iterator[Clinic]:
    """The other workstation (message boxes recorded: none may wait for a click)."""
    with workstations(clinic, db_path, clock) as other:
        yield other


@pytest.fixture
def patient(clinic: Clinic, there: Clinic) -> Patient:
    return clinic.patients.create(
        PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1), consent_signed_on=dt.date(2026, 1, 5))
    )


def draft_entry(clock: FixedClock) -> SessionInput:
    return SessionInput(
        performed_at=clock.current - dt.timedelta(hours=1),
        clinician=HERE_NAME,
        treatments=(TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5)),),
        pre_treatment=PreTreatment(nsaids_paused_days=14, consent_confirmed=True),
    )


@pytest.fixture
def draft(clinic: Clinic, patient: Patient, clock: FixedClock) -> Session:
    return clinic.sessions.create_draft(patient.id, draft_entry(clock))


def opened(
    qtbot: QtBot, clinic: Clinic, patient: Patient, draft: Session, bus: ChangeBus | None = None
) -> SessionEditor:
    editor = SessionEditor(
        clinic,
        bus or ChangeBus(),
        patient,
        session=clinic.sessions.get(draft.id),
        clinician=HERE_NAME,
    )
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def saved_there(
    qtbot: QtBot, there: Clinic, patient: Patient, draft: Session, clock: FixedClock, **typed: str
) -> None:
    """Eleni types into the named fields of the draft at 18:07 and saves it."""
    clock.advance(minutes=7)
    theirs = opened(qtbot, there, patient, draft)
    for name, keys in typed.items():
        type_into(qtbot, getattr(theirs.session_form, name), keys, tab=name != "notes")
    click(qtbot, theirs.frame.save_button)
    assert theirs.result() == SessionEditor.DialogCode.Accepted


def test_notes_here_and_a_score_there_are_both_kept_and_the_editor_shows_the_score(
    qtbot: QtBot,
    clinic: Clinic,
    there: Clinic,
    patient: Patient,
    draft: Session,
    clock: FixedClock,
    boxes: Boxes,
) -> None:
    mine = opened(qtbot, clinic, patient, draft)
    saved_there(qtbot, there, patient, draft, clock, improvement_score="7")
    type_into(qtbot, mine.session_form.notes, MY_NOTES, tab=False)
    click(qtbot, mine.frame.save_button)

    stored = clinic.sessions.get(draft.id).entry
    assert (stored.notes, stored.improvement_score) == (MY_NOTES, 7)
    assert boxes.shown == []
    assert mine.isVisible()
    assert shown(mine.session_form.improvement_score) == "7"
    assert mine.versioned.note.text() == (
        f"Saved. Kept {THERE_NAME}'s change of improvement, {short_time(18, 7)}."
    )
    assert clinic.editor_drafts.pending() == []
    version = clinic.sessions.get(draft.id).version

    click(qtbot, mine.frame.save_button)
    assert mine.result() == SessionEditor.DialogCode.Accepted
    assert clinic.sessions.get(draft.id).version == version


@pytest.mark.parametrize("choice", ["keep_mine", "use_theirs", "cancel"])
def test_both_typed_notes(
    qtbot: QtBot,
    clinic: Clinic,
    there: Clinic,
    patient: Patient,
    draft: Session,
    clock: FixedClock,
    boxes: Boxes,
    choice: str,
) -> None:
    mine = opened(qtbot, clinic, patient, draft)
    saved_there(qtbot, there, patient, draft, clock, notes=THEIR_NOTES)
    type_into(qtbot, mine.session_form.improvement_score, "6")
    type_into(qtbot, mine.session_form.notes, MY_NOTES, tab=False)

    answers = ConflictAnswers([choice])
    click(qtbot, mine.frame.save_button)
    answers.stop()

    assert boxes.shown == []
    [said] = answers.shown
    assert said.heading.startswith(f"{THERE_NAME} changed this session at {short_time(18, 7)}")
    assert (said.captions, said.theirs, said.mine) == (
        {"notes": "Notes"},
        {"notes": THEIR_NOTES},
        {"notes": MY_NOTES},
    )
    assert "You also changed improvement" in said.others
    stored = clinic.sessions.get(draft.id).entry
    if choice == "keep_mine":
        assert (stored.notes, stored.improvement_score) == (MY_NOTES, 6)
        assert mine.result() == SessionEditor.DialogCode.Accepted
        return
    assert (stored.notes, stored.improvement_score) == (THEIR_NOTES, None)
    assert shown(mine.session_form.improvement_score) == "6"
    if choice == "cancel":
        assert shown(mine.session_form.notes) == MY_NOTES
        return
    assert shown(mine.session_form.notes) == THEIR_NOTES
    aside = mine.versioned.aside
    assert aside is not None and aside.isVisible()
    assert aside.cells["notes"][1].text() == MY_NOTES
    click(qtbot, mine.frame.save_button)
    stored = clinic.sessions.get(draft.id).entry
    assert (stored.notes, stored.improvement_score) == (THEIR_NOTES, 6)
    assert mine.result() == SessionEditor.DialogCode.Accepted


def test_signing_a_draft_whose_save_kept_a_change_shows_it_before_signing(
    qtbot: QtBot,
    clinic: Clinic,
    there: Clinic,
    patient: Patient,
    draft: Session,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine = opened(qtbot, clinic, patient, draft)
    saved_there(qtbot, there, patient, draft, clock, improvement_score="7")
    type_into(qtbot, mine.session_form.notes, MY_NOTES, tab=False)
    asked = answer_signing(monkeypatch)

    click(qtbot, mine.frame.sign_button)

    stored = clinic.sessions.get(draft.id)
    assert stored.status is SessionStatus.DRAFT  # not signed: its score was not seen
    assert (stored.entry.notes, stored.entry.improvement_score) == (MY_NOTES, 7)
    assert shown(mine.session_form.improvement_score) == "7"
    assert mine.isVisible() and len(asked) == 1

    click(qtbot, mine.frame.sign_button)  # now signed as seen
    signed = clinic.sessions.get(draft.id)
    assert signed.status is SessionStatus.SIGNED
    assert (signed.entry.notes, signed.entry.improvement_score) == (MY_NOTES, 7)


def test_a_change_between_the_save_and_the_signature_is_shown_not_signed(
    qtbot: QtBot,
    clinic: Clinic,
    there: Clinic,
    patient: Patient,
    draft: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Eleni saves a score in the moment between this draft's save and its signature."""
    bus = ChangeBus()
    mine = opened(qtbot, clinic, patient, draft, bus)
    meanwhile: list[int] = []

    def score_there() -> None:
        if not meanwhile:
            read = there.sessions.get(draft.id)
            there.sessions.update_draft(
                draft.id, replace(read.entry, improvement_score=7), read=read
            )
            meanwhile.append(7)

    bus.changed.connect(score_there)
    type_into(qtbot, mine.session_form.notes, MY_NOTES, tab=False)
    answer_signing(monkeypatch)

    click(qtbot, mine.frame.sign_button)

    stored = clinic.sessions.get(draft.id)
    assert meanwhile == [7]
    assert stored.status is SessionStatus.DRAFT
    assert (stored.entry.notes, stored.entry.improvement_score) == (MY_NOTES, 7)
    assert shown(mine.session_form.improvement_score) == "7"
    assert f"Kept {THERE_NAME}'s change of improvement" in mine.versioned.note.text()
