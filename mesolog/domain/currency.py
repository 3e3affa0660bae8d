"""The clinic's currency: an ISO 4217 code ("EUR") that prices and estimates are written
with, or none (amounts then name no currency, as before the setting existed).

The codes are Babel's (the CLDR's list, which reports.formatting and the window use to
write an amount in the locale's form, "150,00 €" in Greek and "€150.00" in English)."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_currency_symbol, list_currencies

from mesolog.domain.errors import Violation

COMMON = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "DKK", "NOK", "PLN", "CZK", "RON")
"""What the Settings dialog lists first: the clinic may type any other code."""
_KNOWN = frozenset(list_currencies())


def tidied_currency(code: str) -> str:
    """As stored: without surrounding spaces, in capitals ("eur " is "EUR")."""
    return code.strip().upper()


def currency_violations(code: str, path: str = "currency") -> list[Violation]:
    """What is wrong with a currency as typed: none, or an ISO 4217 code."""
    tidied = tidied_currency(code)
    if not tidied or tidied in _KNOWN:
        return []
    shown = tidied if len(tidied) <= 10 else f"{tidied[:10]}… ({len(tidied)} characters)"
    return [
        Violation(
            path,
            shown,
            "an ISO 4217 currency code such as EUR, USD or GBP, or none",
        )
    ]


def _locale(name: str) -> Locale:
    """Babel's locale for a Qt or POSIX name ("el_GR", "C"): English when it knows none."""
    try:
        return Locale.parse(name.split(".", maxsplit=1)[0].replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale("en")


def currency_symbol(code: str, locale: str) -> str:
    """How `locale` writes the currency: "€" for EUR, "US$" or "$" for USD."""
    return get_currency_symbol(tidied_currency(code), locale=_locale(locale))


def currency_name(code: str, locale: str) -> str:
    """The currency's name in `locale`'s language ("euro", "ευρώ")."""
    return get_currency_name(tidied_currency(code), locale=_locale(locale))
