"""The clinic's logo: whether an image decodes, and the logo as a flowable of a set size."""

from __future__ import annotations

import io
import warnings

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image

from mesolog.domain.logo import ClinicLogo


def decoded_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) in pixels once the whole image has decoded; None if it does not.

    Decoding every pixel (not only the header) is what finds a truncated file, which
    would otherwise break every summary printed after it was chosen.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # Pillow's "possible decompression bomb" too
            reader = ImageReader(io.BytesIO(data))
            width, height = reader.getSize()
            reader.getRGBData()
    except Exception:  # Pillow raises many kinds for a bad file
        return None
    return int(width), int(height)


MAX_POINTS_PER_PIXEL = 72 / 120
"""A small logo is never printed coarser than 120 pixels an inch."""


def logo_image(logo: ClinicLogo, max_width: float, max_height: float) -> Image:
    """The logo scaled to fit the box, its proportions kept, transparency kept."""
    scale = min(max_width / logo.width_px, max_height / logo.height_px, MAX_POINTS_PER_PIXEL)
    image = Image(
        io.BytesIO(logo.image),
        width=logo.width_px * scale,
        height=logo.height_px * scale,
        mask="auto",
    )
    image.hAlign = "LEFT"
    return image
