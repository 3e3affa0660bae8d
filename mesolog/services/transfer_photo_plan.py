"""What an import adds of a bundle's photos: each new, held already alike, or a conflict.

A photo whose id the database holds is present when it is the same record (as the
file has it: who added it and when, its voiding); held with another content, or voided
(unless voided alike in the file), it is a conflict: an import never overwrites. A new
photo that is not voided must not repeat an image its patient has already (not voided),
as clinic.photos refuses one.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mesolog.domain.errors import Violation
from mesolog.domain.texts import phrase
from mesolog.interchange.clinic_file import ClinicFile, FiledPhoto
from mesolog.persistence.photo_models import PhotoRow
from mesolog.persistence.photo_rows import live_photo_with_image
from mesolog.services.photo_transfer import as_held, filed_photo_of
from mesolog.services.transfer_plan import DIFFERS, VOIDED, ImportPlan

_CHUNK = 500
HELD_IMAGE = phrase(
    "Transfer", "an image the patient has no other photo of (not voided); the database has it"
)


def photo_rows_by_uuids(s: Session, uuids: Collection[uuid.UUID]) -> dict[uuid.UUID, PhotoRow]:
    found: dict[uuid.UUID, PhotoRow] = {}
    wanted = list(uuids)
    for start in range(0, len(wanted), _CHUNK):
        query = (
            select(PhotoRow)
            .where(PhotoRow.uuid.in_(wanted[start : start + _CHUNK]))
            .options(selectinload(PhotoRow.patient), selectinload(PhotoRow.session))
        )
        found.update((row.uuid, row) for row in s.scalars(query))
    return found


def plan_photos(s: Session, plan: ImportPlan, clinic_file: ClinicFile) -> None:
    """Sorts the file's photos into the plan's new ones, present ones and conflicts."""
    held = photo_rows_by_uuids(s, [photo.id for photo in clinic_file.photos])
    for i, bundle in enumerate(clinic_file.patients):
        for j, photo in enumerate(bundle.photos):
            path = f"patients[{i}].photos[{j}]"
            row = held.get(photo.id)
            if row is None:
                plan.new_photos.append(photo)
                _held_image(s, plan, photo, path)
            elif row.voided_at is not None and photo.voiding is None:
                plan.violations.append(Violation(f"{path}.id", str(photo.id), VOIDED))
            elif filed_photo_of(row) != as_held(photo):
                plan.violations.append(Violation(f"{path}.id", str(photo.id), DIFFERS))
            else:
                plan.photos_present += 1


def _held_image(s: Session, plan: ImportPlan, photo: FiledPhoto, path: str) -> None:
    patient = plan.patient_rows.get(photo.patient_id)
    if photo.voiding is not None or patient is None or patient.id is None:
        return
    same = live_photo_with_image(s, patient.id, photo.sha256)
    if same is not None:
        allowed = phrase("Transfer", "{held_image} as photo {uuid}").having(
            held_image=HELD_IMAGE, uuid=same.uuid
        )
        plan.violations.append(Violation(f"{path}.sha256", photo.sha256, allowed))
