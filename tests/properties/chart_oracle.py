"""The oracle of a treatment line's chart: which of its fields the rules refuse, read from the
issue's words and the stated limits (mesolog.domain.limits), apart from domain.charts.

A line marks zones of its diagrams' table, of its own area (any face zone for full face),
each once; at most 500 points, each in a zone the line marks, at a place on the diagram
(0 to 1) inside that zone's shape, tied to one of the line's products, more than 0 and at
most 5 ml to the thousandth; a product with points used their sum.
"""

from __future__ import annotations

import math

from mesolog.diagrams import hits
from mesolog.domain import limits
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, ZoneRef
from mesolog.domain.enums import Area
from mesolog.domain.records import TreatmentLine

FACE = {Area.FOREHEAD, Area.PERIORBITAL, Area.CHEEKS, Area.PERIORAL, Area.JAWLINE}


def chart_faults(line: TreatmentLine, base: str) -> list[str]:
    """Every path of the line's chart validate_session must report."""
    found: list[str] = []
    marked: set[ZoneRef] = set()
    for index, zone in enumerate(line.zones):
        drawn = zone in DIAGRAM_ZONES.get(zone.diagram, ())
        fits = zone.area == line.area or (line.area == Area.FULL_FACE and zone.area in FACE)
        if drawn and fits and zone not in marked:
            marked.add(zone)
        else:
            found.append(f"zones[{index}]")
    if len(line.points) > 500:
        found.append("points")
    for index, point in enumerate(line.points):
        where = f"points[{index}]"
        if point.zone not in marked:
            found.append(f"{where}.zone")
        off = [name for name in ("x", "y") if not _fraction(getattr(point, name))]
        found += [f"{where}.{name}" for name in off]
        inside = not off and point.zone in marked
        if inside and not hits.contains(point.zone, point.x, point.y):
            found.append(f"{where}.x")
        if not 0 <= point.product < len(line.products):
            found.append(f"{where}.product")
        amount = point.amount_ml
        in_range = math.isfinite(amount) and 0 < amount <= limits.POINT_AMOUNT_ML.high
        if not in_range or round(amount, 3) != amount:
            found.append(f"{where}.amount_ml")
    for index, product in enumerate(line.products):
        amounts = [p.amount_ml for p in line.points if p.product == index]
        if not amounts or not all(math.isfinite(a) for a in amounts):
            continue  # no points, or an amount refused on its own: no sum to compare
        summed = round(math.fsum(amounts), 3)
        if math.isfinite(summed) and not math.isclose(product.volume_ml, summed, abs_tol=1e-9):
            found.append(f"products[{index}].volume_ml")
    return [f"{base}.{name}" for name in found]


def _fraction(value: float) -> bool:
    return math.isfinite(value) and 0 <= value <= 1
