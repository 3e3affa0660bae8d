"""The table of diagrams and zones (mesolog.domain.diagram_ids): every area a zone, sides where
the body has them, ids spelled as the files spell them."""

from __future__ import annotations

import pytest

from mesolog.domain.diagram_ids import (
    DIAGRAM_ZONES,
    SIDED_AREAS,
    Diagram,
    Side,
    ZoneRef,
    zone_from_id,
)
from mesolog.domain.enums import Area

UNDRAWN = {Area.FULL_FACE, Area.SCAR_SITE, Area.OTHER}
FRONT_VIEWS = (Diagram.FACE_FRONT, Diagram.BODY_FRONT, Diagram.BODY_BACK)


def test_zone_ids_spell_area_and_side() -> None:
    assert ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT).zone_id == "cheeks-left"
    assert ZoneRef(Diagram.BODY_BACK, Area.KNEES, Side.RIGHT).zone_id == "knees-right"
    assert ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD).zone_id == "forehead"


def test_every_area_of_the_schema_but_three_has_a_zone() -> None:
    drawn = {zone.area for zones in DIAGRAM_ZONES.values() for zone in zones}
    assert drawn == set(Area) - UNDRAWN
    assert len(drawn) == 16


def test_the_table_covers_every_diagram_and_files_zones_under_their_own() -> None:
    assert set(DIAGRAM_ZONES) == set(Diagram)
    for diagram, zones in DIAGRAM_ZONES.items():
        assert zones and all(zone.diagram == diagram for zone in zones)
        assert len(set(zones)) == len(zones)


def test_sides_exactly_where_the_body_has_sides() -> None:
    assert {a.value for a in SIDED_AREAS} == {
        "periorbital", "cheeks", "jawline", "hands", "arms", "flanks", "buttocks", "thighs",
        "knees",
    }  # fmt: skip
    for zones in DIAGRAM_ZONES.values():
        for zone in zones:
            assert (zone.side is not None) == (zone.area in SIDED_AREAS), zone


@pytest.mark.parametrize("diagram", FRONT_VIEWS)
def test_a_view_from_front_or_back_has_both_sides_of_each_sided_area(diagram: Diagram) -> None:
    zones = DIAGRAM_ZONES[diagram]
    for area in {zone.area for zone in zones} & SIDED_AREAS:
        assert {zone.side for zone in zones if zone.area == area} == {Side.LEFT, Side.RIGHT}


@pytest.mark.parametrize(
    ("diagram", "side"), [(Diagram.FACE_LEFT, Side.LEFT), (Diagram.FACE_RIGHT, Side.RIGHT)]
)
def test_a_profile_shows_its_own_side_only(diagram: Diagram, side: Side) -> None:
    zones = DIAGRAM_ZONES[diagram]
    assert {zone.side for zone in zones} == {side, None}
    assert {zone.area for zone in zones} == {
        Area.FOREHEAD, Area.PERIORBITAL, Area.CHEEKS, Area.PERIORAL, Area.JAWLINE,
    }  # fmt: skip


def test_the_face_areas_are_all_on_the_front_of_the_face() -> None:
    areas = {zone.area for zone in DIAGRAM_ZONES[Diagram.FACE_FRONT]}
    assert areas == {Area.FOREHEAD, Area.PERIORBITAL, Area.CHEEKS, Area.PERIORAL, Area.JAWLINE}


def test_a_zone_is_found_by_its_id_and_an_unknown_id_is_refused() -> None:
    for diagram, zones in DIAGRAM_ZONES.items():
        for zone in zones:
            assert zone_from_id(diagram, zone.zone_id) == zone
    with pytest.raises(ValueError, match="face_left has no zone 'cheeks-right'"):
        zone_from_id(Diagram.FACE_LEFT, "cheeks-right")
    with pytest.raises(ValueError, match="scalp has no zone 'forehead'"):
        zone_from_id(Diagram.SCALP, "forehead")
