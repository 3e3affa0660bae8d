"""Which files are taken as clinical photos, and the refusal that names what is wrong.

A refusal names the file by the label it was given, its size, what it is and what is
allowed; it never shows the file's content.
"""

from __future__ import annotations

from enum import StrEnum

from mesolog.domain.errors import KnownError

MAX_BYTES = 40 * 1024 * 1024
"""40 MB: a 12 MP phone JPEG is 3-6 MB, a 45 MP camera's finest JPEG about 25 MB, an
uncompressed 12 MP TIFF 36 MB."""
MAX_PIXELS = 80_000_000
"""80 megapixels: a 61 MP full-frame camera fits. Below Pillow's decompression-bomb limit
(89.5 MP), so it is this refusal a user sees, checked before anything is decoded."""
HEIC_EXTRA = "the optional heic extra (pip install mesolog[heic])"


class PhotoProblem(StrEnum):
    TOO_LARGE = "too_large"
    NOT_ACCEPTED = "not_accepted"
    NEEDS_HEIC_EXTRA = "needs_heic_extra"
    UNREADABLE = "unreadable"
    TOO_MANY_PIXELS = "too_many_pixels"


def allowed(max_bytes: int = MAX_BYTES) -> str:
    """What a photo may be, in words, for the size limit in force."""
    if max_bytes >= 1024 * 1024:
        size = f"{max_bytes / (1024 * 1024):,.0f} MB ({max_bytes:,} bytes)"
    else:
        size = f"{max_bytes:,} bytes"
    return (
        "a JPEG, PNG or TIFF photo (HEIC with the optional heic extra) of at most "
        f"{size} and {MAX_PIXELS // 1_000_000} megapixels"
    )


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

    def _message(self) -> str:
        described = f"{self.file_label} ({self.size_bytes:,} bytes)"
        if self.problem is PhotoProblem.TOO_LARGE:
            found = "is too large"
        elif self.problem is PhotoProblem.NOT_ACCEPTED:
            found = (
                "is not an image"
                if self.kind == "not an image"
                else f"is {self.kind}, not a JPEG, PNG or TIFF image"
            )
        elif self.problem is PhotoProblem.NEEDS_HEIC_EXTRA:
            found = (
                f"is {self.kind}, which mesolog reads only with {HEIC_EXTRA}: install it, "
                "or export the photo as JPEG"
            )
        elif self.problem is PhotoProblem.UNREADABLE:
            found = f"is {self.kind} but cannot be read (damaged or incomplete)"
        else:
            megapixels = self.width_px * self.height_px / 1_000_000
            found = (
                f"is {self.width_px:,} × {self.height_px:,} pixels ({megapixels:,.1f} megapixels)"
            )
        return f"The photo {described} {found}; allowed: {allowed(self.max_bytes)}."
