"""What the window remembers between starts, driven by the mouse: the splitters dragged and
a history column widened come back in a new window; a window that opens smaller gives the
patient list its width back once it is large enough again. The history's columns fit the
record at 1280×720 without scrolling sideways, Notes taking the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSplitter, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, ReactionKind, Severity, Solution
from mesolog.domain.records import (
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    ProductUse,
    Reaction,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.history._history_rows import HistoryColumn
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import ATHENS


@pytest.fixture(autouse=True)
def mouse_away() -> Iterator[None]:
    """The pointer left where a drag ended would hover over the next test's widgets."""
    yield
    QCursor.setPos(QPoint(10_000, 10_000))


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    patient = clinic.patients.create(PatientInput("Ρήγα", "Άννα", dt.date(1980, 1, 1)))
    line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(2.0))
    moment = dt.datetime(2026, 3, 2, 10, 0, tzinfo=ATHENS)
    clinic.sessions.create_draft(patient.id, SessionInput(moment, "Dr Eleni Markou", (line,)))
    return patient


def _window(qtbot: QtBot, clinic: Clinic, size: tuple[int, int] | None = None) -> MainWindow:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(widget, end)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _drag_splitter(splitter: QSplitter, by: int) -> None:
    handle = splitter.handle(1)
    centre = handle.rect().center()
    vertical = splitter.orientation() == Qt.Orientation.Vertical
    _drag(handle, centre, centre + (QPoint(0, by) if vertical else QPoint(by, 0)))


def _widen_column(window: MainWindow, column: HistoryColumn, by: int) -> None:
    header = window.record.history_view.table.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    QTest.mouseMove(header.viewport(), QPoint(edge, y))
    _drag(header.viewport(), QPoint(edge, y), QPoint(edge + by, y))


def _widths(window: MainWindow) -> dict[HistoryColumn, int]:
    header = window.record.history_view.table.horizontalHeader()
    return {column: header.sectionSize(column) for column in HistoryColumn}


def test_splitters_and_a_widened_column_come_back(
    qtbot: QtBot, clinic: Clinic, patient: Patient
) -> None:
    first = _window(qtbot, clinic, (1600, 900))
    first.open_patient(patient.id)
    lists, courses = first.splitter.sizes()[0], first.record.splitter.sizes()[0]
    before = _widths(first)
    _widen_column(first, HistoryColumn.CLINICIAN, 40)
    clinician = _widths(first)[HistoryColumn.CLINICIAN]
    assert clinician == before[HistoryColumn.CLINICIAN] + 40
    assert _widths(first)[HistoryColumn.NOTES] == before[HistoryColumn.NOTES] - 40, "from Notes"
    _drag_splitter(first.splitter, 120)
    _drag_splitter(first.record.splitter, 60)
    dragged = (first.splitter.sizes()[0], first.record.splitter.sizes()[0])
    assert dragged[0] > lists and dragged[1] > courses, "the handles moved"
    assert _widths(first)[HistoryColumn.CLINICIAN] == clinician, "kept in a narrower record"
    first.close()

    again = _window(qtbot, clinic)
    again.resize(1600, 900)  # as the window manager gives it its size back
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] == dragged[0])
    assert again.record.history is not None, "the patient last open"
    assert again.record.splitter.sizes()[0] == dragged[1]
    assert _widths(again)[HistoryColumn.CLINICIAN] == clinician
    again.close()


def test_the_list_is_given_its_width_back_once_the_window_is_large_enough(
    qtbot: QtBot, clinic: Clinic
) -> None:
    first = _window(qtbot, clinic, (1600, 800))
    _drag_splitter(first.splitter, 260)
    wanted = first.splitter.sizes()[0]
    first.close()

    again = _window(qtbot, clinic)
    again.resize(1200, 800)
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] < wanted)  # squeezed by the record
    again.resize(1600, 800)
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] == wanted)
    again.close()


def test_the_columns_fit_at_1280_by_720_and_notes_takes_the_rest(
    qtbot: QtBot, clinic: Clinic
) -> None:
    patient = clinic.patients.create(PatientInput("Ρήγα", "Άννα", dt.date(1980, 1, 1)))
    product = ProductUse(Solution.HYALURONIC_ACID, 1.5, "SiliCore", "0.5%", "SC26-0879")
    pen = PenTechnique(depth_mm=0.75, penetrations_per_second=80)
    lines = (
        TreatmentLine(Area.FOREHEAD, NeedleTechnique(2.0), (product,)),
        TreatmentLine(Area.PERIORBITAL, pen),
    )
    reaction = Reaction(ReactionKind.DISCOLOURATION, Severity.MODERATE)
    clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            dt.datetime(2026, 3, 2, 10, 0, tzinfo=ATHENS),
            "Dr Aikaterini Vasileiou",
            lines,
            reactions=(reaction,),
            notes="Tolerated well; mild redness for twenty minutes, gone before leaving.",
        ),
    )
    window = _window(qtbot, clinic, (1280, 720))
    window.open_patient(patient.id)
    table = window.record.history_view.table
    qtbot.waitUntil(lambda: sum(_widths(window).values()) == table.viewport().width())
    # The scroll bar follows the columns' widths a layout pass later.
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    widths = _widths(window)
    metrics = table.fontMetrics()
    model = window.record.history_view.model
    for column in HistoryColumn:
        if table.isColumnHidden(column):  # the chart and photos of a patient with neither
            continue
        shown = str(model.data(model.index(0, column)))
        words = [w for line in shown.splitlines() for w in line.split(" ") if w]
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        assert widths[column] >= widest + 6, f"{column.name}: {words} whole"
    assert widths[HistoryColumn.NOTES] >= 10 * metrics.averageCharWidth()
    window.close()
