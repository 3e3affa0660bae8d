"""The clinic's currency: an ISO 4217 code ("EUR") that prices and estimates are written
with, or none (amounts then name no currency, as before the setting existed).

The codes are those some country uses today, from Babel (the CLDR's data, which the
window and the PDFs use to write an amount in the locale's form, "150,00 €" in Greek and
"€150.00" in English)."""

from __future__ import annotations

import datetime as dt
import re

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

from mesolog.domain.errors import Violation
from mesolog.domain.texts import phrase

COMMON = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "DKK", "NOK", "PLN", "CZK", "RON")
"""What the Settings dialog lists first: the clinic may type any other code."""
_CODE = re.compile(r"[A-Za-z]{3}")
_KNOWN = frozenset(
    code
    for territory in get_global("territory_currencies")
    for code in get_territory_currencies(territory, dt.date.today())
)
"""The currencies some country uses today (the CLDR's, through Babel): not the obsolete
drachma, gold, or the codes kept for testing and for no currency."""


def tidied_currency(code: str) -> str:
    """As stored: without surrounding spaces, in capitals ("eur " is "EUR")."""
    return code.strip().upper()


def currency_violations(code: str, path: str = "currency") -> list[Violation]:
    """What is wrong with a currency as typed: none, or an ISO 4217 code."""
    tidied = tidied_currency(code)
    if not tidied or (_CODE.fullmatch(code.strip()) and tidied in _KNOWN):
        return []
    shown = tidied if len(tidied) <= 10 else f"{tidied[:10]}… ({len(tidied)} characters)"
    allowed = phrase("Currency", "an ISO 4217 currency code such as EUR, USD or GBP, or none")
    return [Violation(path, shown, allowed)]


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
