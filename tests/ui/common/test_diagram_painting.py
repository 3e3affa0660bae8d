"""The window's diagram painter: drawn into a box of the diagram's aspect, a zone's fill
lands inside the zone's shape (at its centroid, never outside it), the conversions
between the widget and the diagram agree, and markers and thumbnails are drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from mesolog.diagrams import hits
from mesolog.diagrams.loading import drawing
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram, Side, ZoneRef
from mesolog.domain.enums import Area
from mesolog.ui.common.diagram_painting import (
    MARKER_FILL,
    MARKER_SELECTED,
    OUTLINE_COLOUR,
    diagram_pixmap,
    fitted_rect,
    paint_diagram,
    paint_points,
    to_diagram,
    to_widget,
    zone_path,
)

FILL = QColor("#ff00ff")
CHEEK = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
EYE = ZoneRef(Diagram.FACE_FRONT, Area.PERIORBITAL, Side.RIGHT)
THIGH = ZoneRef(Diagram.BODY_FRONT, Area.THIGHS, Side.RIGHT)


def _painted(diagram: Diagram, size: QSize, **kwargs: object) -> tuple[QImage, QRectF]:
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    rect = fitted_rect(drawing(diagram), QRectF(0, 0, size.width(), size.height()))
    painter = QPainter(image)
    paint_diagram(painter, drawing(diagram), rect, **kwargs)  # type: ignore[arg-type]
    painter.end()
    return image, rect


def _colour_at(image: QImage, point: QPointF) -> QColor:
    return image.pixelColor(int(point.x()), int(point.y()))


def _near_edge(zone: ZoneRef, point: tuple[float, float], reach: float = 0.002) -> bool:
    x, y = point
    return any(
        hits.contains(zone, x + dx * reach, y + dy * reach) for dx in (-1, 1) for dy in (-1, 1)
    )


def test_fitted_rect_keeps_the_aspect_and_centres() -> None:
    face = drawing(Diagram.FACE_FRONT)
    rect = fitted_rect(face, QRectF(10, 20, 800, 300))
    assert rect.width() / rect.height() == pytest.approx(face.width / face.height)
    assert rect.height() == pytest.approx(300)
    assert rect.center().x() == pytest.approx(410)
    tall = fitted_rect(face, QRectF(0, 0, 200, 900))
    assert tall.width() == pytest.approx(200)
    assert tall.center().y() == pytest.approx(450)


def test_widget_and_diagram_points_convert_both_ways() -> None:
    rect = QRectF(30, 40, 400, 500)
    point = to_widget(rect, 0.25, 0.5)
    assert (point.x(), point.y()) == pytest.approx((130, 290))
    assert to_diagram(rect, point) == pytest.approx((0.25, 0.5))


@pytest.mark.parametrize("zone", [CHEEK, EYE, THIGH], ids=lambda zone: zone.zone_id)
def test_a_zone_fill_lands_at_its_centroid_and_only_in_its_shape(
    qapp: QApplication, zone: ZoneRef
) -> None:
    image, rect = _painted(zone.diagram, QSize(420, 520), fills={zone: FILL})
    assert _colour_at(image, to_widget(rect, *hits.centroid(zone))) == FILL
    filled = 0
    for py in range(image.height()):
        for px in range(image.width()):
            if image.pixelColor(px, py) != FILL:
                continue
            filled += 1
            near = [
                to_diagram(rect, QPointF(px + 0.5 + dx, py + 0.5 + dy))
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
            ]
            assert any(hits.contains(zone, x, y) for x, y in near), (px, py)
    assert filled > 100


def test_the_eye_is_a_hole_in_its_zone(qapp: QApplication) -> None:
    image, rect = _painted(Diagram.FACE_FRONT, QSize(400, 500), fills={EYE: FILL})
    box = drawing(Diagram.FACE_FRONT).zones[EYE].box
    middle = to_widget(rect, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    assert not hits.contains(EYE, *to_diagram(rect, middle))
    assert _colour_at(image, middle) != FILL


def test_zone_path_follows_the_shape_not_its_box(qapp: QApplication) -> None:
    rect = QRectF(5, 5, 400, 500)
    face = drawing(Diagram.FACE_FRONT)
    path = zone_path(face, CHEEK, rect)
    assert path.fillRule() == Qt.FillRule.OddEvenFill
    assert path.contains(to_widget(rect, *hits.centroid(CHEEK)))
    left, top, right, bottom = face.zones[CHEEK].box
    grid = [
        (left + (right - left) * i / 20, top + (bottom - top) * j / 20)
        for i in range(1, 20)
        for j in range(1, 20)
    ]
    outside = [point for point in grid if not hits.contains(CHEEK, *point)]
    assert len(outside) > 20
    for point in outside:
        inside = path.contains(to_widget(rect, *point))
        assert not inside or _near_edge(CHEEK, point)


def test_every_zone_of_every_diagram_is_painted(qapp: QApplication) -> None:
    for diagram, zones in DIAGRAM_ZONES.items():
        fills = dict.fromkeys(zones, FILL)
        image, rect = _painted(diagram, QSize(480, 800), fills=fills)
        for zone in zones:
            # a crease drawn above may cross the centroid (the spine on the back)
            centre = to_widget(rect, *hits.centroid(zone))
            around = [QPointF(centre.x() + d, centre.y()) for d in range(-6, 7)]
            assert any(_colour_at(image, point) == FILL for point in around), zone


def test_the_outlined_zone_has_the_outline_colour_on_its_edge(qapp: QApplication) -> None:
    image, rect = _painted(Diagram.FACE_FRONT, QSize(400, 500), outlined=CHEEK)
    path = zone_path(drawing(Diagram.FACE_FRONT), CHEEK, rect)
    edge = path.pointAtPercent(0.3)
    assert any(
        _colour_at(image, QPointF(edge.x() + dx, edge.y() + dy)) == OUTLINE_COLOUR
        for dx in (-1, 0, 1)
        for dy in (-1, 0, 1)
    )


def test_points_are_markers_the_selected_one_in_red(qapp: QApplication) -> None:
    image = QImage(QSize(300, 300), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    rect = QRectF(0, 0, 300, 300)
    painter = QPainter(image)
    paint_points(painter, rect, [(0.25, 0.25, "1"), (0.75, 0.75, "2")], selected=1)
    painter.end()
    assert _colour_at(image, QPointF(75 - 6, 75)) == MARKER_FILL
    assert _colour_at(image, QPointF(225 - 6, 225)) == MARKER_SELECTED
    assert _colour_at(image, QPointF(150, 150)) == QColor(Qt.GlobalColor.white)


def test_a_thumbnail_is_transparent_around_the_diagram(qapp: QApplication) -> None:
    pixmap = diagram_pixmap(
        drawing(Diagram.FACE_FRONT), QSize(96, 120), fills={CHEEK: FILL}, points=[(0.5, 0.5, "1")]
    )
    image = pixmap.toImage()
    assert image.size() == QSize(96, 120)
    assert image.pixelColor(0, 0).alpha() == 0
    rect = fitted_rect(drawing(Diagram.FACE_FRONT), QRectF(0, 0, 96, 120))
    assert _colour_at(image, to_widget(rect, *hits.centroid(CHEEK))) == FILL
    assert _colour_at(image, to_widget(rect, 0.5, 0.5)) == MARKER_FILL
