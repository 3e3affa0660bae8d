"""Records ▸ Recall of a product counted in units where some uses have no units recorded (a
session from before the product was counted in units), on a real database: the table's
amount says the units it adds up are not the whole amount; a use without units of another
product of the lot, or a session none of whose uses has units, reads as before. The CSV has
a row per use, so nothing in it is added up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import PatientInput, ProductUse, SessionInput, TreatmentLine
from mesolog.services.clinic import Clinic
from mesolog.ui.recall.recall_window import RecallWindow
from tests.locale_support import decimal
from tests.typing_support import type_into
from tests.ui.recall.test_recall_units import ATHENS, NEEDLE, REASON, _amounts, _signed

AMPOULE = ProductUse(Solution.VITAMINS, 2.5, "Vita Ampoule", "", "V-1", units=1.5)
NO_UNITS = ProductUse(Solution.VITAMINS, 2.5, "Vita Ampoule", "", "V-1")
SERUM = ProductUse(Solution.VITAMINS, 1.25, "Vita Serum", "", "V-1")
SPELT_APART = ProductUse(Solution.VITAMINS, 2.5, "VITA  ampoule", "", "V-1")
"""The same product as typed another way: a search by name folds them together."""


def searched(qtbot: QtBot, clinic: Clinic) -> RecallWindow:
    opened = RecallWindow(clinic)
    qtbot.addWidget(opened)
    opened.resize(1366, 768)
    opened.show()
    qtbot.waitExposed(opened)
    type_into(qtbot, opened.form.lot, "V-1")
    type_into(qtbot, opened.form.reason, REASON)
    qtbot.mouseClick(opened.form.search_button, Qt.MouseButton.LeftButton)
    return opened


@pytest.mark.parametrize(
    ("uses", "amount"),
    [
        ((AMPOULE, NO_UNITS), f"{decimal('1.5')} units + 1 use without units · 5 ml"),
        ((NO_UNITS, AMPOULE), f"{decimal('1.5')} units + 1 use without units · 5 ml"),
        ((AMPOULE, AMPOULE), "3 units · 5 ml"),
        ((NO_UNITS, NO_UNITS), "5 ml"),
        ((AMPOULE, SERUM), f"{decimal('1.5')} units · {decimal('3.75')} ml"),
        ((AMPOULE, SPELT_APART), f"{decimal('1.5')} units + 1 use without units · 5 ml"),
    ],
    ids=[
        "units then none",
        "none then units",
        "all units",
        "none",
        "another product",
        "spelt apart",
    ],
)
def test_the_table_says_when_units_are_missing_from_a_sessions_total(
    qtbot: QtBot, clinic: Clinic, uses: tuple[ProductUse, ...], amount: str
) -> None:
    _signed(clinic, "Ανδρέου", 3, *uses)
    window = searched(qtbot, clinic)
    [(_, shown)] = _amounts(window)
    assert shown == amount


def test_two_uses_without_units_are_counted(qtbot: QtBot, clinic: Clinic) -> None:
    """One line given the ampoule once with units and twice without."""
    patient = clinic.patients.create(PatientInput("Ανδρέου", "Άννα", dt.date(1980, 1, 2)))
    line = TreatmentLine(Area.CHEEKS, NEEDLE, (NO_UNITS, AMPOULE, NO_UNITS))
    entry = SessionInput(dt.datetime(2026, 2, 3, 10, 0, tzinfo=ATHENS), "Dr Eleni Markou", (line,))
    clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    window = searched(qtbot, clinic)
    assert _amounts(window) == [
        ("Vita Ampoule", f"{decimal('1.5')} units + 2 uses without units · {decimal('7.5')} ml")
    ]
