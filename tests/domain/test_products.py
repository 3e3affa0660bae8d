"""The catalogue's rules: GTINs by their check digit, names and lot numbers compared as
people type them, prices, amounts and dates within bounds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mesolog.domain.enums import Solution
from mesolog.domain.ids import new_lot_id, new_product_id
from mesolog.domain.products import (
    Lot,
    LotInput,
    ProductInput,
    ProductUnit,
    lot_key,
    name_key,
    normal_gtin,
    validate_lot,
    validate_product,
)

TODAY = dt.date(2026, 3, 10)


def product(**changes: object) -> ProductInput:
    base = {"name": "HydraBoost 1.5%", "solution": Solution.HYALURONIC_ACID}
    return ProductInput(**(base | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("4006381333931", "04006381333931"),  # EAN-13
        ("09506000134352", "09506000134352"),  # GTIN-14 from GS1's examples
        ("036000291452", "00036000291452"),  # UPC-A
        ("96385074", "00000096385074"),  # GTIN-8
        (" 4006381333931 ", "04006381333931"),
    ],
)
def test_a_gtin_is_kept_as_fourteen_digits(typed: str, stored: str) -> None:
    assert normal_gtin(typed) == stored
    assert validate_product(product(gtin=typed)) == []


@pytest.mark.parametrize(
    "typed", ["4006381333932", "400638133393", "40063813339311", "4006381x33931", "٤٠٠٦٣٨١٣٣٣٩٣١"]
)
def test_a_gtin_with_a_wrong_check_digit_or_length_is_refused(typed: str) -> None:
    [violation] = validate_product(product(gtin=typed))
    assert violation.path == "gtin"
    assert "check digit" in str(violation.allowed)


def test_names_and_lots_are_compared_as_people_type_them() -> None:
    assert name_key("Ηyaluron  Ρlus") != name_key("Hyaluron Plus")  # Greek Eta, Rho: other letters
    assert name_key("Κολλαγόνο Plus") == name_key("  κολλαγονο   PLUS ")
    assert name_key("Mésoderm") == name_key("MESODERM")
    assert lot_key(" l2409-17 ") == "L2409-17"


def test_a_product_breaks_no_rule_or_says_which() -> None:
    assert validate_product(product()) == []
    assert [v.path for v in validate_product(product(name="   "))] == ["name"]
    assert [v.path for v in validate_product(product(default_volume=0.0))] == ["default_volume"]
    assert [v.path for v in validate_product(product(default_volume=60.0))] == ["default_volume"]
    units = product(unit=ProductUnit.UNITS, default_volume=100.0)
    assert validate_product(units) == []
    priced = product(price_per_unit=Decimal("0.855"))
    [violation] = validate_product(priced)
    assert (violation.path, violation.value) == ("price_per_unit", "0.855")
    assert "2 decimals" in str(violation.allowed)
    assert validate_product(product(price_per_unit=Decimal("12.50"))) == []
    assert [v.path for v in validate_product(product(price_per_unit=Decimal(-1)))] == [
        "price_per_unit"
    ]
    [long_name] = validate_product(product(name="x" * 201))
    assert long_name.value == "(201 characters)"


def test_a_lot_breaks_no_rule_or_says_which() -> None:
    lot = LotInput(new_product_id(), "L2409-17", dt.date(2027, 6, 30), TODAY, 20.0)
    assert validate_lot(lot, today=TODAY) == []
    tomorrow = LotInput(new_product_id(), "L1", dt.date(2027, 6, 30), TODAY + dt.timedelta(1))
    [violation] = validate_lot(tomorrow, today=TODAY)
    assert (violation.path, violation.value) == ("received_on", "2026-03-11")
    [empty] = validate_lot(LotInput(new_product_id(), " ", dt.date(2027, 1, 1)), today=TODAY)
    assert empty.path == "lot_number"
    [none] = validate_lot(
        LotInput(new_product_id(), "L", dt.date(2027, 1, 1), None, 0.0), today=TODAY
    )
    assert none.path == "quantity_received"


def test_what_is_left_of_a_lot_is_counted_in_its_products_unit() -> None:
    details = LotInput(new_product_id(), "L1", dt.date(2027, 1, 1), None, 10.0)
    at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    counted = Lot(new_lot_id(), details, "HydraBoost", ProductUnit.ML, at, used=2.5)
    assert counted.quantity_left == 7.5
    ampoules = Lot(new_lot_id(), details, "Vita Ampoule", ProductUnit.UNITS, at, used=3.0)
    assert ampoules.quantity_left == 7.0
    uncounted = LotInput(new_product_id(), "L2", dt.date(2027, 1, 1))
    assert Lot(new_lot_id(), uncounted, "X", ProductUnit.ML, at, used=1.0).quantity_left is None
    assert counted.expired_on(dt.date(2027, 1, 2))
    assert not counted.expired_on(dt.date(2027, 1, 1))
