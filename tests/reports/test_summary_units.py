"""A product counted in units in both copies of the summary, written as real PDFs and read
back with pypdf: the units given beside the volume, in the locale's numbers; a product in ml
as before."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from dataclasses import replace

import pytest
from pypdf import PdfReader

from mesolog.domain.enums import Area, NeedleMethod, SessionStatus, Solution
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    NeedleTechnique,
    Patient,
    PatientInput,
    ProductUse,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.reports.summary_data import SummaryData, SummaryKind
from mesolog.reports.treatment_summary import render_summary

ATHENS = dt.timezone(dt.timedelta(hours=2))
PATIENT_ID = PatientId(uuid.uuid4())
NEEDLE = NeedleTechnique(depth_mm=2.5, gauge=30, length_mm=4, method=NeedleMethod.NAPPAGE)
VITA = ProductUse(Solution.VITAMINS, 2.5, "Vita Ampoule", "", "V-1", units=1.0)
HYDRA = ProductUse(Solution.HYALURONIC_ACID, 1.5, "Hydra Glow", "", "HG-1")


def _data(
    kind: SummaryKind,
    locale: str = "en_GB",
    neck: tuple[ProductUse, ...] = (VITA,),
) -> SummaryData:
    details = PatientInput("Καρμίρη", "Ελένη", dt.date(1978, 5, 17))
    entry = SessionInput(
        performed_at=dt.datetime(2026, 2, 2, 10, 30, tzinfo=ATHENS),
        clinician="Δρ. Ελένη Παπαδοπούλου",
        treatments=(
            TreatmentLine(Area.CHEEKS, NEEDLE, (VITA, HYDRA)),
            TreatmentLine(Area.NECK, NEEDLE, neck),
        ),
    )
    return SummaryData(
        clinic=ClinicSettings("Κλινική Demo"),
        patient=Patient(PATIENT_ID, details, dt.datetime(2026, 1, 20, tzinfo=ATHENS)),
        courses=(),
        sessions_outside_courses=(
            Session(SessionId(uuid.uuid4()), PATIENT_ID, entry, SessionStatus.SIGNED),
        ),
        include_drafts=False,
        generated_at=dt.datetime(2026, 3, 1, 9, 5, tzinfo=ATHENS),
        generated_by="",
        kind=kind,
        locale=locale,
    )


def _text(data: SummaryData) -> str:
    reader = PdfReader(io.BytesIO(render_summary(data)))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_clinical_copy_gives_each_uses_units_beside_its_volume() -> None:
    text = _text(_data(SummaryKind.CLINICAL))
    assert text.count("Vitamins, Vita Ampoule, 1 unit · 2.5 ml, lot V-1") == 2
    assert "Hyaluronic acid, Hydra Glow, 1.5 ml, lot HG-1" in text


def test_the_patient_copy_adds_up_the_units_of_a_product_and_lot() -> None:
    text = _text(_data(SummaryKind.PATIENT))
    assert "Vita Ampoule (Vitamins), 2 units · 5 ml, lot V-1" in text
    assert "Hydra Glow (Hyaluronic acid), 1.5 ml, lot HG-1" in text


@pytest.mark.parametrize(
    ("kind", "amount"),
    [(SummaryKind.CLINICAL, "1 unit · 2,5 ml"), (SummaryKind.PATIENT, "2 units · 5 ml")],
)
def test_the_units_are_written_in_the_locales_numbers(kind: SummaryKind, amount: str) -> None:
    text = _text(_data(kind, "el_GR"))
    assert amount in text
    assert "1,5 ml" in text


def test_the_patient_copy_says_a_units_total_is_partial_when_a_use_lacks_units() -> None:
    """Vita Ampoule of lot V-1 given three times, once with no units recorded (a session
    from before the product was counted in units): its 2 units are not the whole amount."""
    no_units = replace(VITA, units=None)
    text = _text(_data(SummaryKind.PATIENT, neck=(VITA, no_units)))
    assert "Vita Ampoule (Vitamins), 2 units + 1 use without units · 7.5 ml, lot V-1" in text
    assert "Hydra Glow (Hyaluronic acid), 1.5 ml, lot HG-1" in text


def test_the_patient_copy_keeps_a_total_plain_when_no_use_of_it_has_units() -> None:
    """Another lot of the ampoule, none of whose uses has units: nothing to call partial."""
    other_lot = replace(VITA, lot_number="V-2", units=None)
    text = _text(_data(SummaryKind.PATIENT, neck=(VITA, other_lot, other_lot)))
    assert "Vita Ampoule (Vitamins), 2 units · 5 ml, lot V-1" in text
    assert "Vita Ampoule (Vitamins), 5 ml, lot V-2" in text
    assert "without units" not in text


def test_the_clinical_copy_gives_a_use_without_units_its_volume_alone() -> None:
    text = _text(_data(SummaryKind.CLINICAL, neck=(VITA, replace(VITA, units=None))))
    assert text.count("Vitamins, Vita Ampoule, 1 unit · 2.5 ml, lot V-1") == 2
    assert "Vitamins, Vita Ampoule, 2.5 ml, lot V-1" in text
    assert "without units" not in text
