"""The patient list as a Qt table model: one row per `PatientSummary`."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from mesolog.services.patients import PatientSummary

_Index = QModelIndex | QPersistentModelIndex


class PatientColumn(IntEnum):
    NAME = 0
    DATE_OF_BIRTH = 1
    RECORD_NUMBER = 2
    PHONE = 3


def short_date(value: dt.date) -> str:
    """A date in the user's locale, short form but with the whole year (31/12/1980, 12/31/1980).

    A two-digit year would make a birth in 1925 and one in 2025 look the same.
    """
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


class PatientTableModel(QAbstractTableModel):
    """Read-only rows of patients; `Qt.ItemDataRole.UserRole` gives the patient id as text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._patients: list[PatientSummary] = []

    def set_patients(self, patients: list[PatientSummary]) -> None:
        self.beginResetModel()
        self._patients = list(patients)
        self.endResetModel()

    def patient_at(self, row: int) -> PatientSummary:
        return self._patients[row]

    def header_titles(self) -> dict[PatientColumn, str]:
        return {
            PatientColumn.NAME: self.tr("Name"),
            PatientColumn.DATE_OF_BIRTH: self.tr("Date of birth"),
            PatientColumn.RECORD_NUMBER: self.tr("Record number"),
            PatientColumn.PHONE: self.tr("Phone"),
        }

    # Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._patients)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PatientColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._patients):
            return None
        if not 0 <= index.column() < len(PatientColumn):
            return None
        patient = self._patients[index.row()]
        column = PatientColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(patient, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(patient, column)
        if role == Qt.ItemDataRole.UserRole:
            return str(patient.id)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PatientColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_titles()[PatientColumn(section)]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # helpers

    @staticmethod
    def _display(patient: PatientSummary, column: PatientColumn) -> str:
        if column is PatientColumn.NAME:
            return patient.display_name
        if column is PatientColumn.DATE_OF_BIRTH:
            return short_date(patient.date_of_birth)
        if column is PatientColumn.RECORD_NUMBER:
            return patient.record_number
        return patient.phone

    def _tooltip(self, patient: PatientSummary, column: PatientColumn) -> str | None:
        if column is PatientColumn.DATE_OF_BIRTH:
            long_form = QLocale().toString(
                QDate(
                    patient.date_of_birth.year,
                    patient.date_of_birth.month,
                    patient.date_of_birth.day,
                ),
                QLocale.FormatType.LongFormat,
            )
            return self.tr("Born %1").replace("%1", long_form)
        text = self._display(patient, column)
        return text or None
