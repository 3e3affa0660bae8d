"""A treatment line's chart (issue 12): the zones it covered and its injection points are
stored with the line, read back as written, signed and amended with the session, and
validated before anything is written (points inside their zone by its shape, amounts within
limits, each point tied to a product of its line whose volume they add up to)."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from sqlalchemy import text

from mesolog.diagrams.hits import centroid, contains
from mesolog.diagrams.loading import drawing
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, Solution
from mesolog.domain.errors import DatabaseError, ValidationError
from mesolog.domain.records import ProductUse, SessionInput, TreatmentLine
from mesolog.domain.session_changes import session_changes
from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker

LEFT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
RIGHT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.RIGHT)
HA = ProductUse(Solution.HYALURONIC_ACID, 0.3, "HydraBoost 1.5%")
VITAMINS = ProductUse(Solution.VITAMINS, 0.05, "NCTF 135")


def point(zone: ZoneRef, product: int, amount: float, dx: float = 0.0) -> ChartPoint:
    x, y = centroid(zone)
    return ChartPoint(zone, x + dx, y, product, amount)


def charted(**overrides: object) -> TreatmentLine:
    line = replace(
        Maker.needle_line(Area.CHEEKS, products=(HA, VITAMINS)),
        zones=(LEFT, RIGHT),
        points=(
            point(LEFT, 0, 0.1),
            point(LEFT, 0, 0.05, dx=0.01),
            point(RIGHT, 0, 0.15),
            point(RIGHT, 1, 0.05),
        ),
    )
    return replace(line, **overrides)  # type: ignore[arg-type]


def entry(line: TreatmentLine) -> SessionInput:
    return Maker.entry(treatments=(line,))


def rows(clinic: Clinic) -> tuple[int, int, int]:
    with clinic.context.db.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("sessions", "treatment_lines", "audit_log")
        )


def test_a_chart_is_stored_signed_and_read_back_as_written(clinic: Clinic) -> None:
    patient = Maker(clinic).patient()
    draft = clinic.sessions.create_draft(patient.id, entry(charted()))
    signed = clinic.sessions.sign(draft.id)
    assert signed.entry.treatments == (charted(),)
    assert clinic.sessions.get(signed.id).entry.treatments[0].points[3].product == 1
    assert clinic.audit.verify().intact


def test_a_full_face_line_marks_any_zone_of_the_face(clinic: Clinic) -> None:
    patient = Maker(clinic).patient()
    forehead = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)
    line = charted(
        area=Area.FULL_FACE,
        zones=(forehead, LEFT),
        points=(point(forehead, 0, 0.3),),
        products=(HA,),
    )
    assert clinic.sessions.create_draft(patient.id, entry(line)).entry.treatments == (line,)


def outside_but_in_its_box(zone: ZoneRef) -> tuple[float, float]:
    """A point within the zone's bounding box that its shape leaves out."""
    (left, top, right, bottom) = drawing(zone.diagram).zones[zone].box
    for i in range(1, 40):
        for j in range(1, 40):
            x, y = left + (right - left) * i / 40, top + (bottom - top) * j / 40
            if not contains(zone, x, y):
                return x, y
    raise AssertionError("the zone fills its box")


@pytest.mark.parametrize(
    ("change", "path", "allowed"),
    [
        (
            lambda line: replace(line, zones=(*line.zones, ZoneRef(Diagram.BODY_BACK, Area.BACK))),
            "treatments[0].zones[2]",
            "a zone of the line's area (cheeks)",
        ),
        (
            lambda line: replace(line, zones=(*line.zones, ZoneRef(Diagram.SCALP, Area.CHEEKS))),
            "treatments[0].zones[2]",
            "a zone of the scalp diagram",
        ),
        (
            lambda line: replace(line, zones=(LEFT, RIGHT, LEFT)),
            "treatments[0].zones[2]",
            "each zone once",
        ),
        (
            lambda line: replace(
                line, points=(ChartPoint(LEFT, *outside_but_in_its_box(LEFT), 0, 0.3),)
            ),
            "treatments[0].points[0].x",
            "a place inside the zone face_front/cheeks-left",
        ),
        (
            lambda line: replace(line, points=(point(LEFT, 2, 0.3),)),
            "treatments[0].points[0].product",
            "the position of one of the line's 2 products (from 0)",
        ),
        (
            lambda line: replace(line, points=(point(LEFT, 0, 0.0), point(LEFT, 0, 0.3))),
            "treatments[0].points[0].amount_ml",
            "more than 0 and at most 5 ml",
        ),
        (
            lambda line: replace(line, points=(point(LEFT, 0, 0.1234), point(LEFT, 0, 0.1766))),
            "treatments[0].points[0].amount_ml",
            "at most 3 decimal places",
        ),
        (
            lambda line: replace(line, products=(replace(HA, volume_ml=0.5), VITAMINS)),
            "treatments[0].products[0].volume_ml",
            "the sum of the product's injection points (0.3 ml)",
        ),
        (
            lambda line: replace(line, zones=(LEFT,)),
            "treatments[0].points[2].zone",
            "one of the zones the line marks",
        ),
    ],
)
def test_a_chart_that_breaks_a_rule_is_refused_and_nothing_is_written(
    clinic: Clinic, change, path: str, allowed: str
) -> None:
    patient = Maker(clinic).patient()
    before = rows(clinic)
    with pytest.raises(ValidationError) as refused:
        clinic.sessions.create_draft(patient.id, entry(change(charted())))
    assert (path, allowed) in [(v.path, str(v.allowed)) for v in refused.value.violations]
    assert rows(clinic) == before


def test_an_amendment_that_moves_a_point_says_so(clinic: Clinic) -> None:
    patient = Maker(clinic).patient()
    signed = clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry(charted())).id)
    moved = charted(points=(*charted().points[:3], point(RIGHT, 1, 0.05, dx=0.005)))
    amended = clinic.sessions.amend(signed.id, entry(moved), reason="point was misplaced")
    (change,) = session_changes(signed.entry, amended.entry)
    assert change.path == ("treatments", 0, "points", 3, "x")
    assert clinic.sessions.get(signed.id).entry == signed.entry
    assert clinic.audit.verify().intact


def test_a_signed_lines_chart_cannot_be_changed_behind_mesologs_back(clinic: Clinic) -> None:
    patient = Maker(clinic).patient()
    clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry(charted())).id)
    with (
        pytest.raises(Exception, match="signed session is locked"),
        clinic.context.db.engine.begin() as connection,
    ):
        connection.execute(text("UPDATE treatment_lines SET chart = ''"))
    assert clinic.audit.verify().intact


@pytest.mark.parametrize("amounts", [(math.inf, -math.inf), (1e308, 1e308), (math.nan, 0.1)])
def test_amounts_that_add_up_to_no_number_are_refused_not_raised(
    clinic: Clinic, amounts: tuple[float, float]
) -> None:
    patient = Maker(clinic).patient()
    line = charted(points=(point(LEFT, 0, amounts[0]), point(LEFT, 0, amounts[1], dx=0.01)))
    with pytest.raises(ValidationError) as refused:
        clinic.sessions.create_draft(patient.id, entry(line))
    assert "treatments[0].points[0].amount_ml" in [v.path for v in refused.value.violations]


@pytest.mark.parametrize(
    "chart",
    [
        "{",
        '{"zones": [{"diagram": "foot", "area": "cheeks", "side": "left"}], "points": []}',
        '{"zones": [], "points": [{"diagram": "face_front", "area": "cheeks", "side": "left",'
        ' "x": NaN, "y": 0.5, "product": 0, "amount_ml": 0.1}]}',
        '{"zones": [], "points": [{"diagram": "face_front", "area": "cheeks", "side": "left",'
        ' "x": 0.5, "y": 0.5, "product": 0, "amount_ml": 1e999}]}',
        '{"zones": []}',
        "[1, 2]",
    ],
)
def test_a_chart_changed_behind_mesologs_back_is_named_not_crashed_on(
    clinic: Clinic, chart: str
) -> None:
    patient = Maker(clinic).patient()
    draft = clinic.sessions.create_draft(patient.id, entry(charted()))
    with clinic.context.db.engine.begin() as connection:
        connection.execute(text("UPDATE treatment_lines SET chart = :c"), {"c": chart})
    with pytest.raises(DatabaseError, match="is not as mesolog writes charts") as refused:
        clinic.sessions.get(draft.id)
    assert "cheeks" not in str(refused.value)
    assert not clinic.audit.verify().intact
