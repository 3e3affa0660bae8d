"""The main window's actions with their keys, the File, Patient and Settings menus and the
toolbar that show them, and which of them the open patient and the logged-in account's
role allow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from mesolog.domain.accounts import Permission
from mesolog.domain.ids import CourseId
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.accounts.idle_lock import LOCK_KEYS, SWITCH_KEYS
from mesolog.ui.common.labels import indication_label
from mesolog.ui.common.operations import ChangeBus

if TYPE_CHECKING:
    from mesolog.ui.catalogue.products_window import ProductsWindow


def quit_shortcuts() -> list[QKeySequence]:
    """The platform's Quit keys, and Ctrl+Q wherever the platform has none (Windows, offscreen)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)
    return keys if ctrl_q in keys else [*keys, ctrl_q]


def may(clinic: Clinic, permission: Permission) -> bool:
    """Whether whoever is logged in may do this (anyone, on a database without accounts)."""
    account = clinic.account
    return account is None or account.may(permission)


class WindowMenus(QObject):
    """The actions of `window` (the window connects each to what it does); the account
    actions show only to those who may use them."""

    def __init__(self, window: QMainWindow, clinic: Clinic, bus: ChangeBus) -> None:
        super().__init__(window)
        self._window = window
        self._clinic = clinic
        self._bus = bus
        ctrl = Qt.Modifier.CTRL
        self.new_patient_action = self._action(
            self.tr("&New Patient…"), "new_patient_action", QKeySequence.StandardKey.New
        )
        self.find_action = self._action(
            self.tr("&Find Patient"), "find_action", QKeySequence.StandardKey.Find
        )
        self.due_action = self._action(
            self.tr("Patients &Due"), "due_action", QKeySequence(ctrl | Qt.Key.Key_D)
        )
        self.log_action = self._action(
            self.tr("&Log Session…"), "log_session_action", QKeySequence(ctrl | Qt.Key.Key_L)
        )
        self.edit_patient_action = self._action(self.tr("&Edit Patient…"), "edit_patient_action")
        self.plan_course_action = self._action(self.tr("&Plan Course…"), "plan_course_action")
        self.void_patient_action = self._action(self.tr("&Void Patient…"), "void_patient_action")
        self.summary_action = self._action(self.tr("Export Treatment &Summary…"), "summary_action")
        self.export_patient_action = self._action(
            self.tr("Export This &Patient…"), "export_patient_action"
        )
        self.export_action = self._action(
            self.tr("&Export Clinic…"), "export_action", QKeySequence(ctrl | Qt.Key.Key_E)
        )
        self.import_action = self._action(
            self.tr("&Import…"), "import_action", QKeySequence(ctrl | Qt.Key.Key_I)
        )
        self.settings_action = self._action(
            self.tr("&Clinic…"), "settings_action", QKeySequence(ctrl | Qt.Key.Key_Comma)
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.products_action = self._action(self.tr("&Products…"), "products_action")
        self.products_action.triggered.connect(self.open_products)
        self.products_window: ProductsWindow | None = None
        self.templates_action = self._action(self.tr("&Templates…"), "templates_action")
        self.templates_action.triggered.connect(self.open_templates)
        self.users_action = self._action(self.tr("&Users…"), "users_action")
        self.change_password_action = self._action(
            self.tr("Change My &Password…"), "change_password_action"
        )
        self.lock_action = self._action(self.tr("&Lock Now"), "lock_action", LOCK_KEYS)
        # From the other windows too (a dialog on top), when it is not blocked by one;
        # the idle lock catches the keys in a modal dialog.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.switch_action = self._action(
            self.tr("S&witch User…"), "switch_user_action", SWITCH_KEYS
        )
        self.show_for_account()
        self.quit_action = self._action(self.tr("&Quit"), "quit_action")
        self.quit_action.setShortcuts(quit_shortcuts())
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def show_for_account(self) -> None:
        """The account actions the logged-in account may use (none without accounts)."""
        account = self._clinic.account
        self.users_action.setVisible(account is not None and account.may(Permission.ADMINISTER))
        for action in (self.change_password_action, self.lock_action, self.switch_action):
            action.setVisible(account is not None)

    def _action(
        self,
        text: str,
        name: str,
        keys: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
        return action

    def open_products(self) -> ProductsWindow:
        """Settings ▸ Products: the catalogue beside the main window (one, raised again
        when open), telling the window's views of its changes."""
        from mesolog.ui.catalogue.products_window import ProductsWindow  # built on first use

        window = self.products_window
        if window is None:
            window = ProductsWindow(self._clinic, self._bus, self._window)
            self.products_window = window
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_templates(self) -> None:
        """Settings ▸ Templates, its room imported on first use."""
        from mesolog.ui.templates.templates_window import open_templates

        open_templates(self._window, self._clinic, self._bus)

    def add_menus_and_toolbar(self, records_menu: QMenu) -> None:
        """The File and Patient menus, then `records_menu` and the Settings menu, on the
        menu bar; the toolbar."""
        menu_bar = self._window.menuBar()
        menu_bar.setObjectName("menu_bar")
        file_menu = menu_bar.addMenu(self.tr("&File"))
        for action in (
            self.import_action,
            self.export_action,
            None,
            self.users_action,
            None,
            self.change_password_action,
            self.lock_action,
            self.switch_action,
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
        menu_bar.addMenu(records_menu)
        settings_menu = menu_bar.addMenu(self.tr("&Settings"))
        settings_menu.setObjectName("settings_menu")
        settings_menu.addAction(self.settings_action)
        settings_menu.addAction(self.products_action)
        settings_menu.addAction(self.templates_action)
        toolbar = QToolBar(self.tr("Main"), self._window)
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
        self._window.addToolBar(toolbar)

    def enable_for(self, history: PatientHistory | None, course_id: CourseId | None) -> None:
        """Enables what may be done to the open patient (`history`; None: none open); Log
        Session says which course (`course_id`) a new session goes into."""
        live = history is not None and history.patient.voiding is None
        courses = {c.course.id: c.course for c in history.courses} if history else {}
        course = courses.get(course_id) if course_id is not None else None
        if course is None:
            where = self.tr("Log a session outside any course")
        else:
            where = self.tr("Log a session in the course “%1”").replace(
                "%1", indication_label(course.plan.indication)
            )
        keys = self.log_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{where} ({keys})" if live else self.tr("Open a patient to log a session")
        self.log_action.setToolTip(tip)
        self.log_action.setStatusTip(where if live else "")
        for action in (
            self.log_action,
            self.plan_course_action,
            self.edit_patient_action,
        ):
            action.setEnabled(live)
        self.void_patient_action.setEnabled(live and may(self._clinic, Permission.SIGN))
        self.import_action.setEnabled(may(self._clinic, Permission.SIGN))
        self.export_patient_action.setEnabled(history is not None)
        self.summary_action.setEnabled(history is not None)
