"""Users dialog: disabling an administrator that leaves a single one able to log in asks
first and says the way back (issue 11, defect 6); a real database behind the dialog, the
question answered by its own buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Role
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.users_dialog import UsersDialog

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(clinic: Clinic) -> Clinic:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("second", "Dr Petros Second", Role.ADMIN, PASSWORD)
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, PASSWORD)
    return clinic


@pytest.fixture
def dialog(qtbot: QtBot, admin: Clinic) -> UsersDialog:
    opened = UsersDialog(admin)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def answer(monkeypatch: pytest.MonkeyPatch, *, click: str | None = None) -> list[str]:
    """The question is answered by pressing its button `click`, else its Escape button (as
    tests/qt_fixtures.py `answer_signing` does); returns the texts asked."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        buttons = [b for b in box.buttons() if b.text() == click]
        [button] = buttons if click is not None else [box.escapeButton()]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def active(clinic: Clinic, username: str) -> bool:
    return {a.username: a.active for a in clinic.accounts.overview()}[username]


@pytest.mark.parametrize("click", ["Keep it enabled", None], ids=["keep", "escape"])
def test_disabling_the_second_last_admin_asks_and_keeping_it_changes_nothing(
    qtbot: QtBot,
    dialog: UsersDialog,
    admin: Clinic,
    monkeypatch: pytest.MonkeyPatch,
    click: str | None,
) -> None:
    asked = answer(monkeypatch, click=click)
    dialog.select("second")
    qtbot.mouseClick(dialog.enable_button, Qt.MouseButton.LeftButton)

    [text] = asked
    assert text.startswith("After this, admin is the only administrator who can log in.")
    assert "mesolog user unlock --as-file-owner admin" in text
    assert text.endswith("Disable second anyway?")
    assert active(admin, "second")
    assert dialog.message.isHidden()


def test_disable_disables_it_and_a_clinician_is_disabled_without_asking(
    dialog: UsersDialog, admin: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, click="Disable second")
    dialog.select("second")
    dialog.enable_button.click()
    assert len(asked) == 1
    assert not active(admin, "second")
    assert dialog.message.text() == (
        "second is disabled: it cannot log in until it is enabled again."
    )
    dialog.select("eleni")
    dialog.enable_button.click()
    assert len(asked) == 1
    assert not active(admin, "eleni")
