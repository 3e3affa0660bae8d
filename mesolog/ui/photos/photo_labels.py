"""Human, translatable words for a photo's view and moment, and a photo's caption.

Each word is translated in the context "photo_labels" when it is asked for, so the
translation installed in the application at that moment applies.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mesolog.domain.ids import SessionId
from mesolog.domain.photos import Photo, PhotoInput, PhotoMoment, PhotoView
from mesolog.ui.common.dates import shown_date
from mesolog.ui.photos.photo_places import SessionPlace, photo_day


def view_label(view: PhotoView) -> str:
    return {
        PhotoView.FRONT: QCoreApplication.translate("photo_labels", "Front"),
        PhotoView.LEFT_45: QCoreApplication.translate("photo_labels", "Left 45°"),
        PhotoView.RIGHT_45: QCoreApplication.translate("photo_labels", "Right 45°"),
        PhotoView.LEFT_PROFILE: QCoreApplication.translate("photo_labels", "Left profile"),
        PhotoView.RIGHT_PROFILE: QCoreApplication.translate("photo_labels", "Right profile"),
        PhotoView.FREE: QCoreApplication.translate("photo_labels", "Free view"),
    }[view]


def moment_label(moment: PhotoMoment) -> str:
    return {
        PhotoMoment.BEFORE: QCoreApplication.translate("photo_labels", "Before"),
        PhotoMoment.AFTER: QCoreApplication.translate("photo_labels", "After"),
        PhotoMoment.FOLLOW_UP: QCoreApplication.translate("photo_labels", "Follow-up"),
    }[moment]


def view_and_moment(details: PhotoInput) -> str:
    """ "Front · Before"; a free view by its label: "Scar, left knee · After"."""
    view = details.label.strip() if details.view is PhotoView.FREE else view_label(details.view)
    return f"{view} · {moment_label(details.moment)}"


def caption(details: PhotoInput) -> str:
    """The view and moment, and under them the label of a view that is not free."""
    label = details.label.strip()
    first = view_and_moment(details)
    return first if details.view is PhotoView.FREE or not label else f"{first}\n{label}"


def place_text(place: SessionPlace | None, day: dt.date) -> str:
    """ "Session 3 · 10/03/2026"; a voided session, "Voided session · …"; no session,
    "Between sessions · 12/03/2026" (dates in the locale's form)."""
    shown = shown_date(day)
    if place is None:
        return QCoreApplication.translate("photo_labels", "Between sessions · %1").replace(
            "%1", shown
        )
    if place.number is None:
        return QCoreApplication.translate("photo_labels", "Voided session · %1").replace(
            "%1", shown
        )
    words = QCoreApplication.translate("photo_labels", "Session %1 · %2")
    return words.replace("%1", str(place.number)).replace("%2", shown)


def photo_place_text(photo: Photo, places: dict[SessionId, SessionPlace]) -> str:
    session = photo.details.session_id
    place = places.get(session) if session is not None else None
    return place_text(place, photo_day(photo, places))
