"""Where a photo belongs in the patient's record: its session (its day and its number
among the patient's sessions) or between sessions on a day; how the pane groups them, which
session new photos go to by default, and which photo compare puts beside another.

A session's number counts the patient's current sessions (not voided, not corrected by an
amendment), the oldest first; an earlier version has its current version's number, and a
voided session has none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from mesolog.domain.amendments import current
from mesolog.domain.ids import SessionId
from mesolog.domain.photos import Photo, PhotoMoment
from mesolog.domain.records import Session

MOMENT_ORDER = (PhotoMoment.BEFORE, PhotoMoment.AFTER, PhotoMoment.FOLLOW_UP)


@dataclass(frozen=True, slots=True)
class SessionPlace:
    session_id: SessionId
    day: dt.date
    performed_at: dt.datetime
    number: int | None
    """1 for the patient's first session; None for a voided session."""


@dataclass(frozen=True, slots=True)
class PhotoGroup:
    """Photos of one session, or (`place` None) those between sessions added on `day`."""

    place: SessionPlace | None
    day: dt.date
    photos: tuple[Photo, ...]


def session_places(sessions: Iterable[Session]) -> dict[SessionId, SessionPlace]:
    found = list(sessions)
    living = sorted(current(found), key=lambda s: s.entry.performed_at)
    numbers = {s.id: number for number, s in enumerate(living, 1)}
    newer = {s.amends: s.id for s in found if s.amends is not None and s.voiding is None}
    places = {}
    for session in found:
        latest = session.id
        while latest not in numbers and latest in newer:
            latest = newer[latest]
        places[session.id] = SessionPlace(
            session.id,
            session.performed_on,
            session.entry.performed_at,
            None if session.voiding is not None else numbers.get(latest),
        )
    return places


def photo_day(photo: Photo, places: dict[SessionId, SessionPlace]) -> dt.date:
    """The session's day; between sessions, the day it was taken, else the day it was added."""
    session = photo.details.session_id
    if session is not None and session in places:
        return places[session].day
    moment = photo.taken_at or photo.added_at
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def photo_groups(
    photos: Iterable[Photo],
    places: dict[SessionId, SessionPlace],
    *,
    also: SessionId | None = None,
) -> list[PhotoGroup]:
    """The photos by session and by day between sessions, the newest first; `also` is a
    session shown even without photos (where new ones go)."""
    by_session: dict[SessionId, list[Photo]] = {}
    between: dict[dt.date, list[Photo]] = {}
    for photo in photos:
        session = photo.details.session_id
        if session is not None and session in places:
            by_session.setdefault(session, []).append(photo)
        else:
            between.setdefault(photo_day(photo, places), []).append(photo)
    if also is not None and also in places:
        by_session.setdefault(also, [])
    groups = [PhotoGroup(places[s], places[s].day, tuple(p)) for s, p in by_session.items()]
    groups += [PhotoGroup(None, day, tuple(p)) for day, p in between.items()]

    def newest_first(group: PhotoGroup) -> tuple[dt.date, int, dt.datetime]:
        place = group.place
        if place is None:
            return (group.day, 0, dt.datetime.min)
        return (group.day, 1, place.performed_at.replace(tzinfo=None))

    return sorted(groups, key=newest_first, reverse=True)


def default_session(
    sessions: Sequence[Session], today: dt.date, open_session: SessionId | None
) -> SessionId | None:
    """Where new photos go unless told: the session open in an editor, else today's latest
    session, else none (between sessions)."""
    living = current(sessions)
    if open_session is not None and any(s.id == open_session for s in living):
        return open_session
    todays = [s for s in living if s.performed_on == today]
    return max(todays, key=lambda s: s.entry.performed_at).id if todays else None


def compare_partner(
    photo: Photo, photos: Sequence[Photo], places: dict[SessionId, SessionPlace]
) -> Photo | None:
    """The photo compare puts beside `photo` at first: one of the same view from the
    patient's first session that has one (the latest such session when `photo` is of the
    first), of the same moment if there is one, else the earliest moment; without sessions,
    the earliest photo of the same view taken on another day."""
    day = photo_day(photo, places)
    same = [
        p
        for p in photos
        if p.id != photo.id
        and p.voiding is None
        and p.details.view is photo.details.view
        and photo_day(p, places) != day
    ]
    if not same:
        return None

    def number(p: Photo) -> int | None:
        session = p.details.session_id
        place = places.get(session) if session is not None else None
        return None if place is None else place.number

    numbered = [p for p in same if number(p) is not None]
    if numbered:
        own = number(photo)
        first = min(n for p in numbered if (n := number(p)) is not None)
        wanted = first if own is None or first < own else _latest(numbered, number)
        pool = [p for p in numbered if number(p) == wanted]
    else:
        earliest = min(photo_day(p, places) for p in same)
        pool = [p for p in same if photo_day(p, places) == earliest]
    return min(pool, key=lambda p: _moment_rank(p, photo.details.moment))


def _latest(photos: Sequence[Photo], number: Callable[[Photo], int | None]) -> int:
    return max(n for p in photos if (n := number(p)) is not None)


def _moment_rank(photo: Photo, wanted: PhotoMoment) -> tuple[int, int, dt.datetime]:
    moment = photo.details.moment
    return (moment is not wanted, MOMENT_ORDER.index(moment), photo.added_at)
