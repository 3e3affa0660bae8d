"""The session editor's chart used as a clinician uses it: diagrams picked in their list,
zones clicked at their centroid (a point well inside the shape) converted to the widget
by the painter's own `to_widget`, points pressed, dragged and let go with the mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mesolog.diagrams import hits
from mesolog.diagrams.loading import drawing
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import NeedleTechnique, ProductUse, TreatmentLine
from mesolog.ui.common.diagram_painting import MARKER_RADIUS, to_widget
from mesolog.ui.sessions.chart_panel import ChartPanel
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor

FOREHEAD = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)
LEFT_PROFILE_CHEEK = ZoneRef(Diagram.FACE_LEFT, Area.CHEEKS, Side.LEFT)


def charted_line() -> TreatmentLine:
    """A full-face line as a session stores it: two products, the forehead and the left
    profile's cheek marked, three points (the first product's two summing 0.175 ml)."""
    x, y = hits.centroid(FOREHEAD)
    points = (
        ChartPoint(FOREHEAD, x, y, 0, 0.05),
        ChartPoint(FOREHEAD, x + 0.1, y, 1, 0.2),
        ChartPoint(LEFT_PROFILE_CHEEK, *hits.centroid(LEFT_PROFILE_CHEEK), 0, 0.125),
    )
    return TreatmentLine(
        Area.FULL_FACE,
        NeedleTechnique(1.5),
        (
            ProductUse(Solution.HYALURONIC_ACID, 0.175, "AquaVeil", lot_number="AV-1"),
            ProductUse(Solution.VITAMINS, 0.2, "NCTF", lot_number="N-2"),
        ),
        zones=(FOREHEAD, LEFT_PROFILE_CHEEK),
        points=points,
    )


def chart(editor: SessionEditor) -> ChartPanel:
    return editor.session_form.treatments.chart


def show_diagram(editor: SessionEditor, diagram: Diagram) -> None:
    """Picks `diagram` in the chart's list, as a click on its item does."""
    picker = chart(editor).diagram_picker
    index = picker.findData(diagram.value)
    assert index >= 0
    picker.setCurrentIndex(index)
    picker.activated.emit(index)
    assert chart(editor).diagram is diagram


def place(editor: SessionEditor, x: float, y: float) -> QPoint:
    """Where the diagram's normalised (x, y) is on the canvas."""
    return to_widget(chart(editor).canvas.diagram_rect(), x, y).toPoint()


def click_at(qtbot: QtBot, editor: SessionEditor, x: float, y: float) -> None:
    qtbot.mouseClick(chart(editor).canvas, Qt.MouseButton.LeftButton, pos=place(editor, x, y))


def click_zone(qtbot: QtBot, editor: SessionEditor, zone: ZoneRef) -> None:
    """A click at the zone's centroid, its diagram shown first."""
    if chart(editor).diagram is not zone.diagram:
        show_diagram(editor, zone.diagram)
    click_at(qtbot, editor, *hits.centroid(zone))


def near_centroid(zone: ZoneRef, dx: float, dy: float) -> tuple[float, float]:
    """A point a little way from the centroid, still inside the zone."""
    x, y = hits.centroid(zone)
    assert hits.contains(zone, x + dx, y + dy)
    return x + dx, y + dy


def spots(editor: SessionEditor, zone: ZoneRef, count: int) -> list[tuple[float, float]]:
    """`count` points inside the zone, the centroid first, each drawn at least two
    markers' widths from the others (a click there drops a point, not picks one)."""
    rect = chart(editor).canvas.diagram_rect()
    left, top, right, bottom = drawing(zone.diagram).zones[zone].box
    found = [hits.centroid(zone)]
    steps = 24
    for i in range(1, steps):
        for j in range(1, steps):
            x, y = left + (right - left) * i / steps, top + (bottom - top) * j / steps
            apart = all(
                abs(x - fx) * rect.width() > 2 * MARKER_RADIUS + 4
                or abs(y - fy) * rect.height() > 2 * MARKER_RADIUS + 4
                for fx, fy in found
            )
            inner = all(
                hits.contains(zone, x + dx, y + dy) for dx in (-0.01, 0.01) for dy in (-0.01, 0.01)
            )
            if apart and inner and len(found) < count:
                found.append((x, y))
    assert len(found) == count, f"room for {len(found)} points in {zone.zone_id}"
    return found


def drag(editor: SessionEditor, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Presses the point drawn at `start`, moves in steps and lets go at `end`."""
    canvas = chart(editor).canvas
    begin, finish = place(editor, *start), place(editor, *end)
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, begin)
    for step in range(1, 6):
        middle = begin + (finish - begin) * (step / 5)
        QTest.mouseMove(canvas, middle)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, finish)


def line_with(editor: SessionEditor, zone: ZoneRef) -> TreatmentLineEditor:
    [line] = [line for line in editor.line_editors if zone in line.chart.zones]
    return line


def points_of(editor: SessionEditor) -> list[ChartPoint]:
    return [point for line in editor.line_editors for point in line.chart.points]
