"""The selected course's cumulative map beside its card (issue 12): zones shaded by how many
signed, current sessions treated them, the counts and volumes in a table, volume without
points on rows of its own; a zone clicked on the map or in the table asks for its sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from mesolog.diagrams.hits import centroid, contains
from mesolog.domain.diagram_ids import Side, ZoneRef
from mesolog.domain.enums import Area, Indication
from mesolog.domain.records import CourseInput
from mesolog.services.chart_maps import ZoneChoice
from mesolog.services.clinic import Clinic
from mesolog.ui.common.diagram_painting import to_diagram, to_widget
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses._map_canvas import RAMP, shade_classes, shade_of
from mesolog.ui.courses.course_panel import CoursePanel
from tests.ui.history.charted_records import (
    CHEEK_LEFT,
    FOREHEAD,
    ChartedStory,
    amended_away,
    charted_lines,
    charted_patient,
)


def beside_count(rect: QRectF, zone: ZoneRef) -> QPoint:
    """A pixel well inside the zone (its edge 3 px away) clear of the count on its centre."""
    centre = to_widget(rect, *centroid(zone))
    for dx, dy in ((0, 10), (0, -10), (10, 0), (-10, 0), (8, 8), (-8, 8), (8, -8), (-8, -8)):
        spot = QPointF(centre.x() + dx, centre.y() + dy)
        around = [spot + QPointF(ex, ey) for ex in (-3, 0, 3) for ey in (-3, 0, 3)]
        if all(contains(zone, *to_diagram(rect, p)) for p in around):
            return spot.toPoint()
    raise AssertionError(f"no room beside the count in {zone.zone_id}")


@pytest.fixture
def story(clinic: Clinic) -> ChartedStory:
    """Five signed sessions (the neck in the fourth), the third amended to leave out the
    left cheek, a sixth voided and a draft: neither counts."""
    story = charted_patient(clinic, sessions=5, photos=0)
    amended_away(clinic, story.sessions[2])
    entry = clinic.sessions.get(story.sessions[0]).entry
    voided = clinic.sessions.create_draft(story.patient, replace(entry, notes="wrong"))
    clinic.sessions.sign(voided.id)
    clinic.sessions.void(voided.id, reason="another patient's")
    clinic.sessions.create_draft(story.patient, replace(entry, treatments=charted_lines(3)))
    return story


@pytest.fixture
def panel(qtbot: Any, clinic: Clinic, story: ChartedStory) -> CoursePanel:
    panel = CoursePanel(clinic, ChangeBus(), follow_changes=False)
    qtbot.addWidget(panel)
    panel.resize(1000, 300)
    panel.set_history(clinic.history.patient_history(story.patient), clinic.context.today())
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_map_counts_signed_current_sessions_and_their_points(panel: CoursePanel) -> None:
    shown = panel.map
    assert shown.isVisible()
    assert shown.summary.text() == "5 signed sessions · 5 charted"
    rows = [(zone, times, ml.replace(",", ".")) for zone, times, ml in shown.rows()]
    assert rows == [
        ("Forehead", "5", "—"),
        ("Cheeks, right", "5", "0.75"),
        ("Cheeks, left", "4", "0.6"),
        ("Neck", "1", "0.4"),
        ("Forehead, without points", "5", "5"),
    ]
    assert "Sessions:" in shown.legend.text()
    table = shown.table
    widest = max(table.fontMetrics().horizontalAdvance(zone) for zone, *_ in rows[:4])
    assert table.columnWidth(0) > widest, "the zones' names whole beside the course's card"


def test_zones_are_shaded_by_how_often_and_clicked_for_their_sessions(
    qtbot: Any, panel: CoursePanel
) -> None:
    # the person widens the map: zones big enough to click beside their counts
    panel.resize(1600, 800)
    panel.splitter.moveSplitter(500, 1)
    qtbot.waitUntil(lambda: panel.map.canvas.width() > 450)
    panel.resize(1600, 801)
    assert panel.map.width() > 1000, "a size dragged by hand stays"
    canvas = panel.map.canvas
    chosen: list[ZoneChoice] = []
    panel.zone_chosen.connect(chosen.append)
    ((face_map, rect), (neck_map, _)) = canvas.rects()
    image = canvas.grab().toImage()
    forehead = beside_count(rect, FOREHEAD)
    assert image.pixelColor(forehead) == QColor(RAMP[shade_of(5, 5)])
    cheek = beside_count(rect, CHEEK_LEFT)
    assert image.pixelColor(cheek) == QColor(RAMP[shade_of(4, 5)])
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=cheek)
    assert chosen == [ZoneChoice(Area.CHEEKS, Side.LEFT)]
    assert canvas.tally_at(QPointF(cheek)) is not None
    tip = panel.map.table.item(2, 0).toolTip()
    assert tip.startswith("Cheeks, left: treated in 4 of 5 signed sessions")
    panel.map.table.cellClicked.emit(3, 1)
    assert chosen[-1] == ZoneChoice(Area.NECK)
    panel.map.table.cellClicked.emit(4, 0)  # the volume without points has no zone
    assert len(chosen) == 2
    assert neck_map.zones[0].sessions == 1
    assert face_map.diagram is FOREHEAD.diagram


def test_no_map_beside_a_course_without_a_charted_session(
    qtbot: Any, clinic: Clinic, panel: CoursePanel, story: ChartedStory
) -> None:
    clinic.courses.plan(
        story.patient, CourseInput(Indication.WRINKLES, 4, dt.date(2026, 3, 9), (Area.NECK,))
    )
    panel.set_history(clinic.history.patient_history(story.patient), clinic.context.today())
    panel.list.setCurrentRow(0)  # the newest course: no session
    assert not panel.map.isVisible()
    panel.list.setCurrentRow(1)
    assert panel.map.isVisible()


@pytest.mark.parametrize(
    ("most", "classes"),
    [
        (1, [(1, 1)]),
        (3, [(1, 1), (2, 2), (3, 3)]),
        (7, [(1, 1), (2, 2), (3, 4), (5, 5), (6, 7)]),
        (10, [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]),
    ],
)
def test_at_most_five_shades_each_holding_a_range_of_counts(
    most: int, classes: list[tuple[int, int]]
) -> None:
    assert shade_classes(most) == classes
    assert [shade_of(count, most) for count in range(1, most + 1)] == [
        index for index, (low, high) in enumerate(classes) for _ in range(low, high + 1)
    ]
