"""The clinician's workspace: the patient lists beside the open record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.idle_lock import LOCK_KEYS, IdleLock
from mesolog.ui.accounts.password_dialog import ChangePasswordDialog
from mesolog.ui.accounts.users_dialog import UsersDialog
from mesolog.ui.common.forms import named, violation_text
from mesolog.ui.common.labels import role_label
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.patients.patient_dialog import PatientDialog
from mesolog.ui.patients.patient_lists import PatientLists
from mesolog.ui.patients.patient_record import PatientRecord
from mesolog.ui.patients.patient_table_model import PatientTableModel
from mesolog.ui.records.records_menu import RecordsMenu
from mesolog.ui.sessions.recovery import offer_recovered_drafts
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.settings.settings_dialog import SettingsDialog, workstation_settings
from mesolog.ui.summaries.summary_export import export_summary
from mesolog.ui.transfer import transfer_actions

DEFAULT_SIZE = (1366, 768)


def quit_shortcuts() -> list[QKeySequence]:
    """The platform's Quit keys, and Ctrl+Q wherever the platform has none (Windows, offscreen)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)
    return keys if ctrl_q in keys else [*keys, ctrl_q]


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
        self.splitter.setSizes([540, 826])
        self.setCentralWidget(self.splitter)

        self.lists.patient_selected.connect(self.open_patient)
        self.lists.count_changed.connect(self._show_count)
        self.record.edit_patient_requested.connect(self.edit_patient)
        self.record.log_session_requested.connect(self.log_session)
        self.record.session_activated.connect(self.open_session)
        self.bus.changed.connect(self.lists.refresh)
        self.idle_lock = IdleLock(clinic, self)
        self.idle_lock.quit_requested.connect(self._quit_while_locked)
        self.bus.changed.connect(self.idle_lock.reload_settings)

        self._build_actions()
        self.records = RecordsMenu(self)
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self.setWindowTitle(self._title())
        self.resize(*DEFAULT_SIZE)
        self._restore()
        self.lists.refresh()
        self._update_actions()
        self.idle_lock.start()

    # building

    def _action(
        self,
        text: str,
        name: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        ctrl = Qt.Modifier.CTRL
        self.new_patient_action = self._action(
            self.tr("&New Patient…"),
            "new_patient_action",
            self.new_patient,
            QKeySequence.StandardKey.New,
        )
        self.find_action = self._action(
            self.tr("&Find Patient"),
            "find_action",
            self.focus_search,
            QKeySequence.StandardKey.Find,
        )
        self.due_action = self._action(
            self.tr("Patients &Due"),
            "due_action",
            self.lists.show_due,
            QKeySequence(ctrl | Qt.Key.Key_D),
        )
        self.log_action = self._action(
            self.tr("&Log Session…"),
            "log_session_action",
            lambda: self.log_session(None),
            QKeySequence(ctrl | Qt.Key.Key_L),
        )
        self.edit_patient_action = self._action(
            self.tr("&Edit Patient…"), "edit_patient_action", self.edit_patient
        )
        self.plan_course_action = self._action(
            self.tr("&Plan Course…"), "plan_course_action", self.plan_course
        )
        self.void_patient_action = self._action(
            self.tr("&Void Patient…"), "void_patient_action", self.void_patient
        )
        self.summary_action = self._action(
            self.tr("Export Treatment &Summary…"), "summary_action", self.export_summary
        )
        self.export_patient_action = self._action(
            self.tr("Export This &Patient…"), "export_patient_action", self.export_patient
        )
        self.export_action = self._action(
            self.tr("&Export Clinic…"),
            "export_action",
            self.export_clinic,
            QKeySequence(ctrl | Qt.Key.Key_E),
        )
        self.import_action = self._action(
            self.tr("&Import…"),
            "import_action",
            self.import_file,
            QKeySequence(ctrl | Qt.Key.Key_I),
        )
        self.settings_action = self._action(
            self.tr("&Settings…"),
            "settings_action",
            self.open_settings,
            QKeySequence(ctrl | Qt.Key.Key_Comma),
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.users_action = self._action(self.tr("&Users…"), "users_action", self.manage_users)
        self.change_password_action = self._action(
            self.tr("Change My &Password…"), "change_password_action", self.change_password
        )
        self.lock_action = self._action(
            self.tr("&Lock Now"), "lock_action", self.idle_lock.lock, LOCK_KEYS
        )
        # From the other windows too (a dialog on top), when it is not blocked by one;
        # the idle lock catches the keys in a modal dialog.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        account = self._clinic.account
        self.users_action.setVisible(account is not None and account.may(Permission.ADMINISTER))
        self.change_password_action.setVisible(account is not None)
        self.lock_action.setVisible(account is not None)
        self.quit_action = self._action(self.tr("&Quit"), "quit_action", self.close)
        self.quit_action.setShortcuts(quit_shortcuts())
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def _build_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        menu_bar.setObjectName("menu_bar")
        file_menu = menu_bar.addMenu(self.tr("&File"))
        for action in (
            self.import_action,
            self.export_action,
            None,
            self.settings_action,
            self.users_action,
            None,
            self.change_password_action,
            self.lock_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        patient_menu = menu_bar.addMenu(self.tr("&Patient"))
        for action in (
            self.new_patient_action,
            self.find_action,
            self.due_action,
            None,
            self.log_action,
            self.plan_course_action,
            self.edit_patient_action,
            self.summary_action,
            self.export_patient_action,
            None,
            self.void_patient_action,
        ):
            patient_menu.addSeparator() if action is None else patient_menu.addAction(action)
        menu_bar.addMenu(self.records.menu)
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for action in (
            self.new_patient_action,
            self.log_action,
            self.plan_course_action,
            self.due_action,
            self.export_action,
        ):
            toolbar.addAction(action)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            button.setObjectName(f"{action.objectName().removesuffix('_action')}_button")
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        status_bar = self.statusBar()
        status_bar.setObjectName("status_bar")
        self.count_label = named(QLabel(status_bar), "patient_count", self.tr("Patients shown"))
        self.database_label = named(QLabel(status_bar), "database_location", self.tr("Database"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setText(self.tr("Database: %1").replace("%1", self._clinic.location))
        self.account_label = named(QLabel(status_bar), "account", self.tr("Logged in"))
        self.account_label.setContentsMargins(12, 0, 12, 0)
        account = self._clinic.account
        if account is not None:
            self.account_label.setText(
                self.tr("Logged in: %1 (%2), %3")
                .replace("%1", account.name)
                .replace("%2", account.username)
                .replace("%3", role_label(account.role).lower())
            )
        status_bar.addWidget(self.count_label, 1)
        status_bar.addPermanentWidget(self.account_label)
        status_bar.addPermanentWidget(self.database_label)
        self.account_label.setVisible(account is not None)

    def _show_count(self, text: str) -> None:
        self.count_label.setText(text)

    def _title(self) -> str:
        try:
            name = self._clinic.settings.clinic().name.strip()
        except KnownError as error:
            QMessageBox.warning(self, self.tr("mesolog"), str(error))
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
        workstation_settings().setValue("patient/last", str(patient_id))
        self._update_actions()

    def open_editors(self) -> list[SessionEditor]:
        return [e for e in self.findChildren(SessionEditor) if e.isVisible()]

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

    def may(self, permission: Permission) -> bool:
        """Whether whoever is logged in may do this (anyone, on a database without accounts)."""
        account = self._clinic.account
        return account is None or account.may(permission)

    def _update_actions(self) -> None:
        live = self.record.history is not None and self.record.history.patient.voiding is None
        for action in (
            self.log_action,
            self.plan_course_action,
            self.edit_patient_action,
        ):
            action.setEnabled(live)
        self.void_patient_action.setEnabled(live and self.may(Permission.SIGN))
        self.import_action.setEnabled(self.may(Permission.SIGN))
        self.export_patient_action.setEnabled(self.record.history is not None)
        self.summary_action.setEnabled(self.record.history is not None)

    # actions

    def new_patient(self) -> None:
        dialog = PatientDialog(self._clinic, self.bus, self)
        if dialog.exec() and dialog.saved_patient is not None:
            self.lists.search_field.clear()
            self.lists.refresh()
            self.open_patient(dialog.saved_patient.id)

    def edit_patient(self) -> None:
        if self.record.history is None:
            return
        PatientDialog(self._clinic, self.bus, self, patient=self.record.history.patient).exec()

    def plan_course(self) -> None:
        if self.record.patient_id is not None:
            CourseDialog(self._clinic, self.bus, self.record.patient_id, self).exec()

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
        name = SettingsDialog.clinician_name().strip()
        if name:
            return name
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Your name as it should appear on the records you log:"),
        )
        if not ok or not name.strip():
            return None
        SettingsDialog.set_clinician_name(name.strip())
        return name.strip()

    def log_session(self, course_id: CourseId | None = None) -> SessionEditor | None:
        history = self.record.history
        if history is None or history.patient.voiding is not None:
            return None
        clinician = self.clinician_name()
        if clinician is None:
            return None
        editor = SessionEditor(
            self._clinic,
            self.bus,
            history.patient,
            self,
            course_id=course_id or self.record.newest_active_course(),
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
        editor = SessionEditor(
            self._clinic,
            self.bus,
            history.patient,
            self,
            session=session,
            clinician=session.entry.clinician,
        )
        editor.open()
        return editor

    def offer_recovered_drafts(self) -> list[SessionEditor]:
        """After a crash: offers back each session editor's unsaved state, intact."""
        return offer_recovered_drafts(self, self._clinic, self.bus, self.open_patient)

    def export_summary(self) -> None:
        if self.record.history is not None:
            export_summary(self, self._clinic, self.record.history)

    def export_clinic(self) -> None:
        transfer_actions.export_json(self, self._clinic, None)

    def export_patient(self) -> None:
        if self.record.patient_id is not None:
            transfer_actions.export_json(self, self._clinic, self.record.patient_id)

    def import_file(self) -> None:
        transfer_actions.import_file(self, self._clinic, self.bus)

    def open_settings(self) -> None:
        if SettingsDialog(self._clinic, self.bus, self).exec():
            self.setWindowTitle(self._title())
            self.idle_lock.reload_settings()

    # the account

    def manage_users(self) -> None:
        if self.may(Permission.ADMINISTER) and self._clinic.account is not None:
            UsersDialog(self._clinic, self).exec()

    def change_password(self) -> None:
        if self._clinic.account is None:
            return
        if ChangePasswordDialog(self._clinic, self).exec():
            self.statusBar().showMessage(self.tr("Your password is changed."), 8000)

    def _quit_while_locked(self) -> None:
        """Quit from the lock: the windows stay hidden; what session editors held is kept."""
        self.idle_lock.stop()
        self.close()

    # window state

    def _restore(self) -> None:
        settings = workstation_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, splitter in (
            ("window/splitter", self.splitter),
            ("record/splitter", self.record.splitter),
        ):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        last = str(settings.value("patient/last", "") or "")
        if last:
            try:
                patient = self._clinic.patients.get(last)
            except KnownError:
                return
            self.open_patient(patient.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_lock.stop()
        settings = workstation_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("record/splitter", self.record.splitter.saveState())
        super().closeEvent(event)
        self.closed.emit()
