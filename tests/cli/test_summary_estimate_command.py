"""`mesolog export pdf --estimate`, run as a subprocess: the patient copy prints the expected
cost of the active course planned from a protocol template (read back with pypdf), the
output counts the estimates, and a clinical copy refuses the flag with nothing written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import ProductInput
from mesolog.domain.records import CourseInput, PatientInput
from mesolog.services.clinic import Clinic
from tests.cli.test_summary_command import _summary, _text
from tests.ui.courses.template_support import cheeks_template

ESTIMATE = (
    "Estimated cost about 525.00 for 5 sessions (session fees 400.00, products 125.00); "
    "not counted, no price yet: Peptides"
)


@pytest.fixture(scope="module")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MC-0021: a course planned by hand and one of 5 planned from a template (HydraBoost
    at 12.50 a ml, 2 ml a session; peptides unpriced; 80.00 a session). MC-0022: a course
    planned by hand only."""
    path = tmp_path_factory.mktemp("estimate") / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.products.add(
            ProductInput(
                "HydraBoost 1.5%", Solution.HYALURONIC_ACID, price_per_unit=Decimal("12.50")
            )
        )
        template = clinic.templates.add(cheeks_template())
        by_hand = CourseInput(Indication.STRETCH_MARKS, 5, dt.date(2026, 1, 5), (Area.THIGHS,))
        for number in ("MC-0021", "MC-0022"):
            patient = clinic.patients.create(
                PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5), record_number=number)
            )
            clinic.courses.plan(patient.id, by_hand)
        planned_from = clinic.patients.get("MC-0021").id
        clinic.courses.plan(planned_from, template.course(dt.date(2026, 3, 1)))
    return path


def test_the_patient_copy_prints_the_estimate_when_asked(clinic_file: Path, tmp_path: Path) -> None:
    asked, plain = tmp_path / "asked.pdf", tmp_path / "plain.pdf"

    result = _summary(clinic_file, asked, "--estimate", patient="MC-0021")
    assert _summary(clinic_file, plain, patient="MC-0021").returncode == 0

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("treatment summary (patient copy, 1 course estimate, ")
    text = _text(asked)
    assert ESTIMATE in text
    assert text.count("Estimated cost") == 1, "not the course planned by hand"
    assert "Estimated cost" not in _text(plain)


def test_a_patient_without_such_a_course_gets_none_and_is_told(
    clinic_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "none.pdf"
    result = _summary(clinic_file, target, "--estimate", patient="MC-0022")
    assert result.returncode == 0, result.stderr
    assert "no course estimate: no active course planned from a template" in result.stdout
    assert "Estimated cost" not in _text(target)


def test_a_clinical_copy_refuses_it_and_nothing_is_written(
    clinic_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "clinical.pdf"
    result = _summary(clinic_file, target, "--kind", "clinical", "--estimate", patient="MC-0021")
    assert result.returncode == 1
    assert "--estimate is for the patient copy (--kind patient)" in result.stderr
    assert not target.exists()
