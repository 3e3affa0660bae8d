"""The patient list (and the due list) as a Qt table model: one row per `PatientSummary`.

Sorting is asked of the database (`sort_requested`), never done over loaded rows,
so a list of 50,000 patients sorts as fast as one of 40.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from mesolog.domain.enums import PatientOrder
from mesolog.domain.ids import PatientId
from mesolog.services.patients import PatientSummary
from mesolog.ui.common.dates import long_date, shown_date
from mesolog.ui.common.table_model import Index, ReadOnlyTableModel

Loader = Callable[[int, int], list[PatientSummary]]
"""(offset, count) → the next page of the same search, in the same order."""
PAGE_SIZE = 100
OVERDUE_COLOUR = QColor("#b00020")
ANSWERED_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole,
    )
)


class PatientColumn(IntEnum):
    NAME = 0
    DATE_OF_BIRTH = 1
    RECORD_NUMBER = 2
    PHONE = 3
    LAST_SESSION = 4
    NEXT_DUE = 5
    DUE = 6


LIST_COLUMNS = (
    PatientColumn.NAME,
    PatientColumn.DATE_OF_BIRTH,
    PatientColumn.RECORD_NUMBER,
    PatientColumn.LAST_SESSION,
    PatientColumn.NEXT_DUE,
    PatientColumn.PHONE,
)
"""Who the patient is first (name, birth, record number), then when; the phone last."""
DUE_COLUMNS = (
    PatientColumn.DUE,
    PatientColumn.NAME,
    PatientColumn.NEXT_DUE,
    PatientColumn.PHONE,
    PatientColumn.RECORD_NUMBER,
)
"""How overdue first, in words (seen whole however narrow the list and however long the
name), then who, then the date."""
ORDERS = {
    PatientColumn.NAME: PatientOrder.NAME,
    PatientColumn.DATE_OF_BIRTH: PatientOrder.DATE_OF_BIRTH,
    PatientColumn.LAST_SESSION: PatientOrder.LAST_SESSION,
    PatientColumn.NEXT_DUE: PatientOrder.NEXT_DUE,
}


class PatientTableModel(ReadOnlyTableModel[PatientColumn]):
    """Read-only rows of patients; `Qt.ItemDataRole.UserRole` gives the patient id as text."""

    sort_requested = Signal(object, bool)
    """(PatientOrder, descending): the view asked for another order; reload in it."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        columns: Sequence[PatientColumn] = LIST_COLUMNS,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._patients: list[PatientSummary] = []
        self._today = today or dt.date.today()
        self._rows: dict[PatientId, int] = {}
        self._texts: dict[PatientId, tuple[PatientSummary, tuple[str, ...]]] = {}
        self._more: Loader | None = None
        self._read = 0

    def set_patients(
        self, patients: Sequence[PatientSummary], today: dt.date | None = None
    ) -> None:
        """Shows `patients`, all there are."""
        self._show(patients, today, None)

    def load(self, more: Loader, today: dt.date | None = None, *, rows: int = PAGE_SIZE) -> None:
        """Shows the first `rows` patients `more` gives; the rest is read page by page as
        the view scrolls towards it (Qt's fetchMore) until a page comes back short, so a
        large clinic opens at once. Raises what `more` raises, the rows shown unchanged."""
        first = more(0, rows)
        self._show(first, today, more if len(first) == rows else None)

    def reload(self, more: Loader, today: dt.date | None = None, *, rows: int = PAGE_SIZE) -> None:
        """Reads the first `rows` patients again and shows them without a reset, so that the
        view keeps its selection, current row and scroll: rows whose patient is unchanged stay
        as they are, the others are told changed, and rows that moved take their selection
        with them (persistent indexes follow the patient). Raises what `more` raises."""
        fresh = list(more(0, rows))
        kept = self._patients
        self._texts = {}
        if today is not None and today != self._today:
            self._today = today
            kept = []  # every due text may read otherwise: all rows are told
        self._more = more if len(fresh) == rows else None
        self._read = len(fresh)
        if [p.id for p in fresh] == [p.id for p in self._patients]:
            changed = [r for r, p in enumerate(fresh) if r >= len(kept) or kept[r] != p]
            self._patients = fresh
            if changed:
                last = self.index(max(changed), len(self._columns) - 1)
                self.dataChanged.emit(self.index(min(changed), 0), last)
            return
        self._move_to(fresh)

    def _move_to(self, fresh: list[PatientSummary]) -> None:
        ids = {patient.id for patient in fresh}
        gone = [patient for patient in self._patients if patient.id not in ids]
        middle = fresh + gone  # as many rows as now, or more: rows are added first
        if len(middle) > len(self._patients):
            start = len(self._patients)
            self.beginInsertRows(QModelIndex(), start, len(middle) - 1)
            self._patients = self._patients + middle[start:]
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        before = self._patients
        self._patients = middle
        self._rows = {patient.id: row for row, patient in enumerate(fresh)}
        moved = self.persistentIndexList()
        self.changePersistentIndexList(
            moved, [self._moved(before[index.row()].id, index.column()) for index in moved]
        )
        self.layoutChanged.emit()
        if gone:
            self.beginRemoveRows(QModelIndex(), len(fresh), len(middle) - 1)
            self._patients = fresh
            self.endRemoveRows()

    def _moved(self, patient_id: PatientId, column: int) -> QModelIndex:
        row = self._rows.get(patient_id)
        if row is None:
            row = next(r for r, p in enumerate(self._patients) if p.id == patient_id)
        return self.index(row, column)

    def _show(
        self, patients: Sequence[PatientSummary], today: dt.date | None, more: Loader | None
    ) -> None:
        self.beginResetModel()
        self._patients = list(patients)
        self._rows = {patient.id: row for row, patient in enumerate(self._patients)}
        self._texts = {}
        self._today = today or self._today
        self._more = more
        self._read = len(self._patients)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._more is not None
        read = self._more(self._read, PAGE_SIZE)
        self._read += len(read)
        if len(read) < PAGE_SIZE:
            self._more = None
        # a patient added since the last page shifts the offsets: shown once all the same
        page = [patient for patient in read if patient.id not in self._rows]
        if not page:
            return
        start = len(self._patients)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._patients.extend(page)
        self._rows.update((patient.id, start + i) for i, patient in enumerate(page))
        self.endInsertRows()

    def patient_at(self, row: int) -> PatientSummary:
        return self._patients[row]

    def row_of(self, patient_id: PatientId) -> int | None:
        return self._rows.get(patient_id)

    def column_of(self, column: PatientColumn) -> int:
        return self._columns.index(column)

    def header_titles(self) -> dict[PatientColumn, str]:
        """Short, so that a title is never what makes its column wider than its cells."""
        return {
            PatientColumn.NAME: self.tr("Name"),
            PatientColumn.DATE_OF_BIRTH: self.tr("Born"),
            PatientColumn.RECORD_NUMBER: self.tr("Record"),
            PatientColumn.PHONE: self.tr("Phone"),
            PatientColumn.LAST_SESSION: self.tr("Last visit"),
            PatientColumn.NEXT_DUE: self.tr("Next due"),
            PatientColumn.DUE: self.tr("Due"),
        }

    def header_tooltips(self) -> dict[PatientColumn, str]:
        return {
            PatientColumn.NAME: self.tr("Family name, given name"),
            PatientColumn.DATE_OF_BIRTH: self.tr("Date of birth"),
            PatientColumn.RECORD_NUMBER: self.tr("Record number"),
            PatientColumn.PHONE: self.tr("Phone"),
            PatientColumn.LAST_SESSION: self.tr("Last signed session"),
            PatientColumn.NEXT_DUE: self.tr("Next session due"),
            PatientColumn.DUE: self.tr("When the next session is due"),
        }

    # the table

    def row_total(self) -> int:
        return len(self._patients)

    def columns(self) -> tuple[PatientColumn, ...]:
        return self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks every cell in view for a dozen roles as it paints and fits: most get
        # None before the index is checked.
        if role not in ANSWERED_ROLES or not self.holds(index):
            return None
        patient = self._patients[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(patient)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(patient, column)
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue(patient, column):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return str(patient.id)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self.header_tooltips()[self._columns[section]]
        return super().headerData(section, orientation, role)

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column] in ORDERS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable(column):
            return
        chosen = ORDERS.get(self._columns[column], PatientOrder.NAME)
        self.sort_requested.emit(chosen, order == Qt.SortOrder.DescendingOrder)

    # helpers

    def _shown(self, patient: PatientSummary) -> tuple[str, ...]:
        """The row's texts, made once: Qt asks for each cell in view as it fits the columns
        and again as it paints, and a date's text costs a locale's format."""
        kept = self._texts.get(patient.id)
        if kept is None or kept[0] is not patient:
            kept = (patient, tuple(self._display(patient, column) for column in self._columns))
            self._texts[patient.id] = kept
        return kept[1]

    def _overdue(self, patient: PatientSummary, column: PatientColumn) -> bool:
        due = patient.next_due
        return column in (PatientColumn.NEXT_DUE, PatientColumn.DUE) and (
            due is not None and due < self._today
        )

    def _due_text(self, patient: PatientSummary) -> str:
        if patient.next_due is None:
            return ""
        days = (patient.next_due - self._today).days
        if days == 0:
            return self.tr("today")
        # One day is a message of its own: English without its plural catalogue would say
        # "1 days"; a language with more plural forms has them in the %n one.
        if days == -1:
            return self.tr("⚠ overdue 1 day")
        if days < 0:
            return self.tr("⚠ overdue %n days", "", -days)
        if days == 1:
            return self.tr("in 1 day")
        return self.tr("in %n days", "", days)

    def _display(self, patient: PatientSummary, column: PatientColumn) -> str:
        if column is PatientColumn.NAME:
            voided = self.tr(" (voided)") if patient.voided else ""
            return patient.display_name + voided
        if column is PatientColumn.DATE_OF_BIRTH:
            return shown_date(patient.date_of_birth)
        if column is PatientColumn.RECORD_NUMBER:
            return patient.record_number
        if column is PatientColumn.PHONE:
            return patient.phone
        if column is PatientColumn.LAST_SESSION:
            return shown_date(patient.last_session_on) if patient.last_session_on else ""
        if column is PatientColumn.NEXT_DUE:
            if patient.next_due is None:
                return ""
            overdue = self.tr("⚠ ") if self._overdue(patient, column) else ""
            return overdue + shown_date(patient.next_due)
        return self._due_text(patient)

    def _tooltip(self, patient: PatientSummary, column: PatientColumn) -> str | None:
        if column is PatientColumn.DATE_OF_BIRTH:
            return self.tr("Born %1").replace("%1", long_date(patient.date_of_birth))
        if column is PatientColumn.NEXT_DUE and patient.next_due is not None:
            return self._due_text(patient)
        text = self._display(patient, column)
        return text or None
