"""Polygons with holes, filled by the even-odd rule: is a point inside, and a point well inside."""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Sequence

from mesolog.diagrams.shapes import Box, Point, Ring

_BANDS = 48
Edge = tuple[float, float, float, float]
"""y of one end, y of the other, x at the first, dx per unit of y."""


def bounding_box(rings: Sequence[Ring]) -> Box:
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


class Outline:
    """A zone's polygons, with their edges filed by horizontal band so that a point is
    tested against the few edges at its height only."""

    def __init__(self, rings: Sequence[Ring]) -> None:
        self.box = bounding_box(rings)
        _, top, _, bottom = self.box
        self._top = top
        self._band_height = (bottom - top) / _BANDS or 1.0
        self._bands: list[list[Edge]] = [[] for _ in range(_BANDS)]
        for ring in rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                if y1 == y2:
                    continue
                edge = (y1, y2, x1, (x2 - x1) / (y2 - y1))
                first, last = self._band(min(y1, y2)), self._band(max(y1, y2))
                for band in range(first, last + 1):
                    self._bands[band].append(edge)

    def _band(self, y: float) -> int:
        return min(_BANDS - 1, max(0, int((y - self._top) / self._band_height)))

    def contains(self, x: float, y: float) -> bool:
        left, top, right, bottom = self.box
        if not (left <= x <= right and top <= y <= bottom):
            return False
        inside = False
        for y1, y2, x1, slope in self._bands[self._band(y)]:
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * slope:
                inside = not inside
        return inside


def _distance_to_edges(rings: Sequence[Ring], x: float, y: float) -> float:
    best = math.inf
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            dx, dy = x2 - x1, y2 - y1
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
    return best


def inner_point(rings: Sequence[Ring], outline: Outline, precision: float) -> Point:
    """The point inside farthest from the edges (the pole of inaccessibility), to within
    `precision`: searched over squares split in four while one could still hold a farther
    point (polylabel). `rings` in units where distance is true (not squeezed by an aspect)."""

    def signed(x: float, y: float) -> float:
        distance = _distance_to_edges(rings, x, y)
        return distance if outline.contains(x, y) else -distance

    left, top, right, bottom = outline.box
    size = min(right - left, bottom - top)
    cells: list[tuple[float, int, float, float, float, float]] = []
    order = itertools.count()

    def push(x: float, y: float, half: float) -> None:
        distance = signed(x, y)
        reach = distance + half * math.sqrt(2)
        heapq.heappush(cells, (-reach, next(order), x, y, half, distance))

    half = size / 2
    y = top
    while y < bottom:
        x = left
        while x < right:
            push(x + half, y + half, half)
            x += size
        y += size
    best = max(cells, key=lambda cell: cell[5])
    while cells:
        cell = heapq.heappop(cells)
        if cell[5] > best[5]:
            best = cell
        if -cell[0] - best[5] <= precision:
            continue
        x, y, half = cell[2], cell[3], cell[4] / 2
        for dx in (-half, half):
            for dy in (-half, half):
                push(x + dx, y + dy, half)
    return best[2], best[3]
