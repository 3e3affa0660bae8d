"""The history view: filters above the session table, activation, and speed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from mesolog.domain.enums import Area, Indication, NeedleMethod, ReactionKind, Severity, Solution
from mesolog.domain.ids import SessionId, new_session_id
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.history._remarks_delegate import RemarksDelegate
from mesolog.ui.history.history_model import ALL, HistoryColumn, HistoryModel
from mesolog.ui.history.history_view import HistoryView

ATHENS = dt.timezone(dt.timedelta(hours=2))
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
PEN = PenTechnique(depth_mm=0.75, penetrations_per_second=80, needle_count=12, passes=3)
HA = ProductUse(Solution.HYALURONIC_ACID, 2.0, "NCTF 135 HA", "1%", "L2409-17")


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2026, month, day, 10, 0, tzinfo=ATHENS)


@dataclass
class Story:
    clinic: Clinic
    patient: Patient
    course: Course
    in_course: Session
    outside: Session

    def history(self) -> PatientHistory:
        return self.clinic.history.patient_history(self.patient.id)


@pytest.fixture
def story(clinic: Clinic) -> Story:
    patient = clinic.patients.create(PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5)))
    course = clinic.courses.plan(
        patient.id,
        CourseInput(Indication.WRINKLES, 6, dt.date(2026, 2, 1), (Area.FOREHEAD,)),
    )
    in_course = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            at(2, 10),
            "Δρ Ελένη Βασιλείου",
            (TreatmentLine(Area.FOREHEAD, NEEDLE, (HA,)), TreatmentLine(Area.CHEEKS, PEN)),
            course.id,
            reactions=(Reaction(ReactionKind.SWELLING, Severity.SEVERE),),
            notes="Οίδημα που υποχώρησε την επόμενη μέρα.",
        ),
    )
    outside = clinic.sessions.create_draft(
        patient.id, SessionInput(at(3, 2), "Δρ Ελένη Βασιλείου", (TreatmentLine(Area.NECK, PEN),))
    )
    return Story(clinic, patient, course, in_course, outside)


@pytest.fixture
def view(qtbot, story: Story) -> HistoryView:
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.set_history(story.history())
    return view


def shown_ids(view: HistoryView) -> list[SessionId]:
    model = view.model
    return [
        model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(model.rowCount())
    ]


def combo_texts(view: HistoryView, name: str) -> list[str]:
    box = view.course_filter if name == "course" else view.area_filter
    return [box.itemText(i) for i in range(box.count())]


def test_the_table_is_named_read_only_and_wraps(view: HistoryView) -> None:
    table = view.findChild(QTableView, "history")
    assert table is view.table
    assert table.wordWrap()
    assert table.alternatingRowColors()
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.accessibleName() == "Sessions"
    assert view.count_label.text() == "2 sessions"


def test_the_filters_offer_courses_and_the_areas_treated(view: HistoryView) -> None:
    assert combo_texts(view, "course")[0] == "All courses"
    assert combo_texts(view, "course")[-1] == "Outside courses"
    assert combo_texts(view, "course")[1].startswith("Wrinkles from ")
    assert "2026" in combo_texts(view, "course")[1]
    assert combo_texts(view, "area") == ["All areas", "Forehead", "Cheeks", "Neck"]


def test_choosing_a_course_or_an_area_filters_the_table(view: HistoryView, story: Story) -> None:
    view.course_filter.setCurrentIndex(1)
    assert shown_ids(view) == [story.in_course.id]
    assert view.count_label.text() == "1 of 2 sessions"
    view.course_filter.setCurrentIndex(view.course_filter.count() - 1)
    assert shown_ids(view) == [story.outside.id]
    view.course_filter.setCurrentIndex(0)
    view.area_filter.setCurrentIndex(view.area_filter.findText("Cheeks"))
    assert shown_ids(view) == [story.in_course.id]
    view.set_filter(None, Area.NECK)
    assert shown_ids(view) == [story.outside.id]
    assert view.model.current_filter() == (None, Area.NECK)


def test_a_new_history_keeps_the_filters_while_they_exist(
    view: HistoryView, story: Story, clinic: Clinic
) -> None:
    view.set_filter(story.course.id, Area.FOREHEAD)
    view.set_history(story.history())
    assert view.model.current_filter() == (story.course.id, Area.FOREHEAD)
    assert shown_ids(view) == [story.in_course.id]

    other = clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 11, 2)))
    view.set_history(clinic.history.patient_history(other.id))
    assert view.model.current_filter() == (ALL, Area.FOREHEAD)
    assert view.course_filter.currentText() == "All courses"
    assert view.count_label.text() == "No sessions recorded yet"


def test_double_click_and_enter_ask_to_open_the_session(
    qtbot, view: HistoryView, story: Story
) -> None:
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    index = view.model.index(view.model.row_of(story.in_course.id) or 0, 2)
    centre = table.visualRect(index).center()
    opened: list[SessionId] = []
    view.session_activated.connect(opened.append)
    # a real double-click: QTest's mouseDClick alone sends no first press and release
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [story.in_course.id]

    table.setFocus()
    table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert opened == [story.in_course.id, story.outside.id, story.outside.id]


def test_rows_are_as_tall_as_their_lines(qtbot, view: HistoryView, story: Story) -> None:
    view.show()
    qtbot.waitExposed(view)
    two_lines = view.table.rowHeight(view.model.row_of(story.in_course.id) or 0)
    one_line = view.table.rowHeight(view.model.row_of(story.outside.id) or 0)
    assert two_lines > one_line >= view.table.fontMetrics().lineSpacing()


def test_the_score_keeps_its_width_unless_the_columns_do_not_fit(qtbot, view: HistoryView) -> None:
    view.show()
    qtbot.waitExposed(view)
    header, widths = view.table.horizontalHeader(), view.widths
    assert header.sectionSize(HistoryColumn.SCORE) == widths.preferred[HistoryColumn.SCORE]
    view.table.setFixedWidth(400)
    qtbot.waitUntil(lambda: view.table.viewport().width() < 400)
    assert header.sectionSize(HistoryColumn.SCORE) == widths.minimum[HistoryColumn.SCORE]
    assert widths.minimum[HistoryColumn.SCORE] < widths.preferred[HistoryColumn.SCORE]
    shown = [c for c in HistoryColumn if not view.table.isColumnHidden(c)]
    assert [header.sectionSize(c) for c in shown] == [widths.minimum[c] for c in shown], (
        "every column at its least: the table scrolls sideways"
    )
    assert {HistoryColumn.CHART, HistoryColumn.PHOTOS}.isdisjoint(shown), "none has pictures"


def many_sessions(patient: Patient, count: int) -> PatientHistory:
    """`count` signed-looking sessions in memory (the view only reads records)."""
    start = dt.datetime(2026, 3, 9, 11, 30, tzinfo=ATHENS)
    lines = (
        TreatmentLine(Area.FOREHEAD, NEEDLE, (HA,), "μεσόφρυο"),
        TreatmentLine(Area.CHEEKS, PEN, (ProductUse(Solution.DMAE, 1.5, lot_number="D-55"),)),
    )
    sessions = tuple(
        Session(
            new_session_id(),
            patient.id,
            SessionInput(
                start - dt.timedelta(days=9 * i),
                "Δρ Ελένη Βασιλείου",
                lines[: 1 + i % 2],
                reactions=(Reaction(ReactionKind.BRUISING, Severity.MILD),) if i % 3 else (),
                improvement_score=i % 11,
                notes="Καλή ανοχή, ελαφρύ ερύθημα που υποχώρησε σε 20 λεπτά." * (i % 2),
            ),
        )
        for i in range(count)
    )
    return PatientHistory(patient, (), sessions)


def test_three_hundred_sessions_open_measuring_only_the_rows_on_screen(
    qtbot, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measuring a row's height asks the model for its cells (~0.25 ms a row): only the rows
    on screen are asked for, the others as scrolling brings them into view. (How long
    opening takes: benchmarks/patient_list.py.)"""
    asked: set[int] = set()
    data = HistoryModel.data

    def recorded(model: HistoryModel, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        asked.add(index.row())
        return data(model, index, role)

    monkeypatch.setattr(HistoryModel, "data", recorded)
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    table = view.table

    def rows_on_screen() -> set[int]:
        return set(range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1))

    view.set_history(many_sessions(story.patient, 300))
    view.grab()
    assert view.model.rowCount() == 300
    assert 0 in asked
    assert asked == rows_on_screen()

    asked.clear()
    table.scrollToBottom()
    view.grab()
    assert 0 not in asked
    assert asked == rows_on_screen()
    assert max(asked) > 250


def test_a_history_shown_measures_each_cell_on_screen_once(
    qtbot, story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Showing a history fits the columns to it, twice (pictures, then words), then the rows:
    the cells on screen are measured once, with the widths settled, not again after each
    fitting (three times the work of opening a long history)."""
    measured: list[tuple[int, int]] = []
    size_hint = RemarksDelegate.sizeHint

    def recorded(delegate: RemarksDelegate, option: Any, index: Any) -> Any:
        measured.append((index.row(), index.column()))
        return size_hint(delegate, option, index)

    monkeypatch.setattr(RemarksDelegate, "sizeHint", recorded)
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_history(many_sessions(story.patient, 300))
    assert measured, "the rows on screen were measured"
    assert len(measured) == len(set(measured))
    on_screen = range(view.table.rowAt(0), view.table.rowAt(view.table.viewport().height() - 1))
    assert {row for row, _ in measured} == set(on_screen) | {on_screen.stop}
