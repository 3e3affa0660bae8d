"""`mesolog export pdf --kind patient|clinical`, run as a subprocess as a clinic's IT would:
the patient copy by default, drafts only in a clinical copy, and the environment's locale
deciding the dates (ISO 8601 under C)."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from tests.reports.photo_samples import camera_photo

ATHENS = dt.timezone(dt.timedelta(hours=2))
SESSION_NOTE = "Patient paused aspirin per cardiologist"
PATIENT_NOTE = "Prefers a call before each visit"


@pytest.fixture(scope="module")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("summary") / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        patient = clinic.patients.create(
            PatientInput(
                "Καρμίρη",
                "Ελένη",
                dt.date(1977, 12, 6),
                record_number="MC-0007",
                notes=PATIENT_NOTE,
            )
        )
        course = clinic.courses.plan(
            patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 1, 10), (Area.CHEEKS,))
        )
        for day, notes in ((12, SESSION_NOTE), (26, "")):
            entry = SessionInput(
                performed_at=dt.datetime(2026, 1, day, 16, 15, tzinfo=ATHENS),
                clinician="Dr Eleni Markou",
                treatments=(
                    TreatmentLine(
                        Area.CHEEKS,
                        NeedleTechnique(depth_mm=2.0),
                        (ProductUse(Solution.VITAMINS, 1.0, "VitaGlow", lot_number="VG-1"),),
                    ),
                ),
                course_id=course.id,
                notes=notes,
            )
            session = clinic.sessions.create_draft(patient.id, entry)
            if day == 12:
                clinic.sessions.sign(session.id)
        _photographed(clinic)
    return path


def _photographed(clinic: Clinic) -> None:
    """MC-0008: photo consent, a signed session, a before and an after photo of the front."""
    patient = clinic.patients.create(
        PatientInput(
            "Παππά",
            "Μαρία",
            dt.date(1981, 2, 3),
            record_number="MC-0008",
            photo_consent_on=dt.date(2026, 1, 5),
        )
    )
    entry = SessionInput(
        performed_at=dt.datetime(2026, 1, 12, 11, 0, tzinfo=ATHENS),
        clinician="Dr Eleni Markou",
        treatments=(TreatmentLine(Area.NECK, NeedleTechnique(depth_mm=1.0)),),
    )
    session = clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    for shade, moment in ((10, PhotoMoment.BEFORE), (200, PhotoMoment.AFTER)):
        details = PhotoInput(PhotoView.FRONT, moment, session.id)
        clinic.photos.add(patient.id, details, camera_photo(shade), file_label="front.jpg")


def _summary(
    clinic_file: Path,
    target: Path,
    *args: str,
    lang: str = "en_GB.UTF-8",
    patient: str = "MC-0007",
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "LANG": lang, "LC_ALL": lang}
    environment.pop("LC_TIME", None)
    environment.pop("MESOLOG_DB", None)
    command = ["export", "pdf", "--patient", patient, "-o", str(target), *args]
    return subprocess.run(
        [sys.executable, "-m", "mesolog", "--db", str(clinic_file), *command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_the_patient_copy_is_the_default(clinic_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "patient.pdf"
    result = _summary(clinic_file, target)
    assert result.returncode == 0, result.stderr
    size = f"{round(target.stat().st_size / 1000)} kB"
    assert result.stdout == f"treatment summary (patient copy, {size}) written to {target}\n"
    text = _text(target)
    assert "Patient copy" in text
    assert "After your session" in text
    assert SESSION_NOTE not in text
    assert PATIENT_NOTE not in text


def test_the_clinical_copy_holds_notes_and_drafts(clinic_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "clinical.pdf"
    result = _summary(clinic_file, target, "--kind", "clinical", "--include-drafts")
    assert result.returncode == 0, result.stderr
    text = _text(target)
    assert "Clinical copy" in text
    assert SESSION_NOTE in text
    assert PATIENT_NOTE in text
    assert "DRAFT" in text


def test_drafts_in_a_patient_copy_are_refused_and_nothing_is_written(
    clinic_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "patient.pdf"
    result = _summary(clinic_file, target, "--include-drafts")
    assert result.returncode == 1
    assert "--include-drafts is for the clinical copy (--kind clinical)" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize("lang", ["C.UTF-8", "C", "POSIX"])
def test_under_c_the_dates_are_iso_8601_and_24_hour(
    clinic_file: Path, tmp_path: Path, lang: str
) -> None:
    target = tmp_path / "c.pdf"
    result = _summary(clinic_file, target, "--kind", "clinical", lang=lang)
    assert result.returncode == 0, result.stderr
    text = _text(target)
    assert "Date of birth 1977-12-06" in text
    assert "2026-01-12 16:15" in text
    assert "6 Dec 1977" not in text
    assert not re.search(r"\b(AM|PM)\b", text)


@pytest.mark.parametrize(
    ("lang", "birth"),
    [("el_GR.UTF-8", "6 Δεκ 1977"), ("en_US.UTF-8", "Dec 6, 1977"), ("en_GB.UTF-8", "6 Dec 1977")],
)
def test_a_real_locale_writes_its_own_dates(
    clinic_file: Path, tmp_path: Path, lang: str, birth: str
) -> None:
    target = tmp_path / "real.pdf"
    assert _summary(clinic_file, target, lang=lang).returncode == 0
    assert f"Date of birth {birth}" in _text(target).replace("\xa0", " ")


def test_locale_chooses_over_the_environment(clinic_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "greek.pdf"
    assert _summary(clinic_file, target, "--locale", "el_GR", lang="C.UTF-8").returncode == 0
    assert "Date of birth 6 Δεκ 1977" in _text(target).replace("\xa0", " ")


def _images(path: Path) -> int:
    listed = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    )
    return len(listed.stdout.splitlines()) - 2


@pytest.mark.parametrize(
    ("args", "photos"),
    [
        (("--kind", "clinical"), 2),
        (("--kind", "clinical", "--no-photos"), 0),
        ((), 0),
        (("--photos",), 2),
    ],
)
def test_photos_go_in_the_clinical_copy_and_in_the_patient_copy_when_asked(
    clinic_file: Path, tmp_path: Path, args: tuple[str, ...], photos: int
) -> None:
    target = tmp_path / "photos.pdf"
    result = _summary(clinic_file, target, *args, patient="MC-0008")
    assert result.returncode == 0, result.stderr
    said = re.fullmatch(
        r"treatment summary \((\w+) copy(, 2 photos)?, (\d+) kB\) written to .*\n", result.stdout
    )
    assert said is not None, result.stdout
    assert bool(said[2]) == bool(photos)
    assert abs(int(said[3]) - target.stat().st_size / 1000) <= 0.5
    assert _images(target) == photos


def test_photos_without_photo_consent_are_refused(clinic_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "refused.pdf"
    result = _summary(clinic_file, target, "--photos")
    assert result.returncode == 1
    assert "no photo consent on file" in result.stderr
    assert not target.exists()
