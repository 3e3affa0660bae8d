"""The wait cursor shows while the block runs and goes however the block ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mesolog.ui.common.wait_cursor import busy


def _shape() -> Qt.CursorShape | None:
    cursor = QApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


def test_the_wait_cursor_shows_while_the_block_runs(qtbot: QtBot) -> None:
    with busy():
        assert _shape() == Qt.CursorShape.WaitCursor
    assert _shape() is None


def test_the_wait_cursor_goes_when_the_block_fails(qtbot: QtBot) -> None:
    with pytest.raises(OSError), busy():
        raise OSError("disk full")
    assert _shape() is None
