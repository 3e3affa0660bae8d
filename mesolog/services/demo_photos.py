"""Which clinical photos the demo clinic holds: standard views before and after some
sessions of a few courses, for patients who agreed to photos.

A course photographed shows its first session before (front and both 45° views, the
profiles for the eyes, jaw and whole face) and just after, the middle of a long course,
and its last session; a completed course's follow-up some weeks later, when that day
has passed. The pictures themselves are drawn by services.demo_pictures: invented
figures, never people.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from mesolog.domain.enums import Area, CourseStatus, Fitzpatrick
from mesolog.domain.photos import PhotoMoment, PhotoView
from mesolog.domain.records import CourseInput, PatientInput, SessionInput
from mesolog.domain.texts import Text, phrase, verbatim

TARGET_PHOTOS = 36
"""Courses are photographed until the clinic holds at least this many photos."""
FOLLOW_UP_DAYS = 28
ORIENTATIONS = (1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 6, 8, 3)
"""How the camera held the picture (EXIF orientation): mostly upright, some turned."""


class Subject(StrEnum):
    """What a picture shows."""

    FACE = "face"
    NECK = "neck"
    BODY = "body"
    SCAR = "scar"
    SCALP = "scalp"


class Shot(NamedTuple):
    """One photo to add: to which session, in which view, and how the picture looks."""

    session: int | None
    """Index into the patient's sessions; None for a follow-up between visits."""
    view: PhotoView
    moment: PhotoMoment
    label: Text
    """Written into the record in the language the demo is filled in."""
    subject: Subject
    areas: tuple[Area, ...]
    severity: float
    """How marked the treated condition still is, 0 (gone) to 1."""
    skin: Fitzpatrick | None
    orientation: int
    taken_at: dt.datetime
    file_name: str
    seed: int


_FACE = {Area.FOREHEAD, Area.PERIORBITAL, Area.CHEEKS, Area.PERIORAL, Area.JAWLINE}
_FACE_VIEWS = (PhotoView.FRONT, PhotoView.LEFT_45, PhotoView.RIGHT_45)
_PROFILES = (PhotoView.LEFT_PROFILE, PhotoView.RIGHT_PROFILE)
_BACK = {Area.BUTTOCKS, Area.BACK}
_NONE = verbatim("")


class Candidate(NamedTuple):
    """A patient's newest course, as a photographed course is chosen among them."""

    patient: int
    details: PatientInput
    course: CourseInput
    status: CourseStatus
    sessions: tuple[tuple[int, SessionInput], ...]
    """The course's sessions: their index among the patient's, and the entry."""


def subject_of(areas: Sequence[Area]) -> Subject:
    if Area.SCAR_SITE in areas:
        return Subject.SCAR
    if Area.SCALP in areas:
        return Subject.SCALP
    if {Area.NECK, Area.DECOLLETAGE} & set(areas):
        return Subject.NECK  # the head and shoulders with the neck and chest bare
    if Area.FULL_FACE in areas or _FACE & set(areas):
        return Subject.FACE
    return Subject.BODY


def _views(subject: Subject, areas: Sequence[Area], first: bool) -> list[tuple[PhotoView, Text]]:
    if subject is Subject.FACE:
        profiles = {Area.PERIORBITAL, Area.JAWLINE, Area.FULL_FACE} & set(areas)
        views = [*_FACE_VIEWS, *(_PROFILES if profiles and first else ())]
        return [(view, _NONE) for view in views]
    if subject is Subject.NECK:
        return [(view, _NONE) for view in _FACE_VIEWS]
    if subject is Subject.BODY:
        front = [(PhotoView.FRONT, _NONE)] if set(areas) - _BACK else []
        back = (
            [(PhotoView.FREE, phrase("Demo", "Back view, standing"))] if _BACK & set(areas) else []
        )
        return front + back
    if subject is Subject.SCAR:
        return [(PhotoView.FREE, phrase("Demo", "Scar, close-up with scale"))]
    return [(PhotoView.FREE, phrase("Demo", "Crown from above"))]


class _Planner:
    def __init__(self, rng: random.Random, candidate: Candidate, today: dt.date) -> None:
        self.rng, self.candidate, self.today = rng, candidate, today
        self.areas = candidate.course.areas
        self.subject = subject_of(self.areas)
        self.shots: list[Shot] = []

    def severity(self, position: int, moment: PhotoMoment) -> float:
        planned = max(2, self.candidate.course.planned_sessions)
        left = 1.0 - 0.7 * min(1.0, position / (planned - 1))
        if moment is PhotoMoment.FOLLOW_UP:
            left -= 0.1
        return round(max(0.05, min(1.0, left + self.rng.uniform(-0.05, 0.05))), 3)

    def take(
        self,
        session: int | None,
        at: dt.datetime,
        position: int,
        moment: PhotoMoment,
        views: Sequence[tuple[PhotoView, Text]],
    ) -> None:
        for view, label in views:
            at += dt.timedelta(seconds=self.rng.randint(20, 70))
            number = self.rng.randint(1000, 9999)
            self.shots.append(
                Shot(
                    session,
                    view,
                    moment,
                    label,
                    self.subject,
                    self.areas,
                    self.severity(position, moment),
                    self.candidate.details.fitzpatrick_type,
                    self.rng.choice(ORIENTATIONS),
                    at.replace(microsecond=0),
                    f"IMG_{number}.JPG",
                    self.rng.randrange(2**31),
                )
            )

    def plan(self) -> list[Shot]:
        sessions, views = self.candidate.sessions, _views(self.subject, self.areas, False)
        index, first = sessions[0]
        before = first.performed_at - dt.timedelta(minutes=self.rng.randint(4, 12))
        first_views = _views(self.subject, self.areas, True)
        self.take(index, before, 0, PhotoMoment.BEFORE, first_views)
        after = first.performed_at + dt.timedelta(minutes=self.rng.randint(25, 45))
        self.take(index, after, 0, PhotoMoment.AFTER, views[:1])
        middle, last = len(sessions) // 2, len(sessions) - 1
        later = [(middle, views[:1])] if 0 < middle < last else []
        for position, shown in later + ([(last, views)] if last else []):
            index, entry = sessions[position]
            at = entry.performed_at - dt.timedelta(minutes=self.rng.randint(4, 12))
            self.take(index, at, position, PhotoMoment.BEFORE, shown)
        self.follow_up()
        return self.shots

    def follow_up(self) -> None:
        if self.candidate.status is not CourseStatus.COMPLETED:
            return
        last = self.candidate.sessions[-1][1].performed_at
        at = last + dt.timedelta(days=FOLLOW_UP_DAYS, minutes=self.rng.randint(-90, 90))
        if at.date() < self.today:
            views = _views(self.subject, self.areas, False)
            self.take(None, at, len(self.candidate.sessions), PhotoMoment.FOLLOW_UP, views)


def photo_shots(
    candidates: Sequence[Candidate], *, today: dt.date, rng: random.Random
) -> dict[int, tuple[Shot, ...]]:
    """The photos of each photographed patient (by index): courses of every subject
    first, then others, until the clinic has `TARGET_PHOTOS`."""
    usable = [c for c in candidates if c.details.photo_consent_on is not None and c.sessions]
    rng.shuffle(usable)
    seen: set[Subject] = set()
    ordered: list[Candidate] = []
    for candidate in usable:
        subject = subject_of(candidate.course.areas)
        ordered.insert(len(seen) if subject not in seen else len(ordered), candidate)
        seen.add(subject)
    chosen: dict[int, tuple[Shot, ...]] = {}
    total = 0
    for candidate in ordered:
        if total >= TARGET_PHOTOS:
            break
        shots = _Planner(rng, candidate, today).plan()
        chosen[candidate.patient] = tuple(shots)
        total += len(shots)
    return chosen
