"""The typed fields as a person uses them: every key kept, a value read only when it is
one the field allows, the problem said as soon as the field is left and unsaid once fixed,
and a day picked in the calendar by mouse or keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain import limits
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import FieldErrors
from mesolog.ui.common.typed_fields import DateField, NumberField, TypedField
from tests.locale_support import decimal, typed_date
from tests.typing_support import focus, type_into

TODAY = dt.date(2026, 3, 10)


def in_form(qtbot: QtBot, field: TypedField) -> tuple[QWidget, FieldErrors]:
    """The field between two others, its error label under it, on screen."""
    host = QWidget()
    column = QVBoxLayout(host)
    column.addWidget(QLineEdit(host))
    field.setObjectName("field")
    column.addWidget(field)
    errors = FieldErrors(host)
    column.addWidget(errors.label_for("field"))
    errors.follow(field)
    column.addWidget(QLineEdit(host))
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host, errors


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("150", "150 /s is too high: 1 to 100 /s."),
        ("0", "0 /s is too low: 1 to 100 /s."),
        ("8O", "8O is not a number: 1 to 100 /s."),
        ("7,5", "7,5 is not a whole number: 1 to 100 /s."),
        ("", "A value is needed: 1 to 100 /s."),
    ],
)
def test_a_number_outside_the_span_is_kept_as_typed_and_said_beside_it(
    qtbot: QtBot, typed: str, says: str
) -> None:
    speed = NumberField(limits.PEN_PENETRATIONS_PER_SECOND, "/s")
    speed.set_value(80)
    _host, errors = in_form(qtbot, speed)
    type_into(qtbot, speed, typed or "x")
    if not typed:
        speed.clear()
        speed.editingFinished.emit()
    assert speed.text() == typed, "every key kept, nothing clamped"
    assert speed.value() is None
    assert errors.visible() == {"field": says.replace("7,5", typed)}

    type_into(qtbot, speed, "80", tab=False)
    assert errors.visible() == {}, "unsaid as soon as it is fixed"
    assert speed.value() == 80


def test_a_decimal_takes_either_mark_and_at_most_its_places(qtbot: QtBot) -> None:
    depth = NumberField(limits.PEN_DEPTH_MM, "mm", places=2)
    _host, errors = in_form(qtbot, depth)
    for typed in ("0,75", "0.75"):
        type_into(qtbot, depth, typed)
        assert (depth.value(), depth.text()) == (0.75, decimal("0.75"))
    type_into(qtbot, depth, "0.755")
    assert depth.value() is None
    assert "more than 2 decimals" in errors.visible()["field"]


@pytest.mark.parametrize("typed", ["1500", "1500.5", "150000"])
def test_a_number_left_keeps_its_value_without_a_group_separator(qtbot: QtBot, typed: str) -> None:
    """A thousands separator written into the field would read back as a decimal mark
    ("1,500" as 1.5, or as too many decimals)."""
    price = NumberField(limits.Range(0, 1_000_000), places=2)
    _host, errors = in_form(qtbot, price)
    type_into(qtbot, price, typed)
    price.check()
    assert price.value() == float(typed)
    assert price.text() == decimal(typed)
    assert errors.visible() == {}
    price.set_value(float(typed))
    assert price.value() == float(typed)


def test_a_thousands_mark_that_could_be_a_decimal_mark_is_refused(qtbot: QtBot) -> None:
    """With three places allowed, "1,000" in en_GB (or "1.000" in Greek) would read as 1:
    it is refused, saying both readings, instead of storing one of them in silence."""
    units = NumberField(limits.UNITS_AMOUNT, "units", places=3)
    _host, errors = in_form(qtbot, units)
    group = QLocale().groupSeparator()
    if group in (".", ","):
        typed = f"1{group}200"
        type_into(qtbot, units, typed)
        assert units.value() is None
        said = errors.visible()["field"]
        assert typed in said and "1200" in said and decimal("1.2") in said
    if group in (".", ","):
        for sloppy in (f"+1{group}200", f"01{group}200", f"-1{group}200"):
            type_into(qtbot, units, sloppy)
            assert units.value() is None, f"{sloppy} is not stored as 1.2"
            assert "reads two ways" in errors.visible()["field"]
    other = "." if group == "," else ","
    for plain in ("1200", decimal("1.2"), "0,125", "0.125", "1,2500", f"1{other}2"):
        type_into(qtbot, units, plain)
        if plain == "1200":
            assert units.value() is None, "too high, said as too high"
            assert "too high" in errors.visible()["field"]
        elif plain == "1,2500":
            assert units.value() is None
        else:
            assert units.value() == float(plain.replace(",", "."))


def test_the_limits_are_said_without_a_thousands_mark(qtbot: QtBot) -> None:
    """A limit said "1,000" would be typed back as 1."""
    units = NumberField(limits.UNITS_AMOUNT, "units", places=3)
    _host = in_form(qtbot, units)
    type_into(qtbot, units, "0")
    assert units.problem().endswith("more than 0, at most 1000 units.")


def test_an_optional_number_is_none_when_empty(qtbot: QtBot) -> None:
    passes = NumberField(limits.PEN_PASSES, optional=True, placeholder="not recorded")
    _host, errors = in_form(qtbot, passes)
    assert (passes.text(), passes.value(), passes.problem()) == ("", None, "")
    type_into(qtbot, passes, "3")
    assert passes.value() == 3
    assert errors.visible() == {}


def test_a_volume_says_its_lower_end_is_excluded(qtbot: QtBot) -> None:
    volume = NumberField(limits.VOLUME_ML, "ml", places=2)
    _host = in_form(qtbot, volume)
    type_into(qtbot, volume, "0")
    assert volume.problem() == "0 ml is too low: more than 0, at most 50 ml."


def test_a_day_is_read_as_typed_written_in_the_locale_s_form_and_bounded(qtbot: QtBot) -> None:
    day = DateField(
        latest_year=TODAY.year,
        latest=(TODAY, "%1 is after today, %2"),
        start_page=TODAY,
    )
    _host, errors = in_form(qtbot, day)
    type_into(qtbot, day, typed_date(dt.date(1980, 12, 31), "/", short_year=True))
    assert (day.value(), day.text()) == (dt.date(1980, 12, 31), shown_date(dt.date(1980, 12, 31)))

    type_into(qtbot, day, typed_date(dt.date(2026, 3, 11), " "))
    assert day.value() is None
    later, today = shown_date(dt.date(2026, 3, 11)), shown_date(TODAY)
    assert errors.visible() == {"field": f"{later} is after today, {today}"}


def test_the_calendar_opens_from_its_icon_and_the_day_clicked_is_taken(qtbot: QtBot) -> None:
    day = DateField(latest_year=TODAY.year, start_page=TODAY)
    _host = in_form(qtbot, day)
    [icon] = day.findChildren(QToolButton)
    qtbot.mouseClick(icon, Qt.MouseButton.LeftButton)
    calendar = day.findChild(QCalendarWidget, "calendar")
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3), "today's month"
    calendar.clicked.emit(QDate(2026, 3, 4))
    assert day.value() == dt.date(2026, 3, 4)
    assert not calendar.isVisible()


def test_alt_down_opens_the_calendar_on_the_day_typed(qtbot: QtBot) -> None:
    day = DateField(latest_year=TODAY.year, start_page=TODAY)
    _host = in_form(qtbot, day)
    day.set_value(dt.date(2025, 7, 14))
    focus(qtbot, day)
    qtbot.keyClick(day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = day.findChild(QCalendarWidget, "calendar")
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate(2025, 7, 14)
    calendar.activated.emit(QDate(2025, 7, 15))
    assert day.value() == dt.date(2025, 7, 15)
