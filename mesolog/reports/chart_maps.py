"""Which charts a summary draws, as plain data: sessions grouped by their map, and each
group's markers and rows of points.

A session's map is the zones its lines mark, each with its shade (chart_shading). The
sessions of one course (or those outside courses) that have the same map are drawn as one
figure per diagram, their points labelled `S<session>·<point>`; a session whose map no
other shares is drawn alone, its points labelled by number. Points of a figure at the
same place (within NEAR viewBox units, as a repeated session copies them) share one
marker, whose label names them all; so do the rows of points alike in every printed
column. A label is the point's number alone when every session of the figure has that
point there (or the figure has one session), else it names the sessions: `S2·3`,
`S1–S3,S6·3`. A figure holds at most MAX_PLACES markers on any diagram, none with a
label longer than MAX_LABEL characters: a group that would break either is cut into runs
of its sessions, in order, that do not (a single session is never cut).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, ZoneRef
from mesolog.domain.records import ProductUse, Session
from mesolog.reports.chart_shading import Shade, zone_shades

NEAR = 2.0
"""Points nearer than this (viewBox units; diagrams are 400 wide) share a marker."""
MAX_PLACES = 40
MAX_LABEL = 14
"""The longest a marker's label may grow (`S1,S9,S17·1`) before a group is cut."""
Size = tuple[float, float]
"""A diagram's viewBox width and height."""


@dataclass(frozen=True, slots=True)
class NumberedSession:
    number: int
    """Its place among the printed sessions of its course (or of those outside courses)."""
    session: Session


@dataclass(frozen=True, slots=True)
class Marker:
    x: float
    y: float
    """Normalised to the diagram, as the points are."""
    label: str


@dataclass(frozen=True, slots=True)
class PointRow:
    label: str
    zone: ZoneRef
    product: ProductUse | None
    amount_ml: float


@dataclass(frozen=True, slots=True)
class ChartGroup:
    sessions: tuple[NumberedSession, ...]
    shades: Mapping[ZoneRef, Shade]
    markers: Mapping[Diagram, tuple[Marker, ...]]
    rows: tuple[PointRow, ...]

    @property
    def diagrams(self) -> tuple[Diagram, ...]:
        """The diagrams the group marks, in the order of `Diagram`."""
        used = {zone.diagram for zone in self.shades}
        return tuple(d for d in Diagram if d in used)

    @property
    def merged(self) -> bool:
        return len(self.sessions) > 1


@dataclass(slots=True)
class _Place:
    index: int
    x: float
    y: float
    points: list[tuple[int, int]] = field(default_factory=list)
    """(session number, point number) of each point here."""


class _Places:
    """The markers of one diagram: points within NEAR of a marker join it."""

    def __init__(self, size: Size) -> None:
        self.width, self.height = size
        self.places: list[_Place] = []
        self._cells: dict[tuple[int, int], list[_Place]] = {}

    def _cell(self, x: float, y: float) -> tuple[int, int]:
        return int(x * self.width // NEAR), int(y * self.height // NEAR)

    def add(self, x: float, y: float, session: int, point: int) -> int:
        """The index of the place the point joins (a new one if none is near)."""
        cx, cy = self._cell(x, y)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for place in self._cells.get((cx + dx, cy + dy), ()):
                    if ((place.x - x) * self.width) ** 2 + (
                        (place.y - y) * self.height
                    ) ** 2 <= NEAR**2:
                        place.points.append((session, point))
                        return place.index
        place = _Place(len(self.places), x, y, [(session, point)])
        self.places.append(place)
        self._cells.setdefault((cx, cy), []).append(place)
        return place.index


def numbered_points(session: Session) -> list[tuple[int, ChartPoint, ProductUse | None]]:
    """Each point of the session with its number (the lines' points one after the other)
    and its product."""
    found: list[tuple[int, ChartPoint, ProductUse | None]] = []
    for line in session.entry.treatments:
        for point in line.points:
            product = line.products[point.product] if point.product < len(line.products) else None
            found.append((len(found) + 1, point, product))
    return found


def sessions_words(sessions: Iterable[int]) -> str:
    """`S1–S3,S6`: session numbers, runs joined."""
    runs: list[tuple[int, int]] = []
    for n in sorted(set(sessions)):
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return ",".join(f"S{a}" if a == b else f"S{a}–S{b}" for a, b in runs)


def point_label(point: int, sessions: Iterable[int], every: Collection[int]) -> str:
    """`3` for point 3 of a single session or of each of `every` session in the chart;
    `S2·3`, `S1–S3,S6·3` for point 3 of only some."""
    those = set(sessions)
    return str(point) if those >= set(every) else f"{sessions_words(those)}·{point}"


def place_label(points: Sequence[tuple[int, int]], every: Collection[int]) -> str:
    """The labels of the points (session, point) at one place: `3, 4`, `2; S4·3`."""
    by_point: dict[int, list[int]] = {}
    for session, point in points:
        by_point.setdefault(point, []).append(session)
    joint = ", " if len(every) == 1 else "; "
    return joint.join(point_label(p, by_point[p], every) for p in sorted(by_point))


def _places(
    sessions: Sequence[NumberedSession],
    sizes: Mapping[Diagram, Size],
    found: dict[tuple[int, int], int] | None = None,
) -> dict[Diagram, _Places]:
    """The markers of each diagram; `found` gets the place of each (session, point)."""
    places: dict[Diagram, _Places] = {}
    for numbered in sessions:
        for number, point, _ in numbered_points(numbered.session):
            diagram = point.zone.diagram
            if diagram not in places:
                places[diagram] = _Places(sizes[diagram])
            place = places[diagram].add(point.x, point.y, numbered.number, number)
            if found is not None:
                found[numbered.number, number] = place
    return places


def _too_many(places: Mapping[Diagram, _Places], every: Collection[int]) -> bool:
    return any(
        len(found.places) > MAX_PLACES
        or any(len(place_label(p.points, every)) > MAX_LABEL for p in found.places)
        for found in places.values()
    )


def _runs(
    sessions: Sequence[NumberedSession], sizes: Mapping[Diagram, Size]
) -> list[list[NumberedSession]]:
    runs: list[list[NumberedSession]] = []
    for numbered in sessions:
        tried = [*runs[-1], numbered] if runs else []
        if tried and not _too_many(_places(tried, sizes), [n.number for n in tried]):
            runs[-1].append(numbered)
        else:
            runs.append([numbered])
    return runs


def _group(
    sessions: Sequence[NumberedSession],
    shades: Mapping[ZoneRef, Shade],
    sizes: Mapping[Diagram, Size],
) -> ChartGroup:
    every = [n.number for n in sessions]
    where: dict[tuple[int, int], int] = {}
    places = _places(sessions, sizes, where)
    markers = {
        diagram: tuple(Marker(p.x, p.y, place_label(p.points, every)) for p in found.places)
        for diagram, found in places.items()
    }
    # Rows alike in print and at one place are one row, labelled as the marker labels them.
    same: dict[tuple[int, int, ZoneRef, ProductUse | None, float], list[int]] = {}
    for n in sessions:
        for number, point, product in numbered_points(n.session):
            key = (where[n.number, number], number, point.zone, product, point.amount_ml)
            same.setdefault(key, []).append(n.number)
    rows = tuple(
        PointRow(point_label(key[1], numbers, every), *key[2:]) for key, numbers in same.items()
    )
    return ChartGroup(tuple(sessions), shades, MappingProxyType(markers), rows)


def chart_groups(
    sessions: Sequence[NumberedSession], sizes: Mapping[Diagram, Size]
) -> list[ChartGroup]:
    """The figures for `sessions` (in their order), ordered by their first session;
    sessions that mark no zone have none."""
    by_map: dict[frozenset[tuple[ZoneRef, Shade]], list[NumberedSession]] = {}
    for numbered in sessions:
        shades = zone_shades(numbered.session.entry.treatments)
        if shades:
            by_map.setdefault(frozenset(shades.items()), []).append(numbered)
    groups = [
        _group(run, MappingProxyType(dict(key)), sizes)
        for key, members in by_map.items()
        for run in _runs(members, sizes)
    ]
    return sorted(groups, key=lambda g: g.sessions[0].number)
