"""The course estimate on the patient copy: asked for, the summary service works out the
expected cost of each active course planned from a template (the course names it) and
prints it with its course, as a real PDF read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.errors import KnownError
from mesolog.domain.ids import PatientId
from mesolog.domain.products import ProductInput
from mesolog.domain.records import ProductUse
from mesolog.domain.templates import Template, TemplateInput
from mesolog.reports.summary_data import SummaryData, SummaryKind
from mesolog.services.clinic import Clinic
from mesolog.services.summary import SummaryService

if TYPE_CHECKING:
    from conftest import Maker

ESTIMATE = (
    "Estimated cost about 630.00 for 6 sessions (session fees 480.00, products 150.00); "
    "not counted, no price yet: Peptides"
)


def _text(data: SummaryData) -> str:
    from mesolog.reports.treatment_summary import render_summary

    reader = PdfReader(io.BytesIO(render_summary(data)))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _template(make: Maker) -> TemplateInput:
    hydra = ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost 1.5%", "1.5%")
    lines = (
        make.needle_line(Area.CHEEKS, products=(hydra,)),
        make.needle_line(Area.NECK, products=(ProductUse(Solution.PEPTIDES, 1.0),)),
    )
    return TemplateInput(
        "Cheeks, our way", Indication.WRINKLES, 6, lines=lines, session_fee=Decimal("80")
    )


@pytest.fixture
def template(clinic: Clinic, make: Maker) -> Template:
    """HydraBoost at 12.50 a ml (2 ml a session), peptides unpriced, 80 a session."""
    clinic.products.add(
        ProductInput("HydraBoost 1.5%", Solution.HYALURONIC_ACID, price_per_unit=Decimal("12.5"))
    )
    return clinic.templates.add(_template(make))


@pytest.fixture
def patient_id(clinic: Clinic, make: Maker, template: Template) -> PatientId:
    """A course planned by hand, then one of 6 sessions planned from the template."""
    patient = make.patient()
    make.course(patient.id, started_on=make.course_input().started_on.replace(month=1))
    clinic.courses.plan(patient.id, template.course(make.course_input().started_on))
    return patient.id


def _summary(clinic: Clinic, patient_id: PatientId, **options: object) -> SummaryData:
    return SummaryService(clinic.context).summary_data(patient_id, **options)  # type: ignore[arg-type]


def test_the_patient_copy_prints_the_estimate_of_the_course_planned_from_a_template(
    clinic: Clinic, patient_id: PatientId
) -> None:
    text = _text(_summary(clinic, patient_id, kind=SummaryKind.PATIENT, estimates=True))

    assert ESTIMATE in text
    assert text.count("Estimated cost") == 1, "not the course planned by hand"
    assert "Estimated cost" not in _text(_summary(clinic, patient_id, kind=SummaryKind.PATIENT))


def test_the_amounts_are_written_as_the_locale_writes_numbers(
    clinic: Clinic, patient_id: PatientId
) -> None:
    data = _summary(clinic, patient_id, kind=SummaryKind.PATIENT, locale="el_GR", estimates=True)
    assert "about 630,00 for 6 sessions (session fees 480,00, products 150,00)" in _text(data)


def test_the_estimate_follows_the_template_renamed_or_retired_and_its_prices_now(
    clinic: Clinic, patient_id: PatientId, template: Template
) -> None:
    renamed = clinic.templates.update(
        template.id,
        replace(template.details, name="Cheeks, renamed", session_fee=Decimal("90")),
        read=template,
    ).record
    clinic.templates.retire(renamed.id)

    data = _summary(clinic, patient_id, kind=SummaryKind.PATIENT, estimates=True)

    assert "Estimated cost about 690.00 for 6 sessions (session fees 540.00" in _text(data)


def test_only_active_courses_have_an_estimate(
    clinic: Clinic, patient_id: PatientId, template: Template
) -> None:
    summaries = SummaryService(clinic.context)
    history = clinic.history.patient_history(patient_id)
    [planned] = [c.course for c in history.courses if c.course.plan.template_id is not None]
    assert set(summaries.course_estimates(history)) == {planned.id}

    clinic.courses.complete(planned.id)

    history = clinic.history.patient_history(patient_id)
    assert summaries.course_estimates(history) == {}


def test_the_clinical_copy_refuses_it_and_never_prints_one(
    clinic: Clinic, patient_id: PatientId
) -> None:
    with pytest.raises(KnownError, match="patient copy only"):
        _summary(clinic, patient_id, kind=SummaryKind.CLINICAL, estimates=True)
    data = _summary(clinic, patient_id, kind=SummaryKind.PATIENT, estimates=True)
    clinical = replace(data, kind=SummaryKind.CLINICAL)
    assert any(c.estimate is not None for c in clinical.courses)
    assert "Estimated cost" not in _text(clinical)
