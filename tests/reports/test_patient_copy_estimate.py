"""The course estimate in the patient copy's words: the total and its parts with two
decimals as the locale writes numbers, no session fee said as such, and the products left
out named (a solution by its word when the template names no product)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mesolog.domain.templates import CourseEstimate
from mesolog.reports.formatting import Formatter
from mesolog.reports.patient_copy import estimate_words


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_GB", "about 1,230.50 for 6 sessions (session fees 1,080.00, products 150.50)"),
        ("el_GR", "about 1.230,50 for 6 sessions (session fees 1.080,00, products 150,50)"),
        ("C", "about 1230.50 for 6 sessions (session fees 1080.00, products 150.50)"),
    ],
)
def test_the_total_and_its_parts_in_the_locales_numbers(locale: str, expected: str) -> None:
    estimate = CourseEstimate(6, Decimal("1080"), Decimal("150.50"))
    assert estimate_words(estimate, Formatter(locale)) == expected


@pytest.mark.parametrize(
    ("locale", "currency", "total", "fees", "products"),
    [
        ("en_GB", "EUR", "€1,230.50", "€1,080.00", "€150.50"),
        ("el_GR", "EUR", "1.230,50\xa0€", "1.080,00\xa0€", "150,50\xa0€"),
        ("C", "CHF", "1230.50 CHF", "1080.00 CHF", "150.50 CHF"),
        ("en_GB", "JPY", "JP¥1,230.50", "JP¥1,080.00", "JP¥150.50"),  # parts that add up
    ],
)
def test_the_clinics_currency_is_named_as_the_locale_writes_it(
    locale: str, currency: str, total: str, fees: str, products: str
) -> None:
    estimate = CourseEstimate(6, Decimal("1080"), Decimal("150.50"), currency=currency)
    assert estimate_words(estimate, Formatter(locale)) == (
        f"about {total} for 6 sessions (session fees {fees}, products {products})"
    )


def test_without_a_session_fee_the_products_alone_and_it_says_so() -> None:
    estimate = CourseEstimate(1, None, Decimal("25"))
    assert estimate_words(estimate, Formatter("en_GB")) == (
        "products about 25.00 for 1 session; session fees not included"
    )


def test_the_products_without_a_price_are_named() -> None:
    estimate = CourseEstimate(6, Decimal("480"), Decimal("0"), ("peptides", "VitaGlow <B>"))
    assert estimate_words(estimate, Formatter("en_GB")).endswith(
        "; not counted, no price yet: Peptides, VitaGlow <B>"
    )


def test_a_product_without_units_planned_is_named_apart_from_those_without_a_price() -> None:
    estimate = CourseEstimate(
        6, Decimal("480"), Decimal("0"), ("peptides",), "", ("VitaC Ampoule 2 ml",)
    )
    assert estimate_words(estimate, Formatter("en_GB")).endswith(
        "; not counted, no price yet: Peptides; not counted, no units planned: VitaC Ampoule 2 ml"
    )
