"""The recall's table: a row a session, the patient's name and contact details on the first
row of each patient, read-only. A search reads the first page of patients; the rest are
read a page at a time as the view scrolls to them (Qt's canFetchMore and fetchMore)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt, Signal

from mesolog.domain.errors import KnownError
from mesolog.domain.products import name_key
from mesolog.reports.recall_data import RecalledPatient, RecalledSession, RecallResult
from mesolog.services.clinic import Clinic
from mesolog.services.recall import PAGE
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.labels import area_label
from mesolog.ui.common.table_model import Index, ReadOnlyTableModel
from mesolog.ui.common.translation import shown
from mesolog.ui.common.wait_cursor import busy


class RecallColumn(IntEnum):
    PATIENT = 0
    RECORD = 1
    BORN = 2
    PHONE = 3
    EMAIL = 4
    DATE = 5
    AREAS = 6
    PRODUCT = 7
    LOT = 8
    AMOUNT = 9


COLUMNS = tuple(RecallColumn)
PATIENT_COLUMNS = (
    RecallColumn.PATIENT,
    RecallColumn.RECORD,
    RecallColumn.BORN,
    RecallColumn.PHONE,
    RecallColumn.EMAIL,
)


class RecallTableModel(ReadOnlyTableModel[RecallColumn]):
    unreadable = Signal(str)
    """A page could not be read: why (scrolling does not ask again)."""

    def __init__(self, clinic: Clinic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self.page = PAGE
        """Patients read at a time: the search's first page, then each one scrolled to."""
        self._result: RecallResult | None = None
        self._stalled = False
        self._rows: list[tuple[RecalledPatient, RecalledSession, bool]] = []

    @property
    def result(self) -> RecallResult | None:
        """The result shown, with the patients read so far."""
        return self._result

    def set_result(self, result: RecallResult | None) -> None:
        self.beginResetModel()
        self._result, self._stalled = result, False
        self._rows = self._rows_of(result.patients if result is not None else ())
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's
        current = self._result
        return (
            not parent.isValid()
            and not self._stalled
            and current is not None
            and not current.complete
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - signature
        if not self.canFetchMore(parent):
            return
        current = self._result
        assert current is not None
        try:
            with busy():
                read = self._clinic.recall.more(current, self.page)
        except KnownError as error:
            self._stalled = True
            self.unreadable.emit(shown(error.text))
            return
        added = self._rows_of(read.patients[len(current.patients) :])
        self._result = read
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows += added
            self.endInsertRows()

    @staticmethod
    def _rows_of(
        patients: tuple[RecalledPatient, ...],
    ) -> list[tuple[RecalledPatient, RecalledSession, bool]]:
        """A row a session, the first of each patient's marked."""
        rows: list[tuple[RecalledPatient, RecalledSession, bool]] = []
        for patient in patients:
            for number, session in enumerate(patient.sessions):
                rows.append((patient, session, number == 0))
        return rows

    def row_total(self) -> int:
        return len(self._rows)

    def columns(self) -> tuple[RecallColumn, ...]:
        return COLUMNS

    def header_titles(self) -> dict[RecallColumn, str]:
        return {
            RecallColumn.PATIENT: self.tr("Patient"),
            RecallColumn.RECORD: self.tr("Record no."),
            RecallColumn.BORN: self.tr("Born"),
            RecallColumn.PHONE: self.tr("Phone"),
            RecallColumn.EMAIL: self.tr("E-mail"),
            RecallColumn.DATE: self.tr("Session"),
            RecallColumn.AREAS: self.tr("Areas"),
            RecallColumn.PRODUCT: self.tr("Product"),
            RecallColumn.LOT: self.tr("Lot"),
            RecallColumn.AMOUNT: self.tr("Amount"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        patient, session, first = self._rows[index.row()]
        column = RecallColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column in PATIENT_COLUMNS and not first:
                return ""
            return self._text(patient, session, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in PATIENT_COLUMNS:
            return self._text(patient, session, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is RecallColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(
        self, patient: RecalledPatient, session: RecalledSession, column: RecallColumn
    ) -> str:
        if column is RecallColumn.BORN:
            return shown_date(patient.date_of_birth)
        person = {
            RecallColumn.PATIENT: patient.display_name,
            RecallColumn.RECORD: patient.record_number,
            RecallColumn.PHONE: patient.phone,
            RecallColumn.EMAIL: patient.email,
        }
        if column in person:
            return person[column]
        if column is RecallColumn.PRODUCT:
            return ", ".join(session.products)
        if column is RecallColumn.LOT:
            return ", ".join(session.lots)
        if column is RecallColumn.DATE:
            return shown_date(session.performed_on)
        if column is RecallColumn.AREAS:
            return ", ".join(area_label(area) for area in session.areas)
        return self._amount(session)

    def _amount(self, session: RecalledSession) -> str:
        """The volume, and beside it the units given of a product counted in units:
        "3 units · 5.0 ml"; where some of that product's uses have no units recorded, the
        units are not its whole amount: "3 units + 1 use without units · 5.0 ml"."""
        shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        amount = QLocale().toString(round(session.volume_ml, 3), "f", shortest)
        volume = self.tr("%1 ml").replace("%1", amount)
        given = [use.units for use in session.uses if use.units is not None]
        if not given:
            return volume
        units = sum(given)
        count = QLocale().toString(round(units, 3), "f", shortest)
        words = self.tr("1 unit") if units == 1 else self.tr("%1 units").replace("%1", count)
        missing = _uses_without_units(session)
        if missing:
            lacking = (
                self.tr("1 use without units")
                if missing == 1
                else self.tr("%n uses without units", "", missing)
            )
            words = self.tr("%1 + %2").replace("%1", words).replace("%2", lacking)
        return self.tr("%1 · %2").replace("%1", words).replace("%2", volume)


def _uses_without_units(session: RecalledSession) -> int:
    """The uses with no units recorded of a product that has units in another use of the
    session (a use of a product in ml, sharing the lot, is none of them)."""
    counted = {name_key(use.product_name) for use in session.uses if use.units is not None}
    return sum(use.units is None and name_key(use.product_name) in counted for use in session.uses)
