"""Settings ▸ Clinic… ▸ Barcode scanner: the character this workstation's scanner sends in
place of GS, kept in this computer's QSettings (tmp_path here), refused beside the field
when a code's fields could hold it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.settings.scanner_settings import (
    SEPARATOR_KEY,
    scanner_separator,
    set_scanner_separator,
)
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.settings.workstation import workstation_settings
from mesolog.ui.window.main_window import MainWindow
from tests.typing_support import empty, type_into
from tests.ui.sessions.typed_session import error_beside


@pytest.fixture(autouse=True)
def workstation(qt_settings: None) -> None:
    """This workstation's settings in tmp_path."""


def opened(qtbot: QtBot, clinic: Clinic) -> SettingsDialog:
    dialog = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_substitute_typed_is_kept_on_this_workstation(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = opened(qtbot, clinic)
    field = dialog.scanner_group.separator
    assert field.text() == "", "nothing set: the scanner sends GS"
    assert field.accessibleName() == "Character sent in place of GS"
    type_into(qtbot, field, "|")
    dialog.save_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert scanner_separator() == "|"
    assert workstation_settings().value(SEPARATOR_KEY) == "|"

    again = opened(qtbot, clinic)
    assert again.scanner_group.separator.text() == "|"
    empty(qtbot, again.scanner_group.separator)
    again.save_button.click()
    assert scanner_separator() is None
    assert workstation_settings().value(SEPARATOR_KEY) is None


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("A", "“A” may be part of a lot or a serial number"),
        ("-", "“-” may be part of a lot or a serial number"),
        ("||", "“||” is 2 characters"),
        ("]", "“]” starts the symbology prefix a scanner may send first"),
    ],
)
def test_a_character_a_code_can_hold_is_refused_beside_the_field(
    qtbot: QtBot, clinic: Clinic, typed: str, problem: str, tmp_path: Path
) -> None:
    set_scanner_separator("^")
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.clinic_group.name, "Κλινική Αθηνών")
    field = dialog.scanner_group.separator
    type_into(qtbot, field, typed)
    dialog.save_button.click()

    label = error_beside(field)
    assert label.isVisible()
    assert label.text() == (
        f"{problem}: type one character that a code's fields cannot hold, such as "
        "| ^ ~ # @, or leave it empty when the scanner sends GS."
    )
    assert dialog.isVisible()
    assert QApplication.focusWidget() is field
    assert field.text() == typed, "kept to be corrected"
    assert scanner_separator() == "^", "nothing stored"
    assert clinic.settings.clinic().name == "", "nor the clinic's settings"
    qtbot.waitUntil(lambda: label.width() > 0)
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert dialog.grab().save(str(folder / f"settings-scanner-refused-{ord(typed[0])}.png"))


def test_an_invalid_value_stored_by_hand_reads_as_gs(clinic: Clinic) -> None:
    workstation_settings().setValue(SEPARATOR_KEY, "A")
    assert scanner_separator() is None
    with pytest.raises(ValueError, match="may be part of a lot"):
        set_scanner_separator("A")


def test_settings_clinic_from_the_menu_shows_the_scanner(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def set_tilde() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        try:
            folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
            type_into(qtbot, dialog.scanner_group.separator, "~")
            seen.append(dialog.scanner_group.title())
            assert dialog.grab().save(str(folder / "settings-scanner.png"))
            dialog.save_button.click()
        finally:
            if dialog.isVisible():
                dialog.done(0)

    QTimer.singleShot(0, set_tilde)
    window.menus.settings_action.trigger()
    assert seen == ["Barcode scanner of this computer"]
    assert scanner_separator() == "~"
    window.close()
