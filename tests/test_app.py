"""The composition root: `build_main_window` opens a database and wires the window to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mesolog.app import build_main_window, run_gui
from mesolog.domain.accounts import Account
from mesolog.domain.enums import Role
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.services.shipped_templates import shipped_templates
from mesolog.ui.accounts.first_account_dialog import FirstAccountDialog
from mesolog.ui.accounts.log_in_dialog import LogInDialog
from mesolog.ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qt_settings")


def test_build_main_window_lists_the_databases_patients(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.patients.create(PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14)))
        clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2)))
    window = build_main_window(str(path))
    qtbot.addWidget(window)
    window.show()
    assert window.patient_model.rowCount() == 2
    assert str(path) in window.database_label.text()
    engine = window.clinic.context.db.engine
    pool_while_open = engine.pool
    window.close()
    assert engine.pool is not pool_while_open, "closing the window disposes of the database"


def test_build_main_window_creates_a_new_database(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "clinic.sqlite"
    window = build_main_window(str(path))
    qtbot.addWidget(window)
    assert path.exists()
    assert window.patient_model.rowCount() == 0
    window.close()


PASSWORD = "correct horse battery"


def act_on_modal(kind: type, act: Callable[[Any], None]) -> None:
    def run() -> None:
        opened = QApplication.activeModalWidget()
        assert isinstance(opened, kind), opened
        try:
            act(opened)
        except BaseException:
            opened.done(0)
            raise

    QTimer.singleShot(0, run)


def test_the_first_start_asks_for_the_admin_then_opens_logged_in(
    qtbot: QtBot, tmp_path: Path, boxes: Any
) -> None:
    path = tmp_path / "new.sqlite"
    seen: dict[str, Any] = {}

    def create(dialog: FirstAccountDialog) -> None:
        dialog.username.setText("eleni")
        dialog.name.setText("Dr Eleni Markou")
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD)
        dialog.ok_button.click()
        QTimer.singleShot(0, look_and_close)

    def look_and_close() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["visible"] = window.isVisible()
        seen["account"] = window.clinic.account
        window.close()
        window.deleteLater()

    act_on_modal(FirstAccountDialog, create)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert run_gui(str(path)) == 0
    finally:
        app.setQuitOnLastWindowClosed(True)
    assert seen == {
        "visible": True,
        "account": Account("eleni", "Dr Eleni Markou", Role.ADMIN),
    }
    assert boxes.shown == []
    with Clinic.open(str(path), actor="tester") as clinic:
        assert clinic.accounts.list() == [Account("eleni", "Dr Eleni Markou", Role.ADMIN)]
        assert len(clinic.templates.all()) == len(shipped_templates()), "the guide's protocols"


def test_cancelling_the_first_account_opens_nothing(
    qtbot: QtBot, tmp_path: Path, boxes: Any
) -> None:
    path = tmp_path / "old.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2)))
    act_on_modal(FirstAccountDialog, lambda dialog: dialog.cancel_button.click())
    assert run_gui(str(path)) == 0
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert boxes.shown == []
    with Clinic.open(str(path), actor="tester") as clinic:
        assert not clinic.accounts.has_accounts()


def test_cancelling_the_log_in_quits_quietly(qtbot: QtBot, tmp_path: Path, boxes: Any) -> None:
    path = tmp_path / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    act_on_modal(LogInDialog, lambda dialog: dialog.cancel_button.click())
    assert run_gui(str(path)) == 0
    assert boxes.shown == []


def test_the_application_carries_mesologs_icon(qtbot: QtBot, tmp_path: Path) -> None:
    window = build_main_window(str(tmp_path / "clinic.sqlite"))
    qtbot.addWidget(window)
    assert not QApplication.windowIcon().isNull()
    assert not window.windowIcon().isNull()
    window.close()
