"""The reactions room in Greek: a small catalogue made by lupdate from the room's own modules
(tests/ui/courses/greek_catalogue.py), installed in the application, turns the dialog's
title, its Show button, what the rates are grouped by, a day left empty (typed away key by
key), the note counting the signed sessions and the chart's count of ranked rows Greek;
without it the same widgets say today's English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import ReactionKind, Severity
from mesolog.domain.reaction_rates import Dimension
from mesolog.domain.records import Reaction
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.reactions.reactions_dialog import ReactionsDialog
from tests.locale_support import typed_date
from tests.services.conftest import Maker
from tests.typing_support import empty, type_into
from tests.ui.courses.greek_catalogue import Greek, greek_catalogue, room_modules, speaking

FIRST, LAST = dt.date(2026, 3, 1), dt.date(2026, 3, 10)

GREEK: Greek = {
    ("ReactionsDialog", "Reaction rates"): "Ποσοστά αντιδράσεων",
    ("ReactionsDialog", "Lot"): "Παρτίδα",
    ("ReactionsDialog", "lot"): "παρτίδα",
    ("ReactionsDialog", "Any reaction"): "Οποιαδήποτε αντίδραση",
    (
        "ReactionsDialog",
        "%1 by %2, %3: %Ln signed sessions, %5 with the reaction (%6). Rows are ranked by the "
        "low end of their 95% interval; rows with fewer than %7 sessions are listed last, not "
        "ranked.",
    ): (
        "%1 ανά %2, %3: %Ln υπογεγραμμένη συνεδρία, %5 με την αντίδραση (%6).",
        "%1 ανά %2, %3: %Ln υπογεγραμμένες συνεδρίες, %5 με την αντίδραση (%6).",
    ),
    ("ReactionFilterBar", "&Show Rates"): "&Εμφάνιση ποσοστών",
    ("ReactionFilterBar", "Type the first day (as %1)."): "Γράψτε την πρώτη ημέρα (όπως %1).",
    ("RatesChart", "The %n ranked rows."): (
        "Η %n κατατεταγμένη γραμμή.",
        "Οι %n κατατεταγμένες γραμμές.",
    ),
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return greek_catalogue(
        tmp_path_factory.mktemp("reactions_el"), room_modules("reactions"), GREEK
    )


@pytest.fixture(params=["en", "el"])
def language(
    request: pytest.FixtureRequest, qapp: QCoreApplication, catalogue: Path
) -> Iterator[str]:
    """English (no catalogue, as today), then Greek (the catalogue installed)."""
    with speaking(request.param, catalogue):
        yield request.param


@pytest.fixture
def dialog(qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, language: str) -> ReactionsDialog:
    """Two lots of ten signed sessions each, three of them bruised."""
    make = Maker(clinic)
    patient = make.patient()
    for number in range(20):
        product = make.product(lot_number="HA-1" if number < 10 else "HA-2")
        draft = make.draft(
            patient.id,
            performed_at=make.at(3, 1 + number % 10, 9 + number // 10),
            treatments=(make.needle_line(products=(product,)),),
            reactions=(Reaction(ReactionKind.BRUISING, Severity.MILD),) if number % 7 == 0 else (),
        )
        clinic.sessions.sign(draft.id)
    dialog = ReactionsDialog(clinic, job_host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_title_button_grouping_and_an_empty_day_speak_the_language(
    qtbot: QtBot, dialog: ReactionsDialog, language: str
) -> None:
    bar = dialog.filter_bar
    empty(qtbot, bar.first_day)
    assert dialog.show_rates() is None
    lot = bar.by.itemText(bar.by.findData(Dimension.LOT))
    today = shown_date(LAST)  # the clock's
    said = (dialog.windowTitle(), bar.show_button.text(), lot, bar.days_error.text())
    if language == "en":
        assert said == ("Reaction rates", "&Show Rates", "Lot", f"Type the first day (as {today}).")
    else:
        assert said == (
            "Ποσοστά αντιδράσεων",
            "&Εμφάνιση ποσοστών",
            "Παρτίδα",
            f"Γράψτε την πρώτη ημέρα (όπως {today}).",
        )


def test_the_note_and_the_chart_count_in_the_language(
    qtbot: QtBot, dialog: ReactionsDialog, language: str
) -> None:
    bar = dialog.filter_bar
    type_into(qtbot, bar.first_day, typed_date(FIRST))
    type_into(qtbot, bar.last_day, typed_date(LAST))
    bar.by.setCurrentIndex(bar.by.findData(Dimension.LOT))
    bar.show_button.click()
    qtbot.waitUntil(lambda: not running_jobs() and bar.show_button.isEnabled(), timeout=20_000)
    note, caption = dialog.note.text(), dialog.chart.caption()
    if language == "en":
        assert note.startswith("Any reaction by lot, ")
        assert ": 20 signed sessions, 3 with the reaction (" in note
        assert caption.endswith(" The 2 ranked rows.")
    else:
        assert note.startswith("Οποιαδήποτε αντίδραση ανά παρτίδα, ")
        assert ": 20 υπογεγραμμένες συνεδρίες, 3 με την αντίδραση (" in note
        assert caption.endswith(" Οι 2 κατατεταγμένες γραμμές.")
