"""Dates and times read as people type them, in the three orders locales write them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from mesolog.ui.common.typed_dates import part_order, read_date, read_moment

BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GREEK = QLocale(QLocale.Language.Greek, QLocale.Country.Greece)
NO_LOCALE = QLocale.c()
BIRTH = 2026
"""The latest year a date of birth may have: two-digit years read back from it."""


def test_each_locale_orders_the_parts_as_it_writes_them() -> None:
    assert part_order(BRITISH) == "dMy"
    assert part_order(GREEK) == "dMy"
    assert part_order(AMERICAN) == "Mdy"
    assert part_order(NO_LOCALE) == "yMd"


@pytest.mark.parametrize(
    "typed",
    [
        "31 12 1980",
        "31/12/1980",
        "31.12.1980",
        "31-12-1980",
        "31121980",
        "31/12/80",
        "311280",
        " 31 / 12 / 1980 ",
        "1980-12-31",
    ],
)
def test_a_day_first_locale_reads_every_common_way(typed: str) -> None:
    for locale in (BRITISH, GREEK):
        assert read_date(typed, latest_year=BIRTH, locale=locale).value == dt.date(1980, 12, 31)


@pytest.mark.parametrize("typed", ["12/31/1980", "12311980", "12 31 80", "1980-12-31"])
def test_a_month_first_locale_reads_the_month_first(typed: str) -> None:
    assert read_date(typed, latest_year=BIRTH, locale=AMERICAN).value == dt.date(1980, 12, 31)


@pytest.mark.parametrize("typed", ["1980-12-31", "19801231", "31 12 1980"])
def test_without_a_locale_iso_is_read_and_a_year_last_too(typed: str) -> None:
    assert read_date(typed, latest_year=BIRTH, locale=NO_LOCALE).value == dt.date(1980, 12, 31)


@pytest.mark.parametrize(
    ("typed", "latest_year", "year"),
    [
        ("1/1/26", 2026, 2026),
        ("1/1/27", 2026, 1927),
        ("1/1/80", 2026, 1980),
        ("1/1/00", 2026, 2000),
        ("1/1/30", 2076, 2030),
        ("1/1/99", 2076, 1999),
    ],
)
def test_a_two_digit_year_is_the_latest_that_fits_never_18xx(
    typed: str, latest_year: int, year: int
) -> None:
    day = read_date(typed, latest_year=latest_year, locale=BRITISH).value
    assert day == dt.date(year, 1, 1)


def test_an_empty_text_is_no_date_and_no_problem() -> None:
    assert read_date("  ", latest_year=BIRTH, locale=BRITISH).value is None
    assert read_date("  ", latest_year=BIRTH, locale=BRITISH).problem == ""


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31 02 2026", "no such day: 31 02 2026"),
        ("13/13/2020", "no such day"),
        ("3l/12/1980", "like 31/12/1980"),
        ("31 12", "like 31/12/1980"),
        ("31121", "like 31/12/1980"),
        ("31/12/198", "like 31/12/1980"),
        ("tomorrow", "like 31/12/1980"),
    ],
)
def test_what_cannot_be_read_is_refused_with_an_example(typed: str, says: str) -> None:
    reading = read_date(typed, latest_year=BIRTH, locale=BRITISH)
    assert reading.value is None
    assert says in reading.problem


@pytest.mark.parametrize(
    ("typed", "locale", "moment"),
    [
        ("09/03/2026 09:30", BRITISH, dt.datetime(2026, 3, 9, 9, 30)),
        ("090320260930", BRITISH, dt.datetime(2026, 3, 9, 9, 30)),
        ("09032026 2130", BRITISH, dt.datetime(2026, 3, 9, 21, 30)),
        ("9.3.2026 9.30", GREEK, dt.datetime(2026, 3, 9, 9, 30)),
        ("9/3/2026 9:30 π.μ.", GREEK, dt.datetime(2026, 3, 9, 9, 30)),
        ("9/3/2026 9:30 μ", GREEK, dt.datetime(2026, 3, 9, 21, 30)),
        ("030920260930A", AMERICAN, dt.datetime(2026, 3, 9, 9, 30)),
        ("3/9/2026 12:05 am", AMERICAN, dt.datetime(2026, 3, 9, 0, 5)),
        ("3/9/2026 12:05 PM", AMERICAN, dt.datetime(2026, 3, 9, 12, 5)),
        ("3/9/2026 9 p", AMERICAN, dt.datetime(2026, 3, 9, 21, 0)),
        ("2026-03-09 16:15", NO_LOCALE, dt.datetime(2026, 3, 9, 16, 15)),
    ],
)
def test_a_date_and_time_typed(typed: str, locale: QLocale, moment: dt.datetime) -> None:
    assert read_moment(typed, latest_year=2026, locale=locale).value == moment


@pytest.mark.parametrize(
    "typed",
    [
        "09/03/2026",
        "09/03/2026 25:00",
        "09/03/2026 09:60",
        "09/03/2026 13:00 pm",
        "09/03/2026 9:30 xm",
        "31/02/2026 09:30",
    ],
)
def test_a_moment_that_cannot_be_read_is_refused(typed: str) -> None:
    reading = read_moment(typed, latest_year=2026, locale=BRITISH)
    assert reading.value is None
    assert reading.problem
