"""Every date and time the window shows follows one rule: ISO 8601 (2003-02-06, 16:15) where
no real locale is set (C or POSIX), the locale's own form otherwise."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QTime

from mesolog.ui.common.dates import (
    day_span,
    long_date,
    month_date,
    shown_date,
    shown_date_time,
    shown_time,
    writes_iso,
)
from tests.conftest import ATHENS, LOCALE

BRITISH = QLocale("en_GB")
AMERICAN = QLocale("en_US")
GREEK = QLocale("el_GR")
DAY = dt.date(2003, 2, 6)


@pytest.mark.parametrize("name", ["C", "POSIX"])
def test_without_a_real_locale_everything_is_iso_8601(name: str) -> None:
    locale = QLocale(name)
    assert writes_iso(locale)
    assert shown_date(DAY, locale) == "2003-02-06"
    assert shown_time(dt.time(16, 15), locale) == "16:15"
    assert shown_time(QTime(7, 2, 59), locale) == "07:02", "to the minute, 24-hour"
    assert long_date(DAY, locale) == "2003-02-06"
    assert month_date(DAY, locale=locale) == "2003-02-06"
    assert month_date(DAY, year=False, locale=locale) == "2003-02-06", "the year stays"
    assert day_span(dt.date(2026, 3, 12), dt.date(2026, 3, 16), locale) == (
        "2026-03-12 – 2026-03-16"
    )
    moment = dt.datetime(1977, 12, 6, 16, 15, tzinfo=ATHENS)
    assert shown_date_time(moment, locale) == "1977-12-06 16:15"


def test_a_real_locale_writes_its_own_form() -> None:
    assert not writes_iso(BRITISH)
    assert shown_time(dt.time(16, 15), BRITISH) == "16:15"
    assert shown_time(dt.time(16, 15), AMERICAN) == "4:15\u202fPM"
    assert long_date(DAY, BRITISH) == "Thursday, 6 February 2003"
    assert long_date(DAY, AMERICAN) == "Thursday, February 6, 2003"
    assert long_date(DAY, GREEK) == "Πέμπτη 6 Φεβρουαρίου 2003"
    assert month_date(DAY, locale=GREEK) == "6 Φεβ 2003"
    assert month_date(DAY, year=False, locale=BRITISH) == "6 Feb"
    assert day_span(dt.date(2026, 3, 12), dt.date(2026, 3, 16), BRITISH) == "12–16 Mar"
    assert day_span(dt.date(2026, 3, 30), dt.date(2026, 4, 3), BRITISH) == "30 Mar – 3 Apr"
    assert day_span(dt.date(2026, 12, 30), dt.date(2027, 1, 3), BRITISH) == "30 Dec – 3 Jan"


def test_the_default_is_the_locale_the_tests_run_in() -> None:
    """Under `MESOLOG_TEST_LOCALE=C.UTF-8` the helpers write ISO with no locale passed."""
    iso = LOCALE.split(".")[0] in ("C", "POSIX")
    assert writes_iso() == iso
    own_time = QLocale().toString(QTime(16, 15), QLocale.FormatType.ShortFormat)
    assert shown_time(dt.time(16, 15)) == ("16:15" if iso else own_time)
    assert (long_date(DAY) == "2003-02-06") == iso
    assert (month_date(DAY) == "2003-02-06") == iso
