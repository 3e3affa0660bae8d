"""A product counted in units in the history, on a real database and in the main window:
its row gives the units beside the volume, in the locale's numbers, and an amendment of the
units says so in words; a product in ml reads as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, NeedleMethod, Solution
from mesolog.domain.records import (
    NeedleTechnique,
    Patient,
    PatientInput,
    ProductUse,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.history.history_model import REMARKS_ROLE, HistoryColumn, HistoryModel
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import ATHENS, FixedClock

NBSP = "\u00a0"
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
AMPOULE = ProductUse(Solution.VITAMINS, 5.0, "Vita Ampoule", "", "V-1", units=2.5)
HYDRA = ProductUse(Solution.HYALURONIC_ACID, 1.5, "HydraBoost", "1.5%", "AB-123")


@dataclass
class Story:
    clinic: Clinic
    patient: Patient
    original: Session
    amendment: Session


@pytest.fixture
def story(clinic: Clinic, clock: FixedClock) -> Story:
    """A session with 2.5 units of Vita Ampoule and HydraBoost in ml, amended to 3 units."""
    patient = clinic.patients.create(PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14)))
    entry = SessionInput(
        dt.datetime(2026, 3, 3, 10, 0, tzinfo=ATHENS),
        "Δρ Ελένη Βασιλείου",
        (TreatmentLine(Area.FOREHEAD, NEEDLE, (AMPOULE, HYDRA)),),
    )
    draft = clinic.sessions.create_draft(patient.id, entry)
    original = clinic.sessions.sign(draft.id)
    clock.advance(hours=2)
    more = TreatmentLine(Area.FOREHEAD, NEEDLE, (replace(AMPOULE, units=3.0), HYDRA))
    amendment = clinic.sessions.amend(
        original.id, replace(entry, treatments=(more,)), reason="Three units, not two and a half"
    )
    return Story(clinic, patient, original, amendment)


@pytest.fixture
def greek_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("el_GR"))
    yield
    QLocale.setDefault(before)


def _cell(model: HistoryModel, session: Session, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    row = model.row_of(session.id)
    assert row is not None
    return str(model.data(model.index(row, HistoryColumn.PRODUCTS), role)).replace(NBSP, " ")


def test_the_main_windows_history_gives_the_units_beside_the_volume(
    qtbot: QtBot, clinic: Clinic, story: Story
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_patient(story.patient.id)
    model = window.record.history_view.model

    decimal = QLocale().decimalPoint()
    assert _cell(model, story.amendment).splitlines() == [
        "Vitamins — Vita Ampoule · 3 units · 5 ml · lot V-1",
        f"Hyaluronic acid — HydraBoost 1.5% · 1{decimal}5 ml · lot AB-123",
    ]
    row = model.row_of(story.amendment.id)
    assert row is not None
    shown = model.data(model.index(row, 0), REMARKS_ROLE).replace(NBSP, " ")
    assert f"Changed: units of Vita Ampoule: 2{decimal}5 → 3" in shown
    window.close()


def test_a_number_stays_with_its_unit_and_the_tooltip_says_the_units(story: Story) -> None:
    model = HistoryModel()
    model.set_history(story.clinic.history.patient_history(story.patient.id))
    row = model.row_of(story.amendment.id)
    assert row is not None
    shown = model.data(model.index(row, HistoryColumn.PRODUCTS))
    assert f"3{NBSP}units · 5{NBSP}ml" in shown
    assert "3 units · 5 ml · lot V-1" in _cell(model, story.amendment, Qt.ItemDataRole.ToolTipRole)


def test_the_units_are_written_in_the_locales_numbers(greek_locale: None, story: Story) -> None:
    model = HistoryModel()
    model.set_history(story.clinic.history.patient_history(story.patient.id))
    model.set_show_superseded(True)
    assert "2,5 units · 5 ml" in _cell(model, story.original)
    assert "1,5 ml" in _cell(model, story.original)
