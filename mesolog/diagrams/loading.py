"""The diagram files read once into plain drawings: svgelements parses them, so transforms,
arcs and quadratic curves arrive as the cubics and lines every painter can draw."""

from __future__ import annotations

import functools
from pathlib import Path
from types import MappingProxyType
from typing import Any

from mesolog.diagrams.flattening import flatten
from mesolog.diagrams.polygons import bounding_box
from mesolog.diagrams.shapes import (
    ClosePath,
    CubicTo,
    Decoration,
    DiagramDrawing,
    LineTo,
    MoveTo,
    Paint,
    PathSegment,
    ZoneShape,
)
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram, ZoneRef, zone_from_id
from mesolog.resource_files import resource

ZONE_PREFIX = "zone-"


def diagram_file(diagram: Diagram) -> Path:
    return resource("diagrams", f"{diagram.value}.svg")


class _Normaliser:
    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height

    def point(self, point: Any) -> tuple[float, float]:
        return float(point.x) / self.width, float(point.y) / self.height

    def cubic(self, c1: Any, c2: Any, end: Any) -> CubicTo:
        return CubicTo(*self.point(c1), *self.point(c2), *self.point(end))

    def segments(self, shape: Any) -> tuple[PathSegment, ...]:
        from svgelements import Arc, Close, CubicBezier, Line, Move, QuadraticBezier
        from svgelements import Path as SvgPath

        out: list[PathSegment] = []
        for segment in SvgPath(shape).segments():
            if isinstance(segment, Move):
                out.append(MoveTo(*self.point(segment.end)))
            elif isinstance(segment, Close):
                out.append(ClosePath())
            elif isinstance(segment, Line):
                out.append(LineTo(*self.point(segment.end)))
            elif isinstance(segment, CubicBezier):
                out.append(self.cubic(segment.control1, segment.control2, segment.end))
            elif isinstance(segment, QuadraticBezier):
                start, control, end = segment.start, segment.control, segment.end
                out.append(
                    self.cubic(
                        start + (control - start) * (2 / 3), end + (control - end) * (2 / 3), end
                    )
                )
            elif isinstance(segment, Arc):
                out.extend(
                    self.cubic(c.control1, c.control2, c.end) for c in segment.as_cubic_curves()
                )
        return tuple(out)


def _colour(value: Any) -> str | None:
    return None if value is None or value.value is None else str(value.hexrgb)


def _paint(shape: Any, stroke_scale: float) -> Paint:
    stroke = _colour(shape.stroke)
    width = float(shape.stroke_width) * stroke_scale if stroke is not None else 0.0
    return Paint(_colour(shape.fill), stroke, width)


@functools.cache
def drawing(diagram: Diagram) -> DiagramDrawing:
    """The diagram's file in mesolog's resources, read once."""
    return read_drawing(diagram, diagram_file(diagram))


def read_drawing(diagram: Diagram, path: Path) -> DiagramDrawing:
    """The SVG file at `path` read as `diagram`. ValueError when it has no viewBox or its
    zones are not exactly those `DIAGRAM_ZONES` gives the diagram."""
    from svgelements import SVG, Shape  # on the first diagram drawn, not at the window's start

    svg = SVG.parse(str(path))
    if svg.viewbox is None:
        raise ValueError(f"{path.name} has no viewBox")
    width, height = float(svg.viewbox.width), float(svg.viewbox.height)
    normal = _Normaliser(float(svg.width), float(svg.height))
    stroke_scale = width / float(svg.width)
    beneath: list[Decoration] = []
    above: list[Decoration] = []
    zones: dict[ZoneRef, ZoneShape] = {}
    for element in svg.elements():
        if not isinstance(element, Shape):
            continue
        ident = element.id
        segments = normal.segments(element)
        paint = _paint(element, stroke_scale)
        if ident is not None and ident.startswith(ZONE_PREFIX):
            zone = zone_from_id(diagram, ident.removeprefix(ZONE_PREFIX))
            if zone in zones:
                raise ValueError(f"{path.name} draws zone {zone.zone_id} twice")
            rings = flatten(segments, width, height)
            zones[zone] = ZoneShape(zone, segments, rings, bounding_box(rings), paint)
        else:
            (above if zones else beneath).append(Decoration(ident, segments, paint))
    missing = [zone.zone_id for zone in DIAGRAM_ZONES[diagram] if zone not in zones]
    if missing:
        raise ValueError(f"{path.name} lacks the zones {', '.join(missing)}")
    return DiagramDrawing(
        diagram, width, height, tuple(beneath), MappingProxyType(zones), tuple(above)
    )
