"""The idle lock on a real database: every window leaves the screen, the logged-in account's
password brings them back exactly as they were; without accounts nothing locks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Role
from mesolog.domain.records import Patient, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.idle_lock import IdleLock, LockDialog
from mesolog.ui.patients.patient_dialog import PatientDialog
from mesolog.ui.window.main_window import MainWindow
from tests.typing_support import shown, type_into

# The other locales' runs leave it out: its subject is the lock after idle minutes.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")

PASSWORD = "correct horse battery"
NOTES = "Mild oedema on the forehead, gone after 10 minutes"
"""Typed key by key (QTest types ASCII only)."""


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, PASSWORD)
    clinic.act_as("eleni")
    return clinic.patients.create(PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14)))


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic, patient: Patient) -> Iterator[MainWindow]:
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    opened.open_patient(patient.id)
    yield opened
    opened.idle_lock.stop()
    opened.close()


def on_screen() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def lock_dialog(window: MainWindow) -> LockDialog:
    dialog = window.idle_lock.dialog
    assert dialog is not None, "locked"
    return dialog


def unlock(qtbot: QtBot, window: MainWindow, password: str) -> None:
    dialog = lock_dialog(window)
    dialog.password.setText(password)
    dialog.unlock_button.click()


def test_locking_hides_every_window_and_the_password_brings_them_back_as_they_were(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)
    editor = window.log_session()
    assert editor is not None
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    editor.session_form.notes.setFocus()
    qtbot.keyClicks(editor.session_form.notes, NOTES)
    editor_geometry, window_geometry = editor.geometry(), window.geometry()
    payload = editor.session_form.to_payload()

    window.menus.lock_action.trigger()

    dialog = lock_dialog(window)
    assert dialog.reason.text() == "Locked with Lock Now."
    assert on_screen() == [dialog], "no patient data stays on the screen"
    assert window.idle_lock.is_locked
    assert dialog.isModal()

    unlock(qtbot, window, "not the password")
    assert dialog.refusal() == "The password is wrong."
    assert dialog.password.text() == "", "the wrong password is emptied"
    assert on_screen() == [dialog], "still locked"

    unlock(qtbot, window, PASSWORD)
    assert not window.idle_lock.is_locked
    assert window.isVisible()
    assert editor.isVisible()
    assert editor.session_form.notes.toPlainText() == NOTES, "typed, unsaved text intact"
    assert editor.session_form.to_payload() == payload
    assert (editor.geometry(), window.geometry()) == (editor_geometry, window_geometry)
    assert editor.isModal(), "still window-modal over the main window"
    assert not dialog.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected, "the editor was never closed"
    editor.reject()


def test_only_the_logged_in_accounts_password_unlocks_and_the_tries_are_audited(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    window.idle_lock.lock()
    unlock(qtbot, window, "admin's or anyone's other password")
    unlock(qtbot, window, PASSWORD)
    assert not window.idle_lock.is_locked
    clinic.act_as("admin")  # who may read the audit log
    newest_first = [
        (entry.actor, entry.action, entry.detail)
        for entry in clinic.audit.entries()
        if entry.action.startswith("log_in")
    ]
    assert newest_first[:2] == [
        ("eleni", "log_in", ""),
        ("eleni", "log_in_failed", "wrong password (1 in a row)"),
    ]


def test_failed_unlocks_slow_down_like_failed_log_ins(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    window.idle_lock.lock()
    for _ in range(5):
        unlock(qtbot, window, "wrong password")
    unlock(qtbot, window, PASSWORD)
    refusal = lock_dialog(window).refusal()
    assert refusal.startswith("Too many failed log-ins: wait 2 seconds"), refusal
    assert window.idle_lock.is_locked


def test_a_dialog_running_its_own_loop_is_covered_and_comes_back_as_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A modal dialog (exec) would end if hidden: it is covered, its title neutral."""
    seen: dict[str, Any] = {}

    def while_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PatientDialog)
        try:
            look_while_locked(dialog)
        finally:
            dialog.done(QDialog.DialogCode.Rejected)

    def look_while_locked(dialog: PatientDialog) -> None:
        dialog.family_name.setText("Καρμίρης")
        title = dialog.windowTitle()
        window.idle_lock.lock()
        cover = dialog.findChild(QWidget, "lock_cover")
        seen["covered"] = cover is not None and cover.isVisible()
        seen["cover_size"] = cover.geometry() == dialog.rect() if cover else False
        seen["title while locked"] = dialog.windowTitle()
        seen["main window visible"] = window.isVisible()
        seen["active modal"] = QApplication.activeModalWidget()
        unlock(qtbot, window, PASSWORD)
        seen["title after"] = dialog.windowTitle() == title
        seen["typed"] = dialog.family_name.text()
        seen["still open"] = dialog.isVisible()
        seen["main window after"] = window.isVisible()
        seen["covers after"] = [
            c for c in dialog.findChildren(QWidget, "lock_cover") if c.isVisibleTo(dialog)
        ]

    QTimer.singleShot(0, while_open)
    window.menus.new_patient_action.trigger()
    assert seen["covered"] and seen["cover_size"]
    assert "Καρμίρης" not in seen["title while locked"]
    assert seen["title while locked"] == "mesolog — locked"
    assert seen["main window visible"] is False
    assert isinstance(seen["active modal"], LockDialog), "the lock dialog gets the input"
    assert seen["title after"]
    assert seen["covers after"] == []
    assert seen["typed"] == "Καρμίρης"
    assert seen["still open"], "the dialog did not end while locked"
    assert seen["main window after"]


def test_a_window_that_appears_while_locked_is_kept_off_the_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.idle_lock.lock()
    dialog = lock_dialog(window)
    late = QDialog(window)
    late.setWindowTitle("Exported: Παπαδοπούλου")
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible())
    assert on_screen() == [dialog]
    message = QMessageBox(QMessageBox.Icon.Information, "Export", "Saved Papadopoulou.pdf")
    message.setParent(window, message.windowFlags())
    message.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() shows it
    message.show()
    qtbot.waitUntil(lambda: message.findChild(QWidget, "lock_cover") is not None)
    assert message.windowTitle() == "mesolog — locked"
    assert QApplication.activeModalWidget() is dialog, "the password still gets the keys"
    unlock(qtbot, window, PASSWORD)
    assert late.isVisible(), "it comes back with the others"
    assert message.isVisible()
    assert message.windowTitle() == "Export"
    message.close()
    late.close()


class MonotonicClock:
    """The idle lock's clock, moved on by the test (seconds, as time.monotonic counts)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, *, minutes: float = 0, seconds: float = 0) -> None:
        self.now += minutes * 60 + seconds


def test_without_input_it_locks_by_itself_and_input_puts_it_off(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    """The clinic's ten minutes on a clock of the test's own; the timer's firing is played
    by the test, at the moments the timer was set for (and once too early)."""
    assert window.idle_lock.active
    assert window.idle_lock.timeout_ms == 10 * 60_000, "the clinic's default"
    window.idle_lock.stop()
    clock = MonotonicClock()
    lock = IdleLock(clinic, window, clock=clock)
    timer = lock.findChild(QTimer, "idle_timer")
    assert timer is not None
    lock.start()
    try:
        assert (timer.isActive(), timer.interval()) == (True, 10 * 60_000)

        clock.advance(minutes=4)
        qtbot.keyClicks(window.search_field, "a")
        clock.advance(minutes=6)
        timer.timeout.emit()
        assert not lock.is_locked, "the key at 4 minutes put it off"
        assert timer.interval() == 4 * 60_000, "it looks again 10 minutes after the key"

        clock.advance(minutes=3)
        qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
        clock.advance(minutes=1)
        timer.timeout.emit()
        assert not lock.is_locked, "a click puts it off too"
        assert timer.interval() == 9 * 60_000

        clock.advance(minutes=9, seconds=-0.5)
        timer.timeout.emit()
        assert not lock.is_locked, "a timer firing early does not lock"
        assert timer.interval() == 500

        clock.advance(seconds=0.5)
        timer.timeout.emit()
        assert lock.is_locked, "ten minutes without input"
        dialog = lock.dialog
        assert dialog is not None
        assert on_screen() == [dialog]
        assert dialog.reason.text() == "Nobody used mesolog for 10 minutes."
        assert not timer.isActive()

        clock.advance(minutes=30)
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert not lock.is_locked
        assert window.isVisible()
        assert window.search_field.text() == "a"
        assert (timer.isActive(), timer.interval()) == (True, 10 * 60_000), (
            "ten minutes again from the unlock"
        )
    finally:
        lock.stop()


def test_ctrl_shift_l_locks_from_a_session_editor(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)
    editor = window.log_session()
    assert editor is not None
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    focus = editor.session_form.notes
    focus.setFocus()
    qtbot.keyClick(
        focus, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.idle_lock.is_locked
    assert not editor.isVisible()
    assert editor.session_form.notes.toPlainText() == "", "the keys typed nothing"
    unlock(qtbot, window, PASSWORD)
    assert editor.isVisible()
    editor.reject()


def test_quitting_from_the_lock_closes_the_window_and_keeps_typed_sessions(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    editor = window.log_session()
    assert editor is not None
    qtbot.addWidget(editor)
    editor.session_form.notes.setPlainText(NOTES)
    assert editor.autosave_timer.isActive(), "kept two seconds after typing"
    window.idle_lock.lock()
    assert [kept.patient_id for kept in clinic.editor_drafts.pending()] == [
        window.record.patient_id
    ], "what was typed is kept at once"
    with qtbot.waitSignal(window.closed):
        lock_dialog(window).quit_button.click()
    assert not window.idle_lock.is_locked
    assert on_screen() == []


def test_the_idle_time_follows_the_clinic_setting(
    qtbot: QtBot, clinic: Clinic, patient: Patient
) -> None:
    from mesolog.ui.settings.settings_dialog import SettingsDialog

    clinic.act_as("admin")
    window = MainWindow(clinic)
    qtbot.addWidget(window)

    typed: list[str] = []

    def set_three_minutes() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        try:
            minutes = dialog.locking_group.idle_lock_minutes
            type_into(qtbot, minutes, "3")
            typed.append(shown(minutes))
            dialog.save_button.click()
        finally:
            if dialog.isVisible():
                dialog.done(0)  # a failure here must not leave exec() waiting

    QTimer.singleShot(0, set_three_minutes)
    window.menus.settings_action.trigger()
    assert typed == ["3"], "the number as typed (the unit is drawn beside it)"
    assert clinic.settings.clinic().idle_lock_minutes == 3
    assert window.idle_lock.timeout_ms == 3 * 60_000
    window.close()


def test_without_accounts_nothing_locks(qtbot: QtBot, clinic: Clinic) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.show()
    assert not window.idle_lock.active
    assert not window.menus.lock_action.isVisible()
    window.idle_lock.lock()
    assert not window.idle_lock.is_locked
    assert window.isVisible()
    window.close()


def test_a_lock_of_its_own_for_a_plain_window(qtbot: QtBot, clinic: Clinic) -> None:
    """The lock watches the whole application, not one window."""
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    lock = IdleLock(clinic, timeout_ms=60_000)
    lock.start()
    try:
        other = QWidget()
        qtbot.addWidget(other)
        field = QLineEdit(other)
        other.show()
        qtbot.keyClicks(field, "typed")
        lock.lock()
        assert not other.isVisible()
        assert lock.dialog is not None
        lock.dialog.password.setText(PASSWORD)
        lock.dialog.unlock_button.click()
        assert other.isVisible()
        assert field.text() == "typed"
    finally:
        lock.stop()
