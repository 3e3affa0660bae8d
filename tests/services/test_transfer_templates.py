"""Protocol templates through export and import: a whole clinic's export carries them all and
an empty clinic gets the same templates back, with its courses naming theirs; one
patient's export carries the templates its courses name; a template held alike is skipped
(under another id too, as the shipped ones are in every new database), held otherwise a
conflict, a name another template has refused; a course naming a template of neither the
file nor the database refused; any refusal writes nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.errors import ValidationError
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import Course, PenTechnique, ProductUse
from mesolog.domain.templates import Template, TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.services.shipped_templates import shipped_templates
from mesolog.services.transfer_plan import DIFFERS
from mesolog.services.transfer_templates import NAME_HELD, NAMED_TEMPLATE
from tests.services.conftest import DatabaseProbe, Maker
from tests.services.transfer_support import Document, document_bytes

STARTED = dt.date(2026, 2, 10)


def own_template(**changes: object) -> TemplateInput:
    cheeks = Maker.needle_line(
        Area.CHEEKS,
        depth_mm=2.0,
        products=(ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost 1.5%", "1.5%"),),
    )
    neck = replace(
        Maker.needle_line(Area.NECK, products=(ProductUse(Solution.VITAMINS, 0.5),)),
        technique=PenTechnique(0.5, 100, 12, 3),
        area_detail="front",
    )
    base = TemplateInput(
        "Cheeks, our way",
        Indication.HYDRATION_TIGHTENING,
        6,
        10,
        21,
        protocol="Hydration: hyaluronic acid, nappage",
        lines=(cheeks, neck),
        session_fee=Decimal("80"),
        notes="Warm the product first.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def planned(clinic: Clinic, patient_id: PatientId, template: Template) -> Course:
    return clinic.courses.plan(patient_id, template.course(STARTED))


def held(clinic: Clinic) -> list[tuple[object, ...]]:
    """Every template as an export carries it."""
    return [(t.id, t.details, t.retired_at) for t in clinic.templates.all(retired=True)]


def links(clinic: Clinic, document: Document) -> dict[object, object]:
    """The template of each course of the document, as the clinic holds it."""
    return {
        course["id"]: clinic.courses.get(CourseId(uuid.UUID(course["id"]))).plan.template_id
        for patient in document["patients"]
        for course in patient["courses"]
    }


@pytest.fixture
def exported(clinic: Clinic, make: Maker) -> Document:
    """The shipped templates and two of the clinic's own (one retired); a patient with a
    course from a shipped one, one from the clinic's and one planned by hand."""
    clinic.templates.add_shipped()
    own = clinic.templates.add(own_template())
    old = clinic.templates.add(own_template(name="Old cheeks", session_fee=None))
    patient = make.patient()
    planned(clinic, patient.id, clinic.templates.all()[0])
    planned(clinic, patient.id, own)
    make.course(patient.id)
    planned(clinic, make.patient(record_number="MC-0002").id, old)
    clinic.templates.retire(old.id)
    return clinic.exports.export_document()


def test_an_empty_clinic_gets_the_same_templates_and_links_back(
    clinic: Clinic, exported: Document, empty: Clinic
) -> None:
    names = [t["name"] for t in exported["templates"]]
    assert len(names) == len(shipped_templates()) + 2
    assert names == sorted(names, key=str.casefold)
    ours = next(t for t in exported["templates"] if t["name"] == "Cheeks, our way")
    assert (ours["session_fee"], ours["lines"][1]["technique"]["kind"]) == ("80.00", "pen")
    assert "lot_number" not in json.dumps(exported["templates"])
    report = empty.imports.import_bytes(document_bytes(exported))
    assert (report.templates_added, report.courses_added) == (len(names), 4)
    assert f"Templates: {len(names)} added, 0 in the database already." in report.summary()
    assert held(empty) == held(clinic)
    assert links(empty, exported) == links(clinic, exported)
    assert sorted(map(str, filter(None, links(empty, exported).values()))) == sorted(
        course["template_id"]
        for patient in exported["patients"]
        for course in patient["courses"]
        if "template_id" in course
    )
    again = empty.imports.import_bytes(document_bytes(exported))
    assert not again.changed
    assert (again.templates_present, again.courses_present) == (len(names), 4)
    assert empty.templates.add_shipped() == 0


def test_the_import_is_audited_template_by_template(exported: Document, empty: Clinic) -> None:
    empty.imports.import_bytes(document_bytes(exported))
    entries = [e for e in empty.audit.entries() if e.action == "import"]
    [file_entry] = [e for e in entries if e.entity == "file"]
    count = len(exported["templates"])
    assert f"4 course(s), 0 session(s), {count} template(s) added as" in file_entry.detail
    sha = file_entry.detail.split()[2].rstrip(";")
    listed = [e.detail for e in entries if e.entity == "template"]
    assert listed.count(f"from file sha256 {sha}") == count - 1
    assert listed.count(f"from file sha256 {sha}; retired in the file") == 1
    assert empty.audit.verify().intact


def test_one_patients_export_carries_the_templates_its_courses_name(
    clinic: Clinic, make: Maker, empty: Clinic
) -> None:
    clinic.templates.add_shipped()
    own = clinic.templates.add(own_template())
    patient = make.patient()
    course = planned(clinic, patient.id, own)
    make.course(patient.id)
    planned(clinic, make.patient(record_number="MC-0002").id, clinic.templates.all()[0])
    document = clinic.exports.export_document(patient=str(patient.id))
    assert [t["id"] for t in document["templates"]] == [str(own.id)]
    assert "catalogue" not in document
    report = empty.imports.import_bytes(document_bytes(document))
    assert (report.templates_added, report.courses_added) == (1, 2)
    assert empty.courses.get(course.id).plan.template_id == own.id
    assert held(empty) == [(own.id, own.details, None)]
    by_hand = make.patient(record_number="MC-0003")
    make.course(by_hand.id)
    assert "templates" not in clinic.exports.export_document(patient=str(by_hand.id))


def test_a_bundle_carries_the_templates(
    clinic: Clinic, exported: Document, tmp_path: Path, empty: Clinic
) -> None:
    path = tmp_path / "clinic.mesolog.zip"
    clinic.exports.export_bundle(path)
    report = empty.imports.import_file(path)
    assert report.templates_added == len(exported["templates"])
    assert links(empty, exported) == links(clinic, exported)


def test_the_shipped_templates_of_another_database_are_the_ones_held_here(
    clinic: Clinic, exported: Document, empty: Clinic
) -> None:
    """Every new database adds the shipped templates with ids of its own: an export meets
    them again where it is imported, and its courses name the ones held."""
    empty.templates.add_shipped()
    here = {t.details.name: t.id for t in empty.templates.all()}
    report = empty.imports.import_bytes(document_bytes(exported))
    assert (report.templates_added, report.templates_present) == (2, len(here))
    first = clinic.templates.all()[0]
    [course_id] = [c for c, t in links(clinic, exported).items() if t == first.id]
    assert links(empty, exported)[course_id] == here[first.details.name]
    assert len(empty.templates.all(retired=True)) == len(here) + 2
    again = empty.imports.import_bytes(document_bytes(exported))
    assert not again.changed
    assert again.templates_present == len(here) + 2


def test_a_template_held_with_other_content_is_a_conflict_and_nothing_is_written(
    exported: Document, empty: Clinic, tmp_path: Path
) -> None:
    empty.imports.import_bytes(document_bytes(exported))
    changed = copy.deepcopy(exported)
    changed["templates"][0]["planned_sessions"] = 9
    retired = next(t for t in changed["templates"] if "retired_at" in t)
    del retired["retired_at"]
    before = DatabaseProbe(tmp_path / "empty.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(changed))
    index = changed["templates"].index(retired)
    assert [(v.path, v.value, str(v.allowed)) for v in refused.value.violations] == [
        ("templates[0].id", changed["templates"][0]["id"], str(DIFFERS)),
        (f"templates[{index}].id", retired["id"], str(DIFFERS)),
    ]
    assert DatabaseProbe(tmp_path / "empty.sqlite").snapshot() == before


def test_a_name_another_template_has_is_refused_naming_field_value_and_holder(
    clinic: Clinic, make: Maker, empty: Clinic, tmp_path: Path
) -> None:
    ours = clinic.templates.add(own_template())
    planned(clinic, make.patient().id, ours)
    document = clinic.exports.export_document()
    theirs = empty.templates.add(own_template(name=" cheeks,  OUR way", planned_sessions=8))
    before = DatabaseProbe(tmp_path / "empty.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(document))
    assert [(v.path, v.value, str(v.allowed)) for v in refused.value.violations] == [
        ("templates[0].name", "Cheeks, our way", f"{NAME_HELD}: template {theirs.id} has it")
    ]
    assert "'Cheeks, our way'" in str(refused.value)
    assert DatabaseProbe(tmp_path / "empty.sqlite").snapshot() == before


def test_a_course_naming_a_template_of_neither_file_nor_database_is_refused(
    exported: Document, empty: Clinic, tmp_path: Path
) -> None:
    document = copy.deepcopy(exported)
    missing = next(t for t in document["templates"] if t["name"] == "Cheeks, our way")
    document["templates"].remove(missing)
    before = DatabaseProbe(tmp_path / "empty.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(document))
    [patient] = [
        i
        for i, p in enumerate(document["patients"])
        for c in p["courses"]
        if c.get("template_id") == missing["id"]
    ]
    [course] = [
        j
        for j, c in enumerate(document["patients"][patient]["courses"])
        if c.get("template_id") == missing["id"]
    ]
    [violation] = refused.value.violations
    assert (violation.path, violation.value, str(violation.allowed)) == (
        f"patients[{patient}].courses[{course}].template_id",
        missing["id"],
        str(NAMED_TEMPLATE),
    )
    assert DatabaseProbe(tmp_path / "empty.sqlite").snapshot() == before
    assert empty.templates.all(retired=True) == []


def test_a_course_may_name_a_template_the_database_holds(exported: Document, empty: Clinic) -> None:
    """The template came before, in another file: this one need not carry it again."""
    empty.imports.import_bytes(document_bytes({**exported, "patients": []}))
    document = copy.deepcopy(exported)
    del document["templates"]
    report = empty.imports.import_bytes(document_bytes(document))
    assert (report.courses_added, report.templates_added) == (4, 0)


def test_a_course_held_is_compared_with_its_template(
    exported: Document, empty: Clinic, tmp_path: Path
) -> None:
    empty.imports.import_bytes(document_bytes(exported))
    document = copy.deepcopy(exported)
    courses = max((p["courses"] for p in document["patients"]), key=len)
    named = [c for c in courses if "template_id" in c]
    named[0]["template_id"], named[1]["template_id"] = named[1]["template_id"], None
    by_hand = next(c for c in courses if "template_id" not in c)
    by_hand["template_id"] = document["templates"][0]["id"]
    before = DatabaseProbe(tmp_path / "empty.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(document))
    assert sorted(v.value for v in refused.value.violations) == sorted(c["id"] for c in courses)
    assert {str(v.allowed) for v in refused.value.violations} == {str(DIFFERS)}
    assert DatabaseProbe(tmp_path / "empty.sqlite").snapshot() == before


def test_the_domains_rules_refuse_a_template_before_any_database(
    exported: Document, empty: Clinic
) -> None:
    document = copy.deepcopy(exported)
    template = next(t for t in document["templates"] if t["name"] == "Cheeks, our way")
    template["session_fee"] = "100000.01"
    template["lines"][0]["technique"] |= {"length_mm": 2, "depth_mm": 3}
    template["protocol"] = "nappage\x07"
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(document))
    index = document["templates"].index(template)
    assert [v.path for v in refused.value.violations] == [
        f"templates[{index}].protocol",
        f"templates[{index}].lines[0].technique.depth_mm",
        f"templates[{index}].session_fee",
    ]
    assert empty.templates.all(retired=True) == []


def test_a_version_1_file_still_imports_its_courses_compared_without_their_template(
    exported: Document, empty: Clinic
) -> None:
    empty.imports.import_bytes(document_bytes(exported))
    old = {"format": "mesolog", "version": 1, "patients": copy.deepcopy(exported["patients"])}
    for patient in old["patients"]:
        for course in patient["courses"]:
            course.pop("template_id", None)
        for session in patient["sessions"]:
            session.pop("signed_by", None)
    report = empty.imports.import_bytes(json.dumps(old).encode())
    assert not report.changed
    assert report.courses_present == 4
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(json.dumps(old | {"templates": []}).encode())
    assert [v.path for v in refused.value.violations] == ["templates"]
