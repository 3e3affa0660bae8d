"""Two workstations edit one patient in the patient dialog at once (issue 11, defect 1).

Two dialogs on two `Clinic` objects over one SQLite file, typed into key by key: when the
two changed different fields both are kept and the second dialog shows the first one's
change before it closes; when both changed the phone, the conflict dialog says who changed
the patient and when and shows both phones side by side, and each of its buttons does what
it says, the database holding exactly what was chosen.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.records import Patient, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.patients.patient_dialog import PatientDialog
from tests.conftest import FixedClock
from tests.locale_support import short_time
from tests.qt_fixtures import Boxes
from tests.typing_support import shown, type_into
from tests.ui.conflict_support import THERE_NAME, ConflictAnswers, workstations

THEIR_PHONE = "210 555 0101"
MY_PHONE = "210 555 0202"
ALLERGY = "Lidocaine"


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed with typing in it asks first; these tests discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def there(clinic: Clinic, db_path: Path, clock: FixedClock, boxes: Boxes) -> Iterator[Clinic]:
    """The other workstation (message boxes recorded: none may wait for a click)."""
    with workstations(clinic, db_path, clock) as other:
        yield other


@pytest.fixture
def patient(clinic: Clinic, there: Clinic) -> Patient:
    return clinic.patients.create(
        PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1), phone="210 555 0000")
    )


def opened(qtbot: QtBot, clinic: Clinic, patient: Patient) -> PatientDialog:
    dialog = PatientDialog(clinic, ChangeBus(), patient=clinic.patients.get(patient.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: PatientDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def their_phone_saved(qtbot: QtBot, there: Clinic, patient: Patient, clock: FixedClock) -> None:
    """Eleni, at the other workstation, changes the phone at 18:07 and saves."""
    clock.advance(minutes=7)
    theirs = opened(qtbot, there, patient)
    type_into(qtbot, theirs.phone, THEIR_PHONE)
    save(qtbot, theirs)
    assert theirs.result() == PatientDialog.DialogCode.Accepted
    clock.advance(minutes=3)


def test_changes_of_other_fields_are_both_kept_and_the_form_shows_theirs(
    qtbot: QtBot, clinic: Clinic, there: Clinic, patient: Patient, clock: FixedClock, boxes: Boxes
) -> None:
    mine = opened(qtbot, clinic, patient)
    their_phone_saved(qtbot, there, patient, clock)
    type_into(qtbot, mine.allergies, ALLERGY, tab=False)
    save(qtbot, mine)

    stored = clinic.patients.get(patient.id).details
    assert (stored.phone, stored.allergies) == (THEIR_PHONE, ALLERGY)
    assert boxes.shown == []
    # the form shows what is stored now, so that another save from it keeps their phone
    assert mine.isVisible()
    assert shown(mine.phone) == THEIR_PHONE
    assert shown(mine.allergies) == ALLERGY
    note = mine.versioned.note
    assert note.isVisible()
    assert note.text() == f"Saved. Kept {THERE_NAME}'s change of phone, {short_time(18, 7)}."
    assert mine.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    version = clinic.patients.get(patient.id).version

    save(qtbot, mine)  # nothing typed since: the dialog closes, nothing more is written
    assert mine.result() == PatientDialog.DialogCode.Accepted
    assert clinic.patients.get(patient.id).version == version


def test_a_merge_names_the_change_it_kept_while_the_same_user_saves_on_another_workstation(
    qtbot: QtBot, clinic: Clinic, there: Clinic, patient: Patient, clock: FixedClock, db_path: Path
) -> None:
    """The change a merge kept comes with the save itself: Nikos saving the same patient on
    a third workstation the moment after (also a merge, of his own) does not make the note
    name his own save instead of Eleni's."""
    with Clinic.open(str(db_path), actor="workstation 3", clock=clock) as third:
        third.act_as("nikos")
        read_third = third.patients.get(patient.id)
        bus = ChangeBus()
        mine = PatientDialog(clinic, bus, patient=clinic.patients.get(patient.id))
        qtbot.addWidget(mine)
        mine.show()
        their_phone_saved(qtbot, there, patient, clock)
        type_into(qtbot, mine.allergies, ALLERGY, tab=False)

        def saved_on_the_third() -> None:
            bus.changed.disconnect(saved_on_the_third)
            clock.advance(minutes=1)
            notes = replace(read_third.details, notes="Seen at the front desk.")
            third.patients.update(patient.id, notes, read=read_third)

        bus.changed.connect(saved_on_the_third)
        save(qtbot, mine)

        assert mine.versioned.note.text() == (
            f"Saved. Kept {THERE_NAME}'s change of phone, {short_time(18, 7)}."
        )
        stored = clinic.patients.get(patient.id).details
        assert (stored.phone, stored.allergies, stored.notes) == (
            THEIR_PHONE,
            ALLERGY,
            "Seen at the front desk.",
        )


@pytest.fixture
def both_typed(
    qtbot: QtBot, clinic: Clinic, there: Clinic, patient: Patient, clock: FixedClock
) -> PatientDialog:
    """Nikos types a phone and an allergy while Eleni saves another phone."""
    mine = opened(qtbot, clinic, patient)
    their_phone_saved(qtbot, there, patient, clock)
    type_into(qtbot, mine.phone, MY_PHONE)
    type_into(qtbot, mine.allergies, ALLERGY, tab=False)
    return mine


def answer(qtbot: QtBot, dialog: PatientDialog, click: str) -> ConflictAnswers:
    answers = ConflictAnswers([click])
    save(qtbot, dialog)
    answers.stop()
    return answers


def test_both_changed_the_phone_the_dialog_says_who_when_and_both_values(
    qtbot: QtBot, clinic: Clinic, patient: Patient, both_typed: PatientDialog, boxes: Boxes
) -> None:
    answers = answer(qtbot, both_typed, "cancel")

    assert boxes.shown == []  # no English box with a UTC time
    [said] = answers.shown
    assert said.heading.startswith(
        f"{THERE_NAME} changed this patient at {short_time(18, 7)}, after you opened it."
    )
    assert said.captions == {"phone": "Phone"}
    assert said.theirs == {"phone": THEIR_PHONE}
    assert said.mine == {"phone": MY_PHONE}
    assert said.theirs_header == f"Saved now by {THERE_NAME}"
    assert "You also changed allergies" in said.others


def test_cancel_saves_nothing_and_keeps_what_was_typed(
    qtbot: QtBot, clinic: Clinic, patient: Patient, both_typed: PatientDialog
) -> None:
    first = answer(qtbot, both_typed, "cancel")

    stored = clinic.patients.get(patient.id).details
    assert (stored.phone, stored.allergies) == (THEIR_PHONE, "")
    assert both_typed.isVisible()
    assert (shown(both_typed.phone), shown(both_typed.allergies)) == (MY_PHONE, ALLERGY)
    again = answer(qtbot, both_typed, "cancel")  # still on the version read: asked again
    assert len(first.shown) == len(again.shown) == 1
    assert clinic.patients.get(patient.id).details.phone == THEIR_PHONE


def test_keep_mine_saves_what_was_typed_over_their_phone_audited(
    qtbot: QtBot, clinic: Clinic, patient: Patient, both_typed: PatientDialog
) -> None:
    answer(qtbot, both_typed, "keep_mine")

    stored = clinic.patients.get(patient.id).details
    assert (stored.phone, stored.allergies) == (MY_PHONE, ALLERGY)
    assert both_typed.result() == PatientDialog.DialogCode.Accepted
    newest = clinic.audit.entries(limit=1)[0]
    assert (newest.actor, newest.action, newest.entity) == ("nikos", "update", "patient")


def test_use_theirs_fills_the_form_keeps_what_was_typed_beside_and_saves_on_their_version(
    qtbot: QtBot, clinic: Clinic, patient: Patient, both_typed: PatientDialog
) -> None:
    answer(qtbot, both_typed, "use_theirs")

    stored = clinic.patients.get(patient.id).details
    assert (stored.phone, stored.allergies) == (THEIR_PHONE, "")
    assert shown(both_typed.phone) == THEIR_PHONE
    assert shown(both_typed.allergies) == ALLERGY  # not in conflict: still as typed
    aside = both_typed.versioned.aside
    assert aside is not None and aside.isVisible() and not aside.isModal()
    assert aside.cells["phone"][1].text() == MY_PHONE

    save(qtbot, both_typed)  # on the version now stored: no conflict
    stored = clinic.patients.get(patient.id).details
    assert (stored.phone, stored.allergies) == (THEIR_PHONE, ALLERGY)
    assert both_typed.result() == PatientDialog.DialogCode.Accepted
    assert not aside.isVisible()


def test_long_notes_are_shown_whole_in_the_dialog_and_never_logged(
    qtbot: QtBot,
    clinic: Clinic,
    there: Clinic,
    patient: Patient,
    clock: FixedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    their_notes = "Their note. " * 40
    my_notes = "Reacted to the previous session with mild swelling.\nSecond line " + "x" * 300
    mine = opened(qtbot, clinic, patient)
    clock.advance(minutes=7)
    theirs = opened(qtbot, there, patient)
    type_into(qtbot, theirs.notes, their_notes, tab=False)
    save(qtbot, theirs)
    type_into(qtbot, mine.notes, my_notes, tab=False)

    answers = answer(qtbot, mine, "cancel")

    [said] = answers.shown
    assert said.theirs == {"notes": their_notes}
    assert said.mine == {"notes": my_notes}
    assert "Their note" not in caplog.text and "mild swelling" not in caplog.text


def test_on_postgresql_a_merge_and_a_conflict_show_as_on_sqlite(
    qtbot: QtBot, postgresql_url: str, clock: FixedClock, boxes: Boxes
) -> None:
    with (
        Clinic.open(postgresql_url, actor="workstation 1", clock=clock) as here,
        workstations(here, postgresql_url, clock) as there,
    ):
        patient = here.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
        mine = opened(qtbot, here, patient)
        their_phone_saved(qtbot, there, patient, clock)
        type_into(qtbot, mine.allergies, ALLERGY, tab=False)
        save(qtbot, mine)
        assert mine.versioned.note.text() == (
            f"Saved. Kept {THERE_NAME}'s change of phone, {short_time(18, 7)}."
        )

        again = opened(qtbot, here, patient)
        theirs = opened(qtbot, there, patient)
        type_into(qtbot, theirs.phone, "210 555 0303")
        save(qtbot, theirs)
        type_into(qtbot, again.phone, MY_PHONE)
        answers = answer(qtbot, again, "keep_mine")

        [said] = answers.shown
        assert (said.theirs, said.mine) == ({"phone": "210 555 0303"}, {"phone": MY_PHONE})
        stored = here.patients.get(patient.id).details
        assert (stored.phone, stored.allergies) == (MY_PHONE, ALLERGY)
        assert boxes.shown == []
