"""Two workstations change the clinic's settings at once (issue 11, defect 1): two settings
dialogs on two `Clinic` objects over one SQLite file, typed key by key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.settings.settings_dialog import SettingsDialog
from tests.conftest import FixedClock
from tests.locale_support import decimal, short_time
from tests.qt_fixtures import Boxes
from tests.typing_support import shown, type_into
from tests.ui.conflict_support import THERE_NAME, ConflictAnswers, workstations


@pytest.fixture
def there(clinic: Clinic, db_path: Path, clock: FixedClock, boxes: Boxes) -> Iterator[Clinic]:
    """The other workstation (message boxes recorded: none may wait for a click)."""
    with workstations(clinic, db_path, clock) as other:
        yield other


def opened(qtbot: QtBot, clinic: Clinic) -> SettingsDialog:
    dialog = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def saved_there(qtbot: QtBot, there: Clinic, clock: FixedClock, *, name: str) -> None:
    """Eleni types the clinic's name at 18:07 and saves."""
    clock.advance(minutes=7)
    theirs = opened(qtbot, there)
    type_into(qtbot, theirs.clinic_group.name, name)
    save(qtbot, theirs)
    assert theirs.result() == SettingsDialog.DialogCode.Accepted


def test_a_name_changed_there_and_a_depth_here_are_both_kept_and_shown(
    qtbot: QtBot, clinic: Clinic, there: Clinic, clock: FixedClock, boxes: Boxes
) -> None:
    mine = opened(qtbot, clinic)
    saved_there(qtbot, there, clock, name="Κλινική Αθηνών")
    type_into(qtbot, mine.needle_group.depth_mm, decimal("2.5"))
    save(qtbot, mine)

    stored = clinic.settings.clinic()
    assert (stored.name, stored.techniques.needle_depth_mm) == ("Κλινική Αθηνών", 2.5)
    assert boxes.shown == []
    assert mine.isVisible()
    assert shown(mine.clinic_group.name) == "Κλινική Αθηνών"
    assert mine.versioned.note.text() == (
        f"Saved. Kept {THERE_NAME}'s change of name, {short_time(18, 7)}."
    )
    save(qtbot, mine)
    assert mine.result() == SettingsDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("click", "stored", "in_form"),
    [
        ("keep_mine", "Mesotherapy Clinic", None),
        ("use_theirs", "Κλινική Αθηνών", "Κλινική Αθηνών"),
        ("cancel", "Κλινική Αθηνών", "Mesotherapy Clinic"),
    ],
)
def test_both_changed_the_clinic_s_name(
    qtbot: QtBot,
    clinic: Clinic,
    there: Clinic,
    clock: FixedClock,
    boxes: Boxes,
    click: str,
    stored: str,
    in_form: str | None,
) -> None:
    mine = opened(qtbot, clinic)
    saved_there(qtbot, there, clock, name="Κλινική Αθηνών")
    type_into(qtbot, mine.clinic_group.name, "Mesotherapy Clinic")
    type_into(qtbot, mine.pen_group.depth_mm, decimal("1.5"))

    answers = ConflictAnswers([click])
    save(qtbot, mine)
    answers.stop()

    assert boxes.shown == []
    [said] = answers.shown
    assert said.heading.startswith(
        f"{THERE_NAME} changed the clinic's settings at {short_time(18, 7)}"
    )
    assert (said.captions, said.theirs, said.mine) == (
        {"name": "Name"},
        {"name": "Κλινική Αθηνών"},
        {"name": "Mesotherapy Clinic"},
    )
    assert "You also changed depth (Micro-needling pen)" in said.others
    settings = clinic.settings.clinic()
    assert settings.name == stored
    assert settings.techniques.pen_depth_mm == (1.5 if click == "keep_mine" else 0.5)
    if in_form is None:
        assert mine.result() == SettingsDialog.DialogCode.Accepted
    else:
        assert shown(mine.clinic_group.name) == in_form
        assert shown(mine.pen_group.depth_mm) == decimal("1.5")
