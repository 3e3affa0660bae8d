"""A treatment line's chart in the interchange document: its `zones` and its `points`.

A zone is `{"diagram", "area", "side"}` (no side for a zone without sides); a point is
its zone's fields with `x`, `y` (fractions of the diagram from the top left), `product`
(the position of its product among the line's products that are not voided, from 0)
and `amount_ml`. Written in the line's order, read back to the same records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area
from mesolog.interchange.members import Members

Json = dict[str, Any]


def encode_zones(zones: Iterable[ZoneRef]) -> list[Json]:
    return [_zone(zone) for zone in zones]


def encode_points(points: Iterable[ChartPoint]) -> list[Json]:
    return [
        _zone(point.zone)
        | {
            "x": _number(point.x),
            "y": _number(point.y),
            "product": point.product,
            "amount_ml": _number(point.amount_ml),
        }
        for point in points
    ]


def decode_zones(data: Iterable[Mapping[str, Any]]) -> tuple[ZoneRef, ...]:
    return tuple(_zone_of(item) for item in data)


def decode_points(data: Iterable[Mapping[str, Any]]) -> tuple[ChartPoint, ...]:
    return tuple(
        ChartPoint(
            zone=_zone_of(item),
            x=float(item["x"]),
            y=float(item["y"]),
            product=int(item["product"]),
            amount_ml=float(item["amount_ml"]),
        )
        for item in data
    )


def _zone(zone: ZoneRef) -> Json:
    found: Json = {"diagram": zone.diagram.value, "area": zone.area.value}
    if zone.side is not None:
        found["side"] = zone.side.value
    return found


def _zone_of(item: Mapping[str, Any]) -> ZoneRef:
    side = item.get("side")
    return ZoneRef(
        _DIAGRAMS[item["diagram"]], _AREAS[item["area"]], None if side is None else _SIDES[side]
    )


_DIAGRAMS = Members(Diagram)
_AREAS = Members(Area)
_SIDES = Members(Side)


def _number(value: float) -> float | int:
    """A whole float as an int (1, not 1.0), as the rest of the document writes numbers."""
    return int(value) if float(value).is_integer() else float(value)
