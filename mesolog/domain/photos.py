"""Clinical photos: which view and moment each shows, and what the record keeps of it.

The image itself is kept in the database beside its record (persistence.models), with a
thumbnail for lists; both are prepared by mesolog.imaging (upright, without identifying
metadata, SHA-256 of the stored bytes). A photo is never changed once added: a wrong one
is voided, with a reason, and added again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from mesolog.domain.errors import Violation
from mesolog.domain.ids import PatientId, PhotoId, SessionId
from mesolog.domain.records import Voiding
from mesolog.domain.text_rules import text_violations
from mesolog.domain.texts import phrase_n

LABEL_MAX = 100


class PhotoView(StrEnum):
    FRONT = "front"
    LEFT_45 = "left_45"
    RIGHT_45 = "right_45"
    LEFT_PROFILE = "left_profile"
    RIGHT_PROFILE = "right_profile"
    FREE = "free"
    """Any other view, which the photo's label names."""


class PhotoMoment(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True, slots=True)
class PhotoInput:
    """What the clinician says of a photo being added."""

    view: PhotoView
    moment: PhotoMoment
    session_id: SessionId | None = None
    """The session it belongs to; None: the patient's, between sessions."""
    label: str = ""
    """What a free view shows (required for it), or a note on any other view."""


@dataclass(frozen=True, slots=True)
class Photo:
    """A stored photo, without its full image (read on demand by its id)."""

    id: PhotoId
    patient_id: PatientId
    details: PhotoInput
    media_type: str
    width_px: int
    height_px: int
    byte_size: int
    sha256: str
    taken_at: dt.datetime | None
    """When the camera says it was taken (EXIF), if it says; in the workstation's zone when
    the camera gave no UTC offset."""
    added_at: dt.datetime
    added_by: str
    thumbnail: bytes
    """A JPEG of at most 320 pixels a side."""
    voiding: Voiding | None = None


def validate_photo(photo: PhotoInput, path: str = "") -> list[Violation]:
    where = f"{path}.label" if path else "label"
    found = text_violations(where, photo.label, maximum=LABEL_MAX)
    if not found and photo.view is PhotoView.FREE and not photo.label.strip():
        allowed = phrase_n(
            "Photos", "a few words saying what a free view shows (1 to %n characters)", None, 1
        )
        found.append(Violation(where, photo.label, allowed.counting(LABEL_MAX)))
    return found
