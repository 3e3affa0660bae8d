"""The entry a kept copy was typed on, written as JSON and read back (ui/sessions/_entry_json):
equal to the one written, float for float and moment for moment, for every kind of field a
session holds (a line's chart zones and points too); a copy kept before lines had charts
reads with none; anything else is refused, never half read."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest

from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import (
    Area,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Solution,
)
from mesolog.domain.ids import CourseId
from mesolog.domain.records import (
    GivenDespite,
    NeedleTechnique,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    TreatmentLine,
)
from mesolog.ui.sessions._entry_json import entry_from_json, entry_json

FOREHEAD = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)

FULL = SessionInput(
    performed_at=dt.datetime(
        2026, 3, 10, 17, 45, 12, 345, tzinfo=dt.timezone(dt.timedelta(hours=2))
    ),
    clinician="Δρ. Νικολάου",
    treatments=(
        TreatmentLine(
            Area.FOREHEAD,
            NeedleTechnique(1.25, 32, 4.0, NeedleMethod.NAPPAGE),
            (
                ProductUse(
                    Solution.HYALURONIC_ACID, 0.1 + 0.2, "HB", "1%", "AB-1", dt.date(2027, 1, 31)
                ),
            ),
            "left side",
            zones=(FOREHEAD,),
            points=(
                ChartPoint(FOREHEAD, 0.1 + 0.2, 1 / 3, 0, 0.125),
                ChartPoint(FOREHEAD, 0.5, 0.2, 0, 0.175),
            ),
        ),
        TreatmentLine(
            Area.CHEEKS,
            NeedleTechnique(2.0),
            zones=(ZoneRef(Diagram.FACE_LEFT, Area.CHEEKS, Side.LEFT),),
        ),
        TreatmentLine(Area.NECK, PenTechnique(0.75, 80, 12, 3)),
        TreatmentLine(Area.NECK, PenTechnique(0.5, 100)),
    ),
    course_id=CourseId(uuid.uuid4()),
    pre_treatment=PreTreatment(3, "EMLA 5%", True),
    reactions=(
        Reaction(
            ReactionKind.BRUISING,
            Severity.MILD,
            Area.NECK,
            Onset.SAME_DAY,
            dt.date(2026, 3, 12),
            "μώλωπας",
        ),
        Reaction(ReactionKind.SWELLING, Severity.SEVERE),
    ),
    improvement_score=0,
    notes="Γραμμή ένα\nline two",
    given_despite=(GivenDespite("nsaid", "Ibuprofen 3 days ago", "urgent"),),
)


@pytest.mark.parametrize(
    "entry",
    [FULL, SessionInput(dt.datetime(2026, 3, 10, 16, 0, tzinfo=dt.UTC), "", ())],
    ids=["every field", "the least"],
)
def test_an_entry_read_back_is_the_one_written(entry: SessionInput) -> None:
    text = json.dumps(entry_json(entry), ensure_ascii=False)
    assert entry_from_json(json.loads(text)) == entry


@pytest.mark.parametrize(
    "broken",
    [
        {"treatments": [{"technique": {"kind": "laser"}}]},
        {"performed_at": "yesterday"},
        {"improvement_score": "7"},
        {"reactions": [{"kind": "not a reaction"}]},
    ],
    ids=["unknown technique", "bad moment", "text for a number", "unknown reaction"],
)
def test_anything_else_is_refused(broken: dict[str, object]) -> None:
    written = entry_json(FULL)
    assert isinstance(written, dict)
    data = {**written}
    for key, value in broken.items():
        if isinstance(value, list) and isinstance(data[key], list):
            first = {**data[key][0], **value[0]}  # type: ignore[index]
            data[key] = [first]
        else:
            data[key] = value
    with pytest.raises((KeyError, TypeError, ValueError)):
        entry_from_json(data)


def test_a_copy_kept_before_charts_reads_its_lines_without_them() -> None:
    written = entry_json(FULL)
    assert isinstance(written, dict) and isinstance(written["treatments"], list)
    for line in written["treatments"]:
        assert isinstance(line, dict)
        del line["zones"], line["points"]
    read = entry_from_json(written)
    assert [(line.zones, line.points) for line in read.treatments] == [((), ())] * 4
    assert [line.products for line in read.treatments] == [
        line.products for line in FULL.treatments
    ]


def test_a_point_with_a_zone_the_diagram_has_not_is_refused() -> None:
    written = entry_json(FULL)
    assert isinstance(written, dict) and isinstance(written["treatments"], list)
    first = written["treatments"][0]
    assert isinstance(first, dict) and isinstance(first["zones"], list)
    zone = first["zones"][0]
    assert isinstance(zone, dict)
    zone["area"] = "tentacles"
    with pytest.raises(ValueError):
        entry_from_json(written)
