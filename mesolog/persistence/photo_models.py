"""The tables of clinical photos: a photo's record and, apart, its image."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesolog.domain.photos import PhotoMoment, PhotoView
from mesolog.persistence.base import Base, Voidable, enum_column_type
from mesolog.persistence.models import PatientRow, SessionRow


class PhotoRow(Voidable, Base):
    """A clinical photo: what it shows, its thumbnail and the facts of its image, which is
    in photo_images (read only when the photo is opened). Never changed once added but
    to void it (persistence.guards), so a photo of a signed session is locked with it."""

    __tablename__ = "photos"
    __table_args__ = (
        CheckConstraint("width_px > 0 AND height_px > 0", name="pixels"),
        CheckConstraint("byte_size > 0", name="byte_size"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
        Index("ix_photos_patient_id_added_at", "patient_id", "added_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id"), index=True)
    view: Mapped[PhotoView] = mapped_column(enum_column_type(PhotoView, "photo_view"))
    moment: Mapped[PhotoMoment] = mapped_column(enum_column_type(PhotoMoment, "photo_moment"))
    label: Mapped[str] = mapped_column(String(100), default="")
    media_type: Mapped[str] = mapped_column(String(20))
    width_px: Mapped[int]
    height_px: Mapped[int]
    byte_size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    """Of the stored image: the name it has in an export bundle."""
    taken_at: Mapped[str] = mapped_column(String(40), default="")
    """When the camera says it was taken, ISO 8601 with the UTC offset it gave (the adding
    workstation's when it gave none), so the day stays the camera's; "" when it did not say."""
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime]
    added_by: Mapped[str] = mapped_column(String(100))

    patient: Mapped[PatientRow] = relationship()
    session: Mapped[SessionRow | None] = relationship()
    images: Mapped[list[PhotoImageRow]] = relationship()
    """The image, one row: a list so that the photo's digest covers it (persistence.digests)."""


class PhotoImageRow(Base):
    """A photo's stored image, apart from its record so that lists never read it."""

    __tablename__ = "photo_images"

    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id"), primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary)
