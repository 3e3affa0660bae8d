"""The protocol templates added to version 2 (issue 13): optional, so a document written
before them is still valid; their names and ranges those of the domain (domain.templates);
a template's line is a session's line without charts, its products without lot or expiry;
a bad value refused at its place; ids and names (folded) each once; and a course's
template_id, an id the file's rules leave to the import (it may name the database's)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from mesolog.domain import limits
from mesolog.domain.enums import Indication
from mesolog.domain.errors import Violation
from mesolog.domain.templates import MAX_LINES, SESSION_FEE, TEMPLATE_NAME_MAX
from mesolog.interchange.file_rules import (
    ONE_TEMPLATE_NAME as ONE_TEMPLATE_NAME_TEXT,
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
from tests.interchange.test_catalogue_schema import with_catalogue
from tests.interchange.test_chart_photo_schema import at, charted
from tests.interchange.test_schema import C0, P0

ONE_TEMPLATE_NAME = str(ONE_TEMPLATE_NAME_TEXT)
REQUIRED = str(REQUIRED_TEXT)


def file_rule_violations(document: Any) -> list[Violation]:
    return english(file_rule_violations_found(document))


def schema_violations(document: Any) -> list[Violation]:
    return english(schema_violations_found(document))


TEMPLATE_ID = "2b1e9c4d-7f3a-4e5b-9c8d-0a1b2c3d4e5f"
OTHER_TEMPLATE = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f"
CHEEKS: dict[str, Any] = {
    "id": TEMPLATE_ID,
    "name": "Cheeks, our way",
    "indication": "hydration_tightening",
    "planned_sessions": 6,
    "initial_interval_days": 14,
    "maintenance_interval_days": 28,
    "protocol": "Hydration: hyaluronic acid, nappage",
    "lines": [
        {
            "area": "cheeks",
            "technique": {"kind": "needle", "gauge": 30, "length_mm": 4, "depth_mm": 2},
            "products": [
                {
                    "solution": "hyaluronic_acid",
                    "product_name": "HydraBoost 1.5%",
                    "concentration": "1.5%",
                    "volume_ml": 2,
                }
            ],
        },
        {
            "area": "neck",
            "area_detail": "front",
            "technique": {"kind": "pen", "needle_count": 12, "depth_mm": 0.5,
                          "penetrations_per_second": 100, "passes": 3},
            "products": [{"solution": "vitamins", "volume_ml": 0.5}],
        },
    ],
    "session_fee": "80.00",
    "notes": "Warm the product first.",
    "retired_at": "2026-02-01T09:00:00+02:00",
}  # fmt: skip
TEMPLATE = "templates[0]"
LINE = f"{TEMPLATE}.lines[0]"
COURSE = "patients[0].courses[0]"


def with_templates() -> dict[str, Any]:
    document = with_catalogue()
    document["templates"] = [copy.deepcopy(CHEEKS)]
    document["patients"][0]["courses"][0]["template_id"] = TEMPLATE_ID
    return document


def test_the_templates_are_optional_and_valid_when_present() -> None:
    assert schema_violations(with_templates()) == []
    assert file_rule_violations(with_templates()) == []
    assert schema_violations(charted()) == []
    document = with_templates()
    document["templates"][0] = {
        "id": TEMPLATE_ID,
        "name": "X",
        "indication": "other",
        "planned_sessions": 1,
        "lines": [CHEEKS["lines"][1]],
    }
    document["patients"][0]["courses"][0]["template_id"] = None
    assert schema_violations(document) == []
    document["templates"] = []
    assert schema_violations(document) == []


def test_the_names_and_ranges_are_the_domains() -> None:
    schema = load_schema()
    defs = schema["$defs"]
    template = defs["template"]["properties"]
    course = defs["course"]["properties"]
    assert template["name"]["maxLength"] == TEMPLATE_NAME_MAX
    assert template["indication"] == {"$ref": "#/$defs/indication"}
    assert defs["indication"]["enum"] == [indication.value for indication in Indication]
    for name in ("planned_sessions", "initial_interval_days", "maintenance_interval_days"):
        assert template[name] == course[name]
    assert template["protocol"]["maxLength"] == limits.PROTOCOL_MAX
    assert (template["lines"]["minItems"], template["lines"]["maxItems"]) == (1, MAX_LINES)
    assert (
        template["session_fee"]["pattern"]
        == defs["product"]["properties"]["price_per_unit"]["pattern"]
    )
    assert SESSION_FEE.high == 100_000
    line, product = defs["template_line"]["properties"], defs["template_product"]["properties"]
    session_line = defs["treatment"]["properties"]
    assert list(line) == [key for key in session_line if key not in ("zones", "points", "voided")]
    assert line["technique"] == session_line["technique"] == {"$ref": "#/$defs/technique"}
    uses = defs["product_use"]["properties"]
    assert product == {
        key: uses[key] for key in uses if key not in ("lot_number", "expiry_date", "voided")
    }
    assert list(course)[list(course).index("protocol") + 1] == "template_id"
    top = list(schema["properties"])
    assert top.index("catalogue") + 1 == top.index("templates") == top.index("patients") - 1


@pytest.mark.parametrize(
    ("path", "value", "shown", "allowed"),
    [
        (f"{TEMPLATE}.session_fee", 80, 80, "a price as text, a number with at most 2"),
        (f"{TEMPLATE}.session_fee", "80.005", "80.005", 'at most 2 decimals, e.g. "12.50"'),
        (f"{TEMPLATE}.session_fee", "1000000", "1000000", 'at most 2 decimals, e.g. "12.50"'),
        (f"{TEMPLATE}.name", " ", "(1 characters)", "some text other than spaces"),
        (f"{TEMPLATE}.name", "x" * 101, "(101 characters)", "at most 100 characters"),
        (f"{TEMPLATE}.indication", "botox", "botox", "one of: hydration_tightening"),
        (f"{TEMPLATE}.planned_sessions", 21, 21, "1 to 20"),
        (f"{TEMPLATE}.initial_interval_days", 6, 6, "7 to 60 days"),
        (f"{TEMPLATE}.protocol", "x" * 201, "(201 characters)", "at most 200 characters"),
        (f"{TEMPLATE}.lines", [], "(a list of 0 entries)", "at least 1 entry"),
        (f"{TEMPLATE}.lines", [CHEEKS["lines"][1]] * 11, "(a list of 11 entries)", "at most 10"),
        (f"{TEMPLATE}.retired_at", "2026-02-01", "2026-02-01", "a date and time with UTC offset"),
        (f"{TEMPLATE}.id", "cheeks", "(6 characters)", "an id in UUID form"),
        (f"{LINE}.area", "elbow", "elbow", "one of: forehead, periorbital"),
        (f"{LINE}.technique.depth_mm", 5, 5, "1 to 4 mm"),
        (f"{LINE}.products[0].volume_ml", 0, 0, "more than 0 and at most 50 ml"),
        (f"{LINE}.products[0].solution", "botox", "botox", "one of: hyaluronic_acid"),
        (f"{COURSE}.template_id", "cheeks", "(6 characters)", "an id in UUID form"),
        (f"{COURSE}.template_id", 7, 7, "an id in UUID form"),
    ],
)
def test_a_bad_value_is_refused_at_its_place(
    path: str, value: object, shown: object, allowed: str
) -> None:
    found = at(with_templates(), path, value)
    assert [v.path for v in found] == [path]
    assert found[0].value == shown
    assert allowed in found[0].allowed, found[0]


def test_a_templates_line_has_no_chart_and_its_products_no_lot() -> None:
    document = with_templates()
    template = document["templates"][0]
    line = template["lines"][0]
    line["zones"] = []
    line["products"][0] |= {"lot_number": "HA25-1116", "expiry_date": "2027-11-28"}
    template["created_at"] = "2026-01-01T10:00:00+02:00"
    del template["indication"]
    assert [(v.path, v.allowed.split(":")[0]) for v in schema_violations(document)] == [
        (f"{TEMPLATE}.created_at", "no properties other than"),
        (f"{TEMPLATE}.indication", REQUIRED),
        (f"{LINE}.products[0].expiry_date", "no properties other than"),
        (f"{LINE}.products[0].lot_number", "no properties other than"),
        (f"{LINE}.zones", "no properties other than"),
    ]


def test_ids_and_names_are_each_used_once() -> None:
    document = with_templates()
    second = copy.deepcopy(CHEEKS) | {"id": OTHER_TEMPLATE, "name": " CHEEKS,  our  way"}
    third = copy.deepcopy(CHEEKS) | {"id": C0, "name": "Neck"}
    document["templates"] += [second, third]
    assert file_rule_violations(document) == [
        Violation(
            "templates[1].name",
            " CHEEKS,  our  way",
            f"{ONE_TEMPLATE_NAME} not used elsewhere (see {TEMPLATE}.name)",
        ),
        Violation(f"{COURSE}.id", C0, "an id not used elsewhere (see templates[2].id)"),
    ]


def test_a_course_may_name_a_template_the_file_does_not_have() -> None:
    """It may be the importing database's: the import checks it (services)."""
    document = with_templates()
    document["templates"] = []
    assert schema_violations(document) == []
    assert file_rule_violations(document) == []
    assert document["patients"][0]["id"] == P0


def test_a_version_1_document_has_no_templates_nor_a_courses_template() -> None:
    document = with_templates()
    document["version"] = 1
    for key in ("chain_anchor", "photos_left_out", "catalogue"):
        del document[key]
    patient = document["patients"][0]
    patient.pop("photos")
    patient.pop("photo_consent_on")
    line = patient["sessions"][0]["treatments"][0]
    line.pop("zones")
    line.pop("points")
    assert [v.path for v in schema_violations(document)] == [
        f"{COURSE}.template_id",
        "templates",
    ]
