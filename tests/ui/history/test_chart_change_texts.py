"""An amendment's changes to a chart in words a clinician reads: a point moved (once, not
its x and its y), its amount or product changed, a zone or a point added or removed;
points numbered as the session numbers them, its lines one after the other."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from mesolog.diagrams.hits import centroid
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, NeedleMethod, Solution
from mesolog.domain.records import NeedleTechnique, ProductUse, SessionInput, TreatmentLine
from mesolog.ui.history._change_texts import ChangeTexts
from mesolog.ui.history._history_rows import RowTexts
from tests.locale_support import decimal

ATHENS = dt.timezone(dt.timedelta(hours=2))
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
LEFT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
RIGHT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.RIGHT)
PROFILE_LEFT = ZoneRef(Diagram.FACE_LEFT, Area.CHEEKS, Side.LEFT)
FOREHEAD = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)
HYDRA = ProductUse(Solution.HYALURONIC_ACID, 0.3, "HydraBoost", "1.5%")
VITA = ProductUse(Solution.VITAMINS, 0.05)


def point(zone: ZoneRef, amount: float, product: int = 0, dx: float = 0.0) -> ChartPoint:
    x, y = centroid(zone)
    return ChartPoint(zone, x + dx, y, product, amount)


CHEEKS = TreatmentLine(
    Area.CHEEKS,
    NEEDLE,
    (HYDRA, VITA),
    zones=(LEFT, RIGHT),
    points=(
        point(LEFT, 0.1),
        point(LEFT, 0.05, dx=0.01),
        point(RIGHT, 0.15),
        point(RIGHT, 0.05, 1),
    ),
)
BEFORE = SessionInput(
    dt.datetime(2026, 3, 3, 10, 0, tzinfo=ATHENS), "Dr Eleni Vasileiou", (CHEEKS,)
)


@pytest.fixture
def words() -> ChangeTexts:
    return ChangeTexts(RowTexts())


def said(words: ChangeTexts, after: SessionInput, before: SessionInput = BEFORE) -> list[str]:
    return [t.short.replace("\u00a0", " ") for t in words.texts(before, after, {})]


def cheeks(**changes: object) -> SessionInput:
    return replace(BEFORE, treatments=(replace(CHEEKS, **changes),))  # type: ignore[arg-type]


def test_a_point_moved_is_said_once(words: ChangeTexts) -> None:
    moved = (*CHEEKS.points[:2], point(RIGHT, 0.15, dx=0.012), CHEEKS.points[3])
    assert said(words, cheeks(points=moved)) == ["point 3 moved"]


def test_a_points_amount_and_product(words: ChangeTexts) -> None:
    points = (CHEEKS.points[0], replace(CHEEKS.points[1], amount_ml=0.1), *CHEEKS.points[2:])
    assert said(words, cheeks(points=points, products=(replace(HYDRA, volume_ml=0.35), VITA))) == [
        f"volume of HydraBoost 1.5%: {decimal('0.3')} ml → {decimal('0.35')} ml",
        f"point 2: amount {decimal('0.05')} ml → {decimal('0.1')} ml",
    ]
    points = (*CHEEKS.points[:2], replace(CHEEKS.points[2], product=1), CHEEKS.points[3])
    volumes = (replace(HYDRA, volume_ml=0.15), replace(VITA, volume_ml=0.2))
    assert said(words, cheeks(points=points, products=volumes))[-1] == (
        "point 3: product HydraBoost 1.5% → Vitamins"
    )


def test_zones_and_points_added_and_removed(words: ChangeTexts) -> None:
    left_only = cheeks(
        zones=(LEFT,), points=CHEEKS.points[:2], products=(replace(HYDRA, volume_ml=0.15),)
    )
    assert said(words, BEFORE, left_only) == [
        f"volume of HydraBoost 1.5%: {decimal('0.15')} ml → {decimal('0.3')} ml",
        "product added: Vitamins · 0.05 ml".replace("0.05", decimal("0.05")),
        "zone added: Cheeks, right",
        f"point 3 added: Cheeks, right · {decimal('0.15')} ml of HydraBoost 1.5%",
        f"point 4 added: Cheeks, right · {decimal('0.05')} ml of Vitamins",
    ]
    assert said(words, left_only)[2:] == [
        "zone removed: Cheeks, right",
        f"point 3 removed: Cheeks, right · {decimal('0.15')} ml of HydraBoost 1.5%",
        f"point 4 removed: Cheeks, right · {decimal('0.05')} ml of Vitamins",
    ]


def test_points_are_numbered_across_the_sessions_lines(words: ChangeTexts) -> None:
    forehead = TreatmentLine(
        Area.FOREHEAD,
        NEEDLE,
        (replace(HYDRA, volume_ml=0.2),),
        zones=(FOREHEAD,),
        points=(point(FOREHEAD, 0.1), point(FOREHEAD, 0.1, dx=0.02)),
    )
    before = replace(BEFORE, treatments=(forehead, CHEEKS))
    moved = replace(CHEEKS, points=(point(LEFT, 0.1, dx=-0.01), *CHEEKS.points[1:]))
    assert said(words, replace(before, treatments=(forehead, moved)), before) == [
        "point 3 moved (Cheeks)"
    ]


def test_a_zone_names_its_diagram_when_the_session_uses_several(words: ChangeTexts) -> None:
    profile = replace(CHEEKS, zones=(LEFT, RIGHT, PROFILE_LEFT))
    assert said(words, cheeks(zones=profile.zones)) == [
        "zone added: Cheeks, left (Face, left profile)"
    ]
