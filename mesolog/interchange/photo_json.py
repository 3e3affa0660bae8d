"""A clinical photo's record in the interchange document (its image is a bundle's file)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from mesolog.domain.ids import PatientId, PhotoId, SessionId
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import Voiding
from mesolog.interchange.clinic_file import FiledPhoto

Json = dict[str, Any]


def encode_photo(photo: FiledPhoto, voided: Json | None) -> Json:
    """The photo's fields in the schema's order; `voided` as the encoder writes a voiding."""
    details = photo.details
    data: Json = {
        "id": str(photo.id),
        "session_id": None if details.session_id is None else str(details.session_id),
        "view": details.view.value,
        "moment": details.moment.value,
    }
    if details.label:
        data["label"] = details.label
    if photo.taken_at is not None:
        data["taken_at"] = _stamp(photo.taken_at)
    data |= {
        "media_type": photo.media_type,
        "width_px": photo.width_px,
        "height_px": photo.height_px,
        "byte_size": photo.byte_size,
        "sha256": photo.sha256,
        "added_at": _stamp(photo.added_at),
        "added_by": photo.added_by,
    }
    if voided is not None:
        data["voided"] = voided
    return data


def decode_photo(
    data: Mapping[str, Any], patient_id: PatientId, voiding: Voiding | None
) -> FiledPhoto:
    session = data.get("session_id")
    taken = data.get("taken_at")
    return FiledPhoto(
        id=PhotoId(uuid.UUID(data["id"])),
        patient_id=patient_id,
        details=PhotoInput(
            view=PhotoView(data["view"]),
            moment=PhotoMoment(data["moment"]),
            session_id=None if session is None else SessionId(uuid.UUID(session)),
            label=str(data.get("label", "")),
        ),
        media_type=str(data["media_type"]),
        width_px=int(data["width_px"]),
        height_px=int(data["height_px"]),
        byte_size=int(data["byte_size"]),
        sha256=str(data["sha256"]),
        taken_at=None if taken is None else dt.datetime.fromisoformat(taken),
        added_at=dt.datetime.fromisoformat(data["added_at"]),
        added_by=str(data["added_by"]),
        voiding=voiding,
    )


def _stamp(value: dt.datetime) -> str:
    if value.utcoffset() is None:
        raise ValueError(f"a date-time without UTC offset cannot be exported: {value}")
    return value.isoformat()
