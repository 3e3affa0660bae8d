"""The photo page of a treatment summary: which photos, paired how, and their print copies.

Photos are printed only for a patient with photo consent; by default only in the clinical
copy. Without a choice, each view (a free view by its label) gives one pair: its first
photo (the first taken before a session, if any) and its last later one (the last taken
after a session or at a follow-up, if any); a view with one photo prints it alone. A
choice of photos prints those, each view's in time order, two by two. Only the printed
photos' images are read, each cut to print resolution (mesolog.imaging) before the
report sees it, several at once: decoding and resampling release the GIL.

A chosen photo must be one the summary's scope prints (PhotoScope): a photo of a voided
session, of a draft left out, or of another course is refused, not dropped, since someone
ticked it; a photo of a corrected version prints with its session's current version.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from mesolog.domain.amendments import current, versions
from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import KnownError, NotFoundError
from mesolog.domain.ids import CourseId, PhotoId, SessionId
from mesolog.domain.photos import Photo, PhotoMoment, PhotoView
from mesolog.domain.records import Patient, Session
from mesolog.domain.texts import Text, phrase, verbatim
from mesolog.imaging.scaling import print_copy
from mesolog.reports.photo_page import PHOTO_HEIGHT, PHOTO_WIDTH, PRINT_DPI
from mesolog.reports.summary_data import PhotoPair, PrintedPhoto, SummaryKind
from mesolog.services.history import CourseHistory, PatientHistory

MOMENT_ORDER = {PhotoMoment.BEFORE: 0, PhotoMoment.AFTER: 1, PhotoMoment.FOLLOW_UP: 2}
VIEW_ORDER = {view: index for index, view in enumerate(PhotoView)}
NO_CONSENT = phrase(
    "SummaryPhotos",
    "The patient has no photo consent on file, so a summary cannot hold their photos: record "
    "the day they agreed to clinical photos (Photo consent, in the patient's details) first.",
)


@dataclass(frozen=True, slots=True)
class SessionPlace:
    """Where a printed session stands: its course's number and its own in that course."""

    performed_at: dt.datetime
    course_number: int | None
    session_number: int | None


class LeftOut(enum.Enum):
    """Why a summary does not print a session of the patient, said as a chosen photo's."""

    VOIDED = "of a voided session"
    DRAFT = "of a draft and drafts are not included"
    OTHER_COURSE = "of another course"
    VOIDED_COURSE = "of a voided course"

    @property
    def text(self) -> Text:
        """Why, for people: what the photos left out are of."""
        return _LEFT_OUT[self]


_LEFT_OUT = {
    LeftOut.VOIDED: phrase("SummaryPhotos", "of a voided session", "chosen photos that are…"),
    LeftOut.DRAFT: phrase(
        "SummaryPhotos", "of a draft and drafts are not included", "chosen photos that are…"
    ),
    LeftOut.OTHER_COURSE: phrase("SummaryPhotos", "of another course", "chosen photos that are…"),
    LeftOut.VOIDED_COURSE: phrase("SummaryPhotos", "of a voided course", "chosen photos that are…"),
}


@dataclass(frozen=True, slots=True)
class PhotoScope:
    """The photos a summary may print: those of its printed sessions (a photo of a version
    an amendment corrects with its current version, as in the history), and those of no
    session. Unchosen, those of no session are printed only when it covers the whole
    patient; chosen, in any summary (they are the patient's)."""

    sessions: Mapping[SessionId, SessionPlace]
    loose: bool
    left_out: Mapping[SessionId, LeftOut] = field(default_factory=dict)

    def holds(self, photo: Photo) -> bool:
        session = photo.details.session_id
        return self.loose if session is None else session in self.sessions

    def allows(self, photo: Photo) -> bool:
        """Whether the photo may be chosen for this summary."""
        session = photo.details.session_id
        return session is None or session in self.sessions

    def when(self, photo: Photo) -> dt.datetime:
        """When the photo was taken, as near as the record says."""
        if photo.taken_at is not None:
            return photo.taken_at
        place = self.sessions.get(photo.details.session_id) if photo.details.session_id else None
        return place.performed_at if place is not None else photo.added_at.astimezone()


def shown(sessions: Sequence[Session], include_drafts: bool) -> tuple[Session, ...]:
    """Current versions only (see domain.amendments); drafts when asked for."""
    kept = [s for s in current(sessions) if include_drafts or s.status is SessionStatus.SIGNED]
    return tuple(sorted(kept, key=lambda s: s.entry.performed_at))


def printed_courses(
    history: PatientHistory, course_id: CourseId | None
) -> list[tuple[int, CourseHistory]]:
    """The courses a summary prints with their numbers: those not voided, by start, or the
    one chosen (keeping its number)."""
    courses = sorted(
        (c for c in history.courses if c.course.voiding is None),
        key=lambda c: (c.course.plan.started_on, c.course.id),
    )
    numbered = list(enumerate(courses, 1))
    if course_id is None:
        return numbered
    numbered = [(n, c) for n, c in numbered if c.course.id == course_id]
    if not numbered:
        no_course = phrase("SummaryPhotos", "The patient has no course with the id {id}.")
        raise NotFoundError(no_course.having(id=str(course_id)))
    return numbered


def photo_scope(
    history: PatientHistory, *, course_id: CourseId | None, include_drafts: bool
) -> PhotoScope:
    """What a summary of the history (one course or all, drafts or not) may print."""
    places: dict[SessionId, SessionPlace] = {}
    for number, part in printed_courses(history, course_id):
        for index, session in enumerate(shown(part.sessions, include_drafts), 1):
            places[session.id] = SessionPlace(session.entry.performed_at, number, index)
    if course_id is None:
        for session in shown(history.sessions_outside_courses, include_drafts):
            places[session.id] = SessionPlace(session.entry.performed_at, None, None)
    for session_id, place in list(places.items()):
        for version in versions(session_id, history.sessions):
            places[version.id] = place
    left_out = {
        s.id: _left_out(s, history.sessions, course_id)
        for s in history.sessions
        if s.id not in places
    }
    return PhotoScope(places, course_id is None, left_out)


def _left_out(session: Session, sessions: Sequence[Session], course_id: CourseId | None) -> LeftOut:
    if session.voiding is not None:
        return LeftOut.VOIDED
    newer = {s.amends: s for s in sessions if s.amends is not None and s.voiding is None}
    latest = session
    while latest.id in newer:
        latest = newer[latest.id]
    if latest.status is SessionStatus.DRAFT:
        return LeftOut.DRAFT
    if course_id is not None and latest.entry.course_id != course_id:
        return LeftOut.OTHER_COURSE
    return LeftOut.VOIDED_COURSE


def wants_photos(kind: SummaryKind, photos: bool | None, patient: Patient) -> bool:
    """Whether the summary has a photo page: as asked, else in the clinical copy only;
    never without photo consent (refused when asked for)."""
    wanted = kind is SummaryKind.CLINICAL if photos is None else photos
    if wanted and patient.details.photo_consent_on is None:
        if photos:
            raise KnownError(NO_CONSENT)
        return False
    return wanted


def _view_key(photo: Photo) -> tuple[int, str]:
    label = photo.details.label.strip() if photo.details.view is PhotoView.FREE else ""
    return VIEW_ORDER[photo.details.view], label


def _by_view(photos: Sequence[Photo], scope: PhotoScope) -> list[list[Photo]]:
    """The photos of each view, in time order (before, after, follow-up on a tie)."""
    views: dict[tuple[int, str], list[Photo]] = {}
    for photo in photos:
        views.setdefault(_view_key(photo), []).append(photo)
    return [
        sorted(views[key], key=lambda p: (scope.when(p), MOMENT_ORDER[p.details.moment]))
        for key in sorted(views)
    ]


def default_pairs(photos: Sequence[Photo], scope: PhotoScope) -> list[list[Photo]]:
    """Each view's first photo (the first 'before' if any) and its last later one (the
    last 'after' or 'follow-up' if any)."""
    pairs = []
    for shots in _by_view([p for p in photos if scope.holds(p)], scope):
        befores = [p for p in shots if p.details.moment is PhotoMoment.BEFORE]
        first = befores[0] if befores else shots[0]
        later = shots[shots.index(first) + 1 :]
        afters = [p for p in later if p.details.moment is not PhotoMoment.BEFORE]
        rest = afters or later
        pairs.append([first, rest[-1]] if rest else [first])
    return pairs


def first_and_last(photos: Sequence[Photo], scope: PhotoScope) -> list[PhotoId]:
    """The photos a summary prints when none are chosen: what a choice starts from."""
    return [p.id for pair in default_pairs(photos, scope) for p in pair]


def chosen_pairs(photos: Sequence[Photo], scope: PhotoScope) -> list[list[Photo]]:
    """The chosen photos, each view's in time order, two by two."""
    return [shots[i : i + 2] for shots in _by_view(photos, scope) for i in range(0, len(shots), 2)]


def photo_pairs(
    patient_photos: Sequence[Photo],
    scope: PhotoScope,
    image: Callable[[PhotoId], bytes],
    *,
    chosen: Sequence[PhotoId] | None = None,
) -> tuple[PhotoPair, ...]:
    """The photo page's pairs with their print copies; `chosen` must be the patient's
    photos (voided ones are not) that the scope allows."""
    if chosen is None:
        pairs = default_pairs(patient_photos, scope)
    else:
        known = {p.id: p for p in patient_photos}
        missing = [str(i) for i in chosen if i not in known]
        if missing:
            no_photo = phrase(
                "SummaryPhotos", "The patient has no photo (not voided) with the id {id}."
            )
            raise NotFoundError(no_photo.having(id=missing[0]))
        _refuse_outside(scope, [known[i] for i in dict.fromkeys(chosen)])
        pairs = chosen_pairs([known[i] for i in dict.fromkeys(chosen)], scope)
    printed = [p for pair in pairs for p in pair]
    images = [image(p.id) for p in printed]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        copies = dict(zip([p.id for p in printed], pool.map(_print_copy, images), strict=True))
    made = {p.id: _printed(p, copies[p.id], scope) for p in printed}
    return tuple(
        PhotoPair(made[pair[0].id], made[pair[1].id] if len(pair) > 1 else None) for pair in pairs
    )


def _refuse_outside(scope: PhotoScope, chosen: Sequence[Photo]) -> None:
    outside = Counter(
        scope.left_out.get(p.details.session_id, LeftOut.VOIDED)
        for p in chosen
        if p.details.session_id is not None and not scope.allows(p)
    )
    if not outside:
        return
    count = sum(outside.values())
    (first, many), *rest = outside.most_common()
    if many == 1:
        leading = phrase("SummaryPhotos", "1 is {reason}").having(reason=first.text)
    else:
        leading = phrase("SummaryPhotos", "{count} are {reason}")
        leading = leading.having(count=many, reason=first.text)
    others = [
        phrase("SummaryPhotos", "{count} {reason}").having(count=n, reason=reason.text)
        for reason, n in rest
    ]
    why = [leading, *others]
    names = [f"why{index}" for index in range(len(why))]
    said = verbatim(", ".join(f"{{{name}}}" for name in names)).having(
        **dict(zip(names, why, strict=True))
    )
    if count == 1:
        refused = phrase(
            "SummaryPhotos",
            "The summary cannot print 1 of the {chosen} chosen photos: {why}. Untick it, or "
            "choose the copy, course or drafts setting that prints it.",
        ).having(chosen=len(chosen), why=said)
    else:
        refused = phrase(
            "SummaryPhotos",
            "The summary cannot print {count} of the {chosen} chosen photos: {why}. Untick "
            "them, or choose the copy, course or drafts setting that prints them.",
        ).having(count=count, chosen=len(chosen), why=said)
    raise KnownError(refused)


def _print_copy(image: bytes) -> bytes:
    return print_copy(image, width_pt=PHOTO_WIDTH, height_pt=PHOTO_HEIGHT, dpi=PRINT_DPI)


def _printed(photo: Photo, image: bytes, scope: PhotoScope) -> PrintedPhoto:
    session = photo.details.session_id
    place = scope.sessions.get(session) if session is not None else None
    return PrintedPhoto(
        view=photo.details.view,
        moment=photo.details.moment,
        label=photo.details.label,
        taken_on=scope.when(photo).date(),
        image=image,
        course_number=place.course_number if place else None,
        session_number=place.session_number if place else None,
    )
