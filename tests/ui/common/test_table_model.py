"""A read-only table model: rows under titled columns in the view's order, nothing editable."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from mesolog.ui.common.table_model import ReadOnlyTableModel


class _Column(IntEnum):
    NAME = 0
    PHONE = 1
    NOTES = 2


class _Model(ReadOnlyTableModel[_Column]):
    """Two rows under the columns phone and name, in that order."""

    def row_total(self) -> int:
        return 2

    def columns(self) -> tuple[_Column, ...]:
        return (_Column.PHONE, _Column.NAME)

    def header_titles(self) -> dict[_Column, str]:
        return {_Column.NAME: "Name", _Column.PHONE: "Phone", _Column.NOTES: "Notes"}


def test_the_columns_are_titled_in_the_views_order(qtbot: QtBot) -> None:
    model = _Model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Phone", "Name"]
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_rows_have_no_children(qtbot: QtBot) -> None:
    model = _Model()
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    cell = model.index(0, 0)
    assert (model.rowCount(cell), model.columnCount(cell)) == (0, 0)


def test_only_the_cells_of_the_table_are_held(qtbot: QtBot) -> None:
    model = _Model()
    assert model.holds(model.index(1, 1))
    assert not model.holds(QModelIndex())
    assert not model.holds(model.createIndex(2, 0))
    assert not model.holds(model.createIndex(0, 2))


def test_a_cell_is_selectable_and_not_editable(qtbot: QtBot) -> None:
    model = _Model()
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert flags & Qt.ItemFlag.ItemIsEnabled
    assert flags & Qt.ItemFlag.ItemNeverHasChildren
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
