"""Clinical photos: adding one (prepared by mesolog.imaging, with the patient's photo
consent), listing a patient's by their thumbnails, opening one, voiding one."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import KnownError, NotFoundError, StateError, Violation
from mesolog.domain.ids import PatientId, PhotoId, new_photo_id
from mesolog.domain.photos import Photo, PhotoInput, validate_photo
from mesolog.domain.texts import phrase
from mesolog.domain.validation import raise_if_any
from mesolog.imaging.photos import PreparedPhoto, prepare_photo
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.digests import record_digest
from mesolog.persistence.mapping import void_row
from mesolog.persistence.models import PatientRow, SessionRow
from mesolog.persistence.photo_models import PhotoImageRow, PhotoRow
from mesolog.persistence.photo_rows import (
    image_of,
    live_photo_with_image,
    photo_by_uuid,
    photo_from_row,
    photos_of_patient,
)
from mesolog.services.context import ServiceContext
from mesolog.services.patients import load_patient, require_reason


class PhotoConsentError(KnownError):
    """The patient has not agreed to clinical photos."""


class PhotoService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add(
        self, patient_id: PatientId, details: PhotoInput, data: bytes, *, file_label: str
    ) -> Photo:
        """Adds the image in `data` (a file's bytes; `file_label` names it in messages) as
        the patient's photo. Refused, with nothing written, without photo consent, for a
        session not the patient's or voided, for a file that is not an image mesolog takes,
        and for an image the patient has already."""
        raise_if_any(validate_photo(details))
        with self._ctx.db.read() as s:
            self._checked_patient(s, patient_id, details)
        prepared = prepare_photo(data, file_label=file_label)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            patient, session = self._checked_patient(s, patient_id, details, for_update=True)
            same = live_photo_with_image(s, patient.id, prepared.sha256)
            if same is not None:
                raise StateError(
                    phrase(
                        "Photos",
                        "{file_label} is a photo the patient has already (added on {added_at} by "
                        "{added_by}).",
                    ).having(
                        file_label=file_label,
                        added_at=format(same.added_at, "%Y-%m-%d"),
                        added_by=same.added_by,
                    )
                )
            row = _photo_row(patient, session, details, prepared)
            row.added_at = self._ctx.now()
            row.added_by = self._ctx.actor
            s.add(row)
            self._ctx.audit(s, AuditAction.CREATE, "photo", record=row)
            return photo_from_row(row)

    def of_patient(self, patient_id: PatientId, *, voided: bool = False) -> list[Photo]:
        """The patient's photos with their thumbnails (never their images), oldest first."""
        with self._ctx.db.read() as s:
            patient = load_patient(s, patient_id, live=False)
            return [photo_from_row(row) for row in photos_of_patient(s, patient.id, voided=voided)]

    def image(self, photo_id: PhotoId) -> bytes:
        """The photo's stored image."""
        with self._ctx.db.read() as s:
            return image_of(s, self._load(s, photo_id))

    def void(self, photo_id: PhotoId, *, reason: str) -> Photo:
        """Takes a photo out of use, with who, when and why; it stays in the record."""
        why = require_reason(reason)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            row = self._load(s, photo_id)
            if row.voided_at is not None:
                raise StateError(phrase("Photos", "The photo is voided already."))
            before = record_digest(row)
            void_row(row, at=self._ctx.now(), by=self._ctx.actor, reason=why)
            self._ctx.audit(s, AuditAction.VOID, "photo", record=row, before=before)
            return photo_from_row(row)

    def _load(self, s: Session, photo_id: PhotoId) -> PhotoRow:
        row = photo_by_uuid(s, photo_id)
        if row is None:
            raise NotFoundError(
                phrase("Photos", "No photo has the id {photo_id}.").having(photo_id=photo_id)
            )
        return row

    def _checked_patient(
        self, s: Session, patient_id: PatientId, details: PhotoInput, *, for_update: bool = False
    ) -> tuple[PatientRow, SessionRow | None]:
        patient = load_patient(s, patient_id, for_update=for_update)
        if patient.photo_consent_on is None:
            raise PhotoConsentError(
                phrase(
                    "Photos",
                    "The patient has no photo consent on file: record the day they agreed to "
                    "clinical photos (Photo consent, in the patient's details) before adding one.",
                )
            )
        if details.session_id is None:
            return patient, None
        session = queries.session_by_uuid(s, details.session_id)
        if session is None or session.patient_id != patient.id:
            raise_if_any(
                [
                    Violation(
                        "session_id",
                        str(details.session_id),
                        phrase("Photos", "a session of the patient"),
                    )
                ]
            )
        assert session is not None
        if session.voided_at is not None:
            raise StateError(phrase("Photos", "The session is voided; photos are not added to it."))
        newer = queries.amendment_of(s, session.id)
        if newer is not None:
            raise StateError(
                phrase(
                    "Photos",
                    "The session was amended on {signed_at}; add the photo to its newest version.",
                ).having(signed_at=format(newer.signed_at, "%Y-%m-%d %H:%M"))
            )
        return patient, session


def _photo_row(
    patient: PatientRow, session: SessionRow | None, details: PhotoInput, prepared: PreparedPhoto
) -> PhotoRow:
    taken = prepared.captured_at
    return PhotoRow(
        uuid=new_photo_id(),
        patient=patient,
        session=session,
        view=details.view,
        moment=details.moment,
        label=details.label.strip(),
        media_type=prepared.media_type.value,
        width_px=prepared.width_px,
        height_px=prepared.height_px,
        byte_size=prepared.size_bytes,
        sha256=prepared.sha256,
        taken_at="" if taken is None else taken.isoformat(),
        thumbnail=prepared.thumbnail,
        images=[PhotoImageRow(image=prepared.image)],
    )
