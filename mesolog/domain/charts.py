"""Where a treatment line was given: the zones of a diagram it covered and its injection
points, as part of the line (signed, digested and amended with its session).

A point's coordinates are fractions of its diagram's width and height (0 to 1, from the
top left), so that they mean the same at any size the diagram is drawn. A point names
its product by position among the line's products, and its amount in ml; a product
with points used the sum of its points' amounts. Points are numbered in the order the
line lists them, the session's lines one after the other.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from mesolog.domain import limits
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, ZoneRef
from mesolog.domain.enums import Area
from mesolog.domain.errors import Violation
from mesolog.domain.texts import Text, phrase, phrase_n

FACE_AREAS = frozenset({Area.FOREHEAD, Area.PERIORBITAL, Area.CHEEKS, Area.PERIORAL, Area.JAWLINE})
"""The zones a full-face line may mark."""
MAX_POINTS_PER_LINE = 500
AMOUNT_PLACES = 3
"""Amounts are kept to the thousandth of a ml; a product's volume is their sum to that."""


@dataclass(frozen=True, slots=True)
class ChartPoint:
    zone: ZoneRef
    x: float
    y: float
    product: int
    """The position of the point's product among its line's products (0 for the first)."""
    amount_ml: float


class ZoneShapes(Protocol):
    """The diagrams' zone shapes (mesolog.diagrams): whether a point lies in a zone."""

    def contains(self, zone: ZoneRef, x: float, y: float) -> bool: ...


def zone_name(zone: ZoneRef) -> str:
    """How a message names a zone: `face_front/cheeks-left`."""
    return f"{zone.diagram}/{zone.zone_id}"


def zone_fits_area(zone: ZoneRef, area: Area) -> bool:
    """Whether a line for `area` may mark `zone`: a zone of its own area, or any zone of
    the face for a full-face line."""
    return zone.area == area or (area == Area.FULL_FACE and zone.area in FACE_AREAS)


def points_volume_ml(points: Sequence[ChartPoint], product: int) -> float | None:
    """What the line's product at `product` used by its points; None when it has none, NaN
    when their amounts add up to no number (each such amount is refused on its own)."""
    amounts = [p.amount_ml for p in points if p.product == product]
    if not amounts:
        return None
    try:
        return round(math.fsum(amounts), AMOUNT_PLACES)
    except (ValueError, OverflowError):  # amounts that are no number: refused apiece
        return math.nan


def chart_violations(
    area: Area,
    zones: Sequence[ZoneRef],
    points: Sequence[ChartPoint],
    *,
    volumes_ml: Sequence[float],
    shapes: ZoneShapes,
    path: str,
) -> list[Violation]:
    """Every rule a line's chart breaks; `volumes_ml` are its products' volumes in order."""
    found = _Found(path)
    seen: set[ZoneRef] = set()
    for index, zone in enumerate(zones):
        where = f"zones[{index}]"
        if zone not in DIAGRAM_ZONES.get(zone.diagram, ()):
            diagram = phrase("Charts", "a zone of the {diagram} diagram")
            found.add(where, zone_name(zone), diagram.having(diagram=zone.diagram.value))
        elif not zone_fits_area(zone, area):
            of_area = phrase("Charts", "a zone of the line's area ({area})")
            found.add(where, zone_name(zone), of_area.having(area=area))
        elif zone in seen:
            found.add(where, zone_name(zone), phrase("Charts", "each zone once"))
        else:
            seen.add(zone)
    if len(points) > MAX_POINTS_PER_LINE:
        most = phrase("Charts", "at most {most} a line", "injection points").having(
            most=MAX_POINTS_PER_LINE
        )
        found.add("points", f"({len(points)} points)", most)
    for index, point in enumerate(points):
        _check_point(point, seen, products=len(volumes_ml), shapes=shapes, found=found, index=index)
    for product, volume in enumerate(volumes_ml):
        summed = points_volume_ml(points, product)
        if (
            summed is not None
            and math.isfinite(summed)
            and not math.isclose(volume, summed, abs_tol=1e-9)
        ):
            total = phrase("Charts", "the sum of the product's injection points ({sum} ml)")
            found.add(
                f"products[{product}].volume_ml", volume, total.having(sum=limits.shortest(summed))
            )
    return found.violations


class _Found:
    def __init__(self, path: str) -> None:
        self.path = path
        self.violations: list[Violation] = []

    def add(self, name: str, value: object, allowed: Text) -> None:
        self.violations.append(
            Violation(f"{self.path}.{name}" if self.path else name, value, allowed)
        )


def _check_point(
    point: ChartPoint,
    zones: set[ZoneRef],
    *,
    products: int,
    shapes: ZoneShapes,
    found: _Found,
    index: int,
) -> None:
    path = f"points[{index}]"
    if point.zone not in zones:
        marked = phrase("Charts", "one of the zones the line marks")
        found.add(f"{path}.zone", zone_name(point.zone), marked)
    on_diagram = True
    for name, value in (("x", point.x), ("y", point.y)):
        if not (math.isfinite(value) and 0 <= value <= 1):
            fraction = phrase("Charts", "a fraction of the diagram from 0 to 1")
            found.add(f"{path}.{name}", value, fraction)
            on_diagram = False
    if on_diagram and point.zone in zones and not shapes.contains(point.zone, point.x, point.y):
        inside = phrase("Charts", "a place inside the zone {zone}")
        found.add(f"{path}.x", (point.x, point.y), inside.having(zone=zone_name(point.zone)))
    if not 0 <= point.product < products:
        position = phrase_n(
            "Charts", "the position of one of the line's %n products (from 0)", None, 1
        ).counting(products)
        first = phrase("Charts", "a product first", "a line needs one before a point names it")
        found.add(f"{path}.product", point.product, position if products else first)
    amount = point.amount_ml
    if not (math.isfinite(amount) and limits.POINT_AMOUNT_ML.contains(amount)):
        found.add(f"{path}.amount_ml", amount, limits.POINT_AMOUNT_ML.describe("ml"))
    elif round(amount, AMOUNT_PLACES) != amount:
        places = phrase_n("Charts", "at most %n decimal places", None, 1)
        found.add(f"{path}.amount_ml", amount, places.counting(AMOUNT_PLACES))
