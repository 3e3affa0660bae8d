"""The schema checks of an interchange file: every problem, at its exact path, in plain English."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from mesolog.domain import limits
from mesolog.domain.errors import Violation
from mesolog.interchange.file_rules import (
    SAME_PATIENT_COURSE as SAME_PATIENT_COURSE_TEXT,
)
from mesolog.interchange.file_rules import (
    file_rule_violations as file_rule_violations_found,
)
from mesolog.interchange.schema import (
    VERSIONS_ALLOWED as VERSIONS_ALLOWED_TEXT,
)
from mesolog.interchange.schema import (
    load_schema,
)
from mesolog.interchange.schema import (
    schema_violations as schema_violations_found,
)
from mesolog.interchange.schema_messages import (
    DATE as DATE_TEXT,
)
from mesolog.interchange.schema_messages import (
    DATE_TIME as DATE_TIME_TEXT,
)
from mesolog.interchange.schema_messages import (
    REQUIRED as REQUIRED_TEXT,
)
from mesolog.interchange.schema_messages import (
    describe,
    format_path,
)
from tests.interchange.english import english

SAME_PATIENT_COURSE = str(SAME_PATIENT_COURSE_TEXT)
VERSIONS_ALLOWED = str(VERSIONS_ALLOWED_TEXT)
DATE = str(DATE_TEXT)
DATE_TIME = str(DATE_TIME_TEXT)
REQUIRED = str(REQUIRED_TEXT)


def file_rule_violations(document: Any) -> list[Violation]:
    return english(file_rule_violations_found(document))


def schema_violations(document: Any) -> list[Violation]:
    return english(schema_violations_found(document))


P0 = "0f8fad5b-d9cb-469f-a165-70867728950e"
P1 = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
C0 = "16fd2706-8baf-433b-82eb-8c7fada847da"
C1 = "886313e1-3b8a-5372-9b90-0c9aee199e5d"
S0 = "a8098c1a-f86e-11da-bd1a-00112444be1e"
S1 = "6fa459ea-ee8a-3ca4-894e-db77e160355e"
SESSION = "patients[0].sessions[0]"
TREATMENT = f"{SESSION}.treatments[0]"
NEEDLE = f"{TREATMENT}.technique"
PEN = f"{SESSION}.treatments[1].technique"
PRE = f"{SESSION}.pre_treatment"
PRODUCT = f"{TREATMENT}.products[0]"
COURSE = "patients[0].courses[0]"
NEEDLE_FIELDS = "no properties other than: kind, gauge, length_mm, depth_mm, method"
PEN_FIELDS = (
    "no properties other than: kind, needle_count, depth_mm, penetrations_per_second, passes"
)

# Two patients; the first with a course and a signed session using a needle and a pen.
VALID = f"""
{{"format": "mesolog", "version": 1, "exported_at": "2026-03-01T10:30:00+02:00",
  "clinic": {{"name": "Derma Athens"}},
  "patients": [
    {{"id": "{P0}", "record_number": "A-1", "family_name": "Nikolaou", "given_name": "Maria",
      "date_of_birth": "1980-05-17", "fitzpatrick_type": null, "consent_signed_on": "2026-01-10",
      "courses": [{{"id": "{C0}", "indication": "wrinkles", "planned_sessions": 6,
                    "started_on": "2026-01-10"}}],
      "sessions": [
        {{"id": "{S0}", "course_id": "{C0}", "performed_at": "2026-02-01T10:30:00+02:00",
          "clinician": "Dr. Eleni Papadopoulou", "status": "signed",
          "signed_at": "2026-02-01T11:00:00Z",
          "pre_treatment": {{"nsaids_paused_days": 10, "consent_confirmed": true}},
          "treatments": [
            {{"area": "forehead",
              "technique": {{"kind": "needle", "gauge": 30, "length_mm": 4, "depth_mm": 2}},
              "products": [{{"solution": "hyaluronic_acid", "volume_ml": 1.5}}]}},
            {{"area": "cheeks",
              "technique": {{"kind": "pen", "needle_count": 12, "depth_mm": 1.0,
                            "penetrations_per_second": 80}},
              "products": []}}],
          "reactions": [{{"kind": "redness", "severity": "mild", "area": null}}]}}]}},
    {{"id": "{P1}", "family_name": "Smith", "given_name": "John",
      "date_of_birth": "1975-12-01"}}]}}
"""


def valid_document() -> dict[str, Any]:
    """A version 1 document: every rule of version 1 holds in version 2."""
    document: dict[str, Any] = json.loads(VALID)
    return document


def _walk(document: Any, path: str) -> tuple[Any, str | int]:
    keys: list[str | int] = [int(k) if k.isdigit() else k for k in re.findall(r"[^.\[\]]+", path)]
    node = document
    for key in keys[:-1]:
        node = node[key]
    return node, keys[-1]


def put(document: Any, path: str, value: object) -> None:
    """Sets the value at a path written as in the violations, e.g. `patients[0].notes`."""
    node, key = _walk(document, path)
    node[key] = value


def drop(document: Any, path: str) -> None:
    node, key = _walk(document, path)
    del node[key]


def with_value(path: str, value: object) -> list[Violation]:
    document = valid_document()
    put(document, path, value)
    return schema_violations(document)


def test_the_schema_is_a_valid_draft_2020_12_schema_and_read_once() -> None:
    Draft202012Validator.check_schema(load_schema())
    Draft202012Validator.check_schema(load_schema(1))
    assert load_schema() is load_schema()
    defs = load_schema()["$defs"]
    assert defs["name"]["maxLength"] == limits.NAME_MAX
    assert defs["text"]["maxLength"] == limits.TEXT_MAX
    assert defs["patient"]["properties"]["record_number"]["maxLength"] == limits.RECORD_NUMBER_MAX
    assert format_path(("patients", 3, "sessions", 2, "notes")) == "patients[3].sessions[2].notes"


def test_a_valid_document_has_no_violations() -> None:
    document = valid_document()
    assert schema_violations(document) == []
    assert file_rule_violations(document) == []


@pytest.mark.parametrize(
    ("path", "value", "allowed"),
    [
        (f"{NEEDLE}.depth_mm", "2", "a number, 1 to 4"),
        (f"{NEEDLE}.gauge", 30.5, "a whole number, 27 to 34"),
        ("patients[0].family_name", 7, "text of 1 to 100 characters"),
        ("patients[0].notes", ["a"], "text of at most 10000 characters"),
        (f"{SESSION}.treatments", {}, "a list"),
        (f"{SESSION}.pre_treatment", [], "an object"),
        (f"{PRE}.consent_confirmed", "yes", "true or false"),
        (f"{SESSION}.improvement_score", True, "a whole number, 0 to 10, or null"),
        ("patients[0].consent_signed_on", 20260110, f"{DATE}, or null"),
        (f"{SESSION}.performed_at", None, DATE_TIME),
        ("patients", None, "a list"),
    ],
)
def test_wrong_types_are_reported_at_the_field(path: str, value: object, allowed: str) -> None:
    shown = {"2": "(1 characters)", "yes": "(3 characters)"}.get(str(value), value)
    if isinstance(value, list):
        shown = f"(a list of {len(value)} entr{'y' if len(value) == 1 else 'ies'})"
    elif isinstance(value, dict):
        shown = "(an object of 0 keys)"
    assert with_value(path, value) == [Violation(path, shown, allowed)]


@pytest.mark.parametrize(
    ("path", "value", "allowed"),
    [
        (f"{PEN}.depth_mm", 3.0, "0.25 to 2.5 mm"),
        (f"{PEN}.depth_mm", 0.2, "0.25 to 2.5 mm"),
        (f"{NEEDLE}.depth_mm", 0.5, "1 to 4 mm"),
        (f"{NEEDLE}.length_mm", 14, "2 to 13 mm"),
        (f"{PEN}.penetrations_per_second", 101, "1 to 100 per second"),
        (f"{PEN}.passes", 0, "1 to 20"),
        (f"{PRODUCT}.volume_ml", 0, "more than 0 and at most 50 ml"),
        (f"{PRODUCT}.volume_ml", 1e400, "more than 0 and at most 50 ml"),
        (f"{COURSE}.planned_sessions", 21, "1 to 20"),
        (f"{COURSE}.maintenance_interval_days", 6, "7 to 180 days"),
        (f"{PRE}.nsaids_paused_days", -1, "0 to 365 days"),
    ],
)
def test_numbers_out_of_range_are_reported_with_the_range(
    path: str, value: object, allowed: str
) -> None:
    assert with_value(path, value) == [Violation(path, value, allowed)]


def test_nan_is_not_a_number_in_range() -> None:
    [violation] = with_value(f"{PEN}.depth_mm", float("nan"))
    assert (violation.path, violation.allowed) == (f"{PEN}.depth_mm", "0.25 to 2.5 mm")


@pytest.mark.parametrize(
    ("path", "value", "allowed"),
    [
        (f"{SESSION}.reactions[0].severity", "awful", "one of: mild, moderate, severe"),
        ("patients[0].sex", "f", "one of: female, male, other, unknown"),
        ("patients[0].fitzpatrick_type", "VII", "one of: I, II, III, IV, V, VI, null"),
        (f"{NEEDLE}.method", "spray", "one of: point_by_point, nappage, papule, linear, null"),
        (f"{SESSION}.status", "final", "one of: draft, signed"),
        ("version", 3, VERSIONS_ALLOWED),
        ("format", "csv", 'exactly "mesolog"'),
    ],
)
def test_unknown_enum_values_list_the_allowed_ones(path: str, value: object, allowed: str) -> None:
    """A code of a fixed list is shown as written (one word), unlike free text."""
    found = [v for v in with_value(path, value) if v.path != "chain_anchor"]
    assert found == [Violation(path, value, allowed)]


def test_a_value_of_a_fixed_list_that_is_not_one_word_is_shown_by_its_length() -> None:
    path = "patients[0].sex"
    assert with_value(path, "Maria Nikolaou") == [
        Violation(path, "(14 characters)", "one of: female, male, other, unknown")
    ]


@pytest.mark.parametrize(
    ("path", "value", "start"),
    [
        (f"{SESSION}.reactions[0].area", "toe", "one of: forehead, periorbital, cheeks"),
        (f"{SESSION}.course_id", C0.upper(), "an id in UUID form (lowercase), e.g. "),
    ],
)
def test_one_of_a_kind_or_null(path: str, value: str, start: str) -> None:
    [violation] = with_value(path, value)
    assert violation.path == path
    assert violation.allowed.startswith(start)
    assert violation.allowed.endswith(", or null")


def test_missing_required_fields_point_at_the_missing_field() -> None:
    document = valid_document()
    for path in ("patients[0].date_of_birth", f"{SESSION}.treatments[1].products", "format"):
        drop(document, path)
    assert schema_violations(document) == [
        Violation("format", None, REQUIRED),
        Violation("patients[0].date_of_birth", None, REQUIRED),
        Violation(f"{SESSION}.treatments[1].products", None, REQUIRED),
    ]


def test_extra_properties_are_named_with_what_is_allowed() -> None:
    document = valid_document()
    put(document, "comment", "hi")
    put(document, "patients[1].nickname", "Johnny")
    root, nested = schema_violations(document)
    assert root == Violation(
        "comment",
        "(2 characters)",
        "no properties other than: format, version, exported_at, clinic, patients",
    )
    assert (nested.path, nested.value) == ("patients[1].nickname", "(6 characters)")
    assert nested.allowed.startswith("no properties other than: id, record_number, family_name")


def test_a_strange_extra_property_name_is_named_by_its_length() -> None:
    document = valid_document()
    document.update({"a b": 1, "k" * 1000: 2, "nickname": 3})
    paths = [v.path for v in schema_violations(document)]
    assert paths == ["[(3 characters)]", "[(1000 characters)]", "nickname"]


@pytest.mark.parametrize("value", ["2026-02-30", "01/02/2026", "20260102", "2026-1-2", "", "x"])
def test_bad_dates(value: str) -> None:
    """Shown when made of digits and date signs only, else by length."""
    path = "patients[1].date_of_birth"
    shown = value if value and value != "x" else f"({len(value)} characters)"
    assert with_value(path, value) == [Violation(path, shown, DATE)]


@pytest.mark.parametrize(
    "value", ["2026-02-01T10:30:00", "2026-02-01", "2026-02-30T10:30:00+02:00", "yesterday"]
)
def test_date_times_need_a_valid_date_and_a_utc_offset(value: str) -> None:
    document = valid_document()
    put(document, f"{SESSION}.performed_at", value)
    put(document, "exported_at", value)
    shown = "(9 characters)" if value == "yesterday" else value
    assert schema_violations(document) == [
        Violation("exported_at", shown, DATE_TIME),
        Violation(f"{SESSION}.performed_at", shown, DATE_TIME),
    ]


@pytest.mark.parametrize("value", ["2026-02-01T10:30:00Z", "2026-02-01T10:30:00.123456-05:30"])
def test_date_times_with_an_offset_are_accepted(value: str) -> None:
    assert with_value(f"{SESSION}.signed_at", value) == []


def test_a_needle_technique_with_pen_fields_names_each_pen_field() -> None:
    document = valid_document()
    put(document, f"{NEEDLE}.needle_count", 12)
    put(document, f"{NEEDLE}.penetrations_per_second", 80)
    assert schema_violations(document) == [
        Violation(f"{NEEDLE}.needle_count", 12, NEEDLE_FIELDS),
        Violation(f"{NEEDLE}.penetrations_per_second", 80, NEEDLE_FIELDS),
    ]


def test_a_pen_without_its_fields_and_with_a_needle_field() -> None:
    document = valid_document()
    drop(document, f"{PEN}.penetrations_per_second")
    put(document, f"{PEN}.gauge", 30)
    assert schema_violations(document) == [
        Violation(f"{PEN}.gauge", 30, PEN_FIELDS),
        Violation(f"{PEN}.penetrations_per_second", None, REQUIRED),
    ]


def test_an_unknown_or_missing_kind_is_the_only_technique_problem() -> None:
    document = valid_document()
    put(document, f"{NEEDLE}.kind", "laser")
    drop(document, f"{PEN}.kind")
    assert schema_violations(document) == [
        Violation(f"{NEEDLE}.kind", "laser", "one of: needle, pen"),
        Violation(f"{PEN}.kind", None, REQUIRED),
    ]


def test_a_technique_that_is_not_an_object() -> None:
    assert with_value(NEEDLE, "needle") == [Violation(NEEDLE, "(6 characters)", "an object")]


def test_a_document_that_is_not_an_object_is_a_file_level_problem() -> None:
    assert schema_violations([1, 2]) == [Violation("(file)", "(a list of 2 entries)", "an object")]
    paths = ["chain_anchor", "format", "patients", "version"]
    assert [v.path for v in schema_violations({})] == paths


def test_every_problem_is_reported_sorted_by_path_one_per_path() -> None:
    document = valid_document()
    put(document, "patients[0].family_name", "")
    put(document, "patients[1].given_name", "   ")
    put(document, f"{PEN}.depth_mm", 9)
    put(document, f"{NEEDLE}.depth_mm", 9)
    for index in range(12):
        document["patients"].append({**document["patients"][1], "id": f"{index}"})
    violations = schema_violations(document)
    paths = [v.path for v in violations]
    assert paths[:4] == [
        "patients[0].family_name",
        f"{NEEDLE}.depth_mm",
        f"{PEN}.depth_mm",
        "patients[1].given_name",
    ]
    assert paths[4:] == [f"patients[{i}].{f}" for i in range(2, 14) for f in ("given_name", "id")]
    assert violations[0].allowed == "at least 1 character; some text other than spaces"


def test_a_ten_megabyte_string_is_reported_briefly_and_not_copied() -> None:
    """(How long the check takes: benchmarks/transfer.py.)"""
    huge = "x" * 10_000_000
    document = valid_document()
    for path in ("patients[0].notes", "patients[1].family_name", f"{SESSION}.course_id"):
        put(document, path, huge)
    put(document, f"{SESSION}.performed_at", huge)
    violations = schema_violations(document)
    assert [v.path for v in violations] == [
        "patients[0].notes",
        f"{SESSION}.course_id",
        f"{SESSION}.performed_at",
        "patients[1].family_name",
    ]
    assert [v.value for v in violations] == ["(10000000 characters)"] * 4
    assert violations[0].allowed == "at most 10000 characters"
    assert all(len(str(v)) < 300 for v in violations)


def test_the_file_rules_pass_empty_record_numbers_and_sessions_outside_a_course() -> None:
    document = valid_document()
    put(document, "patients[0].record_number", "")
    put(document, "patients[1].record_number", "  ")
    put(document, f"{SESSION}.course_id", None)
    assert schema_violations(document) == []
    assert file_rule_violations(document) == []


def test_duplicate_ids_are_reported_at_their_second_occurrence() -> None:
    document = valid_document()
    first = document["patients"][0]
    put(document, "patients[1].id", P0)
    put(document, "patients[1].courses", [first["courses"][0]])
    put(document, "patients[1].sessions", [{**first["sessions"][0], "id": C0}])
    assert schema_violations(document) == []
    used = "an id not used elsewhere (see "
    assert file_rule_violations(document) == [
        Violation("patients[1].id", P0, f"{used}patients[0].id)"),
        Violation("patients[1].courses[0].id", C0, f"{used}patients[0].courses[0].id)"),
        Violation("patients[1].sessions[0].id", C0, f"{used}patients[0].courses[0].id)"),
    ]


def test_record_numbers_are_unique_in_the_file() -> None:
    document = valid_document()
    put(document, "patients[1].record_number", " A-1 ")
    [violation] = file_rule_violations(document)
    assert (violation.path, violation.value) == ("patients[1].record_number", " A-1 ")
    assert violation.allowed == "a record number not used elsewhere (see patients[0].record_number)"


def test_a_session_may_name_only_a_course_of_its_own_patient() -> None:
    document = valid_document()
    first = document["patients"][0]
    put(document, "patients[1].courses", [{**first["courses"][0], "id": C1}])
    put(document, "patients[1].sessions", [{**first["sessions"][0], "id": S1}])
    put(document, f"{SESSION}.course_id", C1)
    assert schema_violations(document) == []
    assert file_rule_violations(document) == [
        Violation(f"{SESSION}.course_id", C1, SAME_PATIENT_COURSE),
        Violation("patients[1].sessions[0].course_id", C0, SAME_PATIENT_COURSE),
    ]


@pytest.mark.parametrize(
    ("record", "field", "span"),
    [
        ("needle", "gauge", limits.NEEDLE_GAUGE),
        ("needle", "length_mm", limits.NEEDLE_LENGTH_MM),
        ("needle", "depth_mm", limits.NEEDLE_DEPTH_MM),
        ("pen", "needle_count", limits.PEN_NEEDLE_COUNT),
        ("pen", "depth_mm", limits.PEN_DEPTH_MM),
        ("pen", "penetrations_per_second", limits.PEN_PENETRATIONS_PER_SECOND),
        ("pen", "passes", limits.PEN_PASSES),
        ("product_use", "volume_ml", limits.VOLUME_ML),
        ("product_use", "units", limits.UNITS_AMOUNT),
        ("template_product", "units", limits.UNITS_AMOUNT),
        ("course", "planned_sessions", limits.PLANNED_SESSIONS),
        ("course", "initial_interval_days", limits.INITIAL_INTERVAL_DAYS),
        ("course", "maintenance_interval_days", limits.MAINTENANCE_INTERVAL_DAYS),
        ("session", "improvement_score", limits.IMPROVEMENT_SCORE),
    ],
)
def test_the_schema_ranges_are_the_domain_limits(
    record: str, field: str, span: limits.Range
) -> None:
    schema = load_schema()["$defs"][record]["properties"][field]
    assert str(describe(schema, load_schema())).split(", or ")[0].endswith(str(span.describe()))
