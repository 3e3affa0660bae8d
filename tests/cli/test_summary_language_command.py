"""`mesolog export pdf` in the patient's language: the patient's language of documents by
default, else the language mesolog speaks (`--language`), and `--document-language` over
both; an unknown one refused naming the choices."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic


@pytest.fixture(scope="module")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("languages") / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        for number, preferred in (("MC-1", "el"), ("MC-2", "en"), ("MC-3", None)):
            clinic.patients.create(
                PatientInput(
                    "Ρήγα",
                    "Σοφία",
                    dt.date(1979, 11, 2),
                    record_number=number,
                    preferred_language=preferred,
                )
            )
    return path


def _language_of(clinic_file: Path, target: Path, *args: str) -> str:
    environment = {**os.environ, "LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8"}
    environment.pop("MESOLOG_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "mesolog", "--db", str(clinic_file), *args, "-o", str(target)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return str(PdfReader(target).trailer["/Root"]["/Lang"])


@pytest.mark.parametrize(
    ("spoken", "patient", "asked", "written"),
    [
        ("en", "MC-1", None, "el"),
        ("el", "MC-2", None, "en"),
        ("el", "MC-3", None, "el"),
        ("en", "MC-3", None, "en"),
        ("en", "MC-1", "en", "en"),
        ("en", "MC-2", "el", "el"),
    ],
)
def test_the_summary_is_in_the_patients_language_unless_asked(
    clinic_file: Path, tmp_path: Path, spoken: str, patient: str, asked: str | None, written: str
) -> None:
    chosen = ["--document-language", asked] if asked else []
    command = ["--language", spoken, "export", "pdf", "--patient", patient, *chosen]
    assert _language_of(clinic_file, tmp_path / "s.pdf", *command).split("-")[0] == written


def test_a_language_mesolog_does_not_write_is_refused(clinic_file: Path, tmp_path: Path) -> None:
    environment = {**os.environ}
    environment.pop("MESOLOG_DB", None)
    command = ["export", "pdf", "--patient", "MC-1", "--document-language", "de"]
    target = tmp_path / "x.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "mesolog", "--db", str(clinic_file), *command, "-o", str(target)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "argument --document-language: invalid choice: 'de' (choose from 'el', 'en')" in (
        result.stderr
    )
    assert not target.exists()
