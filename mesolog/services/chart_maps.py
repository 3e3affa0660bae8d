"""Where a patient was treated, read from the charts of their sessions: each session's chart
by diagram (its thumbnail in the history), a course's cumulative map (how many sessions
treated each zone, and the volume their points placed there) and the zone filter.

Only what was recorded is said: a product used without points has a volume but no place,
so the map gives it apart, by the line's area, and never shares it among the zones the
line marked (those zones still count as treated).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from mesolog.domain.charts import AMOUNT_PLACES, ChartPoint, points_volume_ml
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, SIDED_AREAS, Diagram, Side, ZoneRef
from mesolog.domain.enums import Area
from mesolog.domain.ids import CourseId
from mesolog.domain.records import ProductUse, Session, SessionInput, Technique
from mesolog.domain.schedule import counted


@dataclass(frozen=True, slots=True)
class MarkedZone:
    zone: ZoneRef
    techniques: tuple[Technique, ...]
    """Of the lines that marked the zone, each once, in order (the diagram shades the zone
    by them: two different ones shade it as mixed)."""


@dataclass(frozen=True, slots=True)
class NumberedPoint:
    number: int
    """From 1, the session's lines one after the other, as the session numbers them."""
    point: ChartPoint
    product: ProductUse | None
    """The line's product the point used (None for a position the line has not)."""


@dataclass(frozen=True, slots=True)
class DiagramChart:
    """What a session marked on one diagram."""

    diagram: Diagram
    zones: tuple[MarkedZone, ...]
    points: tuple[NumberedPoint, ...]


def session_chart(entry: SessionInput) -> tuple[DiagramChart, ...]:
    """The diagrams a session's lines marked, each once, in the order first marked."""
    zones: dict[Diagram, dict[ZoneRef, list[Technique]]] = {}
    points: dict[Diagram, list[NumberedPoint]] = defaultdict(list)
    number = 0
    for line in entry.treatments:
        for zone in (*line.zones, *(p.zone for p in line.points)):
            techniques = zones.setdefault(zone.diagram, {}).setdefault(zone, [])
            if line.technique not in techniques:
                techniques.append(line.technique)
        for point in line.points:
            number += 1
            product = line.products[point.product] if point.product < len(line.products) else None
            points[point.zone.diagram].append(NumberedPoint(number, point, product))
    return tuple(
        DiagramChart(
            diagram,
            tuple(MarkedZone(zone, tuple(used)) for zone, used in marked.items()),
            tuple(points[diagram]),
        )
        for diagram, marked in zones.items()
    )


@dataclass(frozen=True, slots=True)
class ZoneTally:
    zone: ZoneRef
    sessions: int
    """The signed, current sessions that treated the zone."""
    volume_ml: float | None
    """What their injection points in the zone add up to; None when no point lies there."""


@dataclass(frozen=True, slots=True)
class DiagramMap:
    diagram: Diagram
    zones: tuple[ZoneTally, ...]
    """The zones treated, in the diagram's order of zones."""


@dataclass(frozen=True, slots=True)
class UnplacedVolume:
    """Volume the record does not place on a zone: products used without points."""

    area: Area
    """The area of the lines that used it."""
    volume_ml: float
    sessions: int


@dataclass(frozen=True, slots=True)
class CourseMap:
    sessions: int
    """The signed, current sessions of the course (the map counts only those)."""
    charted: int
    """How many of them marked at least one zone."""
    diagrams: tuple[DiagramMap, ...]
    """The diagrams with a zone treated, in the order of `Diagram`."""
    unplaced: tuple[UnplacedVolume, ...] = ()
    """In the order of `Area`."""

    @property
    def most_sessions(self) -> int:
        """The most sessions any zone was treated in (0 when none was)."""
        return max((t.sessions for d in self.diagrams for t in d.zones), default=0)


def course_map(sessions: Iterable[Session], course_id: CourseId) -> CourseMap:
    """The cumulative map of a course from all of a patient's sessions: those that count
    (signed, not voided, not corrected by an amendment; `domain.schedule.counted`) and are
    in the course now (an amendment may have moved one to another course)."""
    own = [s for s in counted(sessions) if s.entry.course_id == course_id]
    treated: dict[ZoneRef, int] = defaultdict(int)
    amounts: dict[ZoneRef, list[float]] = defaultdict(list)
    unplaced: dict[Area, list[float]] = defaultdict(list)
    unplaced_sessions: dict[Area, int] = defaultdict(int)
    charted = 0
    for session in own:
        lines = session.entry.treatments
        zones = {z for line in lines for z in (*line.zones, *(p.zone for p in line.points))}
        charted += bool(zones)
        for zone in zones:
            treated[zone] += 1
        for line in lines:
            for point in line.points:
                amounts[point.zone].append(point.amount_ml)
        areas_unplaced = set()
        for line in lines:
            for index, product in enumerate(line.products):
                if points_volume_ml(line.points, index) is None:
                    unplaced[line.area].append(product.volume_ml)
                    areas_unplaced.add(line.area)
        for area in areas_unplaced:
            unplaced_sessions[area] += 1
    diagrams = tuple(
        DiagramMap(
            diagram,
            tuple(
                ZoneTally(zone, treated[zone], _total(amounts.get(zone)))
                for zone in DIAGRAM_ZONES[diagram]
                if zone in treated
            ),
        )
        for diagram in Diagram
        if any(zone in treated for zone in DIAGRAM_ZONES[diagram])
    )
    return CourseMap(
        len(own),
        charted,
        diagrams,
        tuple(
            UnplacedVolume(area, total, unplaced_sessions[area])
            for area in Area
            if area in unplaced and (total := _total(unplaced[area])) is not None
        ),
    )


def _total(amounts: list[float] | None) -> float | None:
    return round(math.fsum(amounts), AMOUNT_PLACES) if amounts else None


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    """What the history's zone filter keeps: the sessions whose lines marked a zone of
    `area`, on `side` when one is given (either side when None), on any diagram: the left
    cheek is the same cheek seen from the front or in profile."""

    area: Area
    side: Side | None = None

    def takes(self, zone: ZoneRef) -> bool:
        return zone.area is self.area and (self.side is None or zone.side is self.side)


def marked_zones(entry: SessionInput) -> set[ZoneRef]:
    """Every zone a session's lines marked (with points or without)."""
    return {z for line in entry.treatments for z in (*line.zones, *(p.zone for p in line.points))}


def marks(entry: SessionInput, choice: ZoneChoice) -> bool:
    """Whether a session marked a zone `choice` takes."""
    return any(choice.takes(zone) for zone in marked_zones(entry))


def zone_choices(entries: Iterable[SessionInput]) -> tuple[ZoneChoice, ...]:
    """The choices of a zone filter over these sessions, in the order of `Area`: an area
    marked, and for an area with sides, after it, each side marked."""
    marked = {(z.area, z.side) for entry in entries for z in marked_zones(entry)}
    areas = {area for area, _ in marked}
    found: list[ZoneChoice] = []
    for area in Area:
        if area not in areas:
            continue
        found.append(ZoneChoice(area))
        if area in SIDED_AREAS:
            found += [ZoneChoice(area, side) for side in Side if (area, side) in marked]
    return tuple(found)
