"""The users dialog and password dialogs on a real database: what an admin does with accounts
is what the database then holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from mesolog.domain.accounts import Account, LogInRefusedError
from mesolog.domain.enums import Role
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.first_account_dialog import AccountDialog
from mesolog.ui.accounts.password_dialog import ChangePasswordDialog, ResetPasswordDialog
from mesolog.ui.accounts.users_dialog import UsersDialog
from tests.conftest import FixedClock
from tests.typing_support import type_into

PASSWORD = "correct horse battery"
NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def admin(clinic: Clinic) -> Clinic:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, PASSWORD)
    return clinic


@pytest.fixture
def dialog(qtbot: QtBot, admin: Clinic) -> UsersDialog:
    opened = UsersDialog(admin)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def in_modal(kind: type, act: Callable[[Any], None]) -> None:
    def run() -> None:
        opened = QApplication.activeModalWidget()
        assert isinstance(opened, kind), opened
        try:
            act(opened)
        except BaseException:
            opened.done(0)
            raise

    QTimer.singleShot(0, run)


def shown_rows(dialog: UsersDialog) -> list[list[str]]:
    table = dialog.findChild(QTableWidget, "accounts")
    assert table is not None
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def stored(clinic: Clinic, username: str) -> Account:
    return {a.username: a for a in clinic.accounts.list()}[username]


def test_the_table_shows_every_account(dialog: UsersDialog) -> None:
    assert shown_rows(dialog) == [
        ["admin (you)", "Dr Anna Admin", "Administrator", "Yes", "No"],
        ["eleni", "Dr Eleni Markou", "Clinician", "Yes", "No"],
    ]


def test_adding_an_assistant_stores_it_with_its_role(
    qtbot: QtBot, dialog: UsersDialog, admin: Clinic
) -> None:
    seen: dict[str, Any] = {}

    def fill(add: AccountDialog) -> None:
        type_into(qtbot, add.username, "eleni")
        type_into(qtbot, add.name, "Maria Nikolaou")
        assert add.role is not None
        qtbot.keyClick(add.role, Qt.Key.Key_Down)  # Clinician, then Assistant
        type_into(qtbot, add.password, PASSWORD)
        type_into(qtbot, add.repeat, PASSWORD)
        add.ok_button.click()
        seen["taken"] = dict(add.errors.visible())
        type_into(qtbot, add.username, "maria")
        add.ok_button.click()

    in_modal(AccountDialog, fill)
    dialog.add_button.click()
    assert seen["taken"] == {"username": "A username no other account has (eleni is not allowed)"}
    assert stored(admin, "maria") == Account("maria", "Maria Nikolaou", Role.ASSISTANT)
    assert ["maria", "Maria Nikolaou", "Assistant", "Yes", "No"] in shown_rows(dialog)
    assert dialog.selected_username() == "maria"
    assert "Added maria" in dialog.message.text()


def test_disable_and_enable_change_the_stored_account(
    qtbot: QtBot, dialog: UsersDialog, admin: Clinic
) -> None:
    dialog.select("eleni")
    assert dialog.enable_button.text() == "&Disable"
    dialog.enable_button.click()
    assert stored(admin, "eleni").active is False
    assert shown_rows(dialog)[1][3] == "No"
    assert dialog.enable_button.text() == "&Enable"
    with pytest.raises(LogInRefusedError, match="disabled"):
        admin.accounts.log_in("eleni", PASSWORD)
    dialog.enable_button.click()
    assert stored(admin, "eleni").active is True
    assert dialog.selected_username() == "eleni"


def test_an_admin_cannot_disable_their_own_account(dialog: UsersDialog) -> None:
    dialog.select("admin")
    assert not dialog.enable_button.isEnabled()
    assert dialog.enable_button.toolTip() == "An admin cannot disable their own account."


def test_unlock_lifts_the_lock_of_failed_log_ins(
    qtbot: QtBot, dialog: UsersDialog, admin: Clinic, clock: FixedClock
) -> None:
    for _ in range(10):
        clock.advance(minutes=2)
        with pytest.raises(LogInRefusedError):
            admin.accounts.log_in("eleni", "wrong password")
    dialog.refresh()
    dialog.select("eleni")
    assert shown_rows(dialog)[1][4] == "Yes"
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    assert stored(admin, "eleni").locked is False
    assert shown_rows(dialog)[1][4] == "No"
    assert not dialog.unlock_button.isEnabled()
    assert admin.accounts.log_in("eleni", PASSWORD).username == "eleni"


def test_a_refused_change_is_said_in_the_dialog_and_changes_nothing(
    qtbot: QtBot, dialog: UsersDialog, admin: Clinic, db_path: Path, clock: FixedClock
) -> None:
    admin.accounts.add("boss", "Dr Boss", Role.ADMIN, PASSWORD)
    with Clinic.open(str(db_path), actor="elsewhere", clock=clock) as elsewhere:
        elsewhere.act_as("boss")
        elsewhere.accounts.disable("admin")  # meanwhile, at another workstation
    dialog.refresh()
    dialog.select("eleni")
    dialog.enable_button.click()
    assert dialog.message.text() == "The account 'admin' was disabled or locked; log in again."
    assert stored(admin, "eleni").active is True
    assert dialog.selected_username() == "eleni"


def test_reset_password_sets_a_new_one(qtbot: QtBot, dialog: UsersDialog, admin: Clinic) -> None:
    def fill(reset: ResetPasswordDialog) -> None:
        type_into(qtbot, reset.password, NEW_PASSWORD)
        type_into(qtbot, reset.repeat, NEW_PASSWORD, tab=False)
        qtbot.keyClick(reset.repeat, Qt.Key.Key_Return)  # Enter = Set password

    dialog.select("eleni")
    in_modal(ResetPasswordDialog, fill)
    dialog.reset_button.click()
    assert dialog.message.text() == "eleni has a new password."
    assert admin.accounts.log_in("eleni", NEW_PASSWORD).username == "eleni"


def test_changing_ones_own_password_needs_the_current_one(qtbot: QtBot, admin: Clinic) -> None:
    admin.act_as("eleni")
    change = ChangePasswordDialog(admin)
    qtbot.addWidget(change)
    type_into(qtbot, change.current, "not my password")
    type_into(qtbot, change.password, NEW_PASSWORD)
    type_into(qtbot, change.repeat, NEW_PASSWORD)
    change.ok_button.click()
    assert change.errors.visible() == {"current_password": "The account's password"}
    assert change.result() != ChangePasswordDialog.DialogCode.Accepted
    type_into(qtbot, change.current, PASSWORD)
    type_into(qtbot, change.repeat, "something else")
    change.ok_button.click()
    assert list(change.errors.visible()) == ["repeat"]
    type_into(qtbot, change.repeat, NEW_PASSWORD)
    change.ok_button.click()
    assert change.result() == ChangePasswordDialog.DialogCode.Accepted
    assert admin.accounts.log_in("eleni", NEW_PASSWORD).username == "eleni"


@pytest.mark.parametrize("which", ["add", "first", "change", "reset"])
def test_each_account_dialog_has_unique_alt_keys(qtbot: QtBot, admin: Clinic, which: str) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from mesolog.ui.accounts.first_account_dialog import FirstAccountDialog

    dialogs = {
        "add": lambda: AccountDialog(admin, None, title="Add", ok_text="&Add", with_role=True),
        "first": lambda: FirstAccountDialog(admin),
        "change": lambda: ChangePasswordDialog(admin),
        "reset": lambda: ResetPasswordDialog(admin, "eleni"),
    }
    dialog = dialogs[which]()
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
    assert len(letters) == len(set(letters)), texts
