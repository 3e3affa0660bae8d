"""Two workstations change one course's plan in the course dialog at once (issue 11,
defect 1): two dialogs on two `Clinic` objects over one SQLite file, typed key by key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.records import Course, CourseInput, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses.course_dialog import CourseDialog
from tests.conftest import FixedClock
from tests.locale_support import short_time
from tests.qt_fixtures import Boxes
from tests.typing_support import shown, type_into
from tests.ui.conflict_support import THERE_NAME, ConflictAnswers, workstations


@pytest.fixture
def there(clinic: Clinic, db_path: Path, clock: FixedClock, boxes: Boxes) -> Iterator[Clinic]:
    """The other workstation (message boxes recorded: none may wait for a click)."""
    with workstations(clinic, db_path, clock) as other:
        yield other


@pytest.fixture
def course(clinic: Clinic, there: Clinic) -> Course:
    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    plan = CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 1), (Area.FOREHEAD,), "HA 1%")
    return clinic.courses.plan(patient.id, plan)


def opened(qtbot: QtBot, clinic: Clinic, course: Course) -> CourseDialog:
    read = clinic.courses.get(course.id)
    dialog = CourseDialog(clinic, ChangeBus(), read.patient_id, course=read)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: CourseDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def saved_there(
    qtbot: QtBot, there: Clinic, course: Course, clock: FixedClock, **typed: str
) -> None:
    """Eleni types into the named fields at 18:07 and saves."""
    clock.advance(minutes=7)
    theirs = opened(qtbot, there, course)
    for name, keys in typed.items():
        type_into(qtbot, getattr(theirs, name), keys, tab=name != "notes")
    save(qtbot, theirs)
    assert theirs.result() == CourseDialog.DialogCode.Accepted


def test_a_protocol_changed_there_and_notes_here_are_both_kept_and_shown(
    qtbot: QtBot, clinic: Clinic, there: Clinic, course: Course, clock: FixedClock, boxes: Boxes
) -> None:
    mine = opened(qtbot, clinic, course)
    saved_there(qtbot, there, course, clock, protocol="HA 1% + vitamins")
    type_into(qtbot, mine.notes, "Sensitive skin", tab=False)
    save(qtbot, mine)

    stored = clinic.courses.get(course.id).plan
    assert (stored.protocol, stored.notes) == ("HA 1% + vitamins", "Sensitive skin")
    assert boxes.shown == []
    assert mine.isVisible()
    assert shown(mine.protocol) == "HA 1% + vitamins"
    assert mine.versioned.note.text() == (
        f"Saved. Kept {THERE_NAME}'s change of protocol, {short_time(18, 7)}."
    )
    save(qtbot, mine)
    assert mine.result() == CourseDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("click", "stored", "in_form"),
    [("keep_mine", 9, "9"), ("use_theirs", 8, "8"), ("cancel", 8, "9")],
)
def test_both_changed_the_planned_sessions(
    qtbot: QtBot,
    clinic: Clinic,
    there: Clinic,
    course: Course,
    clock: FixedClock,
    boxes: Boxes,
    click: str,
    stored: int,
    in_form: str,
) -> None:
    mine = opened(qtbot, clinic, course)
    saved_there(qtbot, there, course, clock, planned_sessions="8")
    type_into(qtbot, mine.planned_sessions, "9")

    answers = ConflictAnswers([click])
    save(qtbot, mine)
    answers.stop()

    assert boxes.shown == []
    [said] = answers.shown
    assert said.heading.startswith(f"{THERE_NAME} changed this course at {short_time(18, 7)}")
    assert (said.captions, said.theirs, said.mine) == (
        {"planned_sessions": "Planned sessions"},
        {"planned_sessions": "8"},
        {"planned_sessions": "9"},
    )
    assert clinic.courses.get(course.id).plan.planned_sessions == stored
    if click == "keep_mine":
        assert mine.result() == CourseDialog.DialogCode.Accepted
    else:
        assert mine.isVisible()
        assert shown(mine.planned_sessions) == in_form
    if click == "use_theirs":
        aside = mine.versioned.aside
        assert aside is not None and aside.cells["planned_sessions"][1].text() == "9"
        type_into(qtbot, mine.protocol, "HA 2%")
        save(qtbot, mine)
        plan = clinic.courses.get(course.id).plan
        assert (plan.planned_sessions, plan.protocol) == (8, "HA 2%")
