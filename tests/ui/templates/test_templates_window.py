"""Settings ▸ Templates on a real database with the guide's templates shipped: listed in
the locale's words, a shipped template duplicated and edited into the clinic's own, an edit
refused when someone changed the same field meanwhile, retired and reinstated; read-only
for an assistant. What was stored is read back through clinic.templates."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Indication, Role
from mesolog.domain.records import NeedleTechnique
from mesolog.domain.templates import Template
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.templates._template_table import TemplateColumn
from mesolog.ui.templates.template_dialog import TemplateDialog
from mesolog.ui.templates.templates_window import TemplatesWindow
from tests.conftest import FixedClock
from tests.locale_support import decimal
from tests.qt_fixtures import Boxes
from tests.typing_support import shown, type_into
from tests.ui.conflict_support import THERE_NAME, ConflictAnswers, workstations
from tests.ui.templates.template_support import add_catalogue, in_modal, rows

PASSWORD = "correct horse battery"
WRINKLES = "Wrinkles: forehead, around the mouth and neck"


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def shipped(clinic: Clinic) -> list[Template]:
    clinic.templates.add_shipped()
    add_catalogue(clinic)
    return clinic.templates.all()


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic, shipped: list[Template]) -> TemplatesWindow:
    opened = TemplatesWindow(clinic, ChangeBus())
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def names(window: TemplatesWindow) -> list[str]:
    return [row[TemplateColumn.NAME] for row in rows(window.model)]


def select(window: TemplatesWindow, name: str) -> None:
    window.view.selectRow(names(window).index(name))


def named(clinic: Clinic, name: str, *, retired: bool = False) -> Template:
    [found] = [t for t in clinic.templates.all(retired=retired) if t.details.name == name]
    return found


def test_the_table_shows_each_template_in_the_locales_words(
    window: TemplatesWindow, clinic: Clinic
) -> None:
    assert names(window) == sorted(names(window), key=str.casefold)
    wrinkles = rows(window.model)[names(window).index(WRINKLES)]
    assert wrinkles[: TemplateColumn.STATE] == [
        WRINKLES,
        "Wrinkles",
        "6",
        "14, then 28 days",
        "Forehead, Around the mouth (perioral), Neck",
        "",
    ]
    assert window.view.isColumnHidden(TemplateColumn.STATE)
    assert [b.isEnabled() for b in (window.retire_button, window.reinstate_button)] == [
        True,
        False,
    ]


def test_a_shipped_template_duplicated_and_edited_becomes_the_clinics_own(
    qtbot: QtBot, window: TemplatesWindow, clinic: Clinic
) -> None:
    select(window, WRINKLES)

    def edit(dialog: TemplateDialog) -> None:
        assert shown(dialog.plan.name) == f"{WRINKLES} (copy)"
        assert dialog.windowTitle() == "New template"
        type_into(qtbot, dialog.plan.name, "Wrinkles, our way")
        type_into(qtbot, dialog.plan.planned_sessions, "8")
        type_into(qtbot, dialog.plan.session_fee, "150")
        needle = dialog.lines.editors[0].needle_fields
        type_into(qtbot, needle.depth_mm, decimal("1.5"))
        qtbot.mouseClick(dialog.lines.editors[2].remove_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_modal(TemplateDialog, edit)
    qtbot.mouseClick(window.duplicate_button, Qt.MouseButton.LeftButton)

    shipped = named(clinic, WRINKLES)
    own = named(clinic, "Wrinkles, our way")
    assert own.id != shipped.id
    assert (own.details.planned_sessions, own.details.session_fee) == (8, Decimal(150))
    assert own.details.indication is Indication.WRINKLES
    first = shipped.details.lines[0]
    assert isinstance(first.technique, NeedleTechnique)
    deeper = replace(first, technique=replace(first.technique, depth_mm=1.5))
    assert own.details.lines == (deeper, shipped.details.lines[1]), "the third line removed"
    assert shipped.details.planned_sessions == 6, "the shipped template stays as it was"
    assert window.selected() == own
    assert window.message.text() == "Added Wrinkles, our way."


def test_retired_templates_are_shown_when_asked_and_reinstated(
    qtbot: QtBot, window: TemplatesWindow, clinic: Clinic
) -> None:
    select(window, WRINKLES)
    qtbot.mouseClick(window.retire_button, Qt.MouseButton.LeftButton)
    assert WRINKLES not in [t.details.name for t in clinic.templates.all()]
    assert window.show_retired.isChecked()
    assert window.selected() == named(clinic, WRINKLES, retired=True)
    row = rows(window.model)[names(window).index(WRINKLES)]
    assert row[TemplateColumn.STATE].startswith("Retired on ")
    assert window.reinstate_button.isEnabled() and not window.retire_button.isEnabled()
    qtbot.mouseClick(window.reinstate_button, Qt.MouseButton.LeftButton)
    assert named(clinic, WRINKLES).active
    window.show_retired.setChecked(False)
    assert len(names(window)) == 8


def test_an_edit_of_a_name_someone_changed_meanwhile_asks_whose_to_keep(
    qtbot: QtBot, clinic: Clinic, shipped: list[Template], db_path: Path, clock: FixedClock
) -> None:
    with workstations(clinic, db_path, clock) as there:
        read = named(clinic, WRINKLES)
        dialog = TemplateDialog(clinic, ChangeBus(), template=read)
        qtbot.addWidget(dialog)
        dialog.show()
        clock.advance(minutes=7)
        theirs = there.templates.get(read.id)
        there.templates.update(
            read.id, replace(theirs.details, name="Wrinkles (Eleni)"), read=theirs
        )
        type_into(qtbot, dialog.plan.name, "Wrinkles (Nikos)")
        answers = ConflictAnswers(["cancel"])
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        answers.stop()

    [conflict] = answers.shown
    assert conflict.captions == {"name": "Name"}
    assert conflict.theirs == {"name": "Wrinkles (Eleni)"}
    assert conflict.mine == {"name": "Wrinkles (Nikos)"}
    assert THERE_NAME in conflict.heading
    assert clinic.templates.get(read.id).details.name == "Wrinkles (Eleni)", "nothing saved"
    assert dialog.isVisible() and shown(dialog.plan.name) == "Wrinkles (Nikos)"


def test_an_assistant_reads_the_templates_and_changes_nothing(
    qtbot: QtBot, clinic: Clinic, shipped: list[Template], boxes: Boxes
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")
    window = TemplatesWindow(clinic, ChangeBus())
    qtbot.addWidget(window)
    window.show()
    select(window, WRINKLES)
    reason = "Only clinicians and administrators change templates; you may read them."
    assert window.read_only_note.isVisible()
    for button in (
        window.add_button,
        window.duplicate_button,
        window.retire_button,
        window.reinstate_button,
    ):
        assert not button.isEnabled(), button.objectName()
        assert button.toolTip() == reason
    assert window.edit_button.isEnabled() and window.edit_button.text() == "&View…"

    def read(dialog: TemplateDialog) -> None:
        assert dialog.windowTitle() == f"Template — {WRINKLES}"
        assert not dialog.save_button.isEnabled()
        assert dialog.save_button.toolTip() == reason
        assert dialog.findChild(QPushButton, "cancel").text() == "Close", "nothing to cancel"
        assert dialog.plan.name.isReadOnly()
        depth = dialog.lines.editors[0].needle_fields.depth_mm
        assert isinstance(depth, QLineEdit) and depth.isReadOnly()
        assert not dialog.lines.add_button.isEnabled()
        assert not dialog.lines.editors[0].area.isEnabled()
        assert dialog.estimate.text().startswith("Estimate for 6 sessions")
        dialog.reject()

    in_modal(TemplateDialog, read)
    qtbot.mouseClick(window.edit_button, Qt.MouseButton.LeftButton)
    assert clinic.templates.all() == shipped
    assert boxes.shown == []
