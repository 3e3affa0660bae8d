"""What a file is, read from its first bytes, never its name; and the optional HEIC decoder.

HEIC is read by pillow-heif (the `heic` extra) when it is installed. Its image class is
used directly, never registered with Pillow, so importing a photo changes nothing for
the rest of the program.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import StrEnum
from typing import IO, cast

from PIL import ImageFile

from mesolog.domain.logo import file_kind


class SourceKind(StrEnum):
    """The kinds of file taken as photos, by media type."""

    JPEG = "image/jpeg"
    PNG = "image/png"
    TIFF = "image/tiff"
    HEIC = "image/heic"

    @property
    def described(self) -> str:
        return f"a {self.name} image"


_HEIF_BRANDS = frozenset(
    (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1")
)
_HEVC_BRANDS = _HEIF_BRANDS - {b"mif1", b"msf1"}
_VIDEO_BRANDS = frozenset((b"isom", b"iso2", b"mp41", b"mp42", b"qt  ", b"M4V ", b"3gp4", b"3gp5"))
_TIFF = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "a JPEG 2000 image"),
    (b"\xff\x4f\xff\x51", "a JPEG 2000 image"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "a JPEG XL image"),
    (b"\xff\x0a", "a JPEG XL image"),
    (b"IIRO", "a camera raw file"),
    (b"IIU\x00", "a camera raw file"),
)
CAMERA_RAW = "a camera raw file"


def _brands(data: bytes) -> tuple[bytes, frozenset[bytes]]:
    """An ISO media file's major brand and all its brands (from its first `ftyp` box)."""
    size = int.from_bytes(data[:4], "big")
    end = min(max(size, 16), len(data), 256)
    compatible = {data[i : i + 4] for i in range(16, end - 3, 4)}
    return data[8:12], frozenset({data[8:12], *compatible})


def source_kind(data: bytes) -> SourceKind | str:
    """The kind of a photo file, or what the file seems to be, in words."""
    if data.startswith(b"\xff\xd8\xff"):
        return SourceKind.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return SourceKind.PNG
    if data[:4] in _TIFF:
        return CAMERA_RAW if data[8:10] == b"CR" else SourceKind.TIFF
    if data[4:8] == b"ftyp":
        major, brands = _brands(data)
        if brands & {b"avif", b"avis"}:
            return "an AVIF image"
        if major in _HEIF_BRANDS and (major in _HEVC_BRANDS or brands & _HEVC_BRANDS):
            return SourceKind.HEIC
        if major == b"crx ":
            return CAMERA_RAW
        if major in _VIDEO_BRANDS:
            return "a video"
    for signature, kind in _OTHERS:
        if data.startswith(signature):
            return kind
    return file_kind(data)


ImageClass = Callable[[IO[bytes]], ImageFile.ImageFile]


def heif_image_class() -> ImageClass | None:
    """pillow-heif's image class when the `heic` extra is installed, else None."""
    try:
        module = importlib.import_module("pillow_heif")
    except ImportError:
        return None
    return cast("ImageClass", module.HeifImageFile)
