"""Smaller copies of a photo, in sRGB with no metadata: the thumbnail the history shows and
the print copy a PDF embeds. A PDF draws pixels as plain RGB, so a photo in another colour
space (a phone's Display P3, a camera's Adobe RGB) is converted by its ICC profile.

A JPEG is decoded at the smallest scale its DCT allows that still covers the size asked
for (Pillow's `draft`), and the rest of the way is resampled after a fast `reduce`.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from PIL import Image, ImageCms
from PIL.JpegImagePlugin import JpegImageFile

from mesolog.imaging.decoding import PhotoFile

THUMBNAIL_SIDE = 320
THUMBNAIL_QUALITY = 80
PRINT_QUALITY = 85
POINTS_AN_INCH = 72
_REDUCING_GAP = 3.0
"""Reduce by whole factors while the result stays 3× the target, then resample (Lanczos)."""
_WHITE = (255, 255, 255)
_STORED = "stored in mesolog"


def fitted(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled to fit `box`, keeping its proportions; never enlarged."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))


@cache
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def displayable(image: Image.Image) -> Image.Image:
    """RGB, L or CMYK: transparency laid on white, 16-bit samples brought to 8."""
    if image.mode in ("RGB", "L", "CMYK"):
        return image
    if image.mode.startswith("I"):
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        ground = Image.new("RGB", rgba.size, _WHITE)
        ground.paste(rgba, mask=rgba.getchannel("A"))
        return ground
    return image.convert("RGB")


def in_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """The image's colours in sRGB, by its ICC profile when it has one that fits it."""
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(image, source, _srgb(), outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            converted = None
        if converted is not None:
            return converted
    return image.convert("RGB")


def jpeg_bytes(image: Image.Image, **options: Any) -> bytes:
    out = io.BytesIO()
    image.info = {}
    image.save(out, "JPEG", **options)
    return out.getvalue()


def downscaled(image: Image.Image, box: tuple[int, int]) -> Image.Image:
    """The image fitted into `box` (never enlarged), RGB, L or CMYK."""
    image = displayable(image)
    size = fitted(image.size, box)
    if size == image.size:
        return image
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=_REDUCING_GAP)


def thumbnail(image: Image.Image, icc: bytes | None) -> tuple[bytes, int, int]:
    """A JPEG of the upright image, THUMBNAIL_SIDE pixels on its long side, with its width
    and height; `image` may already be smaller than the photo (a draft)."""
    small = in_srgb(downscaled(image, (THUMBNAIL_SIDE, THUMBNAIL_SIDE)), icc)
    return jpeg_bytes(small, quality=THUMBNAIL_QUALITY), small.width, small.height


def print_copy(image: bytes, *, width_pt: float, height_pt: float, dpi: int = 200) -> bytes:
    """A JPEG of a stored photo with `dpi` pixels an inch when drawn within `width_pt` ×
    `height_pt` points (keeping its proportions), never enlarged; a JPEG already that
    small with no ICC profile comes back as it is."""
    if width_pt <= 0 or height_pt <= 0 or dpi <= 0:
        raise ValueError(f"a print size of {width_pt} × {height_pt} pt at {dpi} dpi")
    box = (
        max(1, round(width_pt * dpi / POINTS_AN_INCH)),
        max(1, round(height_pt * dpi / POINTS_AN_INCH)),
    )
    photo = PhotoFile(image, file_label=_STORED)
    source = photo.opened()
    icc = source.info.get("icc_profile")
    target = fitted(source.size, box)
    if isinstance(source, JpegImageFile):
        if target == source.size and not icc:
            return image
        source.draft("RGB", target)
    photo.loaded(source)
    printed = in_srgb(downscaled(source, box), icc)
    return jpeg_bytes(printed, quality=PRINT_QUALITY, dpi=(dpi, dpi))
