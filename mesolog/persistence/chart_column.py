"""A treatment line's chart in its `chart` column: JSON text, "" for none.

A column rather than tables of zones and points: a chart is read and written only with
its line, and the line's signed-session locks then cover it as they are (no new
trigger, no new part to prove complete), as its digest does.

    {"zones": [{"diagram": "face_front", "area": "cheeks", "side": "left"}, ...],
     "points": [{"diagram": ..., "area": ..., "side": ..., "x": 0.31, "y": 0.52,
                 "product": 0, "amount_ml": 0.05}, ...]}
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Sequence
from typing import Any

from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area
from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import phrase


def chart_column(zones: Sequence[ZoneRef], points: Sequence[ChartPoint]) -> str:
    if not zones and not points:
        return ""
    document = {
        "zones": [_zone(z) for z in zones],
        "points": [
            _zone(p.zone) | {"x": p.x, "y": p.y, "product": p.product, "amount_ml": p.amount_ml}
            for p in points
        ],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def chart_from_column(
    text: str, line_uuid: uuid.UUID
) -> tuple[tuple[ZoneRef, ...], tuple[ChartPoint, ...]]:
    """The chart as written; DatabaseError naming the line when the column holds what
    mesolog never writes (changed behind its back: `audit verify` names the session)."""
    if not text:
        return (), ()
    try:
        document = json.loads(text)
        zones = tuple(_zone_of(item) for item in document["zones"])
        points = tuple(_point_of(item) for item in document["points"])
    except (ValueError, KeyError, TypeError, AttributeError):
        altered = phrase(
            "Database",
            "The chart of treatment line {line} is not as mesolog writes charts: it was changed "
            "outside mesolog. `mesolog audit verify` names its session.",
        )
        raise DatabaseError(altered.having(line=str(line_uuid))) from None
    return zones, points


def _point_of(item: dict[str, Any]) -> ChartPoint:
    x, y, amount = (float(item[name]) for name in ("x", "y", "amount_ml"))
    product = item["product"]
    if not (0 <= x <= 1 and 0 <= y <= 1 and 0 < amount < math.inf) or type(product) is not int:
        raise ValueError("a point mesolog never writes")
    return ChartPoint(_zone_of(item), x, y, product, amount)


def _zone(zone: ZoneRef) -> dict[str, Any]:
    side = None if zone.side is None else zone.side.value
    return {"diagram": zone.diagram.value, "area": zone.area.value, "side": side}


def _zone_of(item: dict[str, Any]) -> ZoneRef:
    side = item["side"]
    return ZoneRef(
        Diagram(item["diagram"]), Area(item["area"]), None if side is None else Side(side)
    )
