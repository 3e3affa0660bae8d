"""Which zone a point of a diagram falls in, following the zone's shape, not its box.

Points are normalised (x over the viewBox's width, y over its height; see `shapes`).
"""

from __future__ import annotations

import functools

from mesolog.diagrams.loading import drawing
from mesolog.diagrams.polygons import Outline, inner_point
from mesolog.diagrams.shapes import Point
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram, ZoneRef
from mesolog.domain.enums import Area

_CENTROID_PRECISION = 0.25
"""How near the best the point `centroid` gives is, in viewBox units."""


@functools.cache
def _outlines(diagram: Diagram) -> tuple[tuple[ZoneRef, Outline], ...]:
    return tuple((zone, Outline(shape.rings)) for zone, shape in drawing(diagram).zones.items())


def _unknown(zone: ZoneRef) -> ValueError:
    return ValueError(f"diagram {zone.diagram.value} has no zone {zone.zone_id}")


def _outline(zone: ZoneRef) -> Outline:
    for candidate, outline in _outlines(zone.diagram):
        if candidate == zone:
            return outline
    raise _unknown(zone)


def zone_at(diagram: Diagram, x: float, y: float) -> ZoneRef | None:
    """The zone under the point, or None where the point is in none."""
    for zone, outline in _outlines(diagram):
        if outline.contains(x, y):
            return zone
    return None


def contains(zone: ZoneRef, x: float, y: float) -> bool:
    """Whether the point lies in the zone. ValueError for a zone its diagram has not."""
    return _outline(zone).contains(x, y)


@functools.cache
def centroid(zone: ZoneRef) -> Point:
    """A point well inside the zone: the one farthest from its edges (to a quarter of a
    viewBox unit), where a marker or a label sits and a test clicks."""
    _outline(zone)
    shown = drawing(zone.diagram)
    width, height = shown.width, shown.height
    rings = [tuple((x * width, y * height) for x, y in ring) for ring in shown.zones[zone].rings]
    x, y = inner_point(rings, Outline(rings), _CENTROID_PRECISION)
    return x / width, y / height


def zones_for(area: Area, diagram: Diagram | None = None) -> tuple[ZoneRef, ...]:
    """The zones of `area` on every diagram (or on `diagram`), diagrams in their order.
    None for an area no diagram draws (full_face is the whole face, scar_site, other)."""
    diagrams = tuple(Diagram) if diagram is None else (diagram,)
    return tuple(zone for d in diagrams for zone in DIAGRAM_ZONES[d] if zone.area == area)


def default_diagram(area: Area) -> Diagram | None:
    """The diagram a treatment line of `area` opens on; None for an area no diagram draws."""
    if area == Area.FULL_FACE:
        return Diagram.FACE_FRONT
    zones = zones_for(area)
    return zones[0].diagram if zones else None
