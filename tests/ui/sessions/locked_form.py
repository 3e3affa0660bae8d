"""A locked session's form tried as a clinician would: typing into every field, stepping
every choice and pressing every button of it, which must change nothing. Only the chart's
diagram picker and canvas stay usable, to read the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mesolog.ui.sessions.session_form import SessionForm

TypingField = QLineEdit | QPlainTextEdit | QAbstractSpinBox


def _text(field: TypingField) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def typing_fields(form: SessionForm) -> list[TypingField]:
    return [
        w for kind in (QLineEdit, QPlainTextEdit, QAbstractSpinBox) for w in form.findChildren(kind)
    ]


def typable(form: SessionForm) -> list[str]:
    """The fields of `form` that take typing: enabled and not read-only."""
    return [w.objectName() for w in typing_fields(form) if w.isEnabled() and not w.isReadOnly()]


def choices(form: SessionForm) -> list[QWidget]:
    """Every list and button of the form but the chart's diagram picker."""
    picker = form.treatments.chart.diagram_picker
    found = [*form.findChildren(QComboBox), *form.findChildren(QAbstractButton)]
    return [widget for widget in found if widget is not picker]


def assert_nothing_changes(form: SessionForm) -> None:
    """Types into each field, steps each choice and presses each button of the form (the
    keys go to the widget, as its window is active): nothing it holds changes, and no field
    takes typing."""
    fields = typing_fields(form)
    assert len(fields) > 15
    before, texts = form.to_payload(), [_text(field) for field in fields]
    for field in fields:
        QTest.keyClicks(field, "7x")
        QTest.keyClick(field, Qt.Key.Key_Up)
    for widget in choices(form):
        QTest.keyClick(widget, Qt.Key.Key_Down)
        QTest.keyClick(widget, Qt.Key.Key_Space)
    assert [_text(field) for field in fields] == texts
    assert form.to_payload() == before
    assert typable(form) == []
    assert [w.objectName() for w in choices(form) if w.isEnabled()] == []
