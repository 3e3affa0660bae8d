"""The one date rule of the PDFs, as in the window: the locale's format when a real locale is
set, ISO 8601 dates and 24-hour times under C or POSIX (or a locale nobody knows)."""

from __future__ import annotations

import datetime as dt

import pytest

from mesolog.reports.formatting import Formatter, locale_from_environment

ATHENS = dt.timezone(dt.timedelta(hours=2))
MOMENT = dt.datetime(2003, 2, 6, 16, 15, tzinfo=ATHENS)
NBSP = "\u00a0"


@pytest.mark.parametrize("name", ["C", "POSIX", "C.UTF-8", "C.utf8", "", "xx_YY"])
def test_without_a_real_locale_dates_are_iso_8601_and_times_24_hour(name: str) -> None:
    fmt = Formatter(name)
    assert fmt.iso
    assert fmt.date(MOMENT.date()) == "2003-02-06"
    assert fmt.time(MOMENT) == "16:15"
    assert fmt.datetime(MOMENT) == "2003-02-06 16:15"
    assert fmt.number(1234.5) == "1234.5"
    assert fmt.language_tag == "en"


@pytest.mark.parametrize(
    ("name", "date", "moment", "number"),
    [
        ("en_GB", "6 Feb 2003", "6 Feb 2003, 16:15", "1,234.5"),
        ("en_US", "Feb 6, 2003", "Feb 6, 2003, 4:15 PM", "1,234.5"),
        ("el_GR", "6 Φεβ 2003", "6 Φεβ 2003, 4:15 μ.μ.", "1.234,5"),
        ("de_DE", "06.02.2003", "06.02.2003, 16:15", "1.234,5"),
    ],
)
def test_a_real_locale_writes_its_own_format(
    name: str, date: str, moment: str, number: str
) -> None:
    fmt = Formatter(name)
    assert not fmt.iso
    assert fmt.date(MOMENT.date()).replace(NBSP, " ") == date
    assert fmt.datetime(MOMENT).replace(NBSP, " ") == moment
    assert fmt.number(1234.5) == number
    assert fmt.language_tag == name.replace("_", "-")


def test_a_time_is_that_of_its_own_utc_offset() -> None:
    utc = MOMENT.astimezone(dt.UTC)
    assert Formatter("C").time(utc) == "14:15"
    assert Formatter("C").datetime(utc) == "2003-02-06 14:15"


@pytest.mark.parametrize(
    ("environ", "locale"),
    [
        ({"LANG": "el_GR.UTF-8"}, "el_GR"),
        ({"LANG": "en_GB.UTF-8", "LC_TIME": "de_DE.UTF-8"}, "de_DE"),
        ({"LANG": "el_GR.UTF-8", "LC_TIME": "de_DE", "LC_ALL": "C.UTF-8"}, "C"),
        ({"LANG": "C.UTF-8", "LC_ALL": ""}, "C"),
        ({"LC_ALL": "de_DE@euro"}, "de_DE"),
        ({}, "C"),
    ],
)
def test_the_environment_names_the_locale_as_posix_orders_it(
    environ: dict[str, str], locale: str
) -> None:
    assert locale_from_environment(environ) == locale


@pytest.mark.parametrize(
    ("name", "units", "amount"),
    [
        ("en_GB", 2.0, "2 units · 5 ml"),
        ("en_GB", 1.0, "1 unit · 5 ml"),
        ("el_GR", 1.5, "1,5 units · 5 ml"),
        ("C", 1250.0, "1250 units · 5 ml"),
        ("en_GB", None, "5 ml"),
    ],
)
def test_an_amount_says_the_units_given_beside_the_volume(
    name: str, units: float | None, amount: str
) -> None:
    """A number stays with its unit (no-break spaces); the amount may break after the dot."""
    written = Formatter(name).amount(5.0, units)
    assert written.replace(NBSP, " ") == amount
    assert " " not in written.replace("· ", "")


@pytest.mark.parametrize(
    ("name", "units", "without", "amount"),
    [
        ("en_GB", 3.0, 1, "3 units + 1 use without units · 5 ml"),
        ("en_GB", 1.0, 2, "1 unit + 2 uses without units · 5 ml"),
        ("el_GR", 1.5, 1, "1,5 units + 1 use without units · 5 ml"),
        ("en_GB", 3.0, 0, "3 units · 5 ml"),
        ("en_GB", None, 2, "5 ml"),
    ],
)
def test_a_units_total_some_uses_lack_says_how_many_lack_them(
    name: str, units: float | None, without: int, amount: str
) -> None:
    """Units added up over uses of which some have none are not the product's whole amount:
    the amount says how many uses lack them. It may break after the plus and the dot only."""
    written = Formatter(name).amount(5.0, units, without_units=without)
    assert written.replace(NBSP, " ") == amount
    assert " " not in written.replace("· ", "").replace("+ ", "")
