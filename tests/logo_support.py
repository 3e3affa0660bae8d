"""Logo images for the tests, drawn with Pillow (reportlab's own image library): a PNG with
transparency and a JPEG, each of a size asked for."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw


def logo_png(width: int = 300, height: int = 100) -> bytes:
    """A blue disc and bar on a transparent ground."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    side = min(width, height)
    draw.ellipse((0, 0, side - 1, side - 1), fill=(36, 80, 122, 255))
    if width > side + 10:
        draw.rectangle((side + 10, height // 3, width - 1, 2 * height // 3), fill=(36, 80, 122))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def logo_jpeg(width: int = 300, height: int = 100) -> bytes:
    image = Image.new("RGB", (width, height), (255, 255, 255))
    side = min(width, height)
    ImageDraw.Draw(image).ellipse((0, 0, side - 1, side - 1), fill=(36, 80, 122))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()
