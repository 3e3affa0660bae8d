"""The clinic's currency through the services: stored in capitals, refused when it is no
ISO 4217 code (naming the field and the value, nothing stored, nothing audited), and
carried by every course estimate so that the window and the patient copy name it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from mesolog.domain.enums import Area, Indication, Role, Solution
from mesolog.domain.errors import ValidationError
from mesolog.domain.records import ClinicSettings, NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from tests.services.conftest import Clock


def test_a_code_is_stored_in_capitals_and_audited(clinic: Clinic) -> None:
    clinic.settings.update_clinic(ClinicSettings(currency=" gbp "), read=ClinicSettings())
    assert clinic.settings.clinic().currency == "GBP"
    read = clinic.settings.clinic()
    clinic.settings.update_clinic(ClinicSettings(currency="EUR"), read=read)
    entries = [e for e in clinic.audit.entries() if e.entity == "clinic_settings"]
    assert len(entries) == 2


def test_a_code_that_is_none_is_refused_and_nothing_changes(clinic: Clinic) -> None:
    before, entries = clinic.settings.clinic(), len(clinic.audit.entries())
    with pytest.raises(ValidationError) as refused:
        clinic.settings.update_clinic(ClinicSettings(currency="€"), read=before)
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("clinic.currency", "€")
    assert (clinic.settings.clinic(), len(clinic.audit.entries())) == (before, entries)


def test_the_course_estimate_carries_the_clinics_currency(clinic: Clinic) -> None:
    use = ProductUse(Solution.HYALURONIC_ACID, 2.0)
    line = TreatmentLine(Area.CHEEKS, NeedleTechnique(depth_mm=1.5), (use,))
    details = TemplateInput(
        "Hydration", Indication.HYDRATION_TIGHTENING, 4, lines=(line,), session_fee=Decimal("80")
    )
    assert clinic.templates.estimate(details, 4).currency == ""
    clinic.settings.update_clinic(ClinicSettings(currency=" eur"), read=ClinicSettings())
    estimate = clinic.templates.estimate(details, 4)
    assert (estimate.currency, estimate.fees) == ("EUR", Decimal("320"))


def test_the_demo_prices_in_euros_and_a_clinician_may_fill_it_without_setting_them(
    clinic: Clinic, tmp_path: Path, clock: Clock
) -> None:
    DemoService(clinic.context).fill()
    assert clinic.settings.clinic().currency == "EUR"

    other = Clinic.open(str(tmp_path / "other.sqlite"), actor="tester", clock=clock)
    try:
        other.accounts.create_first_admin("admin", "Dr Admin", "a long enough password")
        other.log_in("admin", "a long enough password")
        other.accounts.add("dr", "Dr Eleni", Role.CLINICIAN, "a long enough password")
        other.log_in("dr", "a long enough password")
        report = DemoService(other.context).fill()
        assert report.patients == 40 and report.photos > 0
        assert other.settings.clinic().currency == ""
    finally:
        other.close()
