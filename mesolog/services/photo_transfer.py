"""Photos that come in a bundle: each image checked against its record, then stored as it
is (the bundle's bytes, so its SHA-256 is the record's), with a thumbnail made from it.

An image in a bundle was prepared by the mesolog that exported it (upright, without
GPS or other identifying metadata, services.photos): it is not prepared again, which
could change its bytes. It must be what its record says (a JPEG or PNG of its width and
height), within the limits clinic.photos sets, and exactly as mesolog stores one: upright,
without GPS, with no metadata but its ICC profile and the Exif block of its capture time
(services.transfer_photo_checks.metadata_stripped); else it is refused, naming its file,
its photo and the kinds of metadata found. It is refused rather than stripped again: the
bundle's SHA-256 names the image, and stripping would change it. The rows are written
as services.photos writes them, with the record's own who and when
(persistence.photo_rows maps them back).
"""

from __future__ import annotations

from dataclasses import replace

from PIL.ExifTags import IFD
from PIL.JpegImagePlugin import JpegImageFile
from sqlalchemy.orm import Session

from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.texts import phrase
from mesolog.imaging.capture_time import capture_time
from mesolog.imaging.decoding import PhotoFile, orientation
from mesolog.imaging.kinds import SourceKind
from mesolog.imaging.refusals import PhotoRefusedError
from mesolog.imaging.scaling import THUMBNAIL_SIDE, thumbnail
from mesolog.interchange.bundle import BUNDLE
from mesolog.interchange.clinic_file import FiledPhoto
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.mapping import void_row
from mesolog.persistence.models import PatientRow, SessionRow
from mesolog.persistence.photo_models import PhotoImageRow, PhotoRow
from mesolog.persistence.photo_rows import photo_from_row
from mesolog.services.context import ServiceContext
from mesolog.services.transfer_photo_checks import metadata_stripped

AS_STORED = phrase(
    "Transfer",
    "an image as mesolog stores photos: upright, without GPS, with only its ICC profile and an "
    "Exif block of DateTimeOriginal and OffsetTimeOriginal",
)


def filed_thumbnail(image: bytes, photo: FiledPhoto, path: str) -> bytes:
    """The thumbnail of a bundle's `image`, once it is what `photo` (at `path` in the
    document) says; ValidationError naming the file and the photo otherwise."""
    name = photo.entry_name
    try:
        found = PhotoFile(image, file_label=name)
        source = found.opened()
    except PhotoRefusedError as error:
        refused = Violation(
            BUNDLE,
            name,
            phrase("Transfer", "photo {id}'s image: {error}").having(id=photo.id, error=error.text),
        )
        raise ValidationError([refused]) from error
    problems = []
    if found.kind.value != photo.media_type:
        allowed = phrase("Transfer", "the kind of {name}, {value}").having(
            name=name, value=found.kind.value
        )
        problems.append(Violation(f"{path}.media_type", photo.media_type, allowed))
    for field, recorded, actual, size in (
        ("width_px", photo.width_px, source.width, phrase("Transfer", "the width of {name}")),
        ("height_px", photo.height_px, source.height, phrase("Transfer", "the height of {name}")),
    ):
        if recorded != actual:
            allowed = phrase("Transfer", "{size}, {actual} pixels").having(
                size=size.having(name=name), actual=actual
            )
            problems.append(Violation(f"{path}.{field}", recorded, allowed))
    if problems:
        raise ValidationError(problems)
    if isinstance(source, JpegImageFile):
        source.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    with found.decoding():
        found.loaded(source)
        exif = source.getexif()
        upright = orientation(source) == 1 and not exif.get_ifd(IFD.GPSInfo)
        taken = capture_time(exif)
        small, _, _ = thumbnail(source, source.info.get("icc_profile") or None)
    png = found.kind is SourceKind.PNG
    stripped = metadata_stripped(image, png=png, exif=taken.exif() if taken else None)
    if not upright or stripped:
        allowed = phrase("Transfer", "{as_stored} (photo {id})").having(
            as_stored=AS_STORED, id=photo.id
        )
        if stripped:
            allowed = phrase(
                "Transfer", "{as_stored} (photo {id}); it carries metadata mesolog strips: {found}"
            ).having(as_stored=AS_STORED, id=photo.id, found=", ".join(stripped))
        raise ValidationError([Violation(BUNDLE, name, allowed)])
    return small


def as_held(photo: FiledPhoto) -> FiledPhoto:
    """The photo as a database holds it: its label without surrounding spaces."""
    return replace(photo, details=replace(photo.details, label=photo.details.label.strip()))


def filed_photo_of(row: PhotoRow) -> FiledPhoto:
    return FiledPhoto.of(photo_from_row(row))


def store_filed_photo(
    s: Session,
    context: ServiceContext,
    photo: FiledPhoto,
    owners: tuple[PatientRow, SessionRow | None],
    *,
    image: bytes,
    small: bytes,
    detail: str,
) -> PhotoRow:
    """Adds the photo as the file has it (who added it and when, its voiding), holding
    `image` as it is and the thumbnail `small`, and audits it as imported with `detail`."""
    row = _photo_row(photo, *owners, image=image, small=small)
    s.add(row)
    context.audit(s, AuditAction.IMPORT, "photo", record=row, detail=detail)
    return row


def _photo_row(
    photo: FiledPhoto,
    patient: PatientRow,
    session: SessionRow | None,
    *,
    image: bytes,
    small: bytes,
) -> PhotoRow:
    details = photo.details
    taken = photo.taken_at
    row = PhotoRow(
        uuid=photo.id,
        patient=patient,
        session=session,
        view=details.view,
        moment=details.moment,
        label=details.label.strip(),
        media_type=photo.media_type,
        width_px=photo.width_px,
        height_px=photo.height_px,
        byte_size=len(image),
        sha256=photo.sha256,
        taken_at="" if taken is None else taken.isoformat(),
        thumbnail=small,
        added_at=photo.added_at,
        added_by=photo.added_by,
        images=[PhotoImageRow(image=image)],
    )
    if photo.voiding is not None:
        voiding = photo.voiding
        void_row(row, at=voiding.voided_at, by=voiding.voided_by, reason=voiding.reason)
    return row
