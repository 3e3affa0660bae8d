"""The records of one interchange file, as the codec reads and writes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from mesolog.domain.chain_anchor import ChainAnchor
from mesolog.domain.ids import LotId, PatientId, PhotoId, ProductId, SessionId, TemplateId
from mesolog.domain.photos import Photo, PhotoInput
from mesolog.domain.products import LotInput, ProductInput
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    Patient,
    Reaction,
    Session,
    TreatmentLine,
    Voiding,
)
from mesolog.domain.templates import TemplateInput


@dataclass(frozen=True, slots=True)
class WrittenLine:
    """A treatment line as the file holds it: every product, voided ones too."""

    line: TreatmentLine
    voiding: Voiding | None = None
    product_voidings: tuple[Voiding | None, ...] = ()
    """One per product of `line`, in order."""

    @classmethod
    def of(cls, line: TreatmentLine) -> WrittenLine:
        """A line with nothing voided."""
        return cls(line, None, (None,) * len(line.products))


@dataclass(frozen=True, slots=True)
class SessionParts:
    """A session's treatment lines, products and reactions in the order the file holds
    them, voided ones too (removed from a draft before it was signed). Only a session
    with a voided part has them; the session's own entry holds the parts not voided."""

    session_id: SessionId
    treatments: tuple[WrittenLine, ...]
    reactions: tuple[tuple[Reaction, Voiding | None], ...]

    def live(self) -> tuple[tuple[TreatmentLine, ...], tuple[Reaction, ...]]:
        """The lines (each with its products) and the reactions that are not voided."""
        lines = tuple(
            replace(
                written.line,
                products=tuple(
                    product
                    for product, voiding in zip(
                        written.line.products, written.product_voidings, strict=True
                    )
                    if voiding is None
                ),
            )
            for written in self.treatments
            if written.voiding is None
        )
        return lines, tuple(reaction for reaction, voiding in self.reactions if voiding is None)

    def live_places(self) -> tuple[list[int], list[list[int]], list[int]]:
        """Where each part that is not voided stands among all: (lines, products of each
        live line, reactions), as indexes into the file's lists."""
        lines = [i for i, written in enumerate(self.treatments) if written.voiding is None]
        products = [
            [j for j, voiding in enumerate(self.treatments[i].product_voidings) if voiding is None]
            for i in lines
        ]
        reactions = [i for i, (_, voiding) in enumerate(self.reactions) if voiding is None]
        return lines, products, reactions


PHOTO_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}
"""A photo's image file in a bundle, by its media type: photos/<sha256>.<extension>."""


@dataclass(frozen=True, slots=True)
class FiledPhoto:
    """A photo's record as the file holds it: the domain's Photo without its thumbnail,
    which an import makes again from the image."""

    id: PhotoId
    patient_id: PatientId
    details: PhotoInput
    media_type: str
    width_px: int
    height_px: int
    byte_size: int
    sha256: str
    taken_at: dt.datetime | None
    added_at: dt.datetime
    added_by: str
    voiding: Voiding | None = None

    @classmethod
    def of(cls, photo: Photo) -> FiledPhoto:
        return cls(
            photo.id,
            photo.patient_id,
            photo.details,
            photo.media_type,
            photo.width_px,
            photo.height_px,
            photo.byte_size,
            photo.sha256,
            photo.taken_at,
            photo.added_at,
            photo.added_by,
            photo.voiding,
        )

    @property
    def entry_name(self) -> str:
        """The image's name in a bundle: `photos/<sha256>.jpg` or `.png`."""
        return f"photos/{self.sha256}.{PHOTO_EXTENSIONS[self.media_type]}"


@dataclass(frozen=True, slots=True)
class PatientBundle:
    """One patient with the courses, sessions and photos that belong to them (every
    version of every session, voided ones too, in version 2)."""

    patient: Patient
    courses: tuple[Course, ...]
    sessions: tuple[Session, ...]
    parts: tuple[SessionParts, ...] = ()
    """The voided parts of those sessions that have any."""
    photos: tuple[FiledPhoto, ...] = ()
    """The patient's photos, voided ones too (a bundle's document only)."""


@dataclass(frozen=True, slots=True)
class FiledLot:
    """A lot as the file holds it: what the sessions used of it is not carried (it is
    counted from them)."""

    id: LotId
    details: LotInput
    """Its `product_id` is the product the lot is filed under."""


@dataclass(frozen=True, slots=True)
class FiledProduct:
    """A product of the catalogue with its lots, as the file holds them."""

    id: ProductId
    details: ProductInput
    retired_at: dt.datetime | None = None
    lots: tuple[FiledLot, ...] = ()


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The clinic's product catalogue, retired products too."""

    products: tuple[FiledProduct, ...] = ()

    @property
    def lots(self) -> tuple[FiledLot, ...]:
        return tuple(lot for product in self.products for lot in product.lots)


@dataclass(frozen=True, slots=True)
class FiledTemplate:
    """A protocol template as the file holds it: when it was created is not carried (an
    import sets it)."""

    id: TemplateId
    details: TemplateInput
    retired_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ClinicFile:
    """The whole content of one interchange file."""

    patients: tuple[PatientBundle, ...]
    clinic: ClinicSettings | None = None
    exported_at: dt.datetime | None = None
    chain_anchor: ChainAnchor | None = None
    """The exporting database's audit chain at the export (version 2)."""
    version: int = 2
    """The format version the file was written in."""
    photos_left_out: int = 0
    """How many photos of its patients the export left out (a document without its
    bundle); 0 when it left none out."""
    catalogue: Catalogue | None = None
    """The product catalogue: an export of the whole clinic carries it (version 2)."""
    templates: tuple[FiledTemplate, ...] | None = None
    """The protocol templates: all of them in an export of the whole clinic, those its
    courses name in one patient's (version 2)."""

    @property
    def photos(self) -> tuple[FiledPhoto, ...]:
        return tuple(photo for bundle in self.patients for photo in bundle.photos)
