"""The history shows each session's chart and photos as small pictures (issue 12): read
from the model's decoration, made only for the rows painted, never from a photo's image;
and its zone filter keeps exactly the sessions whose chart marked the zone chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPixmap
from sqlalchemy import event

from mesolog.diagrams.hits import centroid
from mesolog.diagrams.loading import drawing
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, TechniqueKind
from mesolog.domain.ids import SessionId
from mesolog.services.chart_maps import ZoneChoice
from mesolog.services.clinic import Clinic
from mesolog.ui.common.diagram_painting import fitted_rect, to_widget
from mesolog.ui.history._pictures import CHART_HEIGHT, PHOTO_SIDE
from mesolog.ui.history.history_model import HistoryColumn, HistoryModel
from mesolog.ui.history.history_view import HistoryView
from mesolog.ui.sessions.chart_colours import shade_key, zone_fills
from tests.ui.history.charted_records import (
    FOREHEAD,
    ChartedStory,
    amended_away,
    charted_patient,
    photo_jpeg,
)


class Statements:
    """The statements the engine runs, while counting."""

    def __init__(self, clinic: Clinic) -> None:
        self.texts: list[str] = []
        self._engine = clinic.context.db.engine

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        self.texts.append(statement)

    def naming(self, table: str) -> int:
        return sum(table in text for text in self.texts)

    def __enter__(self) -> Statements:
        event.listen(self._engine, "before_cursor_execute", self)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self)


@pytest.fixture
def story(clinic: Clinic) -> ChartedStory:
    return charted_patient(clinic, sessions=6, photos=24)


@pytest.fixture
def view(qtbot: Any, clinic: Clinic, story: ChartedStory) -> Iterator[HistoryView]:
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_history(clinic.history.patient_history(story.patient))
    yield view


def decoration(model: HistoryModel, session: SessionId, column: HistoryColumn) -> QPixmap:
    row = model.row_of(session)
    assert row is not None
    found = model.data(model.index(row, column), Qt.ItemDataRole.DecorationRole)
    assert isinstance(found, QPixmap)
    return found


def shown_ids(view: HistoryView) -> list[SessionId]:
    model = view.model
    return [model.session_at(row).id for row in range(model.rowCount())]


def near_colour(found: QColor, wanted: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(found.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def test_a_sessions_chart_is_its_diagrams_shaded_by_technique(
    view: HistoryView, story: ChartedStory
) -> None:
    (with_neck,) = story.with_neck
    chart = decoration(view.model, with_neck, HistoryColumn.CHART)
    face = drawing(FOREHEAD.diagram)
    face_width = round(CHART_HEIGHT * face.width / face.height)
    assert chart.height() == CHART_HEIGHT
    assert chart.width() > 2 * face_width - 10, "the face and the neck side by side"
    # the forehead, marked without points by a pen line 0.5 mm deep, in the pen's shade
    rect = fitted_rect(face, QRectF(0, 0, face_width, CHART_HEIGHT))
    spot = to_widget(rect, *centroid(FOREHEAD)).toPoint()
    assert near_colour(chart.toImage().pixelColor(spot), pen_fill())
    older = decoration(view.model, story.sessions[0], HistoryColumn.CHART)
    assert older.width() == face_width, "only the face"
    tip = view.model.data(
        view.model.index(view.model.row_of(with_neck) or 0, HistoryColumn.CHART),
        Qt.ItemDataRole.ToolTipRole,
    )
    assert "Face, from the front: Cheeks, left; Cheeks, right; Forehead" in tip
    assert "5 · Neck · 0.2\u00a0ml of HydraBoost 1.5%" in tip.replace("0,2", "0.2")


def test_a_sessions_photos_are_its_first_thumbnails_and_the_count_of_the_rest(
    view: HistoryView, clinic: Clinic, story: ChartedStory
) -> None:
    history = clinic.history.patient_history(story.patient)
    newest, oldest = story.sessions[-1], story.sessions[0]
    # dealt in turn from the newest, every seventh the patient's own
    assert [len(history.photos_of(s)) for s in (newest, oldest)] == [3, 4]
    strip = decoration(view.model, newest, HistoryColumn.PHOTOS).toImage()
    assert (strip.width(), strip.height()) == (3 * PHOTO_SIDE + 2 * 3, PHOTO_SIDE)
    # the middle of the first thumbnail is the ellipse photo_jpeg(0) has there
    middle = strip.pixelColor(PHOTO_SIDE // 2, PHOTO_SIDE // 2)
    assert near_colour(middle, QColor(0, 120, 255))
    crowded = decoration(view.model, oldest, HistoryColumn.PHOTOS)
    assert crowded.width() > 3 * PHOTO_SIDE + 2 * 3, "three thumbnails and +1"
    index = view.model.index(view.model.row_of(oldest) or 0, HistoryColumn.PHOTOS)
    assert view.model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "4 photos"
    tip = view.model.data(index, Qt.ItemDataRole.ToolTipRole).splitlines()
    assert tip[:2] == ["4 photos", "    Left 45° · After"]  # photo 5


def test_a_narrow_table_shows_one_picture_a_row_and_the_count_on_it(
    qtbot: Any, view: HistoryView, story: ChartedStory
) -> None:
    view.resize(560, 700)
    qtbot.waitUntil(lambda: view.widths.pictures_narrow)
    (with_neck,) = story.with_neck
    assert decoration(view.model, with_neck, HistoryColumn.CHART).width() == 48, "the face"
    strip = decoration(view.model, story.sessions[0], HistoryColumn.PHOTOS)
    assert (strip.width(), strip.height()) == (PHOTO_SIDE, PHOTO_SIDE), "+3 on its corner"
    header = view.table.horizontalHeader()
    assert header.sectionSize(HistoryColumn.PHOTOS) < 2 * PHOTO_SIDE
    view.resize(1200, 700)
    qtbot.waitUntil(lambda: not view.widths.pictures_narrow)
    assert decoration(view.model, story.sessions[0], HistoryColumn.PHOTOS).width() > 3 * PHOTO_SIDE


def test_pictures_are_made_for_the_rows_painted_never_from_an_image(
    qtbot: Any, clinic: Clinic
) -> None:
    story = charted_patient(clinic, sessions=40, photos=200)
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1200, 500)
    with Statements(clinic) as statements:
        view.set_history(clinic.history.patient_history(story.patient))
        assert view.model.pictures.decoded == 0, "nothing decoded before it is painted"
        view.show()
        qtbot.waitExposed(view)
        view.table.viewport().repaint()
    assert statements.naming("photo_images") == 0
    assert 0 < view.model.pictures.decoded <= 3 * 6, "only the rows on screen"
    assert view.table.rowHeight(0) >= CHART_HEIGHT
    view.table.scrollToBottom()
    view.table.viewport().repaint()
    assert statements.naming("photo_images") == 0


def test_the_zone_filter_keeps_exactly_the_sessions_that_marked_the_zone(
    view: HistoryView, clinic: Clinic, story: ChartedStory
) -> None:
    box = view.zone_filter
    assert box.isVisibleTo(view)
    assert [box.itemText(i) for i in range(box.count())] == [
        "All zones",
        "Forehead",
        "Cheeks, either side",
        "Cheeks, left",
        "Cheeks, right",
        "Neck",
    ]
    newest_first = list(reversed(story.sessions))
    box.setCurrentIndex(box.findText("Neck"))
    assert shown_ids(view) == [s for s in newest_first if s in story.with_neck]
    assert view.count_label.text() == f"{len(story.with_neck)} of 6 sessions"
    view.set_zone_filter(ZoneChoice(Area.CHEEKS, Side.LEFT))
    assert shown_ids(view) == newest_first
    # an amendment takes the left cheek out of one session: the filter follows it
    amendment = amended_away(clinic, story.sessions[2])
    view.set_history(clinic.history.patient_history(story.patient))
    assert box.currentText() == "Cheeks, left"
    assert amendment not in shown_ids(view)
    assert shown_ids(view) == [s for s in newest_first if s != story.sessions[2]]
    view.set_zone_filter(ZoneChoice(Area.CHEEKS, Side.RIGHT))
    assert amendment in shown_ids(view)
    view.set_zone_filter(None)
    assert len(shown_ids(view)) == 6


def test_a_history_without_charts_or_photos_hides_their_columns_and_the_zone_filter(
    qtbot: Any, clinic: Clinic, story: ChartedStory
) -> None:
    from mesolog.domain.records import PatientInput

    other = clinic.patients.create(PatientInput("Νέα", "Ελένη", dt.date(1990, 1, 1)))
    view = HistoryView()
    qtbot.addWidget(view)
    view.set_history(clinic.history.patient_history(other.id))
    assert view.table.isColumnHidden(HistoryColumn.CHART)
    assert view.table.isColumnHidden(HistoryColumn.PHOTOS)
    assert not view.zone_filter.isVisibleTo(view)
    view.set_history(clinic.history.patient_history(story.patient))
    assert not view.table.isColumnHidden(HistoryColumn.CHART)
    assert not view.table.isColumnHidden(HistoryColumn.PHOTOS)
    assert photo_jpeg(1) != photo_jpeg(2)


def pen_fill() -> QColor:
    """The colour a zone that a pen line 0.5 mm deep marks takes, as the editor shows it."""
    zone = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)
    return zone_fills([(shade_key(TechniqueKind.PEN, 0.5), [zone])])[zone]
