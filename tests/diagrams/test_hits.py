"""Hit-testing follows each zone's shape: a point well inside finds its zone, a point in a
zone's box but outside its curve does not, no two zones claim a point, and Qt's own
rendering of the files agrees with mesolog's reading of them point by point."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from mesolog.diagrams.flattening import flatten
from mesolog.diagrams.hits import centroid, contains, default_diagram, zone_at, zones_for
from mesolog.diagrams.loading import diagram_file, drawing
from mesolog.diagrams.polygons import Outline
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram, Side, ZoneRef
from mesolog.domain.enums import Area

GRID = 200


def _grid() -> list[tuple[float, float]]:
    return [((i + 0.5) / GRID, (j + 0.5) / GRID) for i in range(GRID) for j in range(GRID)]


@pytest.mark.parametrize(
    "zone",
    [z for zones in DIAGRAM_ZONES.values() for z in zones],
    ids=lambda z: f"{z.diagram}:{z.zone_id}",
)
def test_the_centroid_is_inside_its_zone_and_clicking_it_finds_the_zone(zone: ZoneRef) -> None:
    x, y = centroid(zone)
    assert contains(zone, x, y)
    assert zone_at(zone.diagram, x, y) == zone


@pytest.mark.parametrize("diagram", list(Diagram))
def test_no_point_lies_in_two_zones_and_every_zone_is_hit(diagram: Diagram) -> None:
    hit: set[ZoneRef] = set()
    for x, y in _grid():
        inside = [zone for zone in DIAGRAM_ZONES[diagram] if contains(zone, x, y)]
        assert len(inside) <= 1, (x, y, inside)
        hit.update(inside)
    assert hit == set(DIAGRAM_ZONES[diagram])


@pytest.mark.parametrize("diagram", list(Diagram))
def test_zones_lie_inside_the_silhouette(diagram: Diagram) -> None:
    shown = drawing(diagram)
    [body] = [d for d in shown.beneath if d.element_id == "silhouette"]
    silhouette = Outline(flatten(body.segments, shown.width, shown.height))
    outside = [
        (x, y) for x, y in _grid() if zone_at(diagram, x, y) and not silhouette.contains(x, y)
    ]
    assert outside == []


@pytest.mark.parametrize("diagram", list(Diagram))
def test_a_point_in_a_zones_box_but_outside_its_curve_is_not_in_the_zone(diagram: Diagram) -> None:
    found = 0
    for zone, shape in drawing(diagram).zones.items():
        left, top, right, bottom = shape.box
        for i in range(1, 20):
            for j in range(1, 20):
                x, y = left + (right - left) * i / 20, top + (bottom - top) * j / 20
                if not contains(zone, x, y):
                    assert zone_at(diagram, x, y) != zone
                    found += 1
    assert found > 0


def test_the_box_corner_of_a_round_zone_is_outside_it() -> None:
    scalp = ZoneRef(Diagram.SCALP, Area.SCALP)
    left, top, _, _ = drawing(Diagram.SCALP).zones[scalp].box
    assert not contains(scalp, left + 0.02, top + 0.02)
    assert zone_at(Diagram.SCALP, left + 0.02, top + 0.02) is None
    assert zone_at(Diagram.SCALP, *centroid(scalp)) == scalp


def test_the_eye_is_a_hole_in_its_zone() -> None:
    zone = ZoneRef(Diagram.FACE_FRONT, Area.PERIORBITAL, Side.RIGHT)
    _, eye = drawing(Diagram.FACE_FRONT).zones[zone].rings
    x = sum(p[0] for p in eye) / len(eye)
    y = sum(p[1] for p in eye) / len(eye)
    assert not contains(zone, x, y) and zone_at(Diagram.FACE_FRONT, x, y) is None
    assert contains(zone, x, y + 0.04)


def test_outside_every_zone_is_none() -> None:
    for diagram in Diagram:
        for corner in ((0.0, 0.0), (1.0, 1.0), (0.001, 0.999), (0.5, 0.0)):
            assert zone_at(diagram, *corner) is None


def test_the_patients_left_is_on_the_viewers_right_from_the_front_and_left_from_behind() -> None:
    def x_of(diagram: Diagram, area: Area, side: Side) -> float:
        return centroid(ZoneRef(diagram, area, side))[0]

    for diagram, area in ((Diagram.FACE_FRONT, Area.CHEEKS), (Diagram.BODY_FRONT, Area.HANDS)):
        assert x_of(diagram, area, Side.LEFT) > 0.5 > x_of(diagram, area, Side.RIGHT)
    assert x_of(Diagram.BODY_BACK, Area.HANDS, Side.LEFT) < 0.5
    # a left profile shows the face looking to the viewer's left: the mouth left of the ear
    assert centroid(ZoneRef(Diagram.FACE_LEFT, Area.PERIORAL))[0] < 0.5
    assert centroid(ZoneRef(Diagram.FACE_RIGHT, Area.PERIORAL))[0] > 0.5


def test_a_zone_its_diagram_has_not_is_refused() -> None:
    with pytest.raises(ValueError, match="diagram face_left has no zone cheeks-right"):
        contains(ZoneRef(Diagram.FACE_LEFT, Area.CHEEKS, Side.RIGHT), 0.5, 0.5)
    with pytest.raises(ValueError, match="diagram scalp has no zone neck"):
        centroid(ZoneRef(Diagram.SCALP, Area.NECK))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(Diagram)), st.floats(0, 1), st.floats(0, 1))
def test_zone_at_names_the_one_zone_that_contains_the_point(
    diagram: Diagram, x: float, y: float
) -> None:
    inside = [zone for zone in DIAGRAM_ZONES[diagram] if contains(zone, x, y)]
    assert zone_at(diagram, x, y) == (inside[0] if inside else None)


def _colour_buffer(diagram: Diagram) -> QImage:
    """The file rendered by Qt with each zone a colour of its own (blue = its index + 1),
    everything else left out, without anti-aliasing."""
    text = diagram_file(diagram).read_text(encoding="utf-8")
    order = [z.zone_id for z in drawing(diagram).zones]
    zones = re.findall(r'<path id="zone-([a-z-]+)"[^>]* d="([^"]*)"/>', text)
    paths = "".join(
        f'<path fill="#0000{order.index(ident) + 1:02x}" fill-rule="evenodd" d="{d}"/>'
        for ident, d in zones
    )
    head = re.match(r"<svg[^>]*>", text)
    assert head is not None
    renderer = QSvgRenderer(QByteArray((head.group(0) + paths + "</svg>").encode()))
    size = renderer.viewBox().size()
    image = QImage(size.width(), size.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


@pytest.mark.parametrize("diagram", list(Diagram))
def test_qts_rendering_of_the_file_agrees_with_the_hit_test(
    qapp: QApplication, diagram: Diagram
) -> None:
    image = _colour_buffer(diagram)
    order = list(drawing(diagram).zones)
    rng = random.Random(12)
    compared = 0
    for _ in range(4000):
        px, py = rng.randrange(2, image.width() - 2), rng.randrange(2, image.height() - 2)
        around = {image.pixel(px + dx, py + dy) for dx in (-2, 0, 2) for dy in (-2, 0, 2)}
        if len(around) > 1:
            continue  # an edge: Qt and mesolog may round it either way
        blue = QColor(image.pixel(px, py)).blue()
        expected = order[blue - 1] if blue else None
        assert zone_at(diagram, (px + 0.5) / image.width(), (py + 0.5) / image.height()) == expected
        compared += 1
    assert compared > 3500


def test_zones_for_an_area_across_the_diagrams() -> None:
    assert zones_for(Area.CHEEKS) == (
        ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.RIGHT),
        ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT),
        ZoneRef(Diagram.FACE_LEFT, Area.CHEEKS, Side.LEFT),
        ZoneRef(Diagram.FACE_RIGHT, Area.CHEEKS, Side.RIGHT),
    )
    assert zones_for(Area.KNEES, Diagram.BODY_BACK) == (
        ZoneRef(Diagram.BODY_BACK, Area.KNEES, Side.RIGHT),
        ZoneRef(Diagram.BODY_BACK, Area.KNEES, Side.LEFT),
    )
    assert zones_for(Area.FULL_FACE) == zones_for(Area.SCAR_SITE) == ()
    assert zones_for(Area.BACK, Diagram.BODY_FRONT) == ()


def test_the_diagram_a_line_opens_on() -> None:
    expected = {
        Diagram.FACE_FRONT: {
            "forehead",
            "periorbital",
            "cheeks",
            "perioral",
            "jawline",
            "full_face",
        },
        Diagram.NECK_DECOLLETAGE: {"neck", "decolletage"},
        Diagram.SCALP: {"scalp"},
        Diagram.BODY_FRONT: {"hands", "arms", "abdomen", "flanks", "thighs", "knees"},
        Diagram.BODY_BACK: {"back", "buttocks"},
    }
    for diagram, areas in expected.items():
        for area in areas:
            assert default_diagram(Area(area)) == diagram
    assert default_diagram(Area.SCAR_SITE) is None
    assert default_diagram(Area.OTHER) is None
