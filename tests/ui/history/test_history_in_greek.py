"""The history room in Greek: a small catalogue made by lupdate from the room's own modules
(tests/ui/courses/greek_catalogue.py), installed in the application, turns the table's
column titles, the filters, the count of sessions, a draft's status, a pen's count of
needles and passes, and the zones' and diagrams' words Greek; without it the same widgets
say today's English. The enums' own words (areas, methods) are not the room's: they stay
English here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.chart_maps import ZoneChoice
from mesolog.services.clinic import Clinic
from mesolog.ui.history.history_model import HistoryColumn
from mesolog.ui.history.history_view import HistoryView
from mesolog.ui.history.zone_words import choice_label, diagram_label, zone_label
from tests.conftest import ATHENS
from tests.ui.courses.greek_catalogue import Greek, greek_catalogue, room_modules, speaking

GREEK: Greek = {
    ("HistoryModel", "Date"): "Ημερομηνία",
    ("HistoryModel", "Technique"): "Τεχνική",
    ("HistoryView", "All courses"): "Όλα τα προγράμματα",
    ("HistoryView", "%n sessions"): ("%n συνεδρία", "%n συνεδρίες"),
    ("RowTexts", "Draft"): "Πρόχειρη",
    ("RowTexts", "Signed"): "Υπογεγραμμένη",
    ("RowTexts", "%n needles"): ("%n βελόνα", "%n βελόνες"),
    ("RowTexts", "%n passes"): ("%n πέρασμα", "%n περάσματα"),
    ("RowTexts", "depth %1"): "βάθος %1",
    ("ZoneWords", "left"): "αριστερά",
    ("ZoneWords", "Face, from the front"): "Πρόσωπο, από μπροστά",
    ("ZoneWords", "%1, either side"): "%1, και οι δύο πλευρές",
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return greek_catalogue(tmp_path_factory.mktemp("history_el"), room_modules("history"), GREEK)


@pytest.fixture(params=["en", "el"])
def language(
    request: pytest.FixtureRequest, qapp: QCoreApplication, catalogue: Path
) -> Iterator[str]:
    """English (no catalogue, as today), then Greek (the catalogue installed)."""
    with speaking(request.param, catalogue):
        yield request.param


@pytest.fixture
def view(qtbot: QtBot, clinic: Clinic, language: str) -> HistoryView:
    """Two sessions: a signed one with a needle, today's draft with a pen (12 needles, 3
    passes)."""
    patient = clinic.patients.create(PatientInput("Ioannou", "Anna", dt.date(1980, 3, 14)))
    lines = [
        TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5)),
        TreatmentLine(Area.CHEEKS, PenTechnique(0.5, 80, needle_count=12, passes=3)),
    ]
    for day, line in zip((3, 10), lines, strict=True):
        moment = dt.datetime(2026, 3, day, 10, 0, tzinfo=ATHENS)
        draft = clinic.sessions.create_draft(patient.id, SessionInput(moment, "Dr Markou", (line,)))
        if day == 3:
            clinic.sessions.sign(draft.id)
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.set_history(clinic.history.patient_history(patient.id))
    return view


def cell(view: HistoryView, row: int, column: HistoryColumn) -> str:
    return str(view.model.data(view.model.index(row, column)))


def title(view: HistoryView, column: HistoryColumn) -> str:
    return str(view.model.headerData(column, Qt.Orientation.Horizontal))


def test_the_titles_filters_and_count_speak_the_language(view: HistoryView, language: str) -> None:
    said = (
        title(view, HistoryColumn.DATE),
        title(view, HistoryColumn.TECHNIQUE),
        view.course_filter.itemText(0),
        view.count_label.text(),
    )
    if language == "en":
        assert said == ("Date", "Technique", "All courses", "2 sessions")
    else:
        assert said == ("Ημερομηνία", "Τεχνική", "Όλα τα προγράμματα", "2 συνεδρίες")


def test_a_rows_status_and_technique_speak_the_language(view: HistoryView, language: str) -> None:
    draft, signed = 0, 1  # newest first
    statuses = (cell(view, draft, HistoryColumn.STATUS), cell(view, signed, HistoryColumn.STATUS))
    pen = cell(view, draft, HistoryColumn.TECHNIQUE).replace("\u00a0", " ")
    if language == "en":
        assert statuses == ("Draft", "Signed")
        assert pen.startswith("12 needles · depth ")
        assert pen.endswith(" · 3 passes")
    else:
        assert statuses == ("Πρόχειρη", "Υπογεγραμμένη")
        assert pen.startswith("12 βελόνες · βάθος ")
        assert pen.endswith(" · 3 περάσματα")


def test_zones_and_diagrams_are_worded_in_the_language(language: str) -> None:
    cheek = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
    said = (
        zone_label(cheek),
        diagram_label(Diagram.FACE_FRONT),
        choice_label(ZoneChoice(Area.CHEEKS, None)),
    )
    if language == "en":
        assert said == ("Cheeks, left", "Face, from the front", "Cheeks, either side")
    else:
        assert said == ("Cheeks, αριστερά", "Πρόσωπο, από μπροστά", "Cheeks, και οι δύο πλευρές")
