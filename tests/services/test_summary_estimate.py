"""The course estimate on the patient copy: the summary service prints the estimate it is
given with its course, as a real PDF read back with pypdf."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pypdf import PdfReader

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import ProductInput
from mesolog.domain.records import ProductUse
from mesolog.domain.templates import TemplateInput
from mesolog.reports.summary_data import SummaryData, SummaryKind
from mesolog.services.clinic import Clinic
from mesolog.services.summary import SummaryService

if TYPE_CHECKING:
    from conftest import Maker


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


def _summaries(clinic: Clinic, make: Maker, kind: SummaryKind, locale: str) -> list[SummaryData]:
    """The patient's summary with the estimate of its course planned from the template,
    and without."""
    clinic.products.add(
        ProductInput("HydraBoost 1.5%", Solution.HYALURONIC_ACID, price_per_unit=Decimal("12.5"))
    )
    template = clinic.templates.add(_template(make))
    patient = make.patient()
    course = make.course(patient.id, planned_sessions=6, protocol="Cheeks, our way — HA")
    estimate = clinic.templates.estimate(template.details, course.plan.planned_sessions)
    summaries = SummaryService(clinic.context)
    return [
        summaries.summary_data(patient.id, kind=kind, locale=locale, estimates=estimates)
        for estimates in ({course.id: estimate}, None)
    ]


def test_the_patient_copy_prints_the_estimate_given_with_its_course(
    clinic: Clinic, make: Maker
) -> None:
    with_estimate, without = _summaries(clinic, make, SummaryKind.PATIENT, "en_GB")

    assert (
        "Estimated cost about 630.00 for 6 sessions (session fees 480.00, products 150.00); "
        "not counted, no price yet: Peptides"
    ) in _text(with_estimate)
    assert "Estimated cost" not in _text(without)


def test_the_amounts_are_written_as_the_locale_writes_numbers(clinic: Clinic, make: Maker) -> None:
    with_estimate, _ = _summaries(clinic, make, SummaryKind.PATIENT, "el_GR")
    assert "about 630,00 for 6 sessions (session fees 480,00, products 150,00)" in _text(
        with_estimate
    )


def test_the_clinical_copy_never_prints_it(clinic: Clinic, make: Maker) -> None:
    with_estimate, _ = _summaries(clinic, make, SummaryKind.CLINICAL, "en_GB")
    assert with_estimate.courses[0].estimate is not None
    assert "Estimated cost" not in _text(with_estimate)
