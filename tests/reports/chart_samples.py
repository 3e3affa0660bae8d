"""Sessions with charts for the summary's tests and benchmark: zones of the real diagrams
and injection points placed inside them (checked with the diagrams' own hit test)."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Mapping, Sequence

from mesolog.diagrams.hits import centroid, contains
from mesolog.diagrams.loading import drawing
from mesolog.diagrams.shapes import DiagramDrawing
from mesolog.domain.charts import ChartPoint, points_volume_ml
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, SessionStatus, Solution
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    NeedleTechnique,
    PenTechnique,
    ProductUse,
    Session,
    SessionInput,
    Technique,
    TreatmentLine,
)

ATHENS = dt.timezone(dt.timedelta(hours=2))
FOREHEAD = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)
CHEEK_LEFT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
CHEEK_RIGHT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.RIGHT)
NECK = ZoneRef(Diagram.NECK_DECOLLETAGE, Area.NECK)
ABDOMEN = ZoneRef(Diagram.BODY_FRONT, Area.ABDOMEN)


def points_in(
    zone: ZoneRef, count: int, *, spread: float = 0.035, turn: float = 0.0
) -> list[tuple[float, float]]:
    """`count` places inside `zone`, on a spiral out from its centroid."""
    cx, cy = centroid(zone)
    found: list[tuple[float, float]] = []
    step = 0
    while len(found) < count:
        angle = step * 2.4 + turn
        reach = spread * math.sqrt(step) / 2
        x, y = cx + reach * math.cos(angle), cy + reach * math.sin(angle)
        if 0 <= x <= 1 and 0 <= y <= 1 and contains(zone, x, y):
            found.append((round(x, 4), round(y, 4)))
        step += 1
        if step > 20 * count + 200:
            raise ValueError(f"no room for {count} points in {zone.zone_id}")
    return found


def charted_line(
    area: Area,
    zones: Sequence[ZoneRef],
    per_zone: int,
    technique: Technique,
    products: Sequence[ProductUse],
    *,
    amount_ml: float = 0.05,
    turn: float = 0.0,
) -> TreatmentLine:
    """A line marking `zones`, with `per_zone` points in each, the products taking turns;
    each product's volume is its points' sum, as the services require."""
    points = [
        ChartPoint(zone, x, y, index % len(products), amount_ml)
        for zone in zones
        for index, (x, y) in enumerate(points_in(zone, per_zone, turn=turn))
    ]
    used = tuple(
        ProductUse(
            p.solution,
            points_volume_ml(points, i) or p.volume_ml,
            p.product_name,
            p.concentration,
            p.lot_number,
            p.expiry_date,
        )
        for i, p in enumerate(products)
    )
    return TreatmentLine(area, technique, used, zones=tuple(zones), points=tuple(points))


def face_session(
    day: int,
    *,
    patient: PatientId,
    course: CourseId | None = None,
    per_zone: int = 3,
    pen: bool = False,
    neck: bool = False,
    turn: float = 0.0,
) -> Session:
    """A signed session on day `day` (from 2025-01-01): `face_entry`'s."""
    entry = face_entry(
        dt.datetime(2025, 1, 1, 10, 30, tzinfo=ATHENS) + dt.timedelta(days=day),
        course=course,
        per_zone=per_zone,
        pen=pen,
        neck=neck,
        turn=turn,
    )
    return Session(SessionId(uuid.uuid4()), patient, entry, SessionStatus.SIGNED)


def face_entry(
    when: dt.datetime,
    *,
    course: CourseId | None = None,
    per_zone: int = 3,
    pen: bool = False,
    neck: bool = False,
    turn: float = 0.0,
    clinician: str = "Δρ. Ελένη Παπαδοπούλου",
) -> SessionInput:
    """A session treating the forehead and the cheeks (and the neck), `per_zone` points in
    each zone, with two products of which one has a Greek name; valid for the services."""
    technique: Technique = (
        PenTechnique(depth_mm=0.5, penetrations_per_second=90, needle_count=12)
        if pen
        else NeedleTechnique(depth_mm=2.5, gauge=32, length_mm=4)
    )
    products = (
        ProductUse(Solution.HYALURONIC_ACID, 1.0, "Υαλουρονικό Plus", lot_number="HA-24A"),
        ProductUse(Solution.VITAMINS, 1.0, "VitaGlow", lot_number="VG-7"),
    )
    lines = [
        charted_line(
            Area.FULL_FACE,
            (FOREHEAD, CHEEK_RIGHT, CHEEK_LEFT),
            per_zone,
            technique,
            products,
            turn=turn,
        )
    ]
    if neck:
        lines.append(
            charted_line(Area.NECK, (NECK,), per_zone, NeedleTechnique(depth_mm=1.0), products[:1])
        )
    return SessionInput(when, clinician, tuple(lines), course_id=course)


def all_drawings() -> Mapping[Diagram, DiagramDrawing]:
    return {diagram: drawing(diagram) for diagram in Diagram}
