"""The bundle: an interchange document with its photos' images, in one zip file.

    document.json                  the document (format version 2), deflated
    photos/<sha256>.jpg | .png     each image once, stored as it is, named by its SHA-256

Reading checks the archive before anything in it is used (docs/interchange-bundle.md):
the names are exactly those two forms, each once, with no folder or other file; an entry
is stored or deflated, not encrypted; its declared size is within its limit (the
document DOCUMENT_MAX_BYTES, an image the limit given); it unpacks to at most MAX_RATIO
times its packed size; no entry overlaps another (a zip bomb's trick). An entry is then
never read past its declared size, and must match its CRC. `match` compares the images
with the document's photos (each photo's image there, of its size, and no image no photo
names); `image` gives an image's bytes once their SHA-256 is the one its name gives.

A problem of the archive itself is reported at the path BUNDLE, with the entry's name
(by its length when it is not a plain name) and photo ids: never the document's text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
import zipfile
import zlib
from collections.abc import Sequence
from decimal import Decimal
from typing import IO

from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.texts import Text, phrase
from mesolog.interchange.clinic_file import FiledPhoto

BUNDLE_SUFFIX = ".mesolog.zip"
DOCUMENT_NAME = "document.json"
BUNDLE = "(bundle)"
"""The path shown for a problem of the archive rather than of its document."""
DOCUMENT_MAX_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100
"""How many times its packed size an entry may unpack to: JSON deflates about 10 times,
images not at all; a zip bomb a thousand times and more."""
RATIO_FLOOR = 1024 * 1024
"""Entries that declare less than this are not held to MAX_RATIO."""
FILE_MODE = 0o600
"""The mode the entries carry, which unzip gives the files it extracts."""
_PHOTO_NAME = re.compile(r"photos/[0-9a-f]{64}\.(?:jpg|png)")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9._/\\-]{1,100}")
_ZIP_STARTS = (b"PK\x03\x04", b"PK\x05\x06")
_LOCAL_HEADER = 30
_CHUNK = 1024 * 1024
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error, zlib.error)
NAMES_ALLOWED = phrase(
    "Interchange", "only document.json and photos/<SHA-256 of the image>.jpg or .png"
)
NOT_A_ZIP = phrase(
    "Interchange", "a mesolog bundle: a zip archive (.mesolog.zip) of document.json and photos/"
)


class Grouped(Decimal):
    """A count of bytes: English writes it grouped (268,435,456), as the refusals did before
    they were marked, and each language its own way (a Decimal, so that it is formatted as
    a number wherever the refusal is shown)."""

    def __str__(self) -> str:
        return f"{int(self):,}"


def looks_like_bundle(head: bytes) -> bool:
    """Whether a file starting with `head` is a zip archive (else it is read as JSON)."""
    return head.startswith(_ZIP_STARTS)


def shown_name(name: str) -> str:
    """An entry's name as a refusal shows it: itself when plain, else by its length."""
    return name if _PLAIN_NAME.fullmatch(name) else f"(a name of {len(name)} characters)"


def _refused(value: object, allowed: Text) -> ValidationError:
    return ValidationError([Violation(BUNDLE, value, allowed)])


class BundleWriter:
    """Writes a bundle into `stream`: the document, then each image once."""

    def __init__(self, stream: IO[bytes], *, at: dt.datetime) -> None:
        self._zip = zipfile.ZipFile(stream, "w", zipfile.ZIP_STORED, allowZip64=True)
        self._stamp = at.timetuple()[:6]

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, self._stamp)
        info.external_attr = FILE_MODE << 16
        return info

    def add_document(self, data: bytes) -> None:
        self._zip.writestr(self._info(DOCUMENT_NAME), data, zipfile.ZIP_DEFLATED)

    def add_image(self, name: str, data: bytes) -> None:
        """`name` is the photo's FiledPhoto.entry_name; JPEG and PNG are stored as they are."""
        self._zip.writestr(self._info(name), data, zipfile.ZIP_STORED)

    def close(self) -> None:
        self._zip.close()


class BundleReader:
    """A bundle whose names and sizes were checked; its contents are read on demand."""

    def __init__(self, stream: IO[bytes], *, image_max_bytes: int) -> None:
        try:
            self._zip = zipfile.ZipFile(stream)
            infos = self._zip.infolist()
        except _ZIP_ERRORS as error:
            raise _refused("not a zip archive, or a damaged one", NOT_A_ZIP) from error
        self.images: dict[str, zipfile.ZipInfo] = {}
        self._document: zipfile.ZipInfo | None = None
        self._owners: dict[str, list[str]] = {}
        found = [v for info in infos for v in self._entry(info, image_max_bytes)]
        if not found:
            found += _overlaps(infos, getattr(self._zip, "start_dir", None))
        if self._document is None and not found:
            named = phrase("Interchange", "a document named {name}").having(name=DOCUMENT_NAME)
            found.append(Violation(BUNDLE, None, named))
        if found:
            raise ValidationError(found)

    def _entry(self, info: zipfile.ZipInfo, image_max_bytes: int) -> list[Violation]:
        name = info.filename
        shown = shown_name(name)
        is_document = name == DOCUMENT_NAME
        if info.is_dir() or not (is_document or _PHOTO_NAME.fullmatch(name)):
            return [Violation(BUNDLE, shown, NAMES_ALLOWED)]
        if name in self.images or (is_document and self._document is not None):
            return [Violation(BUNDLE, shown, phrase("Interchange", "each name once in the bundle"))]
        found = []
        if info.flag_bits & 0x1:
            plain = phrase("Interchange", "an entry that is not encrypted")
            found.append(Violation(BUNDLE, shown, plain))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            packed = phrase("Interchange", "an entry stored or deflated")
            found.append(Violation(BUNDLE, shown, packed))
        limit = DOCUMENT_MAX_BYTES if is_document else image_max_bytes
        size = Grouped(info.file_size)
        if info.file_size > limit:
            if is_document:
                most = phrase("Interchange", "a document of at most {most} bytes (it says {size})")
            else:
                most = phrase("Interchange", "an image of at most {most} bytes (it says {size})")
            found.append(Violation(BUNDLE, shown, most.having(most=Grouped(limit), size=size)))
        elif info.file_size > max(RATIO_FLOOR, MAX_RATIO * info.compress_size):
            allowed = phrase(
                "Interchange",
                "an entry that unpacks to at most {ratio} times its packed size (it says {size} "
                "bytes from {packed})",
            ).having(ratio=MAX_RATIO, size=size, packed=Grouped(info.compress_size))
            found.append(Violation(BUNDLE, shown, allowed))
        if is_document:
            self._document = info
        else:
            self.images[name] = info
        return found

    def document(self) -> bytes:
        assert self._document is not None
        return self._read(self._document)

    def match(self, photos: Sequence[tuple[str, FiledPhoto]]) -> list[Violation]:
        """The document's photos (each with its path) against the images: a photo whose
        image is not there or not of its size, and an image no photo names."""
        found: list[Violation] = []
        for path, photo in photos:
            name = photo.entry_name
            self._owners.setdefault(name, []).append(str(photo.id))
            info = self.images.get(name)
            if info is None:
                allowed = phrase(
                    "Interchange", "the SHA-256 of an image in the bundle ({name}, photo {photo})"
                ).having(name=name, photo=str(photo.id))
                found.append(Violation(f"{path}.sha256", photo.sha256, allowed))
            elif info.file_size != photo.byte_size:
                allowed = phrase(
                    "Interchange", "the size of {name} ({size} bytes), photo {photo}"
                ).having(name=name, size=Grouped(info.file_size), photo=str(photo.id))
                found.append(Violation(f"{path}.byte_size", photo.byte_size, allowed))
        for name in self.images.keys() - self._owners.keys():
            allowed = phrase(
                "Interchange", "only the images of the document's photos: no photo has this SHA-256"
            )
            found.append(Violation(BUNDLE, name, allowed))
        return sorted(found, key=lambda v: (v.path == BUNDLE, v.path, str(v.value)))

    def image(self, name: str) -> bytes:
        """The image's bytes, refused unless their SHA-256 is the one in its name."""
        data = self._read(self.images[name])
        actual = hashlib.sha256(data).hexdigest()
        if actual != name.removeprefix("photos/")[:64]:
            owners = ", ".join(self._owners.get(name, [])) or "none"
            wrong = phrase(
                "Interchange",
                "an image whose SHA-256 is the one its name gives (photo {owners}); its bytes' "
                "is {actual}",
            )
            raise _refused(name, wrong.having(owners=owners, actual=actual))
        return data

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        """The entry's bytes, never more than it declares, checked against its CRC."""
        chunks: list[bytes] = []
        total = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > info.file_size:
                        longer = phrase("Interchange", "an entry no longer than it says")
                        raise _refused(info.filename, longer)
                    chunks.append(chunk)
        except _ZIP_ERRORS as error:
            damaged = phrase(
                "Interchange", "an entry that unpacks whole, as its CRC says (damaged or cut short)"
            )
            raise _refused(shown_name(info.filename), damaged) from error
        if total != info.file_size:
            sized = phrase("Interchange", "an entry of the size it says ({size})")
            raise _refused(info.filename, sized.having(size=Grouped(info.file_size)))
        return b"".join(chunks)

    def close(self) -> None:
        self._zip.close()


OVERLAPS = phrase("Interchange", "entries apart from one another: this one overlaps")


def _overlaps(infos: Sequence[zipfile.ZipInfo], directory: int | None) -> list[Violation]:
    """Entries whose packed data runs into the next entry (or the central directory)."""
    ordered = sorted(infos, key=lambda info: info.header_offset)
    ends = [info.header_offset for info in ordered[1:]]
    if directory is not None:
        ends.append(directory)
    return [
        Violation(BUNDLE, info.filename, OVERLAPS)
        for info, end in zip(ordered, ends, strict=False)
        if info.header_offset + _LOCAL_HEADER + len(info.orig_filename) + info.compress_size > end
    ]
