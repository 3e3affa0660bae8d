"""The whole clinician's flow, driven through the main window's widgets."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Role, SessionStatus
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.patients.patient_dialog import PatientDialog
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import FixedClock
from tests.locale_support import date_keys, decimal
from tests.typing_support import shown, type_into


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def child(parent: QWidget, kind: type, name: str) -> Any:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def in_modal(kind: type, act: Callable[[Any], None]) -> None:
    """Acts on the modal dialog the next action opens (exec() blocks until it closes)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        act(dialog)

    QTimer.singleShot(0, run)


def fill_patient(qtbot: QtBot, dialog: PatientDialog) -> None:
    type_into(qtbot, dialog.family_name, "Καρμίρης")
    type_into(qtbot, dialog.given_name, "Νίκος")
    type_into(qtbot, dialog.date_of_birth, date_keys(dt.date(1968, 1, 5)))
    dialog.save_button.click()


def fill_course(dialog: CourseDialog) -> None:
    dialog.indication.setCurrentIndex(dialog.indication.findData("wrinkles"))
    for row in range(dialog.areas.count()):
        item = dialog.areas.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == Area.FOREHEAD.value:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()


def technique(editor: SessionEditor, line: int, page: str, name: str) -> Any:
    return child(child(editor.line_editors[line], QWidget, page), NumberField, name)


def save(qtbot: QtBot, window: MainWindow, editor: SessionEditor) -> None:
    with qtbot.waitSignal(window.bus.changed):
        child(editor, QPushButton, "save_draft").click()


def test_a_clinicians_whole_flow(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, clock: FixedClock
) -> None:
    in_modal(PatientDialog, lambda dialog: fill_patient(qtbot, dialog))
    window.menus.new_patient_action.trigger()
    assert window.record.history is not None
    details = window.record.history.patient.details
    assert (details.family_name, details.given_name) == ("Καρμίρης", "Νίκος")
    assert details.date_of_birth == dt.date(1968, 1, 5)
    assert window.menus.log_action.isEnabled()

    in_modal(CourseDialog, fill_course)
    window.menus.plan_course_action.trigger()
    [course] = window.record.history.courses
    assert course.course.plan.areas == (Area.FOREHEAD,)

    clock.current = dt.datetime(2026, 3, 10, 11, 0, tzinfo=clock.current.tzinfo)
    first = window.log_session()
    assert first is not None
    type_into(qtbot, technique(first, 0, "needle_fields", "depth_mm"), decimal("1.5"))
    save(qtbot, window, first)

    clock.advance(days=14)
    second = window.log_session()
    assert second is not None
    assert technique(second, 0, "needle_fields", "depth_mm").value() == 1.5, "pre-filled"
    child(second.line_editors[0], QRadioButton, "kind_pen").click()
    type_into(qtbot, technique(second, 0, "pen_fields", "depth_mm"), decimal("0.75"))
    save(qtbot, window, second)

    clock.advance(days=14)
    third = window.log_session()
    assert third is not None
    assert technique(third, 0, "pen_fields", "depth_mm").value() == 0.75, "the pen, as last time"
    save(qtbot, window, third)

    history = window.record.history
    assert [s.status for s in history.sessions] == [SessionStatus.DRAFT] * 3
    depths = [s.entry.treatments[0].technique.depth_mm for s in history.sessions]
    assert depths == [0.75, 0.75, 1.5], "newest first"
    assert window.record.history_view.model.rowCount() == 3
    assert history.courses[0].schedule.done == 0, "drafts do not count until signed"

    window.close()
    reopened = MainWindow(clinic)
    qtbot.addWidget(reopened)
    assert reopened.record.history is not None, "the last open patient comes back"
    assert reopened.record.history_view.model.rowCount() == 3
    reopened.close()


def test_search_by_unaccented_lowercase_greek(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    for family in ("Παπαδοπούλου", "Müller", "Γεωργίου"):
        clinic.patients.create(PatientInput(family, "Ελένη", dt.date(1980, 3, 14)))
    window.refresh()
    type_into(qtbot, window.search_field, "παπαδοπουλου", tab=False)
    qtbot.waitUntil(lambda: window.patient_model.rowCount() == 1)
    assert window.patient_model.patient_at(0).family_name == "Παπαδοπούλου"
    assert window.count_label.text() == "1 patient shown"


def test_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    keys = {
        action.objectName(): action.shortcut().toString()
        for action in (
            window.menus.new_patient_action,
            window.menus.find_action,
            window.menus.log_action,
            window.menus.export_action,
            window.menus.due_action,
        )
    }
    assert keys == {
        "new_patient_action": "Ctrl+N",
        "find_action": "Ctrl+F",
        "log_session_action": "Ctrl+L",
        "export_action": "Ctrl+E",
        "due_action": "Ctrl+D",
    }
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)


def test_the_due_list_shows_overdue_patients(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    from mesolog.domain.enums import Indication
    from mesolog.domain.records import CourseInput

    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    clinic.courses.plan(patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 1)))
    window.refresh()
    window.menus.due_action.trigger()
    assert window.lists.due_model.rowCount() == 1
    assert window.lists.tabs.tabText(1) == "D&ue (1)"


def test_a_kept_editor_draft_is_offered_back(
    qtbot: QtBot, window: MainWindow, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uuid

    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    window.refresh()
    window.open_patient(patient.id)
    editor = window.log_session()
    assert editor is not None
    type_into(qtbot, editor.session_form.notes, "Ελαφρύ οίδημα στο μέτωπο")
    editor.autosave_timer.stop()
    payload = json.dumps(editor.session_form.to_payload(), ensure_ascii=False)
    editor.done(0)
    key = uuid.uuid4()
    clinic.editor_drafts.keep(key, patient_id=patient.id, session_id=None, payload=payload)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Open)
    [restored] = window.offer_recovered_drafts()
    qtbot.addWidget(restored)
    assert restored.session_form.notes.toPlainText() == "Ελαφρύ οίδημα στο μέτωπο"
    assert json.dumps(restored.session_form.to_payload(), ensure_ascii=False) == payload


def test_keyboard_alone_logs_a_session_and_reads_it_back(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    """No mouse: Ctrl+N, typing and Tab, Enter to save; Ctrl+L, a depth other than the
    usual 2 mm typed over the one selected, Ctrl+S."""

    def type_patient(dialog: PatientDialog) -> None:
        focused = dialog.focusWidget()
        assert focused is dialog.family_name
        qtbot.keyClicks(focused, "Papadaki")
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "Eleni")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), date_keys(dt.date(1980, 3, 14)))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    window.activateWindow()
    in_modal(PatientDialog, type_patient)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.record.history is not None
    assert window.record.history.patient.details.date_of_birth == dt.date(1980, 3, 14)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    [editor] = [e for e in window.findChildren(SessionEditor) if e.isVisible()]
    qtbot.waitUntil(lambda: editor.focusWidget() is not None)
    depth = editor.focusWidget()
    assert depth.objectName() == "depth_mm", "the cursor starts in the first depth"
    assert shown(depth) == "2"
    qtbot.keyClicks(depth, decimal("1.5"))
    assert shown(depth) == decimal("1.5"), "what was there is replaced"
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(depth, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [session] = window.record.history.sessions
    assert session.entry.treatments[0].technique.depth_mm == 1.5
    assert clinic.sessions.get(session.id).entry.treatments[0].technique.depth_mm == 1.5
    assert window.record.history_view.model.rowCount() == 1


def test_voiding_without_a_reason_says_so_and_changes_nothing(
    window: MainWindow, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    window.refresh()
    window.open_patient(patient.id)
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("  ", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.menus.void_patient_action.trigger()
    assert shown == ["A reason is required"]
    assert clinic.patients.get(patient.id).voiding is None


def test_the_open_patient_stays_open_and_marked(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    """Refreshing, sorting or showing the due list never swaps the open record."""
    from mesolog.domain.enums import Indication
    from mesolog.domain.records import CourseInput

    first = clinic.patients.create(PatientInput("Άλφα", "Άννα", dt.date(1980, 1, 1)))
    second = clinic.patients.create(PatientInput("Βήτα", "Μαρία", dt.date(1981, 1, 1)))
    clinic.courses.plan(first.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 1)))
    window.refresh()
    window.lists.patient_list.selectRow(1)
    assert window.record.patient_id == second.id
    window.refresh()
    window.lists.show_due()
    window.lists.patient_list.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.record.patient_id == second.id
    rows = window.lists.patient_list.selectionModel().selectedRows()
    assert [window.patient_model.patient_at(r.row()).id for r in rows] == [second.id]


def test_every_alt_key_in_the_window_is_unique(window: MainWindow, clinic: Clinic) -> None:
    """Two controls on one Alt letter only move focus between them; none is triggered."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from mesolog.domain.enums import Indication
    from mesolog.domain.records import CourseInput

    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    clinic.courses.plan(patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 1)))
    window.refresh()
    window.open_patient(patient.id)
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [window.lists.tabs.tabText(i) for i in range(window.lists.tabs.count())]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
    repeated = {letter for letter in letters if letters.count(letter) > 1}
    assert repeated == set(), [t for t in texts if "&" in t]


def test_columns_that_do_not_sort_keep_the_arrow_where_it_was(window: MainWindow) -> None:
    from mesolog.ui.patients.patient_table_model import PatientColumn

    header = window.lists.patient_list.horizontalHeader()
    model = window.patient_model
    window.lists.patient_list.sortByColumn(
        model.column_of(PatientColumn.DATE_OF_BIRTH), Qt.SortOrder.AscendingOrder
    )
    window.lists.patient_list.sortByColumn(
        model.column_of(PatientColumn.PHONE), Qt.SortOrder.AscendingOrder
    )
    assert header.sortIndicatorSection() == model.column_of(PatientColumn.DATE_OF_BIRTH)


def window_as(qtbot: QtBot, clinic: Clinic, username: str, role: Role) -> MainWindow:
    if not clinic.accounts.has_accounts():
        clinic.accounts.create_first_admin("admin", "Dr Anna Admin", "correct horse battery")
    clinic.act_as("admin")
    if username != "admin":
        clinic.accounts.add(username, f"{username.title()} Nikolaou", role, "correct horse battery")
    clinic.act_as(username)
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def test_the_status_bar_shows_who_is_logged_in(qtbot: QtBot, clinic: Clinic) -> None:
    window = window_as(qtbot, clinic, "admin", Role.ADMIN)
    assert window.account_label.isVisible()
    assert window.account_label.text() == "Logged in: Dr Anna Admin (admin), administrator"
    assert window.menus.users_action.isVisible()
    assert window.menus.lock_action.isVisible()
    assert window.menus.lock_action.shortcut().toString() == "Ctrl+Shift+L"
    assert window.menus.change_password_action.isVisible()
    assert window.menus.settings_action.isEnabled()
    window.close()


def test_an_assistant_may_not_void_import_or_manage_users(qtbot: QtBot, clinic: Clinic) -> None:
    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    window = window_as(qtbot, clinic, "maria", Role.ASSISTANT)
    window.open_patient(patient.id)
    assert window.account_label.text() == "Logged in: Maria Nikolaou (maria), assistant"
    assert window.menus.log_action.isEnabled(), "an assistant logs drafts"
    assert window.menus.new_patient_action.isEnabled()
    assert not window.menus.void_patient_action.isEnabled()
    assert not window.menus.import_action.isEnabled()
    assert window.menus.export_action.isEnabled()
    assert not window.menus.users_action.isVisible()
    assert window.menus.change_password_action.isVisible()
    window.close()


def test_a_clinician_logs_under_the_account_name_without_being_asked(
    qtbot: QtBot, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    def no_question(*_: object, **__: object) -> tuple[str, bool]:
        raise AssertionError("the account has a name")

    monkeypatch.setattr(QInputDialog, "getText", no_question)
    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    window = window_as(qtbot, clinic, "eleni", Role.CLINICIAN)
    window.open_patient(patient.id)
    assert window.menus.void_patient_action.isEnabled()
    editor = window.log_session()
    assert editor is not None
    assert editor.session_form.clinician.text() == "Eleni Nikolaou"
    editor.done(0)
    window.close()


def test_every_file_menu_alt_key_is_unique_for_an_admin(qtbot: QtBot, clinic: Clinic) -> None:
    import re

    window = window_as(qtbot, clinic, "admin", Role.ADMIN)
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    texts = [a.text() for a in file_menu.actions() if a.isVisible() and not a.isSeparator()]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
    assert len(letters) == len(texts) == len(set(letters)), texts
    window.close()
