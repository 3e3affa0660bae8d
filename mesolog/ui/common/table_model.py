"""What the window's read-only table models share: a flat list of rows under titled columns.

Qt's own `flags` fit them as they are: a cell is enabled and selectable and has no
children, and nothing is editable (no `setData`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
C = TypeVar("C", bound=IntEnum)


class ReadOnlyTableModel(QAbstractTableModel, Generic[C]):
    """Rows without children under the columns `columns()` names, titled by
    `header_titles()`; a subclass says how many rows it holds (`row_total`) and what a
    cell shows (`data`, after `holds` has checked the index)."""

    def row_total(self) -> int:
        raise NotImplementedError

    def columns(self) -> Sequence[C]:
        """The columns shown, in the view's order."""
        raise NotImplementedError

    def header_titles(self) -> Mapping[C, str]:
        raise NotImplementedError

    def holds(self, index: Index) -> bool:
        """Whether `index` is a cell of this table (a view may ask about any index)."""
        return (
            index.isValid()
            and not index.parent().isValid()
            and 0 <= index.row() < self.row_total()
            and 0 <= index.column() < len(self.columns())
        )

    # Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        columns = self.columns()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_titles()[columns[section]]
        return None
