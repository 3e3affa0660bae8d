"""The shared date inputs: a date that may be "not set", typed key by key in one field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mesolog.ui.common.date_edits import OptionalDateEdit

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

EARLIEST = dt.date(1900, 1, 1)


@pytest.fixture(autouse=True)
def greek_locale() -> Iterator[None]:
    """Day, month, year: the order the digits are typed in."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Greek, QLocale.Country.Greece))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    """The date between two other fields, as in a form."""
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.addWidget(QLineEdit(host, objectName="before"))
    edit = OptionalDateEdit(
        host,
        earliest=EARLIEST,
        latest=dt.date.max,
        not_set_text="—",
        start_page=dt.date(2026, 3, 10),
    )
    edit.setObjectName("day")
    layout.addWidget(edit)
    layout.addWidget(QLineEdit(host, objectName="after"))
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host


def day_of(form: QWidget) -> OptionalDateEdit:
    found = form.findChild(OptionalDateEdit, "day")
    assert found is not None
    return found


def test_a_date_typed_on_not_set_starts_from_the_earliest_day(qtbot: QtBot, form: QWidget) -> None:
    edit = day_of(form)
    edit.setFocus()
    assert (edit.text(), edit.value(), edit.raw()) == ("—", None, None)
    changes: list[dt.date | None] = []
    edit.changed.connect(lambda: changes.append(edit.value()))

    qtbot.keyClicks(edit, "3")
    assert edit.value() == dt.date(1900, 1, 3), "half typed: an implausible year"
    qtbot.keyClicks(edit, "1052027")

    assert edit.text() == "31/05/2027"
    assert edit.value() == dt.date(2027, 5, 31)
    assert edit.raw() == "2027-05-31"
    assert changes[-1] == dt.date(2027, 5, 31)


def test_emptying_the_field_makes_it_not_set_and_tab_then_leaves(
    qtbot: QtBot, form: QWidget
) -> None:
    edit = day_of(form)
    edit.set_raw("2027-05-31")
    assert edit.value() == dt.date(2027, 5, 31)
    edit.setFocus()

    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)

    assert (edit.text(), edit.value(), edit.raw()) == ("—", None, None)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.value() is None, "nothing more to empty"
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.findChild(QLineEdit, "after")
