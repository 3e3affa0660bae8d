"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 dropped a reference to None on
every Qt call returning nothing, and the app aborted ("none_dealloc") after some tens of
thousands of calls, i.e. within a working day. pyproject.toml keeps PySide6 below 6.12;
this test fails if a binding with that fault is ever installed."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_keep_references_to_none(qtbot: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setObjectName("y")
    drift = sys.getrefcount(None) - before
    assert drift >= 0, f"the Qt binding lost {-drift} references to None in 4,000 calls"
