"""The bundle's archive (interchange.bundle): written with private entries, read back only
when its names, sizes and packing are what a bundle's are; images checked against the
document's photos and their own SHA-256. Hostile archives are made here byte by byte."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import uuid
import zipfile

import pytest

from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import PatientId, PhotoId
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.interchange.bundle import (
    BUNDLE,
    DOCUMENT_MAX_BYTES,
    BundleReader,
    BundleWriter,
    looks_like_bundle,
)
from mesolog.interchange.bundle import (
    NAMES_ALLOWED as NAMES_ALLOWED_TEXT,
)
from mesolog.interchange.bundle import (
    NOT_A_ZIP as NOT_A_ZIP_TEXT,
)
from mesolog.interchange.clinic_file import FiledPhoto
from tests.interchange.english import english

NAMES_ALLOWED = str(NAMES_ALLOWED_TEXT)
NOT_A_ZIP = str(NOT_A_ZIP_TEXT)

AT = dt.datetime(2026, 3, 10, 18, 0)
IMAGE = b"\xff\xd8\xff" + bytes(range(256)) * 40
SHA = hashlib.sha256(IMAGE).hexdigest()
NAME = f"photos/{SHA}.jpg"
LIMIT = 1_000_000
PHOTO_ID = PhotoId(uuid.UUID("3f2b8c1e-5d7a-4c2b-9e1f-0a6b7c8d9e0f"))


def photo(sha256: str = SHA, size: int = len(IMAGE)) -> FiledPhoto:
    return FiledPhoto(
        PHOTO_ID,
        PatientId(uuid.uuid4()),
        PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE),
        "image/jpeg",
        10,
        10,
        size,
        sha256,
        None,
        dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        "tester",
    )


def written(images: dict[str, bytes] | None = None, document: bytes = b"{}") -> bytes:
    out = io.BytesIO()
    writer = BundleWriter(out, at=AT)
    writer.add_document(document)
    for name, data in (images if images is not None else {NAME: IMAGE}).items():
        writer.add_image(name, data)
    writer.close()
    return out.getvalue()


def zipped(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_STORED) -> bytes:
    """An archive as any zip tool would write it, names and all."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return out.getvalue()


def read(data: bytes) -> BundleReader:
    return BundleReader(io.BytesIO(data), image_max_bytes=LIMIT)


def refused(data: bytes) -> list[Violation]:
    with pytest.raises(ValidationError) as error:
        read(data)
    return english(error.value.violations)


def test_a_bundle_holds_the_document_deflated_and_each_image_stored_all_private() -> None:
    data = written()
    assert looks_like_bundle(data)
    assert not looks_like_bundle(b'{"format": "mesolog"}')
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    assert [(i.filename, i.compress_type) for i in infos] == [
        ("document.json", zipfile.ZIP_DEFLATED),
        (NAME, zipfile.ZIP_STORED),
    ]
    assert {i.external_attr >> 16 for i in infos} == {0o600}
    assert {i.date_time for i in infos} == {(2026, 3, 10, 18, 0, 0)}
    reader = read(data)
    assert reader.document() == b"{}"
    assert reader.match([("patients[0].photos[0]", photo())]) == []
    assert reader.image(NAME) == IMAGE


@pytest.mark.parametrize(
    "name",
    [
        "../document.json",
        "/etc/passwd",
        "photos/../../evil.jpg",
        f"photos/{SHA.upper()}.jpg",
        f"photos/{SHA}.gif",
        f"photos/{SHA[:63]}.jpg",
        f"photos\\{SHA}.jpg",
        "notes.txt",
        "photos/",
    ],
)
def test_a_name_other_than_a_bundles_is_refused_by_name(name: str) -> None:
    [violation] = refused(zipped([("document.json", b"{}"), (name, b"x")]))
    assert violation == Violation(BUNDLE, name, NAMES_ALLOWED)
    assert str(violation) == f"(bundle): {name!r} is not allowed; {NAMES_ALLOWED}"


def test_a_name_that_is_not_plain_is_shown_by_its_length() -> None:
    name = "Papadopoulou Elena – notes.txt"
    [violation] = refused(zipped([("document.json", b"{}"), (name, b"x")]))
    assert violation.value == f"(a name of {len(name)} characters)"
    assert "Papadopoulou" not in str(violation)


def test_a_name_twice_and_no_document_are_refused() -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        twice = zipped([("document.json", b"{}"), (NAME, IMAGE), (NAME, IMAGE)])
    assert refused(twice) == [Violation(BUNDLE, NAME, "each name once in the bundle")]
    assert refused(zipped([(NAME, IMAGE)])) == [
        Violation(BUNDLE, None, "a document named document.json")
    ]


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 cut short", b"not a zip at all" * 100])
def test_what_is_not_a_zip_archive_is_refused_as_such(data: bytes) -> None:
    assert refused(data) == [Violation(BUNDLE, "not a zip archive, or a damaged one", NOT_A_ZIP)]


def _declaring(data: bytes, name: str, size: int) -> bytes:
    """The archive with `name`'s uncompressed size, in its local header and the central
    directory, replaced by `size` (the data itself unchanged)."""
    found = bytearray(data)
    encoded = name.encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := found.find(signature, start)) >= 0:
            name_at = 30 if signature == b"PK\x03\x04" else 46
            if found[start + name_at : start + name_at + len(encoded)] == encoded:
                found[start + size_at : start + size_at + 4] = struct.pack("<I", size)
            start += 4
    return bytes(found)


def test_a_huge_declared_size_is_refused_before_anything_is_read() -> None:
    huge = _declaring(written(), NAME, 4_000_000_000)
    [violation] = refused(huge)
    assert violation == Violation(
        BUNDLE, NAME, f"an image of at most {LIMIT:,} bytes (it says 4,000,000,000)"
    )
    document = _declaring(written(), "document.json", DOCUMENT_MAX_BYTES + 1)
    assert refused(document)[0].allowed.startswith("a document of at most 268,435,456 bytes")


def test_an_entry_that_unpacks_far_beyond_its_packed_size_is_refused() -> None:
    bomb = zipped([("document.json", b"{}"), (NAME, bytes(900_000))], zipfile.ZIP_DEFLATED)
    reader = BundleReader(io.BytesIO(bomb), image_max_bytes=LIMIT)  # under the floor
    reader.close()
    bigger = zipped([("document.json", b" " * 5_000_000)], zipfile.ZIP_DEFLATED)
    [violation] = refused(bigger)
    assert violation.value == "document.json"
    assert violation.allowed.startswith("an entry that unpacks to at most 100 times")


def test_entries_that_overlap_are_refused() -> None:
    data = bytearray(written())
    directory = data.rfind(b"PK\x01\x02")  # the image's record: point it at the document
    data[directory + 42 : directory + 46] = struct.pack("<I", 0)
    assert refused(bytes(data)) == [
        Violation(BUNDLE, "document.json", "entries apart from one another: this one overlaps")
    ]


def test_an_encrypted_or_otherwise_packed_entry_is_refused() -> None:
    packed = zipped([("document.json", b"{}"), (NAME, IMAGE)], zipfile.ZIP_BZIP2)
    assert {v.allowed for v in refused(packed)} == {"an entry stored or deflated"}
    data = bytearray(written())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        data[start + flags_at] |= 0x1
    assert refused(bytes(data)) == [
        Violation(BUNDLE, "document.json", "an entry that is not encrypted")
    ]


def test_a_damaged_entry_is_refused_when_read() -> None:
    data = bytearray(written())
    data[data.find(IMAGE) + 100] ^= 0xFF
    reader = read(bytes(data))
    with pytest.raises(ValidationError) as error:
        reader.image(NAME)
    assert str(error.value.violations[0].allowed).startswith("an entry that unpacks whole")


def test_images_are_matched_with_the_documents_photos() -> None:
    other = hashlib.sha256(b"other").hexdigest()
    reader = read(written({NAME: IMAGE, f"photos/{other}.png": b"other"}))
    missing = photo(sha256="ab" * 32)
    found = english(
        reader.match([("patients[0].photos[0]", photo(size=5)), ("patients[1].photos[0]", missing)])
    )
    assert found == [
        Violation(
            "patients[0].photos[0].byte_size",
            5,
            f"the size of {NAME} ({len(IMAGE):,} bytes), photo {PHOTO_ID}",
        ),
        Violation(
            "patients[1].photos[0].sha256",
            "ab" * 32,
            f"the SHA-256 of an image in the bundle (photos/{'ab' * 32}.jpg, photo {PHOTO_ID})",
        ),
        Violation(
            BUNDLE,
            f"photos/{other}.png",
            "only the images of the document's photos: no photo has this SHA-256",
        ),
    ]


def test_an_image_whose_bytes_are_not_its_name_is_refused_naming_its_photo() -> None:
    swapped = IMAGE[:-1] + bytes([IMAGE[-1] ^ 1])
    reader = read(written({NAME: swapped}))
    assert reader.match([("patients[0].photos[0]", photo())]) == []
    with pytest.raises(ValidationError) as error:
        reader.image(NAME)
    [violation] = english(error.value.violations)
    assert violation.path == BUNDLE and violation.value == NAME
    assert f"photo {PHOTO_ID}" in violation.allowed
    assert hashlib.sha256(swapped).hexdigest() in violation.allowed
