"""The audit dialog's table: its entries (newest first, read-only), their columns, and
audit actions and records in words."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from mesolog.services.audit import AuditEntry
from mesolog.ui.common.dates import shown_date_time
from mesolog.ui.common.table_model import Index, ReadOnlyTableModel
from mesolog.ui.records._audit_details import shown_detail

SHORT_ID = 8
UNTRUSTED_COLOUR = QColor("#b00020")


def action_words(action: str) -> str:
    """An audit action as a person says it ('sign' → 'Signed')."""
    words = {
        "create": QCoreApplication.translate("AuditDialog", "Created"),
        "update": QCoreApplication.translate("AuditDialog", "Changed"),
        "void": QCoreApplication.translate("AuditDialog", "Voided"),
        "sign": QCoreApplication.translate("AuditDialog", "Signed"),
        "amend": QCoreApplication.translate("AuditDialog", "Amended"),
        "import": QCoreApplication.translate("AuditDialog", "Imported"),
        "export": QCoreApplication.translate("AuditDialog", "Exported"),
        "backup": QCoreApplication.translate("AuditDialog", "Backed up"),
        "restore": QCoreApplication.translate("AuditDialog", "Restored"),
        "log_in": QCoreApplication.translate("AuditDialog", "Logged in"),
        "log_in_failed": QCoreApplication.translate("AuditDialog", "Log-in failed"),
        "switch_user": QCoreApplication.translate("AuditDialog", "Switched user"),
        "recall": QCoreApplication.translate("AuditDialog", "Searched for a recall"),
    }
    return words.get(action, action.replace("_", " "))


def known_entities() -> dict[str, str]:
    """The audit log's entity names, each in words: records and the entries naming none."""
    return {
        "patient": QCoreApplication.translate("AuditDialog", "Patient"),
        "course": QCoreApplication.translate("AuditDialog", "Course"),
        "session": QCoreApplication.translate("AuditDialog", "Session"),
        "clinician": QCoreApplication.translate("AuditDialog", "Clinician"),
        "photo": QCoreApplication.translate("AuditDialog", "Photo"),
        "product": QCoreApplication.translate("AuditDialog", "Product"),
        "lot": QCoreApplication.translate("AuditDialog", "Lot"),
        "template": QCoreApplication.translate("AuditDialog", "Template"),
        "clinic_settings": QCoreApplication.translate("AuditDialog", "Clinic settings"),
        "clinic_logo": QCoreApplication.translate("AuditDialog", "Clinic logo"),
        "clinic": QCoreApplication.translate("AuditDialog", "Clinic"),
        "database": QCoreApplication.translate("AuditDialog", "Database"),
        "file": QCoreApplication.translate("AuditDialog", "File"),
        "reaction_rates": QCoreApplication.translate("AuditDialog", "Reaction rates"),
        "recall": QCoreApplication.translate("AuditDialog", "Recall search"),
    }


def entity_words(entity: str) -> str:
    return known_entities().get(entity, entity.replace("_", " "))


def record_words(entity: str, entity_uuid: uuid.UUID | None) -> str:
    """'Session 3f2a9c10': the kind of record and the start of its id."""
    kind = entity_words(entity)
    return kind if entity_uuid is None else f"{kind} {entity_uuid.hex[:SHORT_ID]}"


class AuditColumn(IntEnum):
    NUMBER = 0
    WHEN = 1
    USER = 2
    ACTION = 3
    RECORD = 4
    DETAIL = 5


COLUMNS = tuple(AuditColumn)


class AuditEntriesModel(ReadOnlyTableModel[AuditColumn]):
    """Audit entries as given (newest first), read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self.untrusted_from: int | None = None
        """The entry a check found broken: it and those after it show in the error colour."""

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), None)

    def row_total(self) -> int:
        return len(self._entries)

    def columns(self) -> tuple[AuditColumn, ...]:
        return COLUMNS

    def header_titles(self) -> dict[AuditColumn, str]:
        return {
            AuditColumn.NUMBER: self.tr("No."),
            AuditColumn.WHEN: self.tr("When"),
            AuditColumn.USER: self.tr("User"),
            AuditColumn.ACTION: self.tr("Action"),
            AuditColumn.RECORD: self.tr("Record"),
            AuditColumn.DETAIL: self.tr("Detail"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = AuditColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and self.untrusted(entry):
            return QBrush(UNTRUSTED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is AuditColumn.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def untrusted(self, entry: AuditEntry) -> bool:
        return self.untrusted_from is not None and entry.id >= self.untrusted_from

    @staticmethod
    def _text(entry: AuditEntry, column: AuditColumn) -> str:
        if column is AuditColumn.NUMBER:
            return QLocale().toString(entry.id)
        if column is AuditColumn.WHEN:
            return shown_date_time(entry.occurred_at)
        if column is AuditColumn.USER:
            return entry.actor
        if column is AuditColumn.ACTION:
            return action_words(entry.action)
        if column is AuditColumn.RECORD:
            return record_words(entry.entity, entry.entity_uuid)
        return shown_detail(entry.action, entry.detail)

    def _tip(self, entry: AuditEntry, column: AuditColumn) -> str | None:
        if column is AuditColumn.WHEN:
            return entry.occurred_at.astimezone().isoformat(timespec="seconds")
        if column is AuditColumn.RECORD:
            lines = []
            if entry.entity_uuid is not None:
                lines.append(self.tr("Record id: %1").replace("%1", str(entry.entity_uuid)))
            if entry.patient_uuid is not None:
                lines.append(self.tr("Patient id: %1").replace("%1", str(entry.patient_uuid)))
            return "\n".join(lines) or None
        if column is AuditColumn.DETAIL:  # as stored, and hashed into the chain: in English
            return entry.detail or None
        if column is AuditColumn.NUMBER:
            return self.tr("Entry hash: %1").replace("%1", entry.entry_hash)
        return None
