"""Reading a bundle to import: the archive checked (interchange.bundle), its document read
as an interchange file with every rule (services.transfer_reading), its images matched
with the document's photos, each image checked against its SHA-256 and its record and its
thumbnail made (services.photo_transfer). All of it before a database is opened, every
problem reported together; nothing is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from typing import IO

from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.validation import raise_if_any
from mesolog.imaging.refusals import MAX_BYTES
from mesolog.interchange.bundle import BundleReader
from mesolog.interchange.clinic_file import ClinicFile, FiledPhoto
from mesolog.services.photo_transfer import filed_thumbnail
from mesolog.services.transfer_reading import read_clinic_file

_CHUNK = 1024 * 1024


class CheckedBundle:
    """A bundle that breaks no rule: its records, and its images read on demand."""

    def __init__(
        self,
        clinic_file: ClinicFile,
        reader: BundleReader,
        thumbnails: dict[str, bytes],
        sha256: str,
    ) -> None:
        self.clinic_file = clinic_file
        self.sha256 = sha256
        """Of the whole file, which the audit log names it by."""
        self._reader = reader
        self._thumbnails = thumbnails

    def image(self, name: str) -> bytes:
        """The image named `name`, checked against its SHA-256 again as it is read."""
        return self._reader.image(name)

    def thumbnail(self, name: str) -> bytes:
        return self._thumbnails[name]

    def close(self) -> None:
        self._reader.close()


def read_bundle(stream: IO[bytes], *, now: dt.datetime) -> CheckedBundle:
    """The bundle in `stream` (seekable, left open: close the result when done)."""
    sha256 = _digest(stream)
    reader = BundleReader(stream, image_max_bytes=MAX_BYTES)
    try:
        clinic_file = read_clinic_file(reader.document(), now=now, with_images=True)
        photos = [
            (f"patients[{i}].photos[{j}]", photo)
            for i, bundle in enumerate(clinic_file.patients)
            for j, photo in enumerate(bundle.photos)
        ]
        found = reader.match(photos)
        thumbnails, refused = _thumbnails(reader, photos)
        raise_if_any(found + refused)
    except BaseException:
        reader.close()
        raise
    return CheckedBundle(clinic_file, reader, thumbnails, sha256)


def _thumbnails(
    reader: BundleReader, photos: list[tuple[str, FiledPhoto]]
) -> tuple[dict[str, bytes], list[Violation]]:
    """Each image there read once, checked against every photo that names it, and its
    thumbnail; with what is wrong with those images."""
    by_name: dict[str, list[tuple[str, FiledPhoto]]] = defaultdict(list)
    for path, photo in photos:
        if photo.entry_name in reader.images:
            by_name[photo.entry_name].append((path, photo))
    found: list[Violation] = []
    thumbnails: dict[str, bytes] = {}
    for name, named in by_name.items():
        try:
            image = reader.image(name)
            for path, photo in named:
                thumbnails[name] = filed_thumbnail(image, photo, path)
        except ValidationError as error:
            found += error.violations
    return thumbnails, found


def _digest(stream: IO[bytes]) -> str:
    stream.seek(0)
    digest = hashlib.sha256()
    while chunk := stream.read(_CHUNK):
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()
