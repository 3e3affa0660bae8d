"""Photo files for the window's tests, drawn with Pillow (never pictures of people): a phone
JPEG stored on its side with EXIF orientation 6 and GPS, and a face-like chart (an oval
with markers at fixed places) whose markers line up between two photos of one framing."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

ORIENTATION = 0x0112
GPS_IFD = 0x8825
MAKER = 0x010F
RED = (220, 20, 20)


def phone_jpeg(
    *, orientation: int = 6, gps: bool = True, size: tuple[int, int] = (600, 400), shade: int = 0
) -> bytes:
    """A JPEG of `size` as stored (landscape), its top-left corner red, with an EXIF
    orientation, a maker and (when `gps`) a GPS position; shown upright it is portrait for
    orientation 6."""
    image = Image.new("RGB", size, (30 + shade, 90, 160))
    image.paste(RED, (0, 0, size[0] // 4, size[1] // 4))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[MAKER] = "PhoneMaker"
    if gps:
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (37.0, 58.0, 30.0), 3: "E", 4: (23.0, 43.0, 5.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def face_chart(
    width: int = 900,
    height: int = 1200,
    *,
    redness: int = 0,
    tint: tuple[int, int, int] = (0, 0, 0),
) -> Image.Image:
    """A face-like chart: a warm oval on a grey-blue gradient, eye and mouth markers, a
    cross at the centre and a grid of dots; `redness` paints a patch on the left cheek (the
    "before"), fading as a treatment works. The same framing at any size lines up."""
    gradient = Image.linear_gradient("L").resize((width, height))
    background = Image.merge(
        "RGB",
        (
            gradient.point(lambda v: 70 + v // 4),
            gradient.point(lambda v: 90 + v // 5),
            Image.new("L", (width, height), 140),
        ),
    )
    draw = ImageDraw.Draw(background)
    w, h = width, height
    skin = (224 + tint[0] // 4, 180 + tint[1] // 4, 150 + tint[2] // 4)
    draw.ellipse(
        (w * 0.2, h * 0.12, w * 0.8, h * 0.88),
        fill=skin,
        outline=(90, 60, 50),
        width=max(2, w // 150),
    )
    if redness:
        patch = (w * 0.27, h * 0.5, w * 0.43, h * 0.64)
        draw.ellipse(
            patch, fill=(min(255, 200 + redness // 4), max(0, 150 - redness), max(0, 130 - redness))
        )
    for cx in (0.38, 0.62):
        draw.ellipse(
            (w * (cx - 0.06), h * 0.38, w * (cx + 0.06), h * 0.44),
            fill=(250, 250, 250),
            outline=(40, 40, 40),
            width=3,
        )
        draw.ellipse((w * (cx - 0.02), h * 0.39, w * (cx + 0.02), h * 0.43), fill=(40, 70, 120))
    draw.line(
        (w * 0.5, h * 0.45, w * 0.47, h * 0.58, w * 0.53, h * 0.58), fill=(120, 80, 70), width=4
    )
    draw.arc((w * 0.38, h * 0.62, w * 0.62, h * 0.74), 20, 160, fill=(170, 40, 50), width=6)
    marker = max(3, w // 120)
    for gx in range(1, 8):
        for gy in range(1, 10):
            x, y = w * gx / 8, h * gy / 10
            draw.ellipse((x - marker, y - marker, x + marker, y + marker), fill=(255, 213, 79))
    draw.line((w * 0.5, h * 0.47, w * 0.5, h * 0.53), fill=(0, 0, 0), width=2)
    draw.line((w * 0.47, h * 0.5, w * 0.53, h * 0.5), fill=(0, 0, 0), width=2)
    return background


def jpeg_of(image: Image.Image, quality: int = 88) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
