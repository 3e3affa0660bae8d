"""Camera photos for the summary's tests and benchmark, drawn with Pillow (no pictures of
people): a gradient with a block whose colour tells one photo from another, at a camera's
size, with the capture time a phone writes."""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageDraw
from PIL.ExifTags import IFD, Base

TWELVE_MP = (4000, 3000)


def camera_photo(
    shade: int,
    size: tuple[int, int] = (2400, 1800),
    *,
    taken: str | None = None,
    quality: int = 90,
    grain: bool = False,
) -> bytes:
    """A JPEG of `size` pixels; `shade` (0-255) makes each one different; `taken` is an
    EXIF date (`2026:03:02 16:20:00`, read with the +02:00 offset written beside it);
    `grain` adds a camera's noise, so that it compresses (and decodes) like a photo."""
    width, height = size
    down = Image.linear_gradient("L")
    across = down.transpose(Image.Transpose.ROTATE_90)
    blue = Image.new("L", (width, height), 90 + shade % 140)
    scene = Image.merge("RGB", (down.resize(size), across.resize(size), blue))
    draw = ImageDraw.Draw(scene)
    draw.ellipse(
        (width // 4, height // 5, 3 * width // 4, 4 * height // 5),
        fill=(200, 120 + shade % 100, 90),
        outline=(40, 40, 40),
        width=max(2, width // 300),
    )
    draw.rectangle((0, 0, width // 6, height // 6), fill=(shade, 255 - shade, 60))
    if grain:
        noise = Image.effect_noise(size, 12).convert("RGB")
        scene = ImageChops.add(scene, noise, scale=1.0, offset=-100)
    exif = Image.Exif()
    if taken is not None:
        exif.get_ifd(IFD.Exif).update(
            {Base.DateTimeOriginal: taken, Base.OffsetTimeOriginal: "+02:00"}
        )
    out = io.BytesIO()
    scene.save(out, "JPEG", quality=quality, exif=exif.tobytes())
    return out.getvalue()
