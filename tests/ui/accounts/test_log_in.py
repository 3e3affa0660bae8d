"""Logging in: the log-in dialog, `build_main_window` with and without a user, and the first
account of a database that has none. Real database files; each password check is real."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mesolog.app import LogInCancelledError, build_main_window, first_account
from mesolog.domain.accounts import Account
from mesolog.domain.enums import Role
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.first_account_dialog import FirstAccountDialog
from mesolog.ui.accounts.log_in_dialog import LAST_USERNAME_KEY, LogInDialog
from mesolog.ui.settings.settings_dialog import SettingsDialog, workstation_settings
from tests.conftest import FixedClock
from tests.typing_support import type_into

PASSWORD = "correct horse battery"
WRONG = "The username or password is wrong."


def with_accounts(clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, PASSWORD)


@pytest.fixture
def dialog(qtbot: QtBot, db_path: Path, clock: FixedClock) -> Iterator[LogInDialog]:
    with Clinic.open(str(db_path), actor="setup", clock=clock) as setup:
        with_accounts(setup)
    clinic = Clinic.open(str(db_path), actor="workstation", clock=clock)
    opened = LogInDialog(clinic)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    clinic.close()


def clinic_of(dialog: LogInDialog) -> Clinic:
    return dialog._clinic


def log_in(qtbot: QtBot, dialog: LogInDialog, username: str, password: str) -> None:
    type_into(qtbot, dialog.username, username)
    type_into(qtbot, dialog.password, password, tab=False)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter submits


def in_modal(kind: type, act: Callable[[Any], None]) -> None:
    """Acts on the modal dialog the next call opens (exec() blocks until it closes)."""

    def run() -> None:
        opened = QApplication.activeModalWidget()
        assert isinstance(opened, kind), opened
        try:
            act(opened)
        except BaseException:
            opened.done(0)  # a failed check must not leave exec() waiting
            raise

    QTimer.singleShot(0, run)


def test_the_right_password_logs_in_and_the_username_is_offered_next_time(
    qtbot: QtBot, dialog: LogInDialog
) -> None:
    assert dialog.username.hasFocus(), "nobody logged in here yet"
    log_in(qtbot, dialog, "eleni", PASSWORD)
    assert dialog.result() == LogInDialog.DialogCode.Accepted
    assert clinic_of(dialog).account == Account("eleni", "Dr Eleni Markou", Role.CLINICIAN)
    assert workstation_settings().value(LAST_USERNAME_KEY) == "eleni"

    again = LogInDialog(clinic_of(dialog))
    qtbot.addWidget(again)
    assert again.username.text() == "eleni"
    assert again.focusWidget() is again.password


def test_a_wrong_password_is_said_in_the_dialog_and_the_password_typed_again(
    qtbot: QtBot, dialog: LogInDialog
) -> None:
    log_in(qtbot, dialog, "eleni", "correct horse battery staple")
    assert dialog.refusal() == WRONG
    assert dialog.isVisible()
    assert dialog.result() != LogInDialog.DialogCode.Accepted
    assert dialog.password.text() == ""
    assert dialog.password.hasFocus()
    assert dialog.username.text() == "eleni"
    assert clinic_of(dialog).account is None

    log_in(qtbot, dialog, "nobody", PASSWORD)
    assert dialog.refusal() == WRONG, "an unknown username reads the same"

    log_in(qtbot, dialog, "eleni", PASSWORD)
    assert dialog.result() == LogInDialog.DialogCode.Accepted


def test_failed_log_ins_slow_down_after_five_and_lock_after_ten(
    qtbot: QtBot, dialog: LogInDialog, clock: FixedClock
) -> None:
    for _ in range(5):
        log_in(qtbot, dialog, "eleni", "wrong password")
    log_in(qtbot, dialog, "eleni", PASSWORD)
    assert dialog.refusal() == "Too many failed log-ins: wait 2 seconds before trying again."
    for left in (4, 3, 2, 1):  # the count went on from the fifth failure
        clock.advance(minutes=2)
        log_in(qtbot, dialog, "eleni", "wrong password")
        tries = f"{left} more failed log-ins lock" if left > 1 else "1 more failed log-in locks"
        assert dialog.refusal().startswith(f"{WRONG} {tries} this account; then an admin")
    clock.advance(minutes=2)
    log_in(qtbot, dialog, "eleni", "wrong password")
    assert dialog.refusal() == (
        "The account 'eleni' is now locked after 10 failed log-ins. An administrator can "
        "unlock it (Users, or `mesolog user unlock eleni --user ADMIN`); if no administrator "
        "can log in, whoever holds the database file can: "
        "`mesolog user unlock --as-file-owner eleni`."
    )
    assert dialog.general_error.wordWrap()
    clock.advance(minutes=2)
    log_in(qtbot, dialog, "eleni", PASSWORD)
    assert dialog.refusal().startswith("The account 'eleni' is locked after 10 failed")
    assert clinic_of(dialog).account is None


def test_an_empty_username_is_asked_for_without_a_try(qtbot: QtBot, dialog: LogInDialog) -> None:
    log_in(qtbot, dialog, "  ", PASSWORD)
    assert dialog.refusal() == "Type your username."
    assert dialog.username.hasFocus()


def test_a_greek_passphrase_typed_logs_in_and_one_letter_off_does_not(
    qtbot: QtBot, dialog: LogInDialog, db_path: Path, clock: FixedClock
) -> None:
    passphrase = "Ελένη και τρία λουλούδια"
    with Clinic.open(str(db_path), actor="setup", clock=clock) as setup:
        setup.act_as("admin")
        setup.accounts.add("maria", "Μαρία Νικολάου", Role.ASSISTANT, passphrase)
    log_in(qtbot, dialog, "maria", passphrase.replace("ύ", "υ"))
    assert dialog.refusal() == WRONG, "the accent is part of the passphrase"
    log_in(qtbot, dialog, "maria", passphrase)
    assert dialog.result() == LogInDialog.DialogCode.Accepted
    assert clinic_of(dialog).account == Account("maria", "Μαρία Νικολάου", Role.ASSISTANT)


def test_build_main_window_opens_as_the_user_given(
    qtbot: QtBot, db_path: Path, clock: FixedClock
) -> None:
    with Clinic.open(str(db_path), actor="setup", clock=clock) as setup:
        with_accounts(setup)
    window = build_main_window(str(db_path), user="eleni")
    qtbot.addWidget(window)
    assert window.clinic.account is not None
    assert window.clinic.account.username == "eleni"
    assert window.account_label.text() == "Logged in: Dr Eleni Markou (eleni), clinician"
    assert window.idle_lock.active
    window.close()


def test_build_main_window_asks_to_log_in_when_the_database_has_accounts(
    qtbot: QtBot, db_path: Path, clock: FixedClock
) -> None:
    with Clinic.open(str(db_path), actor="setup", clock=clock) as setup:
        with_accounts(setup)

    def type_it(dialog: LogInDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
        assert dialog.password.hasFocus()
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    in_modal(LogInDialog, type_it)
    window = build_main_window(str(db_path))
    qtbot.addWidget(window)
    assert window.clinic.account is not None
    assert window.clinic.account.role is Role.ADMIN
    assert window.menus.users_action.isVisible()
    window.close()


def test_a_cancelled_log_in_opens_no_window_and_closes_the_database(
    qtbot: QtBot, db_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Clinic.open(str(db_path), actor="setup", clock=clock) as setup:
        with_accounts(setup)
    opened: list[tuple[Clinic, object]] = []
    real_open = Clinic.open

    def remembered(*args: Any, **kwargs: Any) -> Clinic:
        clinic = real_open(*args, **kwargs)
        opened.append((clinic, clinic.context.db.engine.pool))
        return clinic

    monkeypatch.setattr(Clinic, "open", remembered)
    before = set(_main_windows())
    in_modal(LogInDialog, lambda dialog: dialog.cancel_button.click())
    with pytest.raises(LogInCancelledError):
        build_main_window(str(db_path))
    [(clinic, pool_while_open)] = opened
    assert clinic.account is None
    assert clinic.context.db.engine.pool is not pool_while_open, "the database was closed"
    assert not set(_main_windows()) - before, "a main window was opened"


def _main_windows() -> list[QWidget]:
    """The main windows alive now: a test before this one may have left one closed but not
    yet deleted."""
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"]


def test_build_main_window_opens_a_database_without_accounts_as_before(
    qtbot: QtBot, db_path: Path, clock: FixedClock
) -> None:
    with Clinic.open(str(db_path), actor="setup", clock=clock) as setup:
        setup.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2)))
    window = build_main_window(str(db_path))
    qtbot.addWidget(window)
    assert window.clinic.account is None
    assert window.account_label.isHidden()
    assert not window.idle_lock.active
    assert not window.menus.users_action.isVisible()
    assert not window.menus.lock_action.isVisible()
    assert window.menus.void_patient_action.isEnabled() is False, "no patient open yet"
    assert window.menus.import_action.isEnabled()
    assert window.patient_model.rowCount() == 1
    window.close()


def test_the_first_start_creates_the_admin_and_logs_in(qtbot: QtBot, clinic: Clinic) -> None:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    seen: dict[str, Any] = {}

    def create(dialog: FirstAccountDialog) -> None:
        seen["name offered"] = dialog.name.text()
        assert dialog.role is None, "the first account is an admin"
        type_into(qtbot, dialog.username, "eleni")
        type_into(qtbot, dialog.password, PASSWORD)
        type_into(qtbot, dialog.repeat, PASSWORD + "!")
        dialog.ok_button.click()
        seen["mismatch"] = dict(dialog.errors.visible())
        seen["accounts after mismatch"] = clinic.accounts.has_accounts()
        type_into(qtbot, dialog.password, "short")
        type_into(qtbot, dialog.repeat, "short")
        dialog.ok_button.click()
        seen["too short"] = dict(dialog.errors.visible())
        type_into(qtbot, dialog.password, PASSWORD)
        type_into(qtbot, dialog.repeat, PASSWORD, tab=False)
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter = Create and log in

    in_modal(FirstAccountDialog, create)
    assert first_account(clinic)
    assert seen["name offered"] == "Dr Eleni Markou", "the workstation's clinician so far"
    assert seen["mismatch"] == {"repeat": "The same password typed again"}
    assert seen["accounts after mismatch"] is False
    assert seen["too short"] == {
        "password": "10 to 128 characters of Unicode text, not the username"
    }
    assert clinic.accounts.list() == [Account("eleni", "Dr Eleni Markou", Role.ADMIN)]
    assert clinic.account == Account("eleni", "Dr Eleni Markou", Role.ADMIN)
    assert first_account(clinic), "asked once only"


def test_a_cancelled_first_account_creates_nothing(qtbot: QtBot, clinic: Clinic) -> None:
    in_modal(FirstAccountDialog, lambda dialog: dialog.cancel_button.click())
    assert not first_account(clinic)
    assert not clinic.accounts.has_accounts()
    assert clinic.account is None


def test_a_username_the_rules_refuse_is_said_beside_it(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = FirstAccountDialog(clinic)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.username, "Eleni Markou")
    type_into(qtbot, dialog.name, "Dr Eleni Markou")
    type_into(qtbot, dialog.password, PASSWORD)
    type_into(qtbot, dialog.repeat, PASSWORD)
    dialog.ok_button.click()
    assert list(dialog.errors.visible()) == ["username"]
    assert dialog.errors.visible()["username"].startswith("1 to 60 characters")
    assert not clinic.accounts.has_accounts()
