"""The recall in Greek: the window, its search, the table and what was found take their words
from the catalogue installed in the application, made from what lupdate extracted, so each is
marked where lupdate reads it and looked up under the context it was filed under. A lot, a
reason and a day are typed into key by key, as a person searches.

(English, without a catalogue, is what every other test of the recall reads.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.recall.recall_window import RecallWindow
from tests.conftest import ATHENS
from tests.typing_support import type_into
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)

GREEK: dict[tuple[str, str], Greek] = {
    ("RecallWindow", "Recall"): "Ανάκληση",
    ("RecallForm", "&Search"): "&Αναζήτηση",
    ("RecallWindow", "%n patients"): ("%n ασθενής", "%n ασθενείς"),
    ("RecallWindow", "%n sessions"): ("%n συνεδρία", "%n συνεδρίες"),
    ("RecallWindow", 'lot "%1"'): "παρτίδα «%1»",
    ("RecallWindow", "Not searched: the problem is shown above."): (
        "Δεν έγινε αναζήτηση: το πρόβλημα φαίνεται παραπάνω."
    ),
}
LOT = "Λ2409-17"
REASON = "Ειδοποίηση 14 του παρασκευαστή"


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


@pytest.fixture
def recalled(clinic: Clinic) -> Clinic:
    """Two patients treated with one lot, the first of them twice."""
    uses = (ProductUse(Solution.HYALURONIC_ACID, 1.5, "Ύαλο Βουστ", "", LOT),)
    line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(depth_mm=1.5), uses)
    for family, days in (("Ανδρέου", (3, 17)), ("Μπακίρτζη", (24,))):
        patient = clinic.patients.create(PatientInput(family, "Άννα", dt.date(1980, 1, 2)))
        for day in days:
            when = dt.datetime(2026, 2, day, 10, tzinfo=ATHENS)
            entry = SessionInput(when, "Δρ Ελένη Μάρκου", (line,))
            clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    return clinic


def opened(qtbot: QtBot, clinic: Clinic) -> RecallWindow:
    window = RecallWindow(clinic)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def search(qtbot: QtBot, window: RecallWindow, lot: str) -> None:
    type_into(qtbot, window.form.lot, lot)
    type_into(qtbot, window.form.reason, REASON, tab=False)
    QTest.keyClick(window.form.reason, Qt.Key.Key_Return)


@pytest.mark.usefixtures("greek")
def test_a_lot_found_is_counted_in_greek(qtbot: QtBot, recalled: Clinic) -> None:
    window = opened(qtbot, recalled)
    assert window.windowTitle() == "Ανάκληση"
    assert window.form.search_button.text() == "&Αναζήτηση"
    search(qtbot, window, LOT.lower())

    assert window.summary.text() == f"2 ασθενείς, 3 συνεδρίες: παρτίδα «{LOT.lower()}»"
    # not given Greek: English, as before
    assert window.csv_button.text() == "Export &CSV…"


@pytest.mark.usefixtures("greek")
def test_a_day_that_does_not_exist_is_not_searched_in_greek(qtbot: QtBot, recalled: Clinic) -> None:
    window = opened(qtbot, recalled)
    search(qtbot, window, LOT)
    type_into(qtbot, window.form.from_date, "31/02/2026")  # no such day in any locale's order
    window.form.search_button.click()

    assert window.summary.text() == "Δεν έγινε αναζήτηση: το πρόβλημα φαίνεται παραπάνω."
    assert set(window.form.errors_shown()) == {"from_date"}
    assert window.table.model().rowCount() == 0


def test_every_word_of_the_recall_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, recalled: Clinic, tmp_path: Path
) -> None:
    with installed(marked_catalogue(tmp_path)):
        window = opened(qtbot, recalled)
        search(qtbot, window, LOT)
        assert unmarked(window) == []
        assert window.summary.text().startswith("⟦%n patients⟧".replace("%n", "2"))
