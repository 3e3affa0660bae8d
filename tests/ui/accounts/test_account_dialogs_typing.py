"""What is typed into the account dialogs (add an account, reset a password, change one's
own) key by key, then OK clicked, and what the accounts service then holds: the account
listed, and the password it logs in with.

A value typed is stored exactly as typed, or refused beside its field saying what is
allowed, the dialog open and nothing stored. Never cut short without a word: a value
longer than allowed keeps every character typed and is refused.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from mesolog.domain import limits
from mesolog.domain.accounts import PASSWORD_MAX, Account, LogInRefusedError
from mesolog.domain.enums import Role
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.first_account_dialog import AccountDialog
from mesolog.ui.accounts.password_dialog import (
    AccountForm,
    ChangePasswordDialog,
    ResetPasswordDialog,
)
from tests.typing_support import Typed, empty, shown, type_into, type_keys

# The other locales' runs leave it out: its subject is account names and passwords, which no
# locale writes differently.

PASSWORD = "correct horse battery"
NEW_PASSWORD = "κωδικός για τη Μαρία 7"
"""Greek, spaces and a digit: typed key by key like any other."""
PASSWORD_RULE = "10 to 128 characters"
ELENI = "eleni.markou"
"""Long enough to be typed as a password: only the rule against the username refuses it."""


@pytest.fixture
def admin(clinic: Clinic) -> Clinic:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add(ELENI, "Dr Eleni Markou", Role.CLINICIAN, PASSWORD)
    return clinic


def fill(qtbot: QtBot, form: AccountForm, values: dict[str, str]) -> None:
    """Types each value into its field (emptying it for ""), in the dialog's order."""
    for name, keys in values.items():
        field = form.findChild(QLineEdit, name)
        assert field is not None, name
        if keys:
            type_into(qtbot, field, keys)
        else:
            empty(qtbot, field)


def ok(qtbot: QtBot, form: AccountForm) -> None:
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


def logs_in(clinic: Clinic, username: str, password: str) -> bool:
    try:
        clinic.accounts.log_in(username, password)
    except LogInRefusedError:
        return False
    return True


def refused_beside(form: AccountForm, field: str, fragment: str) -> None:
    error = form.errors.visible().get(field, "")
    assert error and fragment.lower() in error.lower(), f"beside {field}: {error!r}"
    assert form.result() != QDialog.DialogCode.Accepted


def case(field: str, typed: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(field, typed, marks=marks, id=f"{field}-{typed.case}")


NEW_ACCOUNT = {"username": "maria.nikolaou", "name": "Μαρία Νικολάου", "password": NEW_PASSWORD}

NEW_ACCOUNT_CASES = [
    case("username", Typed("typed", "maria.n-2", "maria.n-2")),
    case("username", Typed("capitals and a space", "Maria N", refused="lower-case letters")),
    case("username", Typed("taken", ELENI, refused="no other account has")),
    case("username", Typed("too long", "m" * 61, refused="1 to 60 characters")),
    case("username", Typed("empty", "", refused="1 to 60 characters")),
    case("name", Typed("typed", "Μαρία Νικολάου-Παππά", "Μαρία Νικολάου-Παππά")),
    case(
        "name",
        Typed("too long", "Μ" * (limits.NAME_MAX + 1), refused=f"at most {limits.NAME_MAX}"),
    ),
    case("name", Typed("empty", "", refused="the name the records print")),
    case("password", Typed("typed", NEW_PASSWORD, NEW_PASSWORD)),
    case("password", Typed("too short", "κωδικός 7", refused=PASSWORD_RULE)),
    case(
        "password",
        Typed("too long", "κ" * (PASSWORD_MAX + 1), refused=PASSWORD_RULE),
    ),
    case("password", Typed("the username", "Maria.Nikolaou", refused="not the username")),
    case("password", Typed("empty", "", refused=PASSWORD_RULE)),
    case("repeat", Typed("not the same", NEW_PASSWORD + "!", refused="the same password")),
]


@pytest.mark.parametrize(("field", "typed"), NEW_ACCOUNT_CASES)
def test_a_new_account_is_stored_as_typed_or_refused_beside_the_field(
    qtbot: QtBot, admin: Clinic, field: str, typed: Typed
) -> None:
    dialog = AccountDialog(admin, None, title="Add", ok_text="&Add", with_role=True)
    qtbot.addWidget(dialog)
    values = {**NEW_ACCOUNT, field: typed.keys}
    values.setdefault("repeat", values["password"])
    if field == "password":
        values["repeat"] = typed.keys
    fill(qtbot, dialog, values)
    before = admin.accounts.list()

    ok(qtbot, dialog)

    if typed.refused is not None:
        refused_beside(dialog, field, typed.refused)
        assert admin.accounts.list() == before
        if field not in ("password", "repeat"):
            assert shown(dialog.findChild(QLineEdit, field)) == typed.keys
        return
    assert dialog.errors.visible() == {}
    assert dialog.result() == QDialog.DialogCode.Accepted
    username = values["username"]
    assert Account(username, values["name"], Role.CLINICIAN) in admin.accounts.list()
    assert logs_in(admin, username, values["password"])


PASSWORD_CASES = [
    case("password", Typed("typed", NEW_PASSWORD, NEW_PASSWORD)),
    case("password", Typed("too short", "κωδικός 7", refused=PASSWORD_RULE)),
    case(
        "password",
        Typed("too long", "κ" * (PASSWORD_MAX + 1), refused=PASSWORD_RULE),
    ),
    case("password", Typed("the username", "Eleni.Markou", refused="not the username")),
    case("password", Typed("empty", "", refused=PASSWORD_RULE)),
    case("repeat", Typed("not the same", NEW_PASSWORD + " ", refused="the same password")),
]


def check_new_password(
    qtbot: QtBot, admin: Clinic, form: AccountForm, field: str, typed: Typed
) -> None:
    values = {"password": NEW_PASSWORD, field: typed.keys}
    values.setdefault("repeat", values["password"])
    if field == "password":
        values["repeat"] = typed.keys
    fill(qtbot, form, values)

    ok(qtbot, form)

    if typed.refused is not None:
        refused_beside(form, field, typed.refused)
        assert logs_in(admin, ELENI, PASSWORD), "the password is as it was"
        return
    assert form.result() == QDialog.DialogCode.Accepted
    assert logs_in(admin, ELENI, typed.keys)
    assert not logs_in(admin, ELENI, PASSWORD)


@pytest.mark.parametrize(("field", "typed"), PASSWORD_CASES)
def test_an_admin_s_reset_sets_the_password_typed_or_refuses_it_beside_the_field(
    qtbot: QtBot, admin: Clinic, field: str, typed: Typed
) -> None:
    reset = ResetPasswordDialog(admin, ELENI)
    qtbot.addWidget(reset)
    check_new_password(qtbot, admin, reset, field, typed)


@pytest.mark.parametrize(("field", "typed"), PASSWORD_CASES)
def test_one_s_own_new_password_is_set_as_typed_or_refused_beside_the_field(
    qtbot: QtBot, admin: Clinic, field: str, typed: Typed
) -> None:
    admin.act_as(ELENI)
    change = ChangePasswordDialog(admin)
    qtbot.addWidget(change)
    type_into(qtbot, change.current, PASSWORD)
    check_new_password(qtbot, admin, change, field, typed)


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(
            Typed("wrong", "not my password", refused="the account's password"), id="wrong"
        ),
        pytest.param(Typed("empty", "", refused="your current password"), id="empty"),
    ],
)
def test_a_wrong_or_missing_current_password_changes_nothing(
    qtbot: QtBot, admin: Clinic, typed: Typed
) -> None:
    admin.act_as(ELENI)
    change = ChangePasswordDialog(admin)
    qtbot.addWidget(change)
    values = {"current_password": typed.keys, "password": NEW_PASSWORD, "repeat": NEW_PASSWORD}
    fill(qtbot, change, values)

    ok(qtbot, change)

    refused_beside(change, "current_password", typed.refused or "")
    assert logs_in(admin, ELENI, PASSWORD)
    assert not logs_in(admin, ELENI, NEW_PASSWORD)


@pytest.mark.parametrize(
    ("field", "maximum", "rule"),
    [
        ("username", 60, "1 to 60 characters"),
        ("name", limits.NAME_MAX, f"at most {limits.NAME_MAX} characters"),
        ("password", PASSWORD_MAX, PASSWORD_RULE),
    ],
)
def test_one_character_too_many_is_kept_and_said_at_once_beside_the_field(
    qtbot: QtBot, admin: Clinic, field: str, maximum: int, rule: str
) -> None:
    dialog = AccountDialog(admin, None, title="Add", ok_text="&Add", with_role=True)
    qtbot.addWidget(dialog)
    line = dialog.findChild(QLineEdit, field)
    assert line is not None
    type_into(qtbot, line, "m" * maximum, tab=False)
    assert dialog.errors.visible() == {}
    type_keys(line, "n")
    assert line.text() == "m" * maximum + "n", "the character typed is kept"
    said = dialog.errors.visible().get(field, "")
    assert said.startswith(f"{maximum + 1} characters: too long.")
    assert rule.lower() in said.lower()
    error = dialog.findChild(QLabel, f"{field}_error")
    assert error is not None and error.isVisible()
    assert error.geometry().bottom() <= dialog.rect().bottom(), "within the dialog"
    QTest.keyClick(line, Qt.Key.Key_Backspace)
    assert dialog.errors.visible() == {}
