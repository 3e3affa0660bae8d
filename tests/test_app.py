"""The composition root: `build_main_window` opens a database and wires the window to it, and
a mesolog started on its own speaks the language chosen (asked for, MESOLOG_LANGUAGE, the
choice kept on this computer, the system's), Qt's own words and the formats with it."""

from __future__ import annotations

import datetime as dt
import gc
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
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
from mesolog.ui.window.start_shell import StartShell
from tests.language.qm_support import compiled

pytestmark = pytest.mark.usefixtures("qt_settings")

TRANSLATIONS = Path(__file__).parent.parent / "resources" / "translations"


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


def run_window(path: Path) -> int:
    """`run_gui` on `path`, the application left quitting on its last window's close after
    it (run_gui turns that off for the idle lock)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        return run_gui(str(path))
    finally:
        app.setQuitOnLastWindowClosed(True)


def act_on_modal(kind: type, act: Callable[[Any], None]) -> None:
    """Acts on the modal dialog of `kind` once it is open (tests/qt_fixtures.py's watchdog
    ends the wait for one that never opens)."""

    def run() -> None:
        opened = QApplication.activeModalWidget()
        if not isinstance(opened, kind):
            QTimer.singleShot(20, run)
            return
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
        [window] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["visible"] = window.isVisible()
        seen["account"] = window.clinic.account
        window.close()
        window.deleteLater()

    act_on_modal(FirstAccountDialog, create)
    assert run_window(path) == 0
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


def test_the_start_shell_paints_first_and_the_window_keeps_what_was_typed_into_it(
    qtbot: QtBot, tmp_path: Path, boxes: Any
) -> None:
    path = tmp_path / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    seen: dict[str, Any] = {}

    def shells() -> list[QWidget]:
        widgets = QApplication.topLevelWidgets()
        return [w for w in widgets if isinstance(w, StartShell) and w.isVisible()]

    def type_into_the_shell() -> None:
        [shell] = shells()
        shell.search_field.insert("Mül")

    def log_in(dialog: LogInDialog) -> None:
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.ok_button.click()
        QTimer.singleShot(0, look_and_close)

    def look_and_close() -> None:
        [window] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["typed"] = window.search_field.text()
        seen["shells shown"] = len(shells())
        window.close()
        window.deleteLater()

    QTimer.singleShot(0, type_into_the_shell)
    act_on_modal(LogInDialog, log_in)
    assert run_window(path) == 0
    assert seen == {"typed": "Mül", "shells shown": 0}
    assert boxes.shown == []


def test_the_started_window_freezes_its_start_from_the_collector(
    qtbot: QtBot, tmp_path: Path, boxes: Any
) -> None:
    path = tmp_path / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    frozen: list[int] = []
    deadline = time.monotonic() + 60  # a loaded machine paints late; a missing freeze fails

    def log_in(dialog: LogInDialog) -> None:
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.ok_button.click()
        QTimer.singleShot(0, close_once_frozen)

    def close_once_frozen() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not gc.get_freeze_count() and time.monotonic() < deadline:
            QTimer.singleShot(10, close_once_frozen)
            return
        frozen.append(gc.get_freeze_count())
        for window in windows:
            window.close()
            window.deleteLater()

    act_on_modal(LogInDialog, log_in)
    assert run_window(path) == 0
    assert frozen[-1] > 10_000, "the modules, classes and window the start made"
    assert boxes.shown == []


def test_the_application_carries_mesologs_icon(qtbot: QtBot, tmp_path: Path) -> None:
    window = build_main_window(str(tmp_path / "clinic.sqlite"))
    qtbot.addWidget(window)
    assert not QApplication.windowIcon().isNull()
    assert not window.windowIcon().isNull()
    window.close()


START = """
import sys
from pathlib import Path

import mesolog.app as start
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

shipped = start.resource


def resource(*parts):
    path = Path(sys.argv[1]).joinpath(*parts)
    return path if path.is_file() else shipped(*parts)


start.resource = resource  # the translations this test compiled, else the shipped files
app = start.application()
window = start.build_main_window(sys.argv[2])
buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(buttons.button(QDialogButtonBox.StandardButton.Cancel).text())
print([action.text() for action in window.menuBar().actions()][-1])
print(QLocale().name(), QLocale().toString(0.25))
window.close()
"""

GREEK_MENU = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context><name>WindowMenus</name>
  <message><source>&amp;Settings</source><translation>&amp;Ρυθμίσεις</translation></message>
</context>
</TS>
"""


def started(tmp_path: Path, **environment: str) -> tuple[list[str], str]:
    """mesolog's window started in a process of its own, with `environment` over the tests'
    (a configuration folder of its own: no stored choice unless the test writes one) and the
    translations this test compiled: the shipped Qt words and English plurals, and a Greek
    catalogue holding the Settings menu. What it printed, and what it logged."""
    translations = tmp_path / "resources" / "translations"
    translations.mkdir(parents=True, exist_ok=True)
    for shipped in ("qtbase_el.ts", "mesolog_en.ts"):
        compiled(TRANSLATIONS / shipped, translations)
    (translations / "mesolog_el.ts").write_text(GREEK_MENU, encoding="utf-8")
    compiled(translations / "mesolog_el.ts", translations)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), **environment}
    env = {name: value for name, value in env.items() if value}
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "resources"), str(tmp_path / "c.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines(), result.stderr


def test_asked_for_by_the_environment_mesolog_starts_in_greek(tmp_path: Path) -> None:
    shown, logged = started(tmp_path, MESOLOG_LANGUAGE="el")
    assert shown == ["Άκυρο", "&Ρυθμίσεις", "el_GR 0,25"]
    assert logged == ""


def test_the_choice_kept_on_this_computer_is_taken(tmp_path: Path) -> None:
    kept = tmp_path / "config" / "mesolog" / "language"
    kept.parent.mkdir(parents=True)
    kept.write_text("el\n", encoding="utf-8")
    shown, _ = started(tmp_path, MESOLOG_LANGUAGE="", LANG="en_GB.UTF-8", LC_ALL="")
    assert shown == ["Άκυρο", "&Ρυθμίσεις", "el_GR 0,25"]


def test_english_on_a_greek_computer_writes_english_formats(tmp_path: Path) -> None:
    shown, logged = started(tmp_path, MESOLOG_LANGUAGE="en", LC_ALL="el_GR.UTF-8")
    assert shown == ["Cancel", "&Settings", "en_GB 0.25"]
    assert logged == ""


def test_unknown_choices_are_passed_over_and_said(tmp_path: Path) -> None:
    kept = tmp_path / "config" / "mesolog" / "language"
    kept.parent.mkdir(parents=True)
    kept.write_text("tlh\n", encoding="utf-8")
    shown, logged = started(tmp_path, MESOLOG_LANGUAGE="de", LC_ALL="el_GR.UTF-8")
    assert shown == ["Άκυρο", "&Ρυθμίσεις", "el_GR 0,25"], "the system's language"
    assert logged.splitlines() == [
        "MESOLOG_LANGUAGE names no language mesolog speaks (el, en): passed over",
        f"the language kept in {kept} is not one mesolog speaks (el, en): passed over; "
        "choose one in Settings",
    ]
