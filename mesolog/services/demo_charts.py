"""Charts for the demo clinic's treatment lines: the zones a line covered and, for the
needle, its injection points spread inside them.

A line marks its area's zones on the area's diagram: both sides where the body has
sides (sometimes one), every zone of the face for a full-face line. Needle lines place
points in the zones' shapes, mirrored from one side to the other as a clinician treats
symmetrically, at 0.02–0.2 ml a point on the face, neck, scalp and hands and 0.5–1 ml
on the body, and each product's volume becomes the sum of its points. Pen lines mark
zones only. A course repeats its first map, session after session, with small changes
(a point moved, added or left out), as pre-filling from the last session does.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import replace

from mesolog.diagrams import hits
from mesolog.diagrams.loading import drawing
from mesolog.domain.charts import ChartPoint, points_volume_ml
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Side, ZoneRef
from mesolog.domain.enums import Area
from mesolog.domain.records import NeedleTechnique, SessionInput, TreatmentLine

SMALL_DOSES_ML = (0.02, 0.05, 0.08, 0.1, 0.15, 0.2)
BODY_DOSES_ML = (0.5, 0.75, 1.0)
BODY_AREAS = frozenset(
    {
        Area.ARMS,
        Area.ABDOMEN,
        Area.FLANKS,
        Area.BACK,
        Area.BUTTOCKS,
        Area.THIGHS,
        Area.KNEES,
    }
)
PRODUCT_VOLUME_ML = (0.5, 5.0)
"""A product's volume stays within what the demo's other lines use."""
BOTH_SIDES = 0.85
REPEATED = 0.6
"""The share of a course's later sessions whose map is the last one's unchanged."""
_CANDIDATES = 12
_NUDGE = 0.015
_MARGIN = 6.0
"""How far inside its zone's edge a point is put, in viewBox units, where the zone allows."""
_PLACES = 4

Session = tuple[int | None, SessionInput]


def charted(sessions: Sequence[Session], rng: random.Random) -> tuple[Session, ...]:
    """The sessions with their lines charted; each course's later sessions change the
    previous session's map a little, or not at all."""
    last: dict[tuple[str, int], TreatmentLine] = {}
    done: list[Session] = []
    for number, (course, entry) in enumerate(sessions):
        series = f"session {number}" if course is None else f"course {course}"
        lines = []
        for index, line in enumerate(entry.treatments):
            before = last.get((series, index))
            chart = _first_chart(rng, line) if before is None else _next_chart(rng, before, line)
            last[series, index] = chart
            lines.append(chart)
        done.append((course, replace(entry, treatments=tuple(lines))))
    return tuple(done)


def _with_volumes(line: TreatmentLine, points: tuple[ChartPoint, ...]) -> TreatmentLine:
    products = tuple(
        replace(product, volume_ml=points_volume_ml(points, index) or product.volume_ml)
        for index, product in enumerate(line.products)
    )
    return replace(line, products=products, points=points)


def _zones(rng: random.Random, area: Area) -> tuple[ZoneRef, ...]:
    diagram = hits.default_diagram(area)
    if diagram is None:
        return ()
    if area == Area.FULL_FACE:
        return DIAGRAM_ZONES[diagram]
    zones = hits.zones_for(area, diagram)
    if len(zones) > 1 and rng.random() >= BOTH_SIDES:
        return (rng.choice(zones),)
    return zones


def _first_chart(rng: random.Random, line: TreatmentLine) -> TreatmentLine:
    zones = _zones(rng, line.area)
    if not zones or not isinstance(line.technique, NeedleTechnique) or not line.products:
        return replace(line, zones=zones)
    doses = BODY_DOSES_ML if line.area in BODY_AREAS else SMALL_DOSES_ML
    cap = min(30, 10 + 3 * len(zones))
    fitting = [d for d in doses if max(p.volume_ml for p in line.products) / d <= cap]
    dose = rng.choice(fitting or [doses[-1]])
    lowest, highest = PRODUCT_VOLUME_ML
    points: list[ChartPoint] = []
    for product, use in enumerate(line.products):
        count = max(math.ceil(lowest / dose - 1e-9), round(use.volume_ml / dose))
        count = min(count, math.floor(highest / dose + 1e-9), cap)
        points += _spread(rng, zones, product, count, dose)
    return _with_volumes(replace(line, zones=zones), _ordered(points, zones))


def _pairs(zones: Sequence[ZoneRef]) -> list[tuple[ZoneRef, ZoneRef | None]]:
    """Each zone with its other side, when the line marks both; one side appears once."""
    pairs: list[tuple[ZoneRef, ZoneRef | None]] = []
    for zone in zones:
        if zone.side is Side.LEFT and replace(zone, side=Side.RIGHT) in zones:
            continue
        other = replace(zone, side=Side.LEFT) if zone.side is Side.RIGHT else None
        pairs.append((zone, other if other in zones else None))
    return pairs


def _size(zone: ZoneRef) -> float:
    shown = drawing(zone.diagram)
    left, top, right, bottom = shown.zones[zone].box
    return (right - left) * shown.width * (bottom - top) * shown.height


def _shares(count: int, weights: Sequence[float]) -> list[int]:
    """`count` split in proportion to `weights`, largest remainders first."""
    total = sum(weights)
    exact = [count * w / total for w in weights]
    shares = [math.floor(e) for e in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: shares[i] - exact[i])
    for i in by_remainder[: count - sum(shares)]:
        shares[i] += 1
    return shares


def _spread(
    rng: random.Random, zones: Sequence[ZoneRef], product: int, count: int, dose: float
) -> list[ChartPoint]:
    pairs = _pairs(zones)
    weights = [_size(zone) * (2 if other else 1) for zone, other in pairs]
    placed: list[ChartPoint] = []
    for (zone, other), share in zip(pairs, _shares(count, weights), strict=True):
        mirrored = share // 2 if other is not None else 0
        for k in range(share - mirrored):
            x, y = _free_place(rng, zone, placed)
            placed.append(ChartPoint(zone, x, y, product, dose))
            if other is not None and k < mirrored:
                x, y = _mirror(rng, other, (x, y), placed)
                placed.append(ChartPoint(other, x, y, product, dose))
    return placed


def _mirror(
    rng: random.Random, zone: ZoneRef, place: tuple[float, float], placed: Sequence[ChartPoint]
) -> tuple[float, float]:
    x, y = round(1 - place[0], _PLACES), place[1]
    return (x, y) if hits.contains(zone, x, y) else _free_place(rng, zone, placed)


def _inside(rng: random.Random, zone: ZoneRef) -> tuple[float, float]:
    """A random place in the zone, away from its edges when the zone has room for that."""
    shown = drawing(zone.diagram)
    left, top, right, bottom = shown.zones[zone].box
    dx, dy = _MARGIN / shown.width, _MARGIN / shown.height
    for attempt in range(200):
        x = round(rng.uniform(left, right), _PLACES)
        y = round(rng.uniform(top, bottom), _PLACES)
        around = (
            ((x, y),)
            if attempt >= 100
            else ((x, y), (x - dx, y), (x + dx, y), (x, y - dy), (x, y + dy))
        )
        if all(hits.contains(zone, *place) for place in around):
            return x, y
    x, y = hits.centroid(zone)
    return round(x, _PLACES), round(y, _PLACES)


def _free_place(
    rng: random.Random, zone: ZoneRef, placed: Sequence[ChartPoint]
) -> tuple[float, float]:
    """The candidate inside the zone farthest from the points already in it (Mitchell's
    best candidate), so the points spread over the zone instead of clumping."""
    shown = drawing(zone.diagram)
    near = [(p.x * shown.width, p.y * shown.height) for p in placed if p.zone == zone]

    def room(place: tuple[float, float]) -> float:
        x, y = place[0] * shown.width, place[1] * shown.height
        return min((math.dist((x, y), q) for q in near), default=0.0)

    return max((_inside(rng, zone) for _ in range(_CANDIDATES)), key=room)


def _ordered(points: Sequence[ChartPoint], zones: Sequence[ZoneRef]) -> tuple[ChartPoint, ...]:
    """Numbered zone by zone, top to bottom within each, as a clinician counts them."""
    return tuple(sorted(points, key=lambda p: (zones.index(p.zone), p.y, p.x, p.product)))


def _next_chart(rng: random.Random, before: TreatmentLine, line: TreatmentLine) -> TreatmentLine:
    """This session's line with the map of the one before, a little changed or not at all."""
    kept = replace(line, zones=before.zones)
    if not before.points:
        return kept
    points = list(before.points)
    if rng.random() >= REPEATED:
        change = rng.choice((_moved, _added, _left_out))
        points = change(rng, points)
    return _with_volumes(kept, _ordered(points, before.zones))


def _moved(rng: random.Random, points: list[ChartPoint]) -> list[ChartPoint]:
    for index in rng.sample(range(len(points)), min(len(points), rng.randint(1, 3))):
        point = points[index]
        x = round(point.x + rng.uniform(-_NUDGE, _NUDGE), _PLACES)
        y = round(point.y + rng.uniform(-_NUDGE, _NUDGE), _PLACES)
        if hits.contains(point.zone, x, y):
            points[index] = replace(point, x=x, y=y)
    return points


def _added(rng: random.Random, points: list[ChartPoint]) -> list[ChartPoint]:
    model = rng.choice(points)
    total = points_volume_ml(points, model.product) or 0.0
    if total + model.amount_ml > PRODUCT_VOLUME_ML[1]:
        return points
    x, y = _free_place(rng, model.zone, points)
    return [*points, replace(model, x=x, y=y)]


def _left_out(rng: random.Random, points: list[ChartPoint]) -> list[ChartPoint]:
    index = rng.randrange(len(points))
    dropped = points[index]
    rest = points[:index] + points[index + 1 :]
    left = points_volume_ml(rest, dropped.product) or 0.0
    return rest if left >= PRODUCT_VOLUME_ML[0] else points
