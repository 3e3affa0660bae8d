"""The Users window's add dialog (issue 11, defect 7): a name pasted with an escape
sequence and a right-to-left override is refused beside its field by the character's
code point, none of it shown; nothing is stored until it is corrected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Role
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.first_account_dialog import AccountDialog
from mesolog.ui.accounts.users_dialog import UsersDialog
from tests.typing_support import focus, select_all, type_into
from tests.ui.accounts.test_users_dialog import in_modal

PASSWORD = "correct horse battery"


@pytest.fixture
def dialog(qtbot: QtBot, clinic: Clinic) -> UsersDialog:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    opened = UsersDialog(clinic)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """What a person does with text copied from elsewhere: select all, Ctrl+V."""
    QGuiApplication.clipboard().setText(text)
    focus(qtbot, widget)
    select_all(widget)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_name_with_an_escape_sequence_is_refused_beside_it(
    qtbot: QtBot, dialog: UsersDialog, clinic: Clinic, tmp_path: Path
) -> None:
    seen: dict[str, Any] = {}

    def fill(add: AccountDialog) -> None:
        type_into(qtbot, add.username, "nurse")
        paste(qtbot, add.name, "Evil\x1b[31mRed\u202eX")
        seen["kept"] = add.name.text()
        type_into(qtbot, add.password, PASSWORD)
        type_into(qtbot, add.repeat, PASSWORD)
        add.ok_button.click()
        seen["errors"] = dict(add.errors.visible())
        seen["open"] = add.isVisible()
        seen["stored"] = [a.username for a in clinic.accounts.list()]
        add.grab().save(str(tmp_path / "add_account_control_name.png"))
        paste(qtbot, add.name, "Maria Kosta")
        add.ok_button.click()

    in_modal(AccountDialog, fill)
    dialog.add_button.click()

    assert seen["kept"] == "Evil\x1b[31mRed\u202eX", "what was pasted is kept to correct"
    assert seen["errors"] == {
        "name": "One line of text: no line break, tab, control character or bidirectional "
        "control (character 5, U+001B (ESC) is not allowed)"
    }
    assert seen["open"] and seen["stored"] == ["admin"]
    assert {a.username: (a.name, a.role) for a in clinic.accounts.list()}["nurse"] == (
        "Maria Kosta",
        Role.CLINICIAN,
    )
