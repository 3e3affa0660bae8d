"""The catalogue added to version 2 (issue 13): optional, so a document written before it is
still valid; its names and ranges those of the domain (domain.products); a bad value
refused at its place, in plain English and showing the value (codes, not health data);
and the file's rules on it (ids, names, GTINs and lot numbers each once)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from mesolog.domain import limits
from mesolog.domain.enums import Solution
from mesolog.domain.errors import Violation
from mesolog.domain.products import (
    MANUFACTURER_MAX,
    PRICE_PER_UNIT,
    QUANTITY_RECEIVED,
    ProductUnit,
)
from mesolog.interchange.file_rules import (
    ONE_GTIN as ONE_GTIN_TEXT,
)
from mesolog.interchange.file_rules import (
    ONE_LOT as ONE_LOT_TEXT,
)
from mesolog.interchange.file_rules import (
    ONE_NAME as ONE_NAME_TEXT,
)
from mesolog.interchange.file_rules import (
    file_rule_violations as file_rule_violations_found,
)
from mesolog.interchange.schema import (
    load_schema,
)
from mesolog.interchange.schema import (
    schema_violations as schema_violations_found,
)
from mesolog.interchange.schema_messages import (
    REQUIRED as REQUIRED_TEXT,
)
from tests.interchange.english import english
from tests.interchange.test_chart_photo_schema import at, charted
from tests.interchange.test_schema import P0

ONE_GTIN = str(ONE_GTIN_TEXT)
ONE_LOT = str(ONE_LOT_TEXT)
ONE_NAME = str(ONE_NAME_TEXT)
REQUIRED = str(REQUIRED_TEXT)


def file_rule_violations(document: Any) -> list[Violation]:
    return english(file_rule_violations_found(document))


def schema_violations(document: Any) -> list[Violation]:
    return english(schema_violations_found(document))


PRODUCT_ID = "c56a4180-65aa-42ec-a945-5fd21dec0538"
OTHER_PRODUCT = "e3d1f0a2-9b7c-4d6e-8f5a-1b2c3d4e5f60"
LOT_ID = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
OTHER_LOT = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
GTIN = "09521234000013"
HYDRA: dict[str, Any] = {
    "id": PRODUCT_ID,
    "name": "HydraBoost 1.5%",
    "manufacturer": "Dermica",
    "solution": "hyaluronic_acid",
    "concentration": "15 mg/ml",
    "unit": "ml",
    "gtin": GTIN,
    "default_volume": 2,
    "price_per_unit": "18.40",
    "notes": "Keep below 25 °C.",
    "lots": [
        {
            "id": LOT_ID,
            "lot_number": "HA25-1116",
            "expiry_date": "2027-11-28",
            "received_on": "2026-01-05",
            "quantity_received": 50,
        }
    ],
}
PRODUCT = "catalogue.products[0]"
LOT = f"{PRODUCT}.lots[0]"


def with_catalogue() -> dict[str, Any]:
    document = charted()
    document["catalogue"] = {"products": [copy.deepcopy(HYDRA)]}
    return document


def test_the_catalogue_is_optional_and_valid_when_present() -> None:
    assert schema_violations(with_catalogue()) == []
    assert file_rule_violations(with_catalogue()) == []
    assert schema_violations(charted()) == []
    document = with_catalogue()
    document["catalogue"]["products"][0] = {"id": PRODUCT_ID, "name": "X", "solution": "other"}
    assert schema_violations(document) == []
    document["catalogue"]["products"] = []
    assert schema_violations(document) == []


def test_the_names_and_ranges_are_the_domains() -> None:
    defs = load_schema()["$defs"]
    product, lot = defs["product"]["properties"], defs["lot"]["properties"]
    assert product["solution"]["enum"] == [solution.value for solution in Solution]
    assert product["unit"]["enum"] == [unit.value for unit in ProductUnit]
    assert product["name"]["maxLength"] == limits.PRODUCT_NAME_MAX
    assert product["manufacturer"]["maxLength"] == MANUFACTURER_MAX
    assert product["concentration"]["maxLength"] == limits.CONCENTRATION_MAX
    assert product["default_volume"]["maximum"] == max(
        limits.UNITS_AMOUNT.high, limits.VOLUME_ML.high
    )
    assert lot["lot_number"]["maxLength"] == limits.LOT_NUMBER_MAX
    assert lot["quantity_received"]["maximum"] == QUANTITY_RECEIVED.high
    assert "exclusiveMinimum" in lot["quantity_received"]
    assert len(str(int(PRICE_PER_UNIT.high))) == 6  # the pattern's whole digits
    assert list(defs["product"]["properties"])[:3] == ["id", "name", "manufacturer"]
    top = list(load_schema()["properties"])
    assert top.index("catalogue") < top.index("patients")


@pytest.mark.parametrize(
    ("path", "value", "shown", "allowed"),
    [
        (f"{PRODUCT}.gtin", "4006381333931", "4006381333931", "a GTIN of 14 digits"),
        (f"{PRODUCT}.gtin", 9521234000013, 9521234000013, "a GTIN of 14 digits"),
        (f"{PRODUCT}.unit", "litre", "litre", "one of: ml, units"),
        (f"{PRODUCT}.solution", "botox", "botox", "one of: hyaluronic_acid, dmae"),
        (f"{PRODUCT}.price_per_unit", 18.4, 18.4, "a price as text, a number with at most 2"),
        (f"{PRODUCT}.price_per_unit", "18.405", "18.405", 'at most 2 decimals, e.g. "12.50"'),
        (f"{PRODUCT}.price_per_unit", "-1", "-1", 'at most 2 decimals, e.g. "12.50"'),
        (f"{PRODUCT}.price_per_unit", "1e3", "1e3", 'at most 2 decimals, e.g. "12.50"'),
        (f"{PRODUCT}.default_volume", 0, 0, "more than 0 and at most 1000"),
        (f"{PRODUCT}.name", " ", "(1 characters)", "some text other than spaces"),
        (f"{PRODUCT}.name", "x" * 201, "(201 characters)", "at most 200 characters"),
        (f"{PRODUCT}.manufacturer", "x" * 101, "(101 characters)", "at most 100 characters"),
        (f"{PRODUCT}.retired_at", "2026-02-01", "2026-02-01", "a date and time with UTC offset"),
        (f"{LOT}.expiry_date", "2027-02-30", "2027-02-30", "a date as YYYY-MM-DD"),
        (f"{LOT}.quantity_received", 0, 0, "more than 0 and at most 100000"),
        (f"{LOT}.quantity_received", 100001, 100001, "more than 0 and at most 100000"),
        (f"{LOT}.lot_number", "", "(0 characters)", "at least 1 character"),
        (f"{LOT}.id", "HA25", "(4 characters)", "an id in UUID form"),
    ],
)
def test_a_bad_value_is_refused_at_its_place(
    path: str, value: object, shown: object, allowed: str
) -> None:
    found = at(with_catalogue(), path, value)
    assert [v.path for v in found] == [path]
    assert found[0].value == shown
    assert allowed in found[0].allowed, found[0]


def test_what_a_product_or_lot_needs_and_may_hold() -> None:
    document = with_catalogue()
    product = document["catalogue"]["products"][0]
    del product["name"]
    del product["lots"][0]["expiry_date"]
    product["used"] = 3
    assert [(v.path, v.allowed.split(":")[0]) for v in schema_violations(document)] == [
        (f"{LOT}.expiry_date", REQUIRED),
        (f"{PRODUCT}.name", REQUIRED),
        (f"{PRODUCT}.used", "no properties other than"),
    ]
    del document["catalogue"]["products"]
    assert [v.path for v in schema_violations(document)] == ["catalogue.products"]


def test_names_gtins_lot_numbers_and_ids_are_each_used_once() -> None:
    document = with_catalogue()
    second = copy.deepcopy(HYDRA) | {"id": OTHER_PRODUCT, "name": "hydraboost  1.5%"}
    second["lots"] = [
        {"id": OTHER_LOT, "lot_number": "HA25-1116", "expiry_date": "2027-11-28"},
        {"id": LOT_ID, "lot_number": "ha25-1116", "expiry_date": "2027-11-28"},
    ]
    document["catalogue"]["products"].append(second)
    document["patients"][0]["id"] = OTHER_LOT
    base = "catalogue.products[1]"
    assert file_rule_violations(document) == [
        Violation(
            f"{base}.name",
            "hydraboost  1.5%",
            f"{ONE_NAME} not used elsewhere (see {PRODUCT}.name)",
        ),
        Violation(f"{base}.gtin", GTIN, f"{ONE_GTIN} not used elsewhere (see {PRODUCT}.gtin)"),
        Violation(f"{base}.lots[1].id", LOT_ID, f"an id not used elsewhere (see {LOT}.id)"),
        Violation(
            f"{base}.lots[1].lot_number",
            "ha25-1116",
            f"{ONE_LOT} not used elsewhere (see {base}.lots[0].lot_number)",
        ),
        Violation("patients[0].id", OTHER_LOT, f"an id not used elsewhere (see {base}.lots[0].id)"),
    ]
    assert document["patients"][0]["id"] != P0


def test_a_lot_number_may_repeat_in_another_product() -> None:
    document = with_catalogue()
    other = copy.deepcopy(HYDRA) | {"id": OTHER_PRODUCT, "name": "AquaVeil HA 2%"}
    del other["gtin"]
    other["lots"][0]["id"] = OTHER_LOT
    document["catalogue"]["products"].append(other)
    assert file_rule_violations(document) == []


def test_a_version_1_document_has_no_catalogue() -> None:
    document = with_catalogue()
    document["version"] = 1
    for key in ("chain_anchor", "photos_left_out"):
        del document[key]
    document["patients"][0].pop("photos")
    document["patients"][0].pop("photo_consent_on")
    line = document["patients"][0]["sessions"][0]["treatments"][0]
    line.pop("zones")
    line.pop("points")
    assert [v.path for v in schema_violations(document)] == ["catalogue"]
