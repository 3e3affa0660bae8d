"""The demo clinic's charts: zones of each line's area, injection points inside their zone's
shape and spread over it, amounts a clinician uses, volumes their sums, and courses that
repeat their map with small changes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache
from itertools import pairwise

from mesolog.diagrams import hits
from mesolog.domain.charts import points_volume_ml, zone_fits_area
from mesolog.domain.diagram_ids import Side
from mesolog.domain.enums import Area
from mesolog.domain.records import NeedleTechnique, PenTechnique, SessionInput, TreatmentLine
from mesolog.services.demo_charts import BODY_AREAS
from mesolog.services.demo_data import DemoPatient, demo_clinic

TODAY = dt.date(2026, 5, 20)
UNCHARTED = {Area.SCAR_SITE, Area.OTHER}
OTHER_SIDE = {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}


@cache
def patients() -> tuple[DemoPatient, ...]:
    return demo_clinic(today=TODAY)[1]


def lines() -> list[TreatmentLine]:
    return [line for p in patients() for _, entry in p.sessions for line in entry.treatments]


def test_every_line_with_a_diagram_marks_zones_of_its_area() -> None:
    sides: Counter[int] = Counter()
    for line in lines():
        if line.area in UNCHARTED:
            assert line.zones == () and line.points == ()
            continue
        assert line.zones
        assert all(zone_fits_area(zone, line.area) for zone in line.zones)
        assert len(set(line.zones)) == len(line.zones)
        if any(zone.side is not None for zone in line.zones) and line.area != Area.FULL_FACE:
            sides[len(line.zones)] += 1
    assert sides[2] > 3 * sides[1] > 0  # mostly both sides, sometimes one


def test_needle_lines_have_points_inside_their_zones_and_pen_lines_none() -> None:
    charted = [line for line in lines() if line.zones]
    assert {type(line.technique) for line in charted} == {NeedleTechnique, PenTechnique}
    for line in charted:
        if isinstance(line.technique, PenTechnique):
            assert line.points == ()
            continue
        assert line.points
        for point in line.points:
            assert point.zone in line.zones
            assert hits.contains(point.zone, point.x, point.y)
            assert 0 <= point.product < len(line.products)
        for zone in line.zones:
            inside = [(p.x, p.y) for p in line.points if p.zone == zone]
            assert len(set(inside)) == len(inside)  # spread, none on top of another
            assert hits.centroid(zone) not in inside


def test_amounts_are_realistic_and_volumes_are_their_sums() -> None:
    for line in lines():
        if not line.points:
            continue
        low, high = (0.5, 1.0) if line.area in BODY_AREAS else (0.02, 0.2)
        assert all(low <= p.amount_ml <= high for p in line.points)
        for index, product in enumerate(line.products):
            assert product.volume_ml == points_volume_ml(line.points, index)
            assert 0.5 <= product.volume_ml <= 5.0


def test_symmetric_lines_mirror_their_points() -> None:
    mirrored = 0
    for line in lines():
        places = {(p.zone.area, p.zone.side, p.x, p.y) for p in line.points}
        for area, side, x, y in places:
            if side is not None and (area, OTHER_SIDE[side], round(1 - x, 4), y) in places:
                mirrored += 1
    assert mirrored > 100


def course_runs() -> list[list[SessionInput]]:
    runs: list[list[SessionInput]] = []
    for demo in patients():
        for index in range(len(demo.courses)):
            runs.append([entry for at, entry in demo.sessions if at == index])
    return runs


def maps(entry: SessionInput) -> list[tuple[object, ...]]:
    return [(line.zones, line.points) for line in entry.treatments]


def test_a_course_mostly_repeats_its_map_with_small_changes() -> None:
    same = changed = 0
    for run in course_runs():
        for before, after in pairwise(run):
            old, new = maps(before), maps(after)
            assert [zones for zones, _ in old] == [zones for zones, _ in new]
            if old == new:
                same += 1
                continue
            changed += 1
            for (_, old_points), (_, new_points) in zip(old, new, strict=True):
                assert abs(len(old_points) - len(new_points)) <= 1
                assert len(set(old_points) & set(new_points)) >= len(old_points) - 3
    assert same > changed > 0.2 * (same + changed)


def test_a_clinic_of_another_day_has_the_same_charts() -> None:
    other = demo_clinic(today=dt.date(2025, 1, 5))[1]
    assert [maps(e) for p in other for _, e in p.sessions] == [
        maps(e) for p in patients() for _, e in p.sessions
    ]
