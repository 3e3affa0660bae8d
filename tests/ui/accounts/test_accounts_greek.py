"""The account dialogs in Greek: logging in, adding an account and the users' table take their
words from the catalogue installed in the application, made from what lupdate extracted, so
each is marked where lupdate reads it and looked up under the context it was filed under.
Typed into key by key, as a person fills them.

(English, without a catalogue, is what every other test of these dialogs reads.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Role
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.first_account_dialog import AccountDialog
from mesolog.ui.accounts.log_in_dialog import LogInDialog
from mesolog.ui.accounts.password_dialog import ChangePasswordDialog, ResetPasswordDialog
from mesolog.ui.accounts.users_dialog import UsersDialog
from tests.typing_support import empty, type_into
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)

PASSWORD = "σωστό άλογο μπαταρία"
ADMIN, ELENI = "a1", "e2"
"""Usernames are a–z and digits: these have no Latin word, so that only the window's own
words are taken for English when every message is marked."""

GREEK: dict[tuple[str, str], Greek] = {
    ("AccountForm", "mesolog — log in"): "mesolog — σύνδεση",
    ("AccountForm", "&Log in"): "&Σύνδεση",
    ("LogInDialog", "&Username:"): "&Όνομα χρήστη:",
    ("LogInDialog", "Type your username."): "Γράψτε το όνομα χρήστη σας.",
    ("UsersDialog", "Users"): "Χρήστες",
    ("UsersDialog", "&Add…"): "&Προσθήκη…",
    ("UsersDialog", "Add an account"): "Προσθήκη λογαριασμού",
    ("UsersDialog", " (you)"): " (εσείς)",
    ("AccountForm", "%1 to %2 characters, any characters; not the username."): (
        "%1 έως %2 χαρακτήρες, οποιοιδήποτε· όχι το όνομα χρήστη."
    ),
    ("AccountForm", "the same password typed again"): "τον ίδιο κωδικό πληκτρολογημένο ξανά",
}


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


@pytest.fixture
def admin(clinic: Clinic) -> Clinic:
    clinic.accounts.create_first_admin(ADMIN, "Δρ Άννα Διαχειρίστρια", PASSWORD)
    clinic.act_as(ADMIN)
    clinic.accounts.add(ELENI, "Δρ Ελένη Μάρκου", Role.CLINICIAN, PASSWORD)
    return clinic


def in_modal(kind: type, act: Callable[[Any], None]) -> None:
    def run() -> None:
        opened = QApplication.activeModalWidget()
        assert isinstance(opened, kind), opened
        try:
            act(opened)
        finally:
            opened.done(0)

    QTimer.singleShot(0, run)


def caption(dialog: LogInDialog, field: str) -> str:
    [label] = [
        label
        for label in dialog.findChildren(QLabel)
        if label.buddy() is dialog.findChild(type(dialog.username), field)
    ]
    return label.text()


@pytest.mark.usefixtures("greek")
def test_logging_in_without_a_username_is_refused_in_greek(qtbot: QtBot, admin: Clinic) -> None:
    dialog = LogInDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "mesolog — σύνδεση"
    assert dialog.ok_button.text() == "&Σύνδεση"
    assert caption(dialog, "username") == "&Όνομα χρήστη:"
    empty(qtbot, dialog.username)
    type_into(qtbot, dialog.password, PASSWORD, tab=False)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    assert dialog.refusal() == "Γράψτε το όνομα χρήστη σας."
    assert dialog.isVisible()
    # not given Greek: English, as before
    assert caption(dialog, "password") == "&Password:"


@pytest.mark.usefixtures("greek")
def test_adding_an_account_refuses_a_repeat_typed_differently_in_greek(
    qtbot: QtBot, admin: Clinic
) -> None:
    users = UsersDialog(admin)
    qtbot.addWidget(users)
    users.show()
    assert users.windowTitle() == "Χρήστες"
    assert users.add_button.text() == "&Προσθήκη…"
    assert users.table.item(0, 0).text() == f"{ADMIN} (εσείς)"
    seen: dict[str, Any] = {}

    def fill(add: AccountDialog) -> None:
        seen["title"] = add.windowTitle()
        seen["hint"] = add.findChild(QLabel, "password_hint").text()
        type_into(qtbot, add.username, "m3")
        type_into(qtbot, add.name, "Μαρία Νικολάου")
        type_into(qtbot, add.password, PASSWORD)
        type_into(qtbot, add.repeat, PASSWORD[:-1])
        add.ok_button.click()
        seen["errors"] = dict(add.errors.visible())

    in_modal(AccountDialog, fill)
    users.add_button.click()

    assert seen == {
        "title": "Προσθήκη λογαριασμού",
        "hint": "10 έως 128 χαρακτήρες, οποιοιδήποτε· όχι το όνομα χρήστη.",
        "errors": {"repeat": "Τον ίδιο κωδικό πληκτρολογημένο ξανά"},
    }
    assert [a.username for a in admin.accounts.list()] == [ADMIN, ELENI]


def test_every_word_of_the_account_dialogs_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, admin: Clinic, tmp_path: Path
) -> None:
    with installed(marked_catalogue(tmp_path)):
        dialogs = [
            LogInDialog(admin),
            LogInDialog(admin, switching=True),
            AccountDialog(admin, None, title="⟦⟧", ok_text="⟦⟧", with_role=True),
            ChangePasswordDialog(admin),
            ResetPasswordDialog(admin, ELENI),
            UsersDialog(admin),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
        assert [text for dialog in dialogs for text in unmarked(dialog)] == []
