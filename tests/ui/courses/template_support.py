"""A protocol template with a priced and an unpriced product, for the tests of courses
planned from templates (tests/ui/courses, tests/ui/sessions, tests/reports)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale

from mesolog.domain.enums import Area, Indication, NeedleMethod, Solution
from mesolog.domain.ids import PatientId
from mesolog.domain.records import Course, NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import Template, TemplateInput
from mesolog.services.clinic import Clinic

NAME = "Cheeks, our way"
PROTOCOL = "HydraBoost and peptides, nappage"


def money(amount: str) -> str:
    """An amount as the window writes it: two decimals with the locale's marks."""
    return QLocale().toString(float(amount), "f", 2)


def cheeks_template() -> TemplateInput:
    needle = NeedleTechnique(depth_mm=2.0, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
    return TemplateInput(
        NAME,
        Indication.WRINKLES,
        5,
        initial_interval_days=12,
        maintenance_interval_days=21,
        protocol=PROTOCOL,
        lines=(
            TreatmentLine(
                Area.CHEEKS,
                needle,
                (ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost 1.5%", "1.5%"),),
            ),
            TreatmentLine(Area.NECK, needle, (ProductUse(Solution.PEPTIDES, 1.0),)),
        ),
        session_fee=Decimal("80.00"),
    )


def planned_course(
    clinic: Clinic, patient_id: PatientId, template: Template, started_on: dt.date
) -> Course:
    """A course planned from `template` as the course dialog plans it (naming it)."""
    return clinic.courses.plan(patient_id, template.course(started_on))
