"""Photos' rows: written once, read without their images, mapped to domain records."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mesolog.domain.ids import PatientId, PhotoId, SessionId
from mesolog.domain.photos import Photo, PhotoInput
from mesolog.persistence.mapping import voiding_of
from mesolog.persistence.photo_models import PhotoImageRow, PhotoRow


def photo_from_row(row: PhotoRow) -> Photo:
    session = row.session
    return Photo(
        id=PhotoId(row.uuid),
        patient_id=PatientId(row.patient.uuid),
        details=PhotoInput(
            view=row.view,
            moment=row.moment,
            session_id=None if session is None else SessionId(session.uuid),
            label=row.label,
        ),
        media_type=row.media_type,
        width_px=row.width_px,
        height_px=row.height_px,
        byte_size=row.byte_size,
        sha256=row.sha256,
        taken_at=dt.datetime.fromisoformat(row.taken_at) if row.taken_at else None,
        added_at=row.added_at,
        added_by=row.added_by,
        thumbnail=row.thumbnail,
        voiding=voiding_of(row),
    )


def photos_of_patient(s: Session, patient_id: int, *, voided: bool = False) -> Sequence[PhotoRow]:
    """The patient's photos without their images, oldest first."""
    query = (
        select(PhotoRow)
        .where(PhotoRow.patient_id == patient_id)
        .options(selectinload(PhotoRow.session))
    )
    if not voided:
        query = query.where(PhotoRow.voided_at.is_(None))
    return s.scalars(query.order_by(PhotoRow.added_at, PhotoRow.id)).all()


def photo_by_uuid(s: Session, photo_uuid: uuid.UUID) -> PhotoRow | None:
    return s.scalars(select(PhotoRow).where(PhotoRow.uuid == photo_uuid)).one_or_none()


def live_photo_with_image(s: Session, patient_id: int, sha256: str) -> PhotoRow | None:
    """The patient's photo, not voided, whose image has this SHA-256, if there is one."""
    query = select(PhotoRow).where(
        PhotoRow.patient_id == patient_id,
        PhotoRow.sha256 == sha256,
        PhotoRow.voided_at.is_(None),
    )
    return s.scalars(query.limit(1)).first()


def image_of(s: Session, photo: PhotoRow) -> bytes:
    found = s.get(PhotoImageRow, photo.id)
    if found is None:
        raise LookupError(f"photo {photo.uuid} has no image row")
    return found.image
