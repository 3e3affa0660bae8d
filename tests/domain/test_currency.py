"""The clinic's currency: none, or an ISO 4217 code however its case and spaces were
typed; anything else refused naming the value and what is allowed; its name and symbol as
a locale writes them, English for a locale Babel does not know."""

from __future__ import annotations

import pytest

from mesolog.domain.currency import (
    COMMON,
    currency_name,
    currency_symbol,
    currency_violations,
    tidied_currency,
)


@pytest.mark.parametrize("typed", ["", "  ", "EUR", " eur ", "chf", "JPY", "XAF", *COMMON])
def test_none_or_an_iso_code_is_allowed_and_kept_in_capitals(typed: str) -> None:
    assert currency_violations(typed) == []
    assert tidied_currency(typed) == typed.strip().upper()


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("EU", "EU"),
        ("€", "€"),
        ("XYZ", "XYZ"),
        ("euros", "EUROS"),
        ("E" * 40, "EEEEEEEEEE…"),
        ("ſek", "SEK"),  # upper-cases to SEK, but was not typed as a code
        ("GRD", "GRD"),  # the drachma, gone since 2002
        ("XXX", "XXX"),  # the code for no currency
        ("XAU", "XAU"),  # gold
    ],
)
def test_anything_else_is_refused_naming_it_and_what_is_allowed(typed: str, shown: str) -> None:
    [violation] = currency_violations(typed, "clinic.currency")
    assert violation.path == "clinic.currency"
    assert violation.value.startswith(shown)
    assert "ISO 4217" in str(violation.allowed)
    assert "or none" in str(violation.allowed)


def test_a_long_value_is_said_by_its_length() -> None:
    [violation] = currency_violations("E" * 40)
    assert violation.value == "EEEEEEEEEE… (40 characters)"


@pytest.mark.parametrize(
    ("locale", "symbol", "name"),
    [
        ("en_GB", "€", "Euro"),
        ("el_GR", "€", "Ευρώ"),
        ("el_GR.UTF-8", "€", "Ευρώ"),
        ("C", "€", "Euro"),
        ("xx_YY", "€", "Euro"),
    ],
)
def test_its_symbol_and_name_as_the_locale_writes_them(locale: str, symbol: str, name: str) -> None:
    assert (currency_symbol("eur", locale), currency_name("EUR", locale)) == (symbol, name)
