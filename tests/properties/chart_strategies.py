"""Charts for generated treatment lines: zones of the line's area or any other, points at a
zone's centroid or anywhere (any number, NaN and infinities included), tied to a product or
not, with amounts in range or wild; the products' volumes made the points' sums, or not."""

from __future__ import annotations

import math
from dataclasses import replace

from hypothesis import strategies as st

from mesolog.diagrams import hits
from mesolog.domain import limits
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, ZoneRef
from mesolog.domain.records import TreatmentLine
from tests.properties.support import numbers

EVERY_ZONE = [zone for zones in DIAGRAM_ZONES.values() for zone in zones]
FRACTION = limits.Range(0, 1)
AMOUNTS = st.one_of(
    st.sampled_from([0.05, 0.1, 0.125, 0.3]),
    st.floats(0, 5, exclude_min=True),
    st.sampled_from([0.0, -0.0, math.nan, math.inf, 5.0005, 5.001, -1.0, 0.0004, 1e-9]),
    st.floats(-10, 10),
)
"""Amounts in range and out of it. Not -inf with inf, nor 1e308 twice: a product's points
summing to those make math.fsum raise (domain.charts.points_volume_ml; reported)."""


@st.composite
def charted(draw: st.DrawFn, line: TreatmentLine) -> TreatmentLine:
    """`line` with a chart, as often valid as not (no chart at all a third of the time)."""
    if draw(st.integers(0, 2)) == 0:
        return line
    own = list(hits.zones_for(line.area))
    zones = st.sampled_from(own) if own and draw(st.booleans()) else st.sampled_from(EVERY_ZONE)
    marked: list[ZoneRef] = draw(st.lists(zones, max_size=3))
    placed = st.sampled_from(marked) if marked else st.sampled_from(EVERY_ZONE)
    points = draw(st.lists(_point(placed, len(line.products)), max_size=4))
    products = line.products
    if draw(st.booleans()):  # each product with points used their sum
        products = tuple(
            replace(product, volume_ml=summed) if (summed := _sum(points, index)) else product
            for index, product in enumerate(products)
        )
    return replace(line, zones=tuple(marked), points=tuple(points), products=products)


def _point(zones: st.SearchStrategy[ZoneRef], products: int) -> st.SearchStrategy[ChartPoint]:
    @st.composite
    def point(draw: st.DrawFn) -> ChartPoint:
        zone = draw(zones)
        if draw(st.booleans()):
            x, y = hits.centroid(zone)
        else:
            x, y = draw(numbers(FRACTION)), draw(numbers(FRACTION))
        product = draw(st.integers(0, max(products - 1, 0)) | st.integers(-2, products + 1))
        return ChartPoint(zone, x, y, product, draw(AMOUNTS))

    return point()


def _sum(points: list[ChartPoint], product: int) -> float | None:
    amounts = [p.amount_ml for p in points if p.product == product]
    if not amounts or not all(isinstance(a, float | int) and math.isfinite(a) for a in amounts):
        return None
    return round(math.fsum(amounts), 3)
