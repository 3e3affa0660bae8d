"""A patient with charted sessions and clinical photos, written through the services, for
the history's tests, its benchmark and its screenshots: a course of signed sessions whose
lines mark zones with injection points near their centres (each product's volume the sum
of its points), a forehead line marked without points, and photos made with Pillow
(coloured shapes, not pictures of people), several a session and some the patient's own.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass, replace

from PIL import Image, ImageDraw

from mesolog.diagrams.hits import centroid, contains
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, Indication, NeedleMethod, Solution
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic

ATHENS = dt.timezone(dt.timedelta(hours=2))
CHEEK_LEFT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
CHEEK_RIGHT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.RIGHT)
FOREHEAD = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)
NECK = ZoneRef(Diagram.NECK_DECOLLETAGE, Area.NECK)
VIEWS = (PhotoView.FRONT, PhotoView.LEFT_45, PhotoView.RIGHT_45, PhotoView.LEFT_PROFILE)


@dataclass(frozen=True)
class ChartedStory:
    patient: PatientId
    course: CourseId
    sessions: tuple[SessionId, ...]
    """Oldest first."""
    with_neck: frozenset[SessionId]
    """The sessions whose chart has the neck."""


def near(zone: ZoneRef, turn: int, amount: float, product: int = 0) -> ChartPoint:
    """A point of `zone` a little off its centre (a different place for each `turn`)."""
    x, y = centroid(zone)
    for reach in (0.03, 0.015, 0.0):
        px = x + reach * math.cos(turn * 2.4)
        py = y + reach * math.sin(turn * 2.4)
        if contains(zone, px, py):
            return ChartPoint(zone, px, py, product, amount)
    raise AssertionError("the centroid is in its zone")


def photo_jpeg(seed: int, size: tuple[int, int] = (640, 480)) -> bytes:
    """A JPEG of coloured shapes, its colours from `seed` (each seed another image)."""
    hue = (seed * 47) % 255
    image = Image.new("RGB", size, (200 - hue // 3, 170 + hue // 6, 150 + hue // 4))
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.ellipse(
        (width * 0.3, height * 0.15, width * 0.7, height * 0.85), fill=(hue, 120, 255 - hue)
    )
    draw.rectangle((0, height * 0.8, width, height), fill=(40, 60 + seed % 120, 90))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def charted_lines(index: int) -> tuple[TreatmentLine, ...]:
    """The lines of the course's session `index`: cheeks with points (needle, deeper every
    third session), forehead with the pen marked without points, the neck every fourth."""
    depth = 2.5 if index % 3 == 2 else 1.5
    needle = NeedleTechnique(depth_mm=depth, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
    points = (
        near(CHEEK_LEFT, index, 0.1),
        near(CHEEK_LEFT, index + 1, 0.05),
        near(CHEEK_RIGHT, index, 0.1),
        near(CHEEK_RIGHT, index + 1, 0.05),
    )
    cheeks = TreatmentLine(
        Area.CHEEKS,
        needle,
        (ProductUse(Solution.HYALURONIC_ACID, 0.3, "HydraBoost", "1.5%", f"HB-{index:03}"),),
        zones=(CHEEK_LEFT, CHEEK_RIGHT),
        points=points,
    )
    pen = PenTechnique(depth_mm=0.5, penetrations_per_second=80, needle_count=12, passes=3)
    forehead = TreatmentLine(
        Area.FOREHEAD, pen, (ProductUse(Solution.VITAMINS, 1.0, "NCTF 135"),), zones=(FOREHEAD,)
    )
    lines = [cheeks, forehead]
    if index % 4 == 3:
        neck_points = (near(NECK, index, 0.2), near(NECK, index + 2, 0.2))
        lines.append(
            TreatmentLine(
                Area.NECK,
                needle,
                (ProductUse(Solution.HYALURONIC_ACID, 0.4, "HydraBoost", "1.5%"),),
                zones=(NECK,),
                points=neck_points,
            )
        )
    return tuple(lines)


def charted_patient(
    clinic: Clinic, *, sessions: int = 6, photos: int = 10, last: dt.datetime | None = None
) -> ChartedStory:
    """A patient with photo consent, a course of `sessions` signed charted sessions a week
    apart up to `last` (10:00 on 1 March 2026 by default), and `photos` photos dealt to
    the sessions in turn from the newest, every seventh the patient's own."""
    patient = clinic.patients.create(
        PatientInput("Αλεξίου", "Μαρία", dt.date(1979, 6, 3), photo_consent_on=dt.date(2025, 9, 1))
    )
    end = last or dt.datetime(2026, 3, 1, 10, 0, tzinfo=ATHENS)
    first_day = (end - dt.timedelta(days=7 * (sessions - 1))).date()
    course = clinic.courses.plan(
        patient.id,
        CourseInput(Indication.HYDRATION_TIGHTENING, 6, first_day, (Area.FULL_FACE, Area.NECK)),
    )
    made: list[SessionId] = []
    neck: set[SessionId] = set()
    for index in range(sessions):
        entry = SessionInput(
            end - dt.timedelta(days=7 * (sessions - 1 - index)),
            "Dr Eleni Vasileiou",
            charted_lines(index),
            course.id,
            notes="Tolerated well." if index % 2 else "",
        )
        draft = clinic.sessions.create_draft(patient.id, entry)
        made.append(clinic.sessions.sign(draft.id).id)
        if any(line.area is Area.NECK for line in entry.treatments):
            neck.add(made[-1])
    for number in range(photos):
        session = None if number % 7 == 6 else made[-1 - number % sessions]
        moment = PhotoMoment.BEFORE if number % 2 == 0 else PhotoMoment.AFTER
        details = PhotoInput(VIEWS[number % len(VIEWS)], moment, session)
        clinic.photos.add(patient.id, details, photo_jpeg(number), file_label=f"{number}.jpg")
    return ChartedStory(patient.id, course.id, tuple(made), frozenset(neck))


def amended_away(clinic: Clinic, session_id: SessionId) -> SessionId:
    """Amends a session so its chart loses the left cheek; the amendment's id."""
    session = clinic.sessions.get(session_id)
    cheeks, *rest = session.entry.treatments
    right = tuple(p for p in cheeks.points if p.zone == CHEEK_RIGHT)
    product = replace(cheeks.products[0], volume_ml=round(sum(p.amount_ml for p in right), 3))
    line = replace(cheeks, zones=(CHEEK_RIGHT,), points=right, products=(product,))
    entry = replace(session.entry, treatments=(line, *rest))
    return clinic.sessions.amend(session_id, entry, reason="the left cheek was not treated").id
