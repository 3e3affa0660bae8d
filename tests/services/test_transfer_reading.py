"""Reading a file to import: the domain's rules checked on every record, with JSON paths."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from mesolog.domain.errors import ValidationError, Violation
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_import import ImportService, read_clinic_file
from tests.conftest import FixedClock
from tests.services.transfer_support import Document, document_bytes, first_session


def test_domain_rules_are_checked_on_import_with_json_paths(
    demo_document: Document, empty: Clinic, clock: FixedClock
) -> None:
    bad = copy.deepcopy(demo_document)
    index, session = first_session(bad)
    session["performed_at"] = (clock().replace(year=2030)).isoformat()
    line = session["treatments"][0]
    line["technique"] = {"kind": "needle", "gauge": 30, "length_mm": 2, "depth_mm": 3}
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(document_bytes(bad))
    paths = {v.path for v in refused.value.violations}
    base = f"patients[{index}].sessions[0]"
    assert f"{base}.performed_at" in paths
    assert f"{base}.treatments[0].technique.depth_mm" in paths
    assert empty.patients.search("") == []


# --- what JSON itself allows but the format does not: refused at their place ---------------

ONE_PATIENT = """{
  "format": "mesolog",
  "version": 1,
  "patients": [
    {
      "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
      "family_name": "Nikolaou",
      "given_name": "Maria",
      "date_of_birth": "1980-05-17",
      "courses": [
        {"id": "16fd2706-8baf-433b-82eb-8c7fada847da", "indication": "wrinkles",
         "planned_sessions": PLANNED, "started_on": "2026-01-10"}
      ]
    }
  ]
}
"""
PLANNED = "patients[0].courses[0].planned_sessions"


def _refused(text: str) -> Violation:
    with pytest.raises(ValidationError) as refused:
        read_clinic_file(text.encode(), now=dt.datetime(2026, 3, 10, tzinfo=dt.UTC))
    [violation] = refused.value.violations
    return violation


@pytest.mark.parametrize(
    ("written", "what"),
    [("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity")],
)
def test_nan_and_infinity_are_refused_at_their_place(written: str, what: str) -> None:
    violation = _refused(ONE_PATIENT.replace("PLANNED", written))
    assert violation.path == PLANNED
    assert violation.value == f"{what} at line 12, column 30"
    assert str(violation.allowed) == "numbers only; NaN and Infinity are not JSON"


def test_a_repeated_key_is_refused_at_its_second_place() -> None:
    twice = '"given_name": "Maria", "given_name": "M",'
    text = ONE_PATIENT.replace('"given_name": "Maria",', twice)
    violation = _refused(text.replace("PLANNED", "6"))
    assert violation.path == "patients[0].given_name"
    assert violation.value == "a second 'given_name' at line 8, column 30"
    assert str(violation.allowed) == "each key once per object"


def test_an_integer_past_pythons_digits_is_refused_at_its_place() -> None:
    violation = _refused(ONE_PATIENT.replace("PLANNED", "7" * 5000))
    assert violation.path == PLANNED
    assert violation.value == "a whole number of 5000 digits at line 12, column 30"
    assert str(violation.allowed).startswith("numbers of the mesolog format")


@pytest.mark.parametrize("depth", [1_000, 5_000])
def test_too_deep_nesting_is_refused_where_it_goes_too_deep(depth: int) -> None:
    violation = _refused(ONE_PATIENT.replace("PLANNED", "[" * depth + "]" * depth))
    assert violation.path.startswith(f"{PLANNED}[0][0][0]")
    assert violation.value.startswith("more than 64 levels of nesting at line 12, column ")
    assert str(violation.allowed) == "JSON of the mesolog format (at most 64 levels deep)"


def test_an_over_long_note_is_reported_by_its_length_only() -> None:
    secret = "SECRET" * 1_000_000
    text = ONE_PATIENT.replace("PLANNED", "6").replace(
        '"given_name": "Maria",', f'"given_name": "Maria", "notes": "{secret}",'
    )
    violation = _refused(text)
    assert violation.path == "patients[0].notes"
    assert "SECRET" not in str(violation)
    assert str(violation) == (
        "patients[0].notes: '(6000000 characters)' is not allowed; at most 10000 characters"
    )
