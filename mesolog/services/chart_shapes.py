"""The diagrams' zone shapes, as the domain's validation asks for them."""

from __future__ import annotations

from mesolog.diagrams import hits
from mesolog.domain.diagram_ids import ZoneRef


class DiagramShapes:
    """Whether a point lies in a zone: the zone's own shape on its diagram (mesolog.diagrams)."""

    def contains(self, zone: ZoneRef, x: float, y: float) -> bool:
        return hits.contains(zone, x, y)


SHAPES = DiagramShapes()
