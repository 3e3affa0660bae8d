"""The diagrams a chart is drawn on and their zones: which diagram, which area, which side.

Plain data: the files in `resources/diagrams/` draw these zones (a test compares the two).
A zone's id in its file is `zone-<area>` or `zone-<area>-<side>`, the side being the
patient's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from mesolog.domain.enums import Area


class Diagram(StrEnum):
    FACE_FRONT = "face_front"
    FACE_LEFT = "face_left"
    FACE_RIGHT = "face_right"
    NECK_DECOLLETAGE = "neck_decolletage"
    BODY_FRONT = "body_front"
    BODY_BACK = "body_back"
    SCALP = "scalp"


class Side(StrEnum):
    """The patient's own side, whichever side of the drawing it is on."""

    LEFT = "left"
    RIGHT = "right"


SIDED_AREAS = frozenset(
    {
        Area.PERIORBITAL,
        Area.CHEEKS,
        Area.JAWLINE,
        Area.HANDS,
        Area.ARMS,
        Area.FLANKS,
        Area.BUTTOCKS,
        Area.THIGHS,
        Area.KNEES,
    }
)


@dataclass(frozen=True)
class ZoneRef:
    diagram: Diagram
    area: Area
    side: Side | None = None

    @property
    def zone_id(self) -> str:
        """`cheeks-left`, `forehead`: the element's id in the diagram without `zone-`."""
        return self.area.value if self.side is None else f"{self.area.value}-{self.side.value}"


def _zones(
    diagram: Diagram, areas: Iterable[Area], sides: tuple[Side, ...] = (Side.RIGHT, Side.LEFT)
) -> tuple[ZoneRef, ...]:
    return tuple(
        ZoneRef(diagram, area, side)
        for area in areas
        for side in (sides if area in SIDED_AREAS else (None,))
    )


_FACE = (Area.FOREHEAD, Area.PERIORBITAL, Area.CHEEKS, Area.PERIORAL, Area.JAWLINE)

DIAGRAM_ZONES: Mapping[Diagram, tuple[ZoneRef, ...]] = MappingProxyType(
    {
        Diagram.FACE_FRONT: _zones(Diagram.FACE_FRONT, _FACE),
        Diagram.FACE_LEFT: _zones(Diagram.FACE_LEFT, _FACE, (Side.LEFT,)),
        Diagram.FACE_RIGHT: _zones(Diagram.FACE_RIGHT, _FACE, (Side.RIGHT,)),
        Diagram.NECK_DECOLLETAGE: _zones(Diagram.NECK_DECOLLETAGE, (Area.NECK, Area.DECOLLETAGE)),
        Diagram.BODY_FRONT: _zones(
            Diagram.BODY_FRONT,
            (Area.ARMS, Area.HANDS, Area.ABDOMEN, Area.FLANKS, Area.THIGHS, Area.KNEES),
        ),
        Diagram.BODY_BACK: _zones(
            Diagram.BODY_BACK,
            (
                Area.BACK,
                Area.FLANKS,
                Area.BUTTOCKS,
                Area.ARMS,
                Area.HANDS,
                Area.THIGHS,
                Area.KNEES,
            ),
        ),
        Diagram.SCALP: _zones(Diagram.SCALP, (Area.SCALP,)),
    }
)


def zone_from_id(diagram: Diagram, zone_id: str) -> ZoneRef:
    """The zone `zone_id` (as `ZoneRef.zone_id` spells it) of `diagram`; ValueError if none."""
    for zone in DIAGRAM_ZONES[diagram]:
        if zone.zone_id == zone_id:
            return zone
    known = ", ".join(zone.zone_id for zone in DIAGRAM_ZONES[diagram])
    raise ValueError(f"diagram {diagram.value} has no zone {zone_id!r}; its zones are {known}")
