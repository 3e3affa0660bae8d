"""The left side of the window: search, the patient list and the due list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.enums import PatientOrder
from mesolog.domain.errors import KnownError
from mesolog.domain.ids import PatientId
from mesolog.services.clinic import Clinic
from mesolog.services.live_changes import Changes
from mesolog.services.patients import PatientSummary
from mesolog.ui.common.forms import named
from mesolog.ui.common.translation import shown
from mesolog.ui.patients.patient_table_model import (
    DUE_COLUMNS,
    LIST_COLUMNS,
    PAGE_SIZE,
    Loader,
    PatientColumn,
    PatientTableModel,
)

COUNT_CAP = 1000
"""Past this many the list says "1,000+ patients": counting stops there, so a broad word
costs no more than the page it shows."""
DAY_CHECK_MS = 60_000
DUE_WITHIN_DAYS = 7
NAME_FLOOR_EMS = 12
LISTS_MIN_WIDTH = 320
"""Room for a name and the date beside it (the rest scrolls), so that at 1024×700 the
record keeps the width its history needs."""
LISTS_FULL_WIDTH = 660
"""Room for every column of the patient list, a long name and the phone included, beside a
scroll bar: the most the lists are given until the handle is dragged (at 1366×768 the record
leaves them 642 px, enough for these columns in a 9 pt font)."""


def _table(parent: QWidget, model: PatientTableModel, name: str, accessible: str) -> QTableView:
    table = named(QTableView(parent), name, accessible)
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(0)  # fit_columns measures the rows in view only
    return table


def fit_columns(table: QTableView) -> None:
    """Each column as wide as its title and its widest cell in view, so that no name, date or
    record number is cut (a longer one further down is fitted when it is scrolled to); the
    name keeps a floor so that the columns do not jump as a search narrows the list."""
    model = table.model()
    assert isinstance(model, PatientTableModel)
    name = model.column_of(PatientColumn.NAME)
    for column in range(model.columnCount()):
        table.resizeColumnToContents(column)
    floor = table.fontMetrics().horizontalAdvance("M" * NAME_FLOOR_EMS)
    header = table.horizontalHeader()
    header.resizeSection(name, max(floor, header.sectionSize(name)))


class PatientLists(QWidget):
    """Search as you type over all patients (sortable), and who is due or overdue."""

    patient_selected = Signal(object)
    """The PatientId chosen in either list."""
    count_changed = Signal(str)

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_lists")
        self._clinic = clinic
        self._order = (PatientOrder.NAME, False)
        self._open: PatientId | None = None
        self._arrow = 0
        self.patient_model = PatientTableModel(self, columns=LIST_COLUMNS)
        self.patient_model.setObjectName("patient_model")
        self.due_model = PatientTableModel(self, columns=DUE_COLUMNS)
        self.due_model.setObjectName("due_model")

        # A keystroke searches at once; keys that arrive while a search runs are searched
        # together, with what the field holds then, as soon as it returns.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.search)
        self._due_day: dt.date | None = None
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._new_day)
        self._day_timer.start()

        self.search_field = named(QLineEdit(self), "patient_search", self.tr("Search patients"))
        self.search_field.setPlaceholderText(self.tr("Search by name, record number or phone"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._search_soon)
        self.search_field.returnPressed.connect(self._search_now)

        self.patient_list = _table(self, self.patient_model, "patient_list", self.tr("Patients"))
        self.patient_list.setSortingEnabled(True)
        self.patient_list.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.due_list = _table(self, self.due_model, "due_list", self.tr("Patients due"))
        self.due_hint = QLabel(
            self.tr("Patients whose next session is overdue or due within a week."), self
        )
        self.due_hint.setWordWrap(True)
        due_page = QWidget(self)
        due_layout = QVBoxLayout(due_page)
        due_layout.setContentsMargins(0, 4, 0, 0)
        due_layout.addWidget(self.due_hint)
        due_layout.addWidget(self.due_list, 1)

        self.tabs = named(QTabWidget(self), "list_tabs", self.tr("Patient lists"))
        self.tabs.addTab(self.patient_list, self.tr("Pat&ients"))
        self.tabs.addTab(due_page, self.tr("D&ue"))
        for table in (self.patient_list, self.due_list):
            # a page fetched as the list scrolls may hold a longer name
            table.model().rowsInserted.connect(lambda *_args, table=table: fit_columns(table))
            # Selection, not the current row: a table that merely gains focus makes its first
            # row current, and that must not open another patient.
            table.selectionModel().selectionChanged.connect(
                lambda selected, _deselected, table=table: self._selected(table, selected)
            )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.tabs, 1)
        self.setMinimumWidth(LISTS_MIN_WIDTH)
        self.patient_model.sort_requested.connect(self._sort)
        self.patient_list.horizontalHeader().sortIndicatorChanged.connect(self._sortable_only)

    def refresh(self) -> None:
        """Reads both lists again (at the start, after a change), each keeping the rows it
        had read, its scroll position and the open patient's selection."""
        self._load_patients(keep=True)
        self.refresh_due()

    def search(self) -> None:
        """Runs the search the field holds now: the patient list alone, from its top."""
        self._load_patients(keep=False)

    def refresh_due(self) -> None:
        today = self._clinic.context.today()
        patients = self._clinic.patients

        def page(offset: int, count: int) -> list[PatientSummary]:
            return patients.due(within_days=DUE_WITHIN_DAYS, limit=count, offset=offset)

        try:
            count = patients.due_count(within_days=DUE_WITHIN_DAYS)
            self._reload(self.due_list, page, today, keep=True)
        except KnownError as error:
            self.count_changed.emit(shown(error.text))
            return
        self._due_day = today
        self.tabs.setTabText(1, self.tr("D&ue (%1)").replace("%1", QLocale().toString(count)))

    def _load_patients(self, *, keep: bool) -> None:
        self._search_timer.stop()
        query = self.search_field.text()
        order, descending = self._order
        patients = self._clinic.patients
        total = 0

        def page(offset: int, count: int) -> list[PatientSummary]:
            nonlocal total
            if offset:
                return patients.search(
                    query, limit=count, offset=offset, order=order, descending=descending
                )
            # the first page with its count, in one read that probes the words once
            found = patients.search_counted(
                query, limit=count, cap=COUNT_CAP, order=order, descending=descending
            )
            total = found.count
            return found.patients

        try:
            self._reload(self.patient_list, page, self._clinic.context.today(), keep=keep)
        except KnownError as error:
            self.count_changed.emit(shown(error.text))
            return
        self.count_changed.emit(self._count_text(total, searching=bool(query.strip())))

    def _reload(self, table: QTableView, page: Loader, today: dt.date, *, keep: bool) -> None:
        model = table.model()
        assert isinstance(model, PatientTableModel)
        if not keep:
            model.load(page, today, rows=PAGE_SIZE)
            fit_columns(table)
            self._select_open(table, model)
            table.scrollToTop()
            return
        bar = table.verticalScrollBar()
        position, top = bar.value(), table.rowAt(0)
        top_id = model.patient_at(top).id if top >= 0 else None
        model.reload(page, today, rows=max(PAGE_SIZE, model.rowCount()))
        fit_columns(table)
        self._select_open(table, model)
        table.updateGeometries()  # the scroll range of the rows read, before scrolling back
        moved = model.row_of(top_id) if top_id is not None else None
        if moved is not None and moved != top:
            # the row that was at the top stays there
            header = table.verticalHeader()
            per_item = table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
            position += (
                moved - top
                if per_item
                else header.sectionPosition(moved) - header.sectionPosition(top)
            )
        bar.setValue(position)

    def changed_elsewhere(self, changes: Changes) -> None:
        """Another workstation changed patients' records: both lists read again what they
        hold, keeping the selection, the scroll and the search as typed."""
        if changes.patients:
            self.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def show_due(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.due_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select(self, patient_id: PatientId) -> None:
        """Marks the open patient in both lists, without reopening it."""
        self._open = patient_id
        self._keep_selection()

    def _keep_selection(self) -> None:
        self._select_open(self.patient_list, self.patient_model)
        self._select_open(self.due_list, self.due_model)

    def _select_open(self, table: QTableView, model: PatientTableModel) -> None:
        row = model.row_of(self._open) if self._open is not None else None
        selection = table.selectionModel()
        blocked = selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            table.selectRow(row)
        selection.blockSignals(blocked)
        table.viewport().update()

    def _selected(self, table: QTableView, selected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if len(rows) != 1:
            return
        model = table.model()
        assert isinstance(model, PatientTableModel)
        patient_id = model.patient_at(rows.pop()).id
        if patient_id != self._open:
            self._open = patient_id
            self.patient_selected.emit(patient_id)

    def _sortable_only(self, column: int, _order: Qt.SortOrder) -> None:
        """Record number and phone do not sort: keep the arrow on the column that does."""
        if self.patient_model.sortable(column):
            self._arrow = column
            return
        header = self.patient_list.horizontalHeader()
        blocked = header.blockSignals(True)
        direction = Qt.SortOrder.DescendingOrder if self._order[1] else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self._arrow, direction)
        header.blockSignals(blocked)

    def _sort(self, order: PatientOrder, descending: bool) -> None:
        self._order = (order, descending)
        self.search()

    def _search_soon(self, _text: str) -> None:
        if not self._search_timer.isActive():
            self._search_timer.start()

    def _new_day(self) -> None:
        if self._clinic.context.today() != self._due_day:
            self.refresh()

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self.search()
        if self.patient_model.rowCount() == 1:
            self.patient_list.selectRow(0)

    def _count_text(self, count: int, *, searching: bool) -> str:
        if count == 0:
            return (
                self.tr("No patient matches the search")
                if searching
                else self.tr("No patients yet")
            )
        if count == 1:
            return self.tr("1 patient shown")
        if count > COUNT_CAP:
            return self.tr("%1+ patients shown").replace("%1", QLocale().toString(COUNT_CAP))
        return self.tr("%n patients shown", "", count)
