"""Where a patient was treated (issue 12): each session's chart by diagram with its points
numbered across lines, a course's cumulative map counting only signed, current sessions and
summing each zone's points, volume without points given apart, and the zone filter."""

from __future__ import annotations

from dataclasses import replace

from mesolog.diagrams.hits import centroid
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, Solution
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import ProductUse, Session, TreatmentLine
from mesolog.services.chart_maps import (
    CourseMap,
    UnplacedVolume,
    ZoneChoice,
    ZoneTally,
    marks,
    zone_choices,
)
from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker

FRONT = Diagram.FACE_FRONT
CHEEK_LEFT = ZoneRef(FRONT, Area.CHEEKS, Side.LEFT)
CHEEK_RIGHT = ZoneRef(FRONT, Area.CHEEKS, Side.RIGHT)
PROFILE_CHEEK_LEFT = ZoneRef(Diagram.FACE_LEFT, Area.CHEEKS, Side.LEFT)
FOREHEAD = ZoneRef(FRONT, Area.FOREHEAD)
NECK = ZoneRef(Diagram.NECK_DECOLLETAGE, Area.NECK)


def point(zone: ZoneRef, amount: float, product: int = 0) -> ChartPoint:
    x, y = centroid(zone)
    return ChartPoint(zone, x, y, product, amount)


def charted(
    area: Area, zones: tuple[ZoneRef, ...], points: tuple[ChartPoint, ...], *extra: float
) -> TreatmentLine:
    """A needle line whose first product's volume is the sum of its points; `extra` are
    the volumes of further products used without points."""
    first = ProductUse(
        Solution.HYALURONIC_ACID, round(sum(p.amount_ml for p in points), 3) or 1.0, "Hydra"
    )
    others = tuple(ProductUse(Solution.VITAMINS, volume, "Vita") for volume in extra)
    return replace(Maker.needle_line(area, products=(first, *others)), zones=zones, points=points)


def cheeks(*amounts: float) -> TreatmentLine:
    left = tuple(point(CHEEK_LEFT, a) for a in amounts)
    return charted(Area.CHEEKS, (CHEEK_LEFT, CHEEK_RIGHT), (*left, point(CHEEK_RIGHT, 0.2)))


def signed(
    make: Maker, patient: PatientId, course: CourseId, day: int, *lines: TreatmentLine
) -> Session:
    draft = make.draft(patient, course_id=course, performed_at=make.at(2, day), treatments=lines)
    return make.clinic.sessions.sign(draft.id)


def the_map(clinic: Clinic, patient: PatientId) -> CourseMap:
    (course,) = clinic.history.patient_history(patient).courses
    return course.map


def test_the_map_counts_signed_current_sessions_and_sums_each_zones_points(
    clinic: Clinic,
) -> None:
    make = Maker(clinic)
    patient = make.patient().id
    course = make.course(patient).id
    signed(make, patient, course, 10, cheeks(0.1, 0.05))
    signed(make, patient, course, 12, cheeks(0.3))
    make.draft(patient, course_id=course, treatments=(cheeks(2.0),))  # a draft: not yet
    voided = signed(make, patient, course, 14, cheeks(1.0))
    clinic.sessions.void(voided.id, reason="wrong patient")
    corrected = signed(make, patient, course, 16, cheeks(4.0))
    clinic.sessions.amend(
        corrected.id,
        replace(corrected.entry, treatments=(charted(Area.FOREHEAD, (FOREHEAD,), ()),)),
        reason="it was the forehead",
    )

    found = the_map(clinic, patient)

    assert (found.sessions, found.charted, found.most_sessions) == (3, 3, 2)
    ((front, zones),) = ((d.diagram, d.zones) for d in found.diagrams)
    assert front is FRONT
    assert zones == (
        ZoneTally(FOREHEAD, 1, None),  # marked without points: treated, no volume placed
        ZoneTally(CHEEK_RIGHT, 2, 0.4),
        ZoneTally(CHEEK_LEFT, 2, 0.45),
    )
    # the forehead line's product had no points: its 1 ml is not placed on the zone
    assert found.unplaced == (UnplacedVolume(Area.FOREHEAD, 1.0, 1),)


def test_volume_without_points_is_given_by_area_and_a_session_moved_away_leaves_the_map(
    clinic: Clinic,
) -> None:
    make = Maker(clinic)
    patient = make.patient().id
    course = make.course(patient).id
    line = charted(Area.CHEEKS, (CHEEK_LEFT,), (point(CHEEK_LEFT, 0.25),), 0.5, 0.75)
    signed(make, patient, course, 10, line, Maker.needle_line(Area.NECK, products=(HA_2ML,)))
    moved = signed(make, patient, course, 12, cheeks(0.1))
    clinic.sessions.amend(moved.id, replace(moved.entry, course_id=None), reason="not the course")

    found = the_map(clinic, patient)

    assert (found.sessions, found.charted) == (1, 1)
    assert [d.zones for d in found.diagrams] == [(ZoneTally(CHEEK_LEFT, 1, 0.25),)]
    assert found.unplaced == (
        UnplacedVolume(Area.CHEEKS, 1.25, 1),
        UnplacedVolume(Area.NECK, 2.0, 1),
    )


HA_2ML = ProductUse(Solution.HYALURONIC_ACID, 2.0, "Hydra")


def test_each_diagram_has_its_own_zones_and_sums_are_exact_to_the_thousandth(
    clinic: Clinic,
) -> None:
    make = Maker(clinic)
    patient = make.patient().id
    course = make.course(patient).id
    for day in (10, 11, 12):
        signed(
            make,
            patient,
            course,
            day,
            charted(Area.CHEEKS, (PROFILE_CHEEK_LEFT,), (point(PROFILE_CHEEK_LEFT, 0.1),) * 3),
            charted(Area.NECK, (NECK,), (point(NECK, 0.333),)),
        )

    found = the_map(clinic, patient)

    assert [(d.diagram, d.zones) for d in found.diagrams] == [
        (Diagram.FACE_LEFT, (ZoneTally(PROFILE_CHEEK_LEFT, 3, 0.9),)),
        (Diagram.NECK_DECOLLETAGE, (ZoneTally(NECK, 3, 0.999),)),
    ]
    assert found.unplaced == ()


def test_a_sessions_chart_numbers_points_across_its_lines_by_diagram(clinic: Clinic) -> None:
    make = Maker(clinic)
    patient = make.patient().id
    neck = charted(Area.NECK, (NECK,), (point(NECK, 0.2), point(NECK, 0.3)))
    session = make.draft(patient, treatments=(cheeks(0.1), neck))

    (front, neck_chart) = clinic.history.patient_history(patient).chart_of(session.id)

    assert (front.diagram, [z.zone for z in front.zones]) == (FRONT, [CHEEK_LEFT, CHEEK_RIGHT])
    assert [(p.number, p.point.zone, p.point.amount_ml) for p in front.points] == [
        (1, CHEEK_LEFT, 0.1),
        (2, CHEEK_RIGHT, 0.2),
    ]
    assert [(p.number, p.point.amount_ml) for p in neck_chart.points] == [(3, 0.2), (4, 0.3)]
    assert neck_chart.points[0].product == neck.products[0]
    assert front.zones[0].techniques == (cheeks(0.1).technique,)


def test_the_zone_filter_offers_the_zones_used_and_keeps_the_sessions_that_marked_them(
    clinic: Clinic,
) -> None:
    make = Maker(clinic)
    patient = make.patient().id
    left_only = charted(Area.CHEEKS, (CHEEK_LEFT,), (point(CHEEK_LEFT, 0.1),))
    profile = charted(Area.CHEEKS, (PROFILE_CHEEK_LEFT,), ())
    sessions = [
        make.draft(patient, treatments=lines)
        for lines in (
            (left_only,),
            (profile,),
            (cheeks(0.1), charted(Area.FOREHEAD, (FOREHEAD,), ())),
            (Maker.needle_line(Area.NECK),),  # no chart
        )
    ]
    entries = [s.entry for s in sessions]

    assert zone_choices(entries) == (
        ZoneChoice(Area.FOREHEAD),
        ZoneChoice(Area.CHEEKS),
        ZoneChoice(Area.CHEEKS, Side.LEFT),
        ZoneChoice(Area.CHEEKS, Side.RIGHT),
    )

    def kept(choice: ZoneChoice) -> list[int]:
        return [i for i, entry in enumerate(entries) if marks(entry, choice)]

    assert kept(ZoneChoice(Area.CHEEKS)) == [0, 1, 2]
    assert kept(ZoneChoice(Area.CHEEKS, Side.LEFT)) == [0, 1, 2]
    assert kept(ZoneChoice(Area.CHEEKS, Side.RIGHT)) == [2]
    assert kept(ZoneChoice(Area.FOREHEAD)) == [2]
    assert kept(ZoneChoice(Area.NECK)) == []


def test_a_zone_two_lines_mark_keeps_both_techniques(clinic: Clinic) -> None:
    make = Maker(clinic)
    patient = make.patient().id
    face = replace(Maker.pen_line(Area.FULL_FACE), zones=(CHEEK_LEFT, FOREHEAD))
    session = make.draft(patient, treatments=(cheeks(0.1), face))

    (front,) = clinic.history.patient_history(patient).chart_of(session.id)

    techniques = {marked.zone: marked.techniques for marked in front.zones}
    assert techniques[CHEEK_LEFT] == (cheeks(0.1).technique, face.technique)
    assert techniques[FOREHEAD] == (face.technique,)
