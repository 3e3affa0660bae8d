"""The first window: a searchable list of the clinic's patients."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.services.patients import DEFAULT_SEARCH_LIMIT
from mesolog.ui.patient_table_model import PatientColumn, PatientTableModel

SEARCH_DELAY_MS = 150
DEFAULT_SIZE = (1100, 700)


def quit_shortcuts() -> list[QKeySequence]:
    """The platform's Quit keys, and Ctrl+Q wherever the platform has none (Windows, offscreen)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)
    return keys if ctrl_q in keys else [*keys, ctrl_q]


class MainWindow(QMainWindow):
    """Lists and searches the patients of one open `Clinic`."""

    closed = Signal()
    """Emitted once the window has closed (whoever opened the clinic may close it then)."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._clinic = clinic
        self.patient_model = PatientTableModel(self)
        self.patient_model.setObjectName("patient_model")

        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("search_timer")
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)

        self._build_central_widget()
        self._build_menus()
        self._build_status_bar()
        self.setWindowTitle(self._title())
        self.resize(*DEFAULT_SIZE)
        self.refresh()

    # building

    def _build_central_widget(self) -> None:
        central = QWidget(self)
        central.setObjectName("central_widget")
        layout = QVBoxLayout(central)
        layout.setObjectName("central_layout")
        layout.setContentsMargins(12, 12, 12, 6)
        layout.setSpacing(8)

        self.search_field = QLineEdit(central)
        self.search_field.setObjectName("patient_search")
        self.search_field.setAccessibleName(self.tr("Search patients"))
        self.search_field.setPlaceholderText(self.tr("Search by name, record number or phone"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._schedule_search)
        self.search_field.returnPressed.connect(self._search_now)

        self.version_notice = QLabel(
            self.tr(
                "This first version lists and searches patients. Opening a patient's record "
                "and logging sessions arrive in the next version."
            ),
            central,
        )
        self.version_notice.setObjectName("version_notice")
        self.version_notice.setWordWrap(True)
        self.version_notice.setTextFormat(Qt.TextFormat.PlainText)

        self.patient_list = QTableView(central)
        self.patient_list.setObjectName("patient_list")
        self.patient_list.setAccessibleName(self.tr("Patients"))
        self.patient_list.setModel(self.patient_model)
        self.patient_list.setAlternatingRowColors(True)
        self.patient_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patient_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patient_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patient_list.setTabKeyNavigation(False)
        self.patient_list.setWordWrap(False)
        self.patient_list.setShowGrid(False)
        self.patient_list.verticalHeader().hide()
        header = self.patient_list.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column in PatientColumn:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column is PatientColumn.NAME
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

        layout.addWidget(self.search_field)
        layout.addWidget(self.version_notice)
        layout.addWidget(self.patient_list, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        menu_bar.setObjectName("menu_bar")
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("file_menu")

        self.find_action = QAction(self.tr("&Find Patient"), self)
        self.find_action.setObjectName("find_action")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcuts(quit_shortcuts())
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

    def _build_status_bar(self) -> None:
        status_bar = self.statusBar()
        status_bar.setObjectName("status_bar")
        self.count_label = QLabel(status_bar)
        self.count_label.setObjectName("patient_count")
        self.database_label = QLabel(status_bar)
        self.database_label.setObjectName("database_location")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setText(self.tr("Database: %1").replace("%1", self._clinic.location))
        status_bar.addWidget(self.count_label, 1)
        status_bar.addPermanentWidget(self.database_label)

    def _title(self) -> str:
        try:
            name = self._clinic.settings.clinic().name.strip()
        except KnownError as error:
            self._show_error(error)
            name = ""
        return self.tr("mesolog — %1").replace("%1", name or "mesolog")

    # behaviour

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def refresh(self) -> None:
        """Run the search that the field holds now and show its result."""
        self._search_timer.stop()
        query = self.search_field.text()
        try:
            patients = self._clinic.patients.search(query)
        except KnownError as error:
            self._show_error(error)
            return
        self.patient_model.set_patients(patients)
        self._show_count(len(patients), searching=bool(query.strip()))

    def _schedule_search(self, _text: str) -> None:
        self._search_timer.start()

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self.refresh()

    def _show_count(self, count: int, *, searching: bool) -> None:
        if count == 0:
            text = (
                self.tr("No patient matches the search")
                if searching
                else self.tr("No patients yet")
            )
        elif count >= DEFAULT_SEARCH_LIMIT:
            text = self.tr("The first %n patients are shown; type to narrow the search", "", count)
        elif count == 1:
            text = self.tr("1 patient shown")
        else:
            text = self.tr("%n patients shown", "", count)
        self.count_label.setText(text)

    def _show_error(self, error: KnownError) -> None:
        QMessageBox.warning(self, self.tr("mesolog"), str(error))

    @property
    def clinic(self) -> Clinic:
        return self._clinic

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        super().closeEvent(event)
        self.closed.emit()
