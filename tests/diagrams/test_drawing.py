"""Reading a diagram file into plain data: normalised cubics and lines for any painter, the
zones flattened finely, the decorations beneath and above them in the file's order."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from mesolog.diagrams.loading import drawing, read_drawing
from mesolog.diagrams.shapes import (
    ClosePath,
    CubicTo,
    Decoration,
    LineTo,
    MoveTo,
    PathSegment,
    Ring,
    ZoneShape,
)
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram, Side, ZoneRef
from mesolog.domain.enums import Area

HEX = "#0123456789abcdef"


def _points(segments: tuple[PathSegment, ...]) -> list[tuple[float, float]]:
    points = []
    for segment in segments:
        if isinstance(segment, CubicTo):
            points += [(segment.x1, segment.y1), (segment.x2, segment.y2)]
        if not isinstance(segment, ClosePath):
            points.append((segment.x, segment.y))
    return points


def _distance_to_rings(rings: tuple[Ring, ...], x: float, y: float) -> float:
    best = math.inf
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            dx, dy = x2 - x1, y2 - y1
            t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy or 1)))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
    return best


@pytest.mark.parametrize("diagram", list(Diagram))
def test_a_drawing_is_read_once_with_its_viewbox_and_its_zones_in_order(diagram: Diagram) -> None:
    shown = drawing(diagram)
    assert drawing(diagram) is shown
    assert (shown.width, shown.height) == ((400, 800) if "body" in diagram else (400, 500))
    assert set(shown.zones) == set(DIAGRAM_ZONES[diagram])
    assert all(shape.zone == zone for zone, shape in shown.zones.items())


@pytest.mark.parametrize("diagram", list(Diagram))
def test_shapes_are_normalised_cubics_and_lines_inside_the_viewbox(diagram: Diagram) -> None:
    shown = drawing(diagram)
    every: list[Decoration | ZoneShape] = [*shown.beneath, *shown.zones.values(), *shown.above]
    for shape in every:
        assert isinstance(shape.segments[0], MoveTo)
        assert all(isinstance(s, MoveTo | LineTo | CubicTo | ClosePath) for s in shape.segments)
        assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in _points(shape.segments))
    for zone in shown.zones.values():
        left, top, right, bottom = zone.box
        assert 0 < left < right < 1 and 0 < top < bottom < 1


@pytest.mark.parametrize("diagram", list(Diagram))
def test_the_silhouette_lies_beneath_the_zones_and_the_features_above(diagram: Diagram) -> None:
    shown = drawing(diagram)
    assert [d.element_id for d in shown.beneath].count("silhouette") == 1
    assert shown.above
    for decoration in (*shown.beneath, *shown.above):
        assert not (decoration.element_id or "").startswith("zone-")
        paint = decoration.paint
        assert paint.fill is not None or paint.stroke is not None
        assert all(len(c) == 7 and set(c) <= set(HEX) for c in (paint.fill, paint.stroke) if c)
        assert (paint.stroke_width > 0) == (paint.stroke is not None)


@pytest.mark.parametrize("diagram", list(Diagram))
def test_untreated_zones_are_a_light_neutral_fill_with_a_thin_border(diagram: Diagram) -> None:
    for zone in drawing(diagram).zones.values():
        fill = zone.paint.fill
        assert fill is not None and zone.paint.stroke is not None
        red, green, blue = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
        assert min(red, green, blue) >= 0xE0 and max(red, green, blue) - min(red, green, blue) < 16
        assert 0 < zone.paint.stroke_width <= 1.5


@pytest.mark.parametrize("diagram", list(Diagram))
def test_a_zones_polygon_strays_from_its_curve_by_far_less_than_half_a_percent(
    diagram: Diagram,
) -> None:
    shown = drawing(diagram)
    worst = 0.0
    for zone in shown.zones.values():
        scaled = tuple(tuple((x * shown.width, y * shown.height) for x, y in r) for r in zone.rings)
        at = (0.0, 0.0)
        for segment in zone.segments:
            if isinstance(segment, CubicTo):
                for step in range(1, 40):
                    t, u = step / 40, 1 - step / 40
                    x = u**3 * at[0] + 3 * u * u * t * segment.x1 + 3 * u * t * t * segment.x2
                    y = u**3 * at[1] + 3 * u * u * t * segment.y1 + 3 * u * t * t * segment.y2
                    x, y = x + t**3 * segment.x, y + t**3 * segment.y
                    point = (x * shown.width, y * shown.height)
                    worst = max(worst, _distance_to_rings(scaled, *point))
            if not isinstance(segment, ClosePath):
                at = (segment.x, segment.y)
    assert worst <= 0.051  # viewBox units; half a percent of the width would be 2


SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 400 500">'


def _write(tmp_path: Path, body: str, *, w: int = 400, h: int = 500) -> Path:
    path = tmp_path / "scalp.svg"
    path.write_text(SVG_HEAD.format(w=w, h=h) + body + "</svg>", encoding="utf-8")
    return path


def test_circles_arcs_quadratics_and_transforms_arrive_as_cubics_in_place(tmp_path: Path) -> None:
    body = (
        '<path id="back" d="M 0 0 Q 200 100 400 0 A 50 50 0 0 1 400 100" stroke="#000000" '
        'stroke-width="2" fill="none"/>'
        '<g transform="translate(20 -10)"><circle id="zone-scalp" cx="180" cy="260" r="100" '
        'fill="#eeeeee"/></g>'
    )
    shown = read_drawing(Diagram.SCALP, _write(tmp_path, body, w=800, h=1000))
    back = shown.beneath[0]
    assert back.paint.stroke_width == 2 and back.paint.fill is None
    assert {type(s) for s in back.segments} == {MoveTo, CubicTo}
    quadratic = back.segments[1]
    assert isinstance(quadratic, CubicTo)
    # the cubic of a quadratic with control (200, 100) passes through (200, 50) at t = 1/2
    middle_y = (3 * quadratic.y1 + 3 * quadratic.y2) / 8
    assert middle_y == pytest.approx(50 / 500)
    last = back.segments[-1]
    assert isinstance(last, CubicTo) and (last.x, last.y) == pytest.approx((1, 0.2))
    zone = shown.zones[ZoneRef(Diagram.SCALP, Area.SCALP)]
    for ring in zone.rings:
        for x, y in ring:
            assert math.hypot(x * 400 - 200, y * 500 - 250) == pytest.approx(100, abs=0.06)


def test_a_file_whose_zones_differ_from_the_table_is_refused(tmp_path: Path) -> None:
    square = 'd="M 10 10 L 50 10 L 50 50 Z"'
    no_viewbox = tmp_path / "bare.svg"
    no_viewbox.write_text('<svg xmlns="http://www.w3.org/2000/svg"><path d="M 0 0 L 1 1"/></svg>')
    with pytest.raises(ValueError, match=r"bare\.svg has no viewBox"):
        read_drawing(Diagram.SCALP, no_viewbox)
    with pytest.raises(ValueError, match="lacks the zones scalp"):
        read_drawing(Diagram.SCALP, _write(tmp_path, f'<path id="silhouette" {square}/>'))
    with pytest.raises(ValueError, match="has no zone 'cheeks-left'"):
        read_drawing(Diagram.SCALP, _write(tmp_path, f'<path id="zone-cheeks-left" {square}/>'))
    twice = f'<path id="zone-scalp" {square}/><g><path id="zone-scalp" {square}/></g>'
    with pytest.raises(ValueError, match="draws zone scalp twice"):
        read_drawing(Diagram.SCALP, _write(tmp_path, twice))


def test_a_hole_is_a_ring_of_its_own() -> None:
    zone = drawing(Diagram.FACE_FRONT).zones[
        ZoneRef(Diagram.FACE_FRONT, Area.PERIORBITAL, Side.LEFT)
    ]
    assert len(zone.rings) == 2
