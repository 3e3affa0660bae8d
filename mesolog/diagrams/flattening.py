"""Paths to polygons: each cubic cut into enough straight pieces to stay within a tolerance."""

from __future__ import annotations

import math
from collections.abc import Iterable

from mesolog.diagrams.shapes import ClosePath, CubicTo, LineTo, MoveTo, PathSegment, Point, Ring

TOLERANCE = 0.05
"""The most a polygon strays from its curve, in viewBox units (0.0125 % of a 400-wide
diagram), far finer than a click or a printed point."""


def _pieces(p0: Point, c: CubicTo, width: float, height: float, tolerance: float) -> int:
    # A cubic split into n equal steps of t strays at most max|B''| / (8 n²) from its chords,
    # and |B''| is at most 6 times the larger second difference of its control points.
    second = max(
        math.hypot((a[0] - 2 * b[0] + d[0]) * width, (a[1] - 2 * b[1] + d[1]) * height)
        for a, b, d in (
            (p0, (c.x1, c.y1), (c.x2, c.y2)),
            ((c.x1, c.y1), (c.x2, c.y2), (c.x, c.y)),
        )
    )
    return max(1, math.ceil(math.sqrt(6 * second / (8 * tolerance))))


def _cubic_points(p0: Point, c: CubicTo, pieces: int) -> list[Point]:
    points = []
    for step in range(1, pieces + 1):
        t = step / pieces
        u = 1 - t
        a, b, d, e = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        points.append(
            (
                a * p0[0] + b * c.x1 + d * c.x2 + e * c.x,
                a * p0[1] + b * c.y1 + d * c.y2 + e * c.y,
            )
        )
    return points


def flatten(
    segments: Iterable[PathSegment], width: float, height: float, tolerance: float = TOLERANCE
) -> tuple[Ring, ...]:
    """The subpaths of normalised `segments` as polygons in normalised coordinates, the
    tolerance measured in the units of a `width` × `height` viewBox."""
    rings: list[Ring] = []
    current: list[Point] = []
    start: Point = (0.0, 0.0)

    def finish() -> None:
        if len(current) >= 3:
            rings.append(tuple(current))
        current.clear()

    for segment in segments:
        if isinstance(segment, MoveTo):
            finish()
            start = (segment.x, segment.y)
            current.append(start)
        elif isinstance(segment, ClosePath):
            finish()
        else:
            if not current:  # drawing on after a close starts again where the subpath began
                current.append(start)
            if isinstance(segment, LineTo):
                current.append((segment.x, segment.y))
            else:
                at = current[-1]
                pieces = _pieces(at, segment, width, height, tolerance)
                current.extend(_cubic_points(at, segment, pieces))
    finish()
    return tuple(rings)
