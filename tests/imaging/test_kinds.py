"""A file's kind read from its first bytes: the photo kinds, and the others in words."""

from __future__ import annotations

import struct

import pytest

from mesolog.imaging.kinds import CAMERA_RAW, SourceKind, source_kind
from tests.imaging.photo_files import camera_jpeg, camera_png, camera_tiff, heic_header


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00" * 32


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (camera_jpeg(1), SourceKind.JPEG),
        (camera_png(1), SourceKind.PNG),
        (camera_tiff(1), SourceKind.TIFF),
        (b"MM\x00*\x00\x00\x00\x08", SourceKind.TIFF),
        (heic_header(), SourceKind.HEIC),
        (_ftyp(b"mif1", b"mif1", b"heic"), SourceKind.HEIC),
        (_ftyp(b"mif1", b"mif1", b"avif"), "an AVIF image"),
        (_ftyp(b"crx ", b"crx ", b"isom"), CAMERA_RAW),
        (_ftyp(b"qt  ", b"qt  "), "a video"),
        (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "a JPEG 2000 image"),
        (b"\xff\x0a\xfa", "a JPEG XL image"),
        (b"BM\x00\x00", "a BMP image"),
        (b"PK\x03\x04", "a ZIP archive or an office document"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "an SVG drawing"),
    ],
)
def test_a_files_kind_is_read_from_its_first_bytes(data: bytes, kind: SourceKind | str) -> None:
    assert source_kind(data) == kind


def test_each_photo_kind_is_described_for_a_message() -> None:
    assert [kind.described for kind in SourceKind] == [
        "a JPEG image",
        "a PNG image",
        "a TIFF image",
        "a HEIC image",
    ]
