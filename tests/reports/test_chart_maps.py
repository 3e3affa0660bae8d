"""Which charts a summary draws: sessions of one map drawn once with per-session labels,
points at one place sharing a marker, a crowded group cut into runs, zones shaded by
technique and depth, and labels set where they overlap nothing, inside the figure."""

from __future__ import annotations

import dataclasses
import uuid

from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram
from mesolog.domain.enums import Area
from mesolog.domain.ids import PatientId
from mesolog.domain.records import NeedleTechnique, PenTechnique, Session, TreatmentLine
from mesolog.reports.chart_figure import place_labels
from mesolog.reports.chart_maps import MAX_LABEL, MAX_PLACES, NumberedSession, chart_groups
from mesolog.reports.chart_shading import MIXED, legend, technique_shade, zone_shades
from tests.reports.chart_samples import (
    CHEEK_LEFT,
    FOREHEAD,
    all_drawings,
    face_session,
    points_in,
)

PATIENT = PatientId(uuid.uuid4())
SIZES = {d: (x.width, x.height) for d, x in all_drawings().items()}


def _numbered(*sessions: Session) -> list[NumberedSession]:
    return [NumberedSession(n, s) for n, s in enumerate(sessions, 1)]


def _moved_first_point(session: Session) -> Session:
    """The session with its first point moved elsewhere in the same zone."""
    line = session.entry.treatments[0]
    first = line.points[0]
    x, y = points_in(first.zone, 12)[-1]
    points = (dataclasses.replace(first, x=x, y=y), *line.points[1:])
    lines = (dataclasses.replace(line, points=points), *session.entry.treatments[1:])
    return dataclasses.replace(session, entry=dataclasses.replace(session.entry, treatments=lines))


def test_sessions_of_one_map_are_drawn_once_and_a_point_only_some_had_names_them() -> None:
    same = [face_session(14 * k, patient=PATIENT) for k in range(3)]
    same[1] = _moved_first_point(same[1])
    other = face_session(60, patient=PATIENT, neck=True)
    groups = chart_groups(_numbered(*same, other), SIZES)

    assert [[n.number for n in g.sessions] for g in groups] == [[1, 2, 3], [4]]
    merged, alone = groups
    assert merged.diagrams == (Diagram.FACE_FRONT,)
    assert alone.diagrams == (Diagram.FACE_FRONT, Diagram.NECK_DECOLLETAGE)
    labels = sorted(m.label for m in merged.markers[Diagram.FACE_FRONT])
    # Point 1 is where sessions 1 and 3 put it, and elsewhere in session 2; the other
    # eight are where all three put them.
    assert labels == sorted(["S1,S3·1", "S2·1", *(str(n) for n in range(2, 10))])
    # The rows name the points as the markers do.
    assert [r.label for r in merged.rows] == ["S1,S3·1", *(str(n) for n in range(2, 10)), "S2·1"]
    assert [m.label for m in alone.markers[Diagram.FACE_FRONT]] == [str(n) for n in range(1, 10)]
    assert [m.label for m in alone.markers[Diagram.NECK_DECOLLETAGE]] == ["10", "11", "12"]


def test_a_changed_technique_or_zone_is_another_map() -> None:
    needle = face_session(0, patient=PATIENT)
    pen = face_session(14, patient=PATIENT, pen=True)
    neck = face_session(28, patient=PATIENT, neck=True)
    groups = chart_groups(_numbered(needle, pen, neck, needle), SIZES)
    assert [[n.number for n in g.sessions] for g in groups] == [[1, 4], [2], [3]]


def test_a_crowded_group_is_cut_into_runs_of_sessions_in_order() -> None:
    # 9 places a session, each session's moved by a turn of the spiral: never shared.
    sessions = [face_session(14 * k, patient=PATIENT, turn=k * 0.9) for k in range(12)]
    groups = chart_groups(_numbered(*sessions), SIZES)
    runs = [[n.number for n in g.sessions] for g in groups]
    assert [n for run in runs for n in run] == list(range(1, 13))
    assert len(runs) > 1
    for group in groups:
        assert len(group.markers[Diagram.FACE_FRONT]) <= MAX_PLACES
        assert all(len(m.label) <= MAX_LABEL for m in group.markers[Diagram.FACE_FRONT])


def test_a_group_is_cut_before_its_labels_grow_long() -> None:
    # Two placements taking turns: each place is shared by every other session.
    sessions = [face_session(14 * k, patient=PATIENT, turn=(k % 2) * 0.9) for k in range(12)]
    groups = chart_groups(_numbered(*sessions), SIZES)
    assert len(groups) > 1
    labels = [m.label for g in groups for m in g.markers[Diagram.FACE_FRONT]]
    assert all(len(label) <= MAX_LABEL for label in labels)
    # S1,S3,S5,S7·2 is as long as a label may grow: session 9 starts the next figure.
    assert [n.number for n in groups[0].sessions] == list(range(1, 9))
    assert "S1,S3,S5,S7·2" in labels


def test_zones_are_shaded_by_technique_and_depth_band() -> None:
    shallow_pen = technique_shade(PenTechnique(depth_mm=0.5, penetrations_per_second=90))
    deep_needle = technique_shade(NeedleTechnique(depth_mm=2.5))
    assert shallow_pen.label == "Pen, up to 1 mm deep"
    assert deep_needle.label == "Needle, over 2 mm deep"
    assert (
        technique_shade(NeedleTechnique(depth_mm=2.0)).label == "Needle, over 1 and up to 2 mm deep"
    )
    assert technique_shade(NeedleTechnique(depth_mm=1.0)).key == "needle-1"
    lines = (
        TreatmentLine(Area.FOREHEAD, NeedleTechnique(depth_mm=2.5), zones=(FOREHEAD,)),
        TreatmentLine(
            Area.FULL_FACE,
            PenTechnique(depth_mm=0.5, penetrations_per_second=90),
            zones=(FOREHEAD, CHEEK_LEFT),
        ),
    )
    shades = zone_shades(lines)
    assert shades == {FOREHEAD: MIXED, CHEEK_LEFT: shallow_pen}
    assert legend([MIXED, shallow_pen, deep_needle, shallow_pen]) == (
        deep_needle,
        shallow_pen,
        MIXED,
    )


def test_points_at_one_place_in_one_session_share_a_marker() -> None:
    session = face_session(0, patient=PATIENT)
    line = session.entry.treatments[0]
    twin = dataclasses.replace(line.points[0], product=1)
    doubled = dataclasses.replace(line, points=(line.points[0], twin, *line.points[1:]))
    session = dataclasses.replace(
        session, entry=dataclasses.replace(session.entry, treatments=(doubled,))
    )
    [group] = chart_groups(_numbered(session), SIZES)
    assert group.markers[Diagram.FACE_FRONT][0].label == "1, 2"
    assert [r.label for r in group.rows][:3] == ["1", "2", "3"]


def test_labels_sit_apart_inside_the_figure() -> None:
    dots = [(10.0 + 3 * (i % 4), 10.0 + 3 * (i // 4)) for i in range(12)]
    widths = [14.0] * len(dots)
    bounds = (0.0, 0.0, 120.0, 80.0)
    boxes = [box for box, _ in place_labels(dots, widths, bounds)]
    for box in boxes:
        assert bounds[0] <= box[0] < box[2] <= bounds[2]
        assert bounds[1] <= box[1] < box[3] <= bounds[3]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert min(a[2], b[2]) <= max(a[0], b[0]) or min(a[3], b[3]) <= max(a[1], b[1])


def test_a_point_amount_needs_its_product() -> None:
    point = ChartPoint(FOREHEAD, 0.5, 0.2, 0, 0.1)
    line = TreatmentLine(
        Area.FOREHEAD, NeedleTechnique(depth_mm=1.5), (), zones=(FOREHEAD,), points=(point,)
    )
    session = face_session(0, patient=PATIENT)
    session = dataclasses.replace(
        session, entry=dataclasses.replace(session.entry, treatments=(line,))
    )
    [group] = chart_groups(_numbered(session), SIZES)
    assert group.rows[0].product is None
