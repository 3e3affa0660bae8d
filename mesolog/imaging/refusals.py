"""Which files are taken as clinical photos, and the refusal that names what is wrong.

A refusal names the file by the label it was given, its size, what it is and what is
allowed; it never shows the file's content.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum

from mesolog.domain.errors import KnownError
from mesolog.domain.logo import kind_words
from mesolog.domain.texts import Text, phrase

MAX_BYTES = 40 * 1024 * 1024
"""40 MB: a 12 MP phone JPEG is 3-6 MB, a 45 MP camera's finest JPEG about 25 MB, an
uncompressed 12 MP TIFF 36 MB."""
MAX_PIXELS = 80_000_000
"""80 megapixels: a 61 MP full-frame camera fits. Below Pillow's decompression-bomb limit
(89.5 MP), so it is this refusal a user sees, checked before anything is decoded."""
_MB = 1024 * 1024


class PhotoProblem(StrEnum):
    TOO_LARGE = "too_large"
    NOT_ACCEPTED = "not_accepted"
    NEEDS_HEIC_EXTRA = "needs_heic_extra"
    UNREADABLE = "unreadable"
    TOO_MANY_PIXELS = "too_many_pixels"


class Grouped(Decimal):
    """A count (bytes, pixels): English writes it grouped (41,943,040), as the refusal did
    before it was marked, and each language its own way (a Decimal, so that it is
    formatted as a number wherever the refusal is shown)."""

    def __str__(self) -> str:
        return f"{self:,}"


_KINDS: Mapping[str, Text] = {
    "a JPEG image": phrase("Imaging", "a JPEG image"),
    "a PNG image": phrase("Imaging", "a PNG image"),
    "a TIFF image": phrase("Imaging", "a TIFF image"),
    "a HEIC image": phrase("Imaging", "a HEIC image"),
    "a JPEG 2000 image": phrase("Imaging", "a JPEG 2000 image"),
    "a JPEG XL image": phrase("Imaging", "a JPEG XL image"),
    "a camera raw file": phrase("Imaging", "a camera raw file"),
    "an AVIF image": phrase("Imaging", "an AVIF image"),
    "a video": phrase("Imaging", "a video"),
    "a file": phrase("Imaging", "a file"),
}


def kind_said(kind: str) -> str | Text:
    """What a file was found to be (imaging.kinds' words, or the logo's), for people."""
    return _KINDS.get(kind) or kind_words(kind)


def allowed(max_bytes: int = MAX_BYTES) -> Text:
    """What a photo may be, in words, for the size limit in force."""
    if max_bytes >= _MB:
        size = phrase("Imaging", "{megabytes} MB ({bytes} bytes)").having(
            megabytes=Grouped(round(max_bytes / _MB)), bytes=Grouped(max_bytes)
        )
    else:
        size = phrase("Imaging", "{bytes} bytes").having(bytes=Grouped(max_bytes))
    return phrase(
        "Imaging",
        "a JPEG, PNG or TIFF photo (HEIC with the optional heic extra) of at most {size} and "
        "{megapixels} megapixels",
    ).having(size=size, megapixels=MAX_PIXELS // 1_000_000)


class PhotoRefusedError(KnownError):
    """A file that cannot be kept as a photo; it names the file, its size and its kind."""

    def __init__(
        self,
        problem: PhotoProblem,
        *,
        file_label: str,
        size_bytes: int,
        kind: str,
        width_px: int = 0,
        height_px: int = 0,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.problem = problem
        self.file_label = file_label
        self.size_bytes = size_bytes
        self.kind = kind
        self.width_px = width_px
        self.height_px = height_px
        self.max_bytes = max_bytes
        super().__init__(self._message())

    def _message(self) -> Text:
        values: dict[str, object] = {
            "file": self.file_label,
            "size": Grouped(self.size_bytes),
            "allowed": allowed(self.max_bytes),
        }
        if self.problem is PhotoProblem.TOO_LARGE:
            return phrase(
                "Imaging", "The photo {file} ({size} bytes) is too large; allowed: {allowed}."
            ).having(**values)
        if self.problem is PhotoProblem.NOT_ACCEPTED and self.kind == "not an image":
            return phrase(
                "Imaging", "The photo {file} ({size} bytes) is not an image; allowed: {allowed}."
            ).having(**values)
        values["kind"] = kind_said(self.kind)
        if self.problem is PhotoProblem.NOT_ACCEPTED:
            refused = phrase(
                "Imaging",
                "The photo {file} ({size} bytes) is {kind}, not a JPEG, PNG or TIFF image; "
                "allowed: {allowed}.",
            )
        elif self.problem is PhotoProblem.NEEDS_HEIC_EXTRA:
            refused = phrase(
                "Imaging",
                "The photo {file} ({size} bytes) is {kind}, which mesolog reads only with the "
                "optional heic extra (pip install mesolog[heic]): install it, or export the photo "
                "as JPEG; allowed: {allowed}.",
            )
        elif self.problem is PhotoProblem.UNREADABLE:
            refused = phrase(
                "Imaging",
                "The photo {file} ({size} bytes) is {kind} but cannot be read (damaged or "
                "incomplete); allowed: {allowed}.",
            )
        else:
            del values["kind"]  # the pixels say what is wrong
            megapixels = self.width_px * self.height_px / 1_000_000
            refused = phrase(
                "Imaging",
                "The photo {file} ({size} bytes) is {width} × {height} pixels ({megapixels} "
                "megapixels); allowed: {allowed}.",
            ).having(
                width=Grouped(self.width_px),
                height=Grouped(self.height_px),
                megapixels=_Tenths(f"{megapixels:.1f}"),
            )
        return refused.having(**values)


class _Tenths(Decimal):
    """Megapixels to one decimal: English writes them grouped (1,234.5), as before."""

    def __str__(self) -> str:
        return f"{self:,.1f}"
