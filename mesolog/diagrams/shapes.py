"""A diagram as plain data, for any painter (the window's QPainterPath, the PDF's canvas path).

Coordinates are normalised: x divided by the diagram's viewBox width and y by its height,
so (0, 0) is the top left corner and (1, 1) the bottom right. A painter multiplies x by
the drawn width and y by the drawn height, keeping `width / height` as the aspect ratio.
Zones are filled and hit-tested with the even-odd rule (the eye is a hole in its zone).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mesolog.domain.diagram_ids import Diagram, ZoneRef

Point = tuple[float, float]
Ring = tuple[Point, ...]
Box = tuple[float, float, float, float]
"""left, top, right, bottom."""


@dataclass(frozen=True)
class MoveTo:
    x: float
    y: float


@dataclass(frozen=True)
class LineTo:
    x: float
    y: float


@dataclass(frozen=True)
class CubicTo:
    x1: float
    y1: float
    x2: float
    y2: float
    x: float
    y: float


@dataclass(frozen=True)
class ClosePath:
    pass


PathSegment = MoveTo | LineTo | CubicTo | ClosePath


@dataclass(frozen=True)
class Paint:
    """How the file paints a shape: colours as `#rrggbb` or None for none; the stroke's
    width in viewBox units (a painter scales it by drawn width / `DiagramDrawing.width`)."""

    fill: str | None
    stroke: str | None
    stroke_width: float


@dataclass(frozen=True)
class Decoration:
    """A shape that is no zone: the silhouette, an eye, a crease."""

    element_id: str | None
    segments: tuple[PathSegment, ...]
    paint: Paint


@dataclass(frozen=True)
class ZoneShape:
    zone: ZoneRef
    segments: tuple[PathSegment, ...]
    rings: tuple[Ring, ...]
    """The outline flattened to polygons (each implicitly closed), within 0.05 viewBox units."""
    box: Box
    paint: Paint
    """How the file paints the zone untreated."""


@dataclass(frozen=True, eq=False)
class DiagramDrawing:
    diagram: Diagram
    width: float
    height: float
    """The viewBox's size, in its units."""
    beneath: tuple[Decoration, ...]
    """Shapes the file paints before its first zone (the silhouette), in the file's order."""
    zones: Mapping[ZoneRef, ZoneShape]
    above: tuple[Decoration, ...]
    """Shapes painted over the zones (features, creases, the outline again)."""
