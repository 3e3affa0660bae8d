"""The language of this computer in Settings: chosen by keys, kept in the preference file
(mesolog.language.preference, this test's own: tests/conftest.py `language_file`) when the
dialog is saved, said to take effect at the next start; a kept value mesolog does not know
is said, and replaced on Save."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGroupBox, QLabel, QPushButton

from mesolog.language.choice import NAMES
from mesolog.language.preference import stored_language
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.settings.language_choice import system_language
from mesolog.ui.settings.settings_dialog import SettingsDialog
from tests.typing_support import focus, shown, type_keys
from tests.ui.conftest import Speak


@pytest.fixture
def open_settings(qtbot: Any, clinic: Clinic) -> Any:
    def opened() -> SettingsDialog:
        dialog = SettingsDialog(clinic, ChangeBus())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return opened


def combo(dialog: SettingsDialog) -> QComboBox:
    group = dialog.findChild(QGroupBox, "language")
    assert group is not None
    found = group.findChild(QComboBox, "language")
    assert found is not None
    return found


def label(dialog: SettingsDialog, name: str) -> QLabel:
    found = dialog.findChild(QLabel, name)
    assert found is not None, name
    return found


def choose(qtbot: Any, dialog: SettingsDialog, keys: str) -> None:
    """Picks a language as a person does: its first letters typed into the combo box."""
    box = combo(dialog)
    focus(qtbot, box)
    type_keys(box, keys)
    assert shown(box).casefold().startswith(keys.casefold()), shown(box)


def save(qtbot: Any, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)


def test_the_choices_are_named_in_their_own_words_and_the_system_s_is_first_taken(
    open_settings: Any, language_file: Path
) -> None:
    dialog = open_settings()
    box = combo(dialog)
    system = f"The system's ({NAMES[system_language()]})"
    assert [box.itemText(i) for i in range(box.count())] == ["English", "Ελληνικά", system]
    assert box.currentText() == system
    assert box.accessibleName() == "Language on this computer"
    caption = [found for found in dialog.findChildren(QLabel) if found.buddy() is box]
    assert [found.text() for found in caption] == ["&This computer:"]
    hint = label(dialog, "language_hint")
    assert hint.isVisible()
    assert hint.text() == "Applies from the next start."
    assert not label(dialog, "language_stored_problem").isVisible()
    assert not language_file.exists(), "opening writes nothing"


def test_greek_typed_into_the_combo_is_kept_for_the_next_start(
    qtbot: Any, open_settings: Any, language_file: Path
) -> None:
    dialog = open_settings()
    choose(qtbot, dialog, "Ελ")
    assert stored_language() is None, "nothing kept before Save"
    save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert language_file.read_text(encoding="utf-8") == "el\n"
    assert stat.S_IMODE(language_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(language_file.parent.stat().st_mode) == 0o700

    again = open_settings()
    assert combo(again).currentText() == "Ελληνικά"
    choose(qtbot, again, "En")
    save(qtbot, again)
    assert stored_language() == "en"


def test_the_arrow_keys_choose_too_and_the_system_s_forgets_the_choice(
    qtbot: Any, open_settings: Any, language_file: Path
) -> None:
    dialog = open_settings()
    box = combo(dialog)
    focus(qtbot, box)
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert box.currentText() == "Ελληνικά"
    save(qtbot, dialog)
    assert stored_language() == "el"

    again = open_settings()
    choose(qtbot, again, "The")
    save(qtbot, again)
    assert not language_file.exists()


def test_saving_without_a_change_writes_no_file(
    qtbot: Any, open_settings: Any, language_file: Path
) -> None:
    save(qtbot, open_settings())
    assert not language_file.exists()


def test_a_kept_value_mesolog_does_not_know_is_said_and_replaced_on_save(
    qtbot: Any, open_settings: Any, language_file: Path
) -> None:
    language_file.parent.mkdir(parents=True)
    language_file.write_text("tlh\n", encoding="utf-8")
    dialog = open_settings()
    assert combo(dialog).currentText().startswith("The system's")
    problem = label(dialog, "language_stored_problem")
    assert problem.isVisible()
    assert problem.text() == (
        f"The language kept in {language_file} is not one mesolog speaks: it is passed over. "
        "Save to keep the one chosen here instead."
    )
    save(qtbot, dialog)
    assert not language_file.exists(), "the system's language: no choice kept"
    assert not problem.isVisible()


def test_a_choice_that_cannot_be_kept_is_said_beside_the_field(
    qtbot: Any, open_settings: Any, language_file: Path
) -> None:
    language_file.parent.parent.mkdir(parents=True, exist_ok=True)
    language_file.parent.write_text("a file where the folder goes", encoding="utf-8")
    dialog = open_settings()
    choose(qtbot, dialog, "Ελ")
    save(qtbot, dialog)
    assert dialog.isVisible(), "stays open"
    exists = os.strerror(errno.EEXIST)  # in the system's language, as the system says it
    assert dialog.errors_shown()["language.language"] == (
        f"The language could not be kept on this computer: {exists} ({language_file.parent})"
    )


def test_the_environment_s_choice_is_said_to_come_first(
    open_settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MESOLOG_LANGUAGE", "el")
    assert label(open_settings(), "language_override").text() == (
        "MESOLOG_LANGUAGE=el is set here: mesolog speaks Ελληνικά whatever is chosen."
    )


GREEK = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context><name>SettingsDialog</name>
  <message><source>Settings</source><translation>Ρυθμίσεις</translation></message>
</context>
<context><name>LanguageGroup</name>
  <message><source>Language</source><translation>Γλώσσα</translation></message>
  <message><source>Applies from the next start.</source>
    <translation>Ισχύει από την επόμενη εκκίνηση του mesolog.</translation></message>
</context>
</TS>
"""


def test_in_greek_the_dialog_and_its_buttons_read_greek(
    speaking: Speak, open_settings: Any
) -> None:
    speaking("el", GREEK)
    dialog = open_settings()
    assert dialog.windowTitle() == "Ρυθμίσεις"
    assert dialog.findChild(QGroupBox, "language").title() == "Γλώσσα"
    assert label(dialog, "language_hint").text() == "Ισχύει από την επόμενη εκκίνηση του mesolog."
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Άκυρο"
    assert [combo(dialog).itemText(i) for i in range(2)] == ["English", "Ελληνικά"]
