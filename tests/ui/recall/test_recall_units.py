"""Records ▸ Recall of a product counted in units, on a real database: the table's amount
gives the units beside the volume in the locale's numbers, the CSV and the letters written
from the window give them too; a product in ml reads as before."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import (
    ClinicSettings,
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.recall.recall_window import RecallColumn, RecallWindow
from tests.locale_support import decimal
from tests.typing_support import type_into

ATHENS = dt.timezone(dt.timedelta(hours=2))
REASON = "Notice 2026-14 from the maker"
NEEDLE = NeedleTechnique(depth_mm=1.5)


def _signed(clinic: Clinic, family: str, day: int, *uses: ProductUse) -> None:
    patient = clinic.patients.create(PatientInput(family, "Άννα", dt.date(1980, 1, 2)))
    areas = (Area.FOREHEAD, Area.NECK)[: len(uses)]
    lines = tuple(TreatmentLine(a, NEEDLE, (u,)) for a, u in zip(areas, uses, strict=True))
    when = dt.datetime(2026, 2, day, 10, 0, tzinfo=ATHENS)
    clinic.sessions.sign(
        clinic.sessions.create_draft(patient.id, SessionInput(when, "Dr Eleni Markou", lines)).id
    )


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> RecallWindow:
    """Lot V-1 given as Vita Ampoule (counted in units) twice to Ανδρέου and as a product
    in ml to Bakirtzi; searched for by the lot, typed."""
    clinic.settings.update_clinic(
        ClinicSettings(name="Κλινική Αθηνών", phone="+30 210 000 0000"), read=ClinicSettings()
    )
    ampoule = ProductUse(Solution.VITAMINS, 2.5, "Vita Ampoule", "", "V-1", units=1.5)
    _signed(clinic, "Ανδρέου", 3, ampoule, ampoule)
    _signed(clinic, "Bakirtzi", 4, ProductUse(Solution.VITAMINS, 1.25, "Vita Serum", "", "V-1"))
    opened = RecallWindow(clinic)
    qtbot.addWidget(opened)
    opened.resize(1366, 768)
    opened.show()
    qtbot.waitExposed(opened)
    type_into(qtbot, opened.form.lot, "V-1")
    type_into(qtbot, opened.form.reason, REASON)
    qtbot.mouseClick(opened.form.search_button, Qt.MouseButton.LeftButton)
    return opened


def _amounts(window: RecallWindow) -> list[tuple[str, str]]:
    model = window.table.model()
    return [
        (
            str(model.index(row, RecallColumn.PRODUCT).data()),
            str(model.index(row, RecallColumn.AMOUNT).data()),
        )
        for row in range(model.rowCount())
    ]


def test_the_table_gives_the_units_beside_the_volume(window: RecallWindow) -> None:
    """The volume as stored, not rounded to one decimal (1.25 ml read "1.3 ml")."""
    assert _amounts(window) == [
        ("Vita Serum", f"{decimal('1.25')} ml"),
        ("Vita Ampoule", "3 units · 5 ml"),
    ]


def test_the_csv_and_the_letters_written_from_the_window_give_the_units(
    qtbot: QtBot, window: RecallWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "recall.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    qtbot.mouseClick(window.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [(r["Product"], r["Volume (ml)"], r["Units given"]) for r in rows] == [
        ("Vita Serum", "1.25", ""),
        ("Vita Ampoule", "2.5", "1.5"),
        ("Vita Ampoule", "2.5", "1.5"),
    ]

    letters = tmp_path / "letters.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(letters), ""))
    qtbot.mouseClick(window.letters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    serum, ampoule = (re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(letters).pages)
    assert f"Vita Serum V-1 {decimal('1.25')} ml" in serum
    assert ampoule.count(f"Vita Ampoule V-1 {decimal('1.5')} units · {decimal('2.5')} ml") == 2
