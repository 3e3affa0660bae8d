"""docs/interchange-v2.md: the schema copies are one, and its steps for a version 1 reader
turn any version 2 file into a valid version 1 file of the records that count."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator, FormatChecker

from mesolog.domain.amendments import current
from mesolog.interchange.codec import ClinicFile, encode
from mesolog.interchange.file_rules import file_rule_violations
from mesolog.interchange.schema import load_schema, schema_violations
from mesolog.resource_files import resource
from tests.interchange.test_codec import clinic_files

DOCS = Path(__file__).parents[2] / "docs"
Json = dict[str, Any]


def test_the_schema_in_docs_is_the_one_in_the_package() -> None:
    shipped = resource("schema", "mesolog-export-v2.schema.json").read_bytes()
    assert (DOCS / "mesolog-export-v2.schema.json").read_bytes() == shipped
    assert "mesolog-export-v2.schema.json" in (DOCS / "interchange-v2.md").read_text()


def as_version_1(document: Json) -> Json:
    """The note's steps, one by one."""
    old = copy.deepcopy(document)
    del old["chain_anchor"]  # 1
    old["version"] = 1
    old["patients"] = [p for p in old["patients"] if "voided" not in p]  # 2
    for patient in old["patients"]:
        voided_courses = {c["id"] for c in patient["courses"] if "voided" in c}  # 3
        patient["courses"] = [c for c in patient["courses"] if "voided" not in c]
        for session in patient["sessions"]:
            if session["course_id"] in voided_courses:
                session["course_id"] = None
        kept = [s for s in patient["sessions"] if "voided" not in s]  # 4
        corrected = {s.get("amends") for s in kept}
        patient["sessions"] = [s for s in kept if s["id"] not in corrected]
        for session in patient["sessions"]:  # 5
            session["treatments"] = [t for t in session["treatments"] if "voided" not in t]
            for line in session["treatments"]:
                line["products"] = [p for p in line["products"] if "voided" not in p]
            session["reactions"] = [r for r in session["reactions"] if "voided" not in r]
    old.pop("photos_left_out", None)  # 6
    old.pop("catalogue", None)  # and the catalogue (docs/interchange-catalogue.md)
    old.pop("templates", None)  # and the templates (docs/interchange-templates.md)
    for patient in old["patients"]:
        patient.pop("photos", None)
        for line in (line for s in patient["sessions"] for line in s["treatments"]):
            line.pop("zones", None)
            line.pop("points", None)
    for record in _records(old):
        for key in ADDED:
            record.pop(key, None)
    return old


ADDED = (
    "signed_by",
    "amends",
    "amendment_reason",
    "maintenance_from",
    "photo_consent_on",
    "template_id",
    "preferred_language",
)


def _records(document: Json) -> list[Json]:
    found: list[Json] = []
    for patient in document["patients"]:
        found += [patient, *patient["courses"], *patient["sessions"]]
    return found


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clinic_files())
def test_the_steps_give_a_version_1_file_of_the_records_that_count(
    clinic_file: ClinicFile,
) -> None:
    old = as_version_1(encode(clinic_file))
    version_1 = Draft202012Validator(load_schema(1), format_checker=FormatChecker())
    assert list(version_1.iter_errors(old)) == []
    assert schema_violations(old) == []
    assert file_rule_violations(old) == []
    counting = [b for b in clinic_file.patients if b.patient.voiding is None]
    assert [p["id"] for p in old["patients"]] == [str(b.patient.id) for b in counting]
    for patient, bundle in zip(old["patients"], counting, strict=True):
        ids = {str(s.id) for s in current(bundle.sessions)}
        assert {s["id"] for s in patient["sessions"]} == ids
        for session in patient["sessions"]:
            record = next(s for s in bundle.sessions if str(s.id) == session["id"])
            assert len(session["treatments"]) == len(record.entry.treatments)
            assert len(session["reactions"]) == len(record.entry.reactions)
