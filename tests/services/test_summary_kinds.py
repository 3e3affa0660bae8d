"""What the summary service puts in each kind of copy: who made it by name (never a login),
the clinic's logo, no drafts in a patient copy, and the kind in the audit log."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from mesolog.domain.errors import KnownError
from mesolog.reports.summary_data import SummaryKind
from mesolog.services.clinic import Clinic
from mesolog.services.clinic_logo import LogoService, checked_logo
from mesolog.services.summary import SummaryService
from tests.logo_support import logo_png

if TYPE_CHECKING:
    from conftest import DatabaseProbe, Maker


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_account_s_full_name_and_never_its_login(clinic: Clinic, make: Maker) -> None:
    from mesolog.reports.treatment_summary import render_summary

    clinic.accounts.create_first_admin("maria", "Dr Maria Oikonomou", "admin-password-1")
    clinic.log_in("maria", "admin-password-1")
    patient = make.patient()
    data = SummaryService(clinic.context).summary_data(
        patient.id, kind=SummaryKind.PATIENT, prepared_by="someone else"
    )
    assert data.generated_by == "Dr Maria Oikonomou"
    text = _text(render_summary(data))
    assert "by Dr Maria Oikonomou" in text
    assert "by maria" not in text


def test_without_accounts_the_workstation_s_clinician_or_nobody(
    clinic: Clinic, make: Maker
) -> None:
    patient = make.patient()
    summaries = SummaryService(clinic.context)
    named = summaries.summary_data(patient.id, prepared_by="  Dr Nikos Georgiou ")
    assert named.generated_by == "Dr Nikos Georgiou"
    assert summaries.summary_data(patient.id).generated_by == ""
    assert clinic.context.actor == "tester"  # the OS user is never printed


def test_each_copy_carries_its_kind_and_the_clinic_s_logo(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    summaries = SummaryService(clinic.context)
    assert summaries.summary_data(patient.id).logo is None
    logo = checked_logo("clinic.png", logo_png())
    LogoService(clinic.context).set_logo(logo)
    for kind in SummaryKind:
        data = summaries.summary_data(patient.id, kind=kind)
        assert (data.kind, data.logo) == (kind, logo)


def test_a_patient_copy_with_drafts_is_refused(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    with pytest.raises(KnownError, match="A patient copy holds signed sessions only"):
        SummaryService(clinic.context).summary_data(
            patient.id, kind=SummaryKind.PATIENT, include_drafts=True
        )


def test_the_audit_log_names_the_kind_of_copy_written(
    clinic: Clinic, make: Maker, probe: DatabaseProbe, tmp_path: Path
) -> None:
    patient = make.patient()
    summaries = SummaryService(clinic.context)
    for kind in SummaryKind:
        summaries.write_pdf(summaries.summary_data(patient.id, kind=kind), tmp_path / "s.pdf")
    exports = [e.detail for e in probe.audit() if e.action == "export"]
    assert exports == ["pdf summary, patient copy", "pdf summary, clinical copy"]
