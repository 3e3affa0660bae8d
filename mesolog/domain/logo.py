"""The clinic's logo on its treatment summaries: which images are taken and how big.

PNG and JPEG only: reportlab draws both as they are, and every logo program saves
them. SVG is refused (reportlab cannot draw it without another library, and turning
it into pixels would take Qt into the PDF layer): save the logo as PNG instead.
A file's kind is read from its first bytes, never from its name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from mesolog.domain.errors import KnownError
from mesolog.domain.texts import Text, phrase

MAX_BYTES = 1024 * 1024
"""1 MB: a sharp logo is 10–200 kB; this leaves room and keeps every PDF small."""
MAX_SIDE_PX = 4000
"""Pixels a side: more only slows every summary down."""
ALLOWED = phrase(
    "Logo", "a PNG or JPEG image of at most 1 MB (1,048,576 bytes) and 4,000 pixels a side"
)


class LogoType(StrEnum):
    PNG = "image/png"
    JPEG = "image/jpeg"


class LogoProblem(StrEnum):
    TOO_LARGE = "too_large"
    NOT_PNG_OR_JPEG = "not_png_or_jpeg"
    UNREADABLE = "unreadable"
    TOO_MANY_PIXELS = "too_many_pixels"


@dataclass(frozen=True, slots=True)
class ClinicLogo:
    image: bytes
    media_type: LogoType
    width_px: int
    height_px: int
    file_name: str = ""
    """The name of the file it was chosen from (shown in the settings, never needed)."""


_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", LogoType.PNG.value),
    (b"\xff\xd8\xff", LogoType.JPEG.value),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an office document"),
)


_KIND_WORDS: Mapping[str, Text] = {
    "a GIF image": phrase("Logo", "a GIF image"),
    "a BMP image": phrase("Logo", "a BMP image"),
    "a TIFF image": phrase("Logo", "a TIFF image"),
    "a PDF document": phrase("Logo", "a PDF document"),
    "a ZIP archive or an office document": phrase("Logo", "a ZIP archive or an office document"),
    "a WebP image": phrase("Logo", "a WebP image"),
    "a HEIC or AVIF image": phrase("Logo", "a HEIC or AVIF image"),
    "an SVG drawing": phrase("Logo", "an SVG drawing"),
    "an empty file": phrase("Logo", "an empty file"),
    "not an image": phrase("Logo", "not an image", "what a file is: it is not an image"),
}


def kind_words(kind: str) -> str | Text:
    """What `file_kind` found, for people: its words marked for translation (a media type,
    `image/png`, as it is)."""
    return _KIND_WORDS.get(kind, kind)


class _Grouped(Decimal):
    """A count of bytes: English writes it grouped (1,048,577), as `str()` did before the
    message was marked, and each language its own way (a Decimal, so that it is formatted
    as a number wherever the message is shown)."""

    def __str__(self) -> str:
        return f"{int(self):,}"


def file_kind(data: bytes) -> str:
    """`image/png` or `image/jpeg`, else what the file seems to be, in words."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "a HEIC or AVIF image"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower():
        return "an SVG drawing"
    if not data:
        return "an empty file"
    return "not an image"


class LogoRefusedError(KnownError):
    """A chosen file that cannot be the logo; it names the file, its size and its kind."""

    def __init__(
        self,
        problem: LogoProblem,
        *,
        file_name: str,
        size_bytes: int,
        kind: str,
        width_px: int = 0,
        height_px: int = 0,
    ) -> None:
        self.problem = problem
        self.file_name = file_name
        self.size_bytes = size_bytes
        self.kind = kind
        self.width_px = width_px
        self.height_px = height_px
        super().__init__(self._message())

    def _message(self) -> Text:
        kind = kind_words(self.kind)
        if self.problem is LogoProblem.TOO_LARGE:
            refused = phrase(
                "Logo", "The logo {file} ({size} bytes) is too large; allowed: {allowed}."
            )
        elif self.problem is LogoProblem.NOT_PNG_OR_JPEG:
            refused = phrase(
                "Logo", "The logo {file} ({size} bytes) is {kind}; allowed: {allowed}."
            ).having(kind=kind)
        elif self.problem is LogoProblem.UNREADABLE:
            refused = phrase(
                "Logo",
                "The logo {file} ({size} bytes) is marked {kind} but cannot be read (damaged or "
                "incomplete); allowed: {allowed}.",
            ).having(kind=kind)
        else:
            refused = phrase(
                "Logo",
                "The logo {file} ({size} bytes) is {width} × {height} pixels; allowed: {allowed}.",
            ).having(width=self.width_px, height=self.height_px)
        return refused.having(file=self.file_name, size=_Grouped(self.size_bytes), allowed=ALLOWED)


def refused_before_reading(file_name: str, data: bytes) -> LogoRefusedError | None:
    """What is wrong with a file as a logo that its size and first bytes tell."""
    kind = file_kind(data)
    if len(data) > MAX_BYTES:
        return LogoRefusedError(
            LogoProblem.TOO_LARGE, file_name=file_name, size_bytes=len(data), kind=kind
        )
    if kind not in {t.value for t in LogoType}:
        return LogoRefusedError(
            LogoProblem.NOT_PNG_OR_JPEG, file_name=file_name, size_bytes=len(data), kind=kind
        )
    return None


def accepted_logo(file_name: str, data: bytes, size_px: tuple[int, int] | None) -> ClinicLogo:
    """The logo, once `refused_before_reading` found nothing; `size_px` is (width, height)
    as the image decoded, None when it could not be decoded."""
    refused = refused_before_reading(file_name, data)
    if refused is not None:
        raise refused
    kind = LogoType(file_kind(data))
    if size_px is None:
        raise LogoRefusedError(
            LogoProblem.UNREADABLE, file_name=file_name, size_bytes=len(data), kind=kind.value
        )
    width, height = size_px
    if width > MAX_SIDE_PX or height > MAX_SIDE_PX or min(width, height) < 1:
        raise LogoRefusedError(
            LogoProblem.TOO_MANY_PIXELS,
            file_name=file_name,
            size_bytes=len(data),
            kind=kind.value,
            width_px=width,
            height_px=height,
        )
    return ClinicLogo(data, kind, width, height, file_name)
