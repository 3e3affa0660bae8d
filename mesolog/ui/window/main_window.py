"""The clinician's workspace: the patient lists beside the open record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.idle_lock import IdleLock
from mesolog.ui.common.forms import named, violation_text
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.common.translation import shown
from mesolog.ui.patients.patient_lists import LISTS_FULL_WIDTH, LISTS_MIN_WIDTH, PatientLists
from mesolog.ui.patients.patient_record import PatientRecord
from mesolog.ui.patients.patient_table_model import PatientTableModel
from mesolog.ui.records.records_menu import RecordsMenu
from mesolog.ui.sessions.recovery import offer_recovered_drafts
from mesolog.ui.window import _window_rooms as rooms
from mesolog.ui.window._window_live import follow_changes
from mesolog.ui.window._window_menus import WindowMenus, may
from mesolog.ui.window._window_state import WindowLayout, last_patient
from mesolog.ui.window._window_status import WindowStatus
from mesolog.ui.window._window_switch import close_editors, log_in_other

if TYPE_CHECKING:
    from mesolog.ui.sessions.session_editor import SessionEditor

DEFAULT_SIZE = (1366, 768)
RECORD_WIDTH = 720
"""What the record needs for the history's columns whole, without scrolling sideways."""
LISTS_WIDTH = (LISTS_MIN_WIDTH, LISTS_FULL_WIDTH)
"""The narrowest and the widest the patient lists are given until the handle is dragged."""


def lists_width(total: int, record: int = RECORD_WIDTH) -> int:
    """The lists' share of the splitter's `total` width until the person drags the handle:
    the record keeps `record` (at least RECORD_WIDTH), the lists the rest within LISTS_WIDTH."""
    narrowest, widest = LISTS_WIDTH
    return max(narrowest, min(widest, total - max(record, RECORD_WIDTH)))


class MainWindow(QMainWindow):
    """Lists, searches and opens the patients of one open `Clinic`."""

    closed = Signal()
    """Emitted once the window has closed (whoever opened the clinic may close it then)."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._clinic = clinic
        self.bus = ChangeBus(self)
        self.lists = PatientLists(clinic, self)
        self.record = PatientRecord(clinic, self.bus, self)
        self.empty_record = QLabel(
            self.tr("Choose a patient on the left, or press Ctrl+N for a new one."), self
        )
        self.empty_record.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_record.setObjectName("empty_record")
        self.record_stack = named(QStackedWidget(self), "record_stack", self.tr("Patient record"))
        self.record_stack.addWidget(self.empty_record)
        self.record_stack.addWidget(self.record)
        self.splitter = named(
            QSplitter(Qt.Orientation.Horizontal, self), "main_splitter", self.tr("Lists and record")
        )
        self.splitter.addWidget(self.lists)
        self.splitter.addWidget(self.record_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LISTS_WIDTH[1], DEFAULT_SIZE[0] - LISTS_WIDTH[1]])
        self.setCentralWidget(self.splitter)

        self.lists.patient_selected.connect(self.open_patient)
        self.record.edit_patient_requested.connect(self.edit_patient)
        self.record.course_selection_changed.connect(self._update_actions)
        self.record.session_activated.connect(self.open_session)
        self.record.photos.open_session = self.open_session_of_record
        self.bus.changed.connect(self.lists.refresh)
        self.idle_lock = IdleLock(clinic, self)
        self.idle_lock.quit_requested.connect(self._quit_while_locked)
        self.idle_lock.switch_requested.connect(self.switch_user)
        self._switching = False
        self.bus.changed.connect(self.idle_lock.reload_settings)

        self.menus = WindowMenus(self, clinic, self.bus)
        self._connect_actions()
        self.records = RecordsMenu(self)
        self.menus.add_menus_and_toolbar(self.records.menu)
        self.status = WindowStatus(self, clinic)
        self.count_label = self.status.count_label
        self.account_label = self.status.account_label
        self.database_label = self.status.database_label
        self.lists.count_changed.connect(self.count_label.setText)
        self.setWindowTitle(self._title())
        resize_within_screen(self, *DEFAULT_SIZE)
        self._restore()
        self.lists.refresh()
        self._update_actions()
        self.idle_lock.start()
        self.live = follow_changes(self)

    # building

    def _connect_actions(self) -> None:
        menus = self.menus
        for action, slot in (
            (menus.new_patient_action, self.new_patient),
            (menus.find_action, self.focus_search),
            (menus.due_action, self.lists.show_due),
            (menus.log_action, lambda: self.log_session(None)),
            (menus.edit_patient_action, self.edit_patient),
            (menus.plan_course_action, self.plan_course),
            (menus.void_patient_action, self.void_patient),
            (menus.summary_action, self.export_summary),
            (menus.export_patient_action, self.export_patient),
            (menus.export_action, self.export_clinic),
            (menus.import_action, self.import_file),
            (menus.settings_action, self.open_settings),
            (menus.users_action, self.manage_users),
            (menus.change_password_action, self.change_password),
            (menus.lock_action, self.idle_lock.lock),
            (menus.switch_action, self.switch_user),
            (menus.quit_action, self.close),
        ):
            action.triggered.connect(slot)

    def _title(self) -> str:
        try:
            name = self._clinic.settings.clinic().name.strip()
        except KnownError as error:
            QMessageBox.warning(self, self.tr("mesolog"), shown(error.text))
            name = ""
        return self.tr("mesolog — %1").replace("%1", name or "mesolog")

    # the open patient

    @property
    def clinic(self) -> Clinic:
        return self._clinic

    @property
    def search_field(self) -> QLineEdit:
        return self.lists.search_field

    @property
    def patient_model(self) -> PatientTableModel:
        return self.lists.patient_model

    def refresh(self) -> None:
        self.lists.refresh()

    def focus_search(self) -> None:
        self.lists.focus_search()

    def open_patient(self, patient_id: PatientId) -> None:
        self.record.show_patient(patient_id)
        if self.record.patient_id is None:
            return
        self.record_stack.setCurrentWidget(self.record)
        self.lists.select(patient_id)
        self.layout_memory.remember_patient(patient_id)
        self.layout_memory.refit()  # the record's needs may have changed with its words
        self._update_actions()

    def open_editors(self) -> list[SessionEditor]:
        return [e for e in self.findChildren(rooms.session_editors()) if e.isVisible()]

    def open_session_of_record(self) -> SessionId | None:
        """The saved session of the open patient in an open editor (where photos go)."""
        patient = self.record.patient_id
        for editor in self.open_editors():
            session = editor.session
            if session is not None and session.patient_id == patient:
                return session.id
        return None

    def after_restore(self) -> None:
        """The database's content was replaced: act again as the logged-in account (if the
        restored database still has it), then show everything afresh."""
        account = self._clinic.account
        if account is not None:
            try:
                self._clinic.act_as(account.username)
            except KnownError:
                QMessageBox.warning(
                    self,
                    self.tr("Restore from backup"),
                    self.tr(
                        "The restored database has no active account %1; mesolog closes. "
                        "Start it again and log in with an account of the restored database."
                    ).replace("%1", account.username),
                )
                self.close()
                return
        self.setWindowTitle(self._title())
        current = self.record.patient_id
        self.bus.changed.emit()
        if current is not None:
            self.open_patient(current)
        if self.record.patient_id is None:
            self.record_stack.setCurrentWidget(self.empty_record)
        self._update_actions()

    def _update_actions(self) -> None:
        self.menus.enable_for(self.record.history, self.record.course_to_log())

    # actions

    def new_patient(self) -> None:
        dialog = rooms.patient_dialog(self._clinic, self.bus, self)
        if dialog.exec() and dialog.saved_patient is not None:
            self.lists.search_field.clear()
            self.lists.refresh()
            self.open_patient(dialog.saved_patient.id)

    def edit_patient(self) -> None:
        if self.record.history is None:
            return
        rooms.patient_dialog(self._clinic, self.bus, self, self.record.history.patient).exec()

    def plan_course(self) -> None:
        """Patient ▸ Plan Course: the course planned is selected, so a new session goes
        into it."""
        self.record.courses.plan_course()

    def void_patient(self) -> None:
        patient_id = self.record.patient_id
        if patient_id is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void patient"),
            self.tr("Why is this patient's record voided? (It stays in the database.)"),
        )
        if not ok:
            return
        title = self.tr("Void patient")
        try:
            run_change(
                self,
                self.bus,
                lambda: self._clinic.patients.void(patient_id, reason=reason),
                title=title,
            )
        except ValidationError as error:
            QMessageBox.warning(self, title, "\n".join(violation_text(v) for v in error.violations))
        self._update_actions()

    def clinician_name(self) -> str | None:
        """The logged-in account's name; without accounts, this workstation's clinician,
        asked once and remembered (see Settings)."""
        if self._clinic.account is not None:
            return self._clinic.account.name
        name = rooms.settings().clinician_name().strip()
        if name:
            return name
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Your name as it should appear on the records you log:"),
        )
        if not ok or not name.strip():
            return None
        rooms.settings().set_clinician_name(name.strip())
        return name.strip()

    def log_session(self, course_id: CourseId | None = None) -> SessionEditor | None:
        """The one way to log a session (Ctrl+L): an editor for the open patient, in
        `course_id`, else in the course `record.course_to_log` names."""
        history = self.record.history
        if history is None or history.patient.voiding is not None:
            return None
        clinician = self.clinician_name()
        if clinician is None:
            return None
        editor = rooms.session_editors()(
            self._clinic,
            self.bus,
            history.patient,
            self,
            course_id=course_id or self.record.course_to_log(),
            clinician=clinician,
        )
        editor.open()
        return editor

    def open_session(self, session_id: SessionId) -> SessionEditor | None:
        history = self.record.history
        if history is None:
            return None
        session = next((s for s in history.sessions if s.id == session_id), None)
        if session is None:
            return None
        return rooms.open_saved(self._clinic, self.bus, history.patient, self, session)

    def offer_recovered_drafts(self) -> list[SessionEditor]:
        """After a crash: offers back each session editor's unsaved state, intact."""
        return offer_recovered_drafts(self, self._clinic, self.bus, self.open_patient)

    def export_summary(self) -> None:
        if self.record.history is not None:
            rooms.export_summary(self, self._clinic, self.record.history)

    def export_clinic(self) -> None:
        rooms.export_json(self, self._clinic, None)

    def export_patient(self) -> None:
        if self.record.patient_id is not None:
            rooms.export_json(self, self._clinic, self.record.patient_id)

    def import_file(self) -> None:
        rooms.import_file(self, self._clinic, self.bus)

    def open_settings(self) -> None:
        if rooms.settings()(self._clinic, self.bus, self).exec():
            self.setWindowTitle(self._title())
            self.idle_lock.reload_settings()

    # the account

    def manage_users(self) -> None:
        if may(self._clinic, Permission.ADMINISTER) and self._clinic.account is not None:
            rooms.manage_users(self._clinic, self)

    def change_password(self) -> None:
        if self._clinic.account is None:
            return
        if rooms.change_password(self._clinic, self):
            self.statusBar().showMessage(self.tr("Your password is changed."), 8000)

    def switch_user(self) -> bool:
        """Hands the window to another account: the open session editors close first (one
        with changes asks, as closing it does), then the other account logs in; the window
        then offers what that account may do. Whether the account changed."""
        if self._switching or self._clinic.account is None:
            return False
        self._switching = True
        self.live.pause()
        try:
            if not close_editors(self.open_editors()) or not log_in_other(self, self._clinic):
                return False
        finally:
            self._switching = False
            self.live.resume()
        self.menus.show_for_account()
        self.records.enable_for_account()
        self.status.show_account()
        self.bus.changed.emit()
        self._update_actions()
        account = self._clinic.account
        assert account is not None
        done = self.tr("%1 is logged in now.").replace("%1", account.name)
        self.statusBar().showMessage(done, 8000)
        return True

    def _quit_while_locked(self) -> None:
        """Quit from the lock: the windows stay hidden; what session editors held is kept."""
        self.idle_lock.stop()
        self.close()

    # window state

    def _restore(self) -> None:
        splitters = {"window/splitter": self.splitter, "record/splitter": self.record.splitter}
        self.layout_memory = WindowLayout(
            self, splitters, self.record.history_view, {"window/splitter": self._lists_width}
        )
        self.layout_memory.restore()
        last = last_patient()
        if last:
            try:
                patient = self._clinic.patients.get(last)
            except KnownError:
                return
            self.open_patient(patient.id)

    def _lists_width(self, total: int) -> int:
        """The lists' share, the record keeping what its history needs (Greek: more)."""
        return lists_width(total, self.record.least_width())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_lock.stop()
        self.layout_memory.save()
        super().closeEvent(event)
        self.closed.emit()
