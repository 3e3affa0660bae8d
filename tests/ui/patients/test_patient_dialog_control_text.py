"""Pasted text in the patient dialog (issue 11, defect 7): a control character or a
bidirectional override pasted into a field is refused beside it by its code point and
place, a note too long by its length; nothing of the text is shown, nothing is saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.patients.patient_dialog import PatientDialog
from tests.locale_support import date_keys
from tests.typing_support import focus, select_all, type_into

SECRET = "HIV positive since 2019"


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """What a person does with text copied from elsewhere: select all, Ctrl+V."""
    QGuiApplication.clipboard().setText(text)
    focus(qtbot, widget)
    select_all(widget)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasted_control_characters_and_a_long_note_are_refused_beside_their_fields(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    dialog = PatientDialog(clinic, ChangeBus())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.given_name, "Elena")
    type_into(qtbot, dialog.date_of_birth, date_keys(dt.date(1980, 3, 14)))
    paste(qtbot, dialog.family_name, "Papa\u202edopoulou")
    paste(qtbot, dialog.phone, "+30 210\n555 0101")
    paste(qtbot, dialog.medications, f"{SECRET}\nIbuprofen\x1b[2J")
    note = f"{SECRET}\n" * 500
    paste(qtbot, dialog.notes, note)
    paste(qtbot, dialog.allergies, "Latex:\thives\nPenicillin")
    assert dialog.family_name.text() == "Papa\u202edopoulou", "what was pasted is kept to correct"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    shown = dialog.errors.visible()
    assert shown == {
        "family_name": "One line of text: no line break, tab, control character or bidirectional "
        "control (character 5, U+202E (right-to-left override) is not allowed)",
        "phone": "One line of text: no line break, tab, control character or bidirectional "
        "control (character 8, U+000A (line break) is not allowed)",
        "medications": "Text without control characters or bidirectional controls (line breaks "
        f"and tabs are allowed) (character {len(SECRET) + 11}, U+001B (ESC) is not allowed)",
        "notes": f"At most 10000 characters ({len(note)} characters)",
    }
    everything = "\n".join(shown.values())
    assert SECRET not in everything and "\u202e" not in everything and "\x1b" not in everything
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.family_name
    assert clinic.patients.count() == 0
    dialog.grab().save(str(tmp_path / "control_text.png"))

    paste(qtbot, dialog.family_name, "Papadopoulou")
    paste(qtbot, dialog.phone, "+30 210 555 0101")
    paste(qtbot, dialog.medications, f"{SECRET}\nIbuprofen")
    paste(qtbot, dialog.notes, f"{SECRET}\n")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = clinic.patients.search("Papadopoulou")
    details = clinic.patients.get(saved.id).details
    assert (details.allergies, details.medications) == (
        "Latex:\thives\nPenicillin",
        f"{SECRET}\nIbuprofen",
    )
