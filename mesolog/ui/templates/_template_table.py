"""The Templates window's table: one row a template, the retired ones greyed and saying
since when."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QPalette

from mesolog.domain.ids import TemplateId
from mesolog.domain.templates import Template
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.labels import indication_label
from mesolog.ui.common.table_model import Index, ReadOnlyTableModel
from mesolog.ui.templates.template_words import areas_text, intervals_text, money_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TemplateColumn(IntEnum):
    NAME = 0
    INDICATION = 1
    SESSIONS = 2
    INTERVALS = 3
    AREAS = 4
    FEE = 5
    STATE = 6


class TemplateTableModel(ReadOnlyTableModel[TemplateColumn]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._templates: list[Template] = []
        self._currency = ""

    def show(self, templates: Sequence[Template], currency: str = "") -> None:
        """The templates, their fees in the clinic's `currency` (none named when "")."""
        self.beginResetModel()
        self._templates, self._currency = list(templates), currency
        self.endResetModel()

    def template_at(self, row: int) -> Template:
        return self._templates[row]

    def row_of(self, template_id: TemplateId) -> int | None:
        return next((i for i, t in enumerate(self._templates) if t.id == template_id), None)

    def row_total(self) -> int:
        return len(self._templates)

    def columns(self) -> Sequence[TemplateColumn]:
        return list(TemplateColumn)

    def header_titles(self) -> Mapping[TemplateColumn, str]:
        return {
            TemplateColumn.NAME: self.tr("Name"),
            TemplateColumn.INDICATION: self.tr("Indication"),
            TemplateColumn.SESSIONS: self.tr("Sessions"),
            TemplateColumn.INTERVALS: self.tr("Intervals"),
            TemplateColumn.AREAS: self.tr("Areas"),
            TemplateColumn.FEE: self.tr("Session fee"),
            TemplateColumn.STATE: self.tr("State"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        template = self._templates[index.row()]
        column = TemplateColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(template, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            TemplateColumn.SESSIONS,
            TemplateColumn.FEE,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not template.active:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _text(self, template: Template, column: TemplateColumn) -> str:
        details = template.details
        if column is TemplateColumn.NAME:
            return details.name
        if column is TemplateColumn.INDICATION:
            return indication_label(details.indication)
        if column is TemplateColumn.SESSIONS:
            return QLocale().toString(details.planned_sessions)
        if column is TemplateColumn.INTERVALS:
            return intervals_text(details)
        if column is TemplateColumn.AREAS:
            return areas_text(details.areas)
        if column is TemplateColumn.FEE:
            return money_text(details.session_fee, self._currency)
        if template.retired_at is None:
            return self.tr("In use")
        return self.tr("Retired on %1").replace(
            "%1", shown_date(template.retired_at.astimezone().date())
        )
