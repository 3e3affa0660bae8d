"""The mouse wheel changes a field's value only while the field has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mesolog.ui.common.focused_wheel import FocusedWheel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class _SpinBox(FocusedWheel, QSpinBox):
    pass


def _wheel_up(widget: QWidget) -> QWheelEvent:
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    """A spin box under another field, as in a form."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.addWidget(QLineEdit(host, objectName="other"))
    spin = _SpinBox(host)
    spin.setObjectName("spin")
    spin.setRange(0, 10)
    layout.addWidget(spin)
    host.show()
    qtbot.waitExposed(host)
    return host


def _spin(form: QWidget) -> QSpinBox:
    spin = form.findChild(QSpinBox, "spin")
    assert spin is not None
    return spin


def test_the_wheel_passes_over_a_field_without_the_focus(form: QWidget) -> None:
    spin = _spin(form)
    form.findChild(QLineEdit, "other").setFocus()
    event = _wheel_up(spin)
    assert spin.value() == 0
    assert not event.isAccepted()  # left to what the field sits in: the form scrolls


def test_the_wheel_turns_the_value_of_the_focused_field(form: QWidget, qtbot: QtBot) -> None:
    spin = _spin(form)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel_up(spin)
    assert spin.value() == 1


def test_the_field_takes_the_focus_by_tab_or_click_only(form: QWidget) -> None:
    assert _spin(form).focusPolicy() == Qt.FocusPolicy.StrongFocus
