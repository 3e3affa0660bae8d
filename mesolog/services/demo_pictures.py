"""The demo clinic's photo files, generated: never pictures of people.

A picture is a neutral backdrop, an invented figure (services.demo_figures) whose
treated zones are tinted red as much as the condition still shows, the papules left by
the needle just after a session, a colour card, and a label with the view and moment.
It is saved as a camera would: a JPEG, turned as the camera was held with the EXIF
orientation saying how to show it, with the capture time and the camera's name, for
mesolog's photo preparation to turn upright and strip like any other.
"""

from __future__ import annotations

import functools
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from PIL.ExifTags import IFD, Base

from mesolog.domain.photos import PhotoMoment, PhotoView
from mesolog.services import demo_figures as figures
from mesolog.services.demo_photos import Shot, Subject

PORTRAIT = (1200, 1600)
LANDSCAPE = (1600, 1200)
WORKING = 2
"""Figures are drawn at half size and enlarged, which softens their edges like a lens."""
SOFTNESS = 1
"""The blur, in working pixels, that takes the steps off the figures' edges."""
QUALITY = 85
CAMERA = "mesolog demo"
RED = (186, 52, 58)
TURNS = {
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}
"""How the camera's pixels lie for an EXIF orientation (the reverse of showing them)."""
VIEWS = {
    PhotoView.FRONT: "Front",
    PhotoView.LEFT_45: "Left 45°",
    PhotoView.RIGHT_45: "Right 45°",
    PhotoView.LEFT_PROFILE: "Left profile",
    PhotoView.RIGHT_PROFILE: "Right profile",
}
MOMENTS = {
    PhotoMoment.BEFORE: "before",
    PhotoMoment.AFTER: "after",
    PhotoMoment.FOLLOW_UP: "follow-up",
}
CARD = (
    (245, 245, 242),
    (160, 160, 160),
    (70, 70, 70),
    (206, 160, 128),
    (176, 48, 52),
    (52, 88, 150),
)


def size_of(subject: Subject) -> tuple[int, int]:
    """The picture's size upright."""
    return LANDSCAPE if subject in (Subject.SCAR, Subject.SCALP) else PORTRAIT


def upright_picture(shot: Shot) -> Image.Image:
    """The picture as it is meant to be seen."""
    rng = random.Random(shot.seed)
    width, height = size_of(shot.subject)
    small = _backdrop((width // WORKING, height // WORKING))
    if shot.subject in (Subject.FACE, Subject.NECK):
        figure = figures.portrait(small, shot)
    elif shot.subject is Subject.BODY:
        figure = figures.standing(small, shot)
    elif shot.subject is Subject.SCAR:
        figure = figures.scar(small, shot)
    else:
        figure = figures.crown(small, shot, rng)
    small = _tinted(small, figure, shot.severity, rng)
    if shot.moment is PhotoMoment.AFTER:
        _papules(small, figure, rng)
    soft = small.filter(ImageFilter.BoxBlur(SOFTNESS))
    picture = soft.resize((width, height), Image.Resampling.BILINEAR)
    _card(picture)
    _label(picture, shot)
    return picture


def picture_file(shot: Shot) -> bytes:
    """The picture as the camera saved it: JPEG, turned by its orientation, with EXIF."""
    picture = upright_picture(shot)
    turn = TURNS.get(shot.orientation)
    stored = picture if turn is None else picture.transpose(turn)
    exif = Image.Exif()
    exif[Base.Orientation] = shot.orientation
    exif[Base.Make] = CAMERA
    exif[Base.Model] = "generated image"
    details = exif.get_ifd(IFD.Exif)
    local = shot.taken_at
    details[Base.DateTimeOriginal] = local.strftime("%Y:%m:%d %H:%M:%S")
    offset = local.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        details[Base.OffsetTimeOriginal] = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=QUALITY, optimize=True, exif=exif)
    return out.getvalue()


def _backdrop(size: tuple[int, int]) -> Image.Image:
    return _plain_backdrop(size).copy()


@functools.cache
def _plain_backdrop(size: tuple[int, int]) -> Image.Image:
    """A studio backdrop: light blue-grey, darker towards the bottom and the corners."""
    gradient = Image.linear_gradient("L").resize(size)
    corners = Image.radial_gradient("L").resize(size)
    shade = Image.blend(gradient, corners, 0.45)
    return ImageOps.colorize(shade, black=(150, 160, 168), white=(214, 220, 224))


def _tinted(
    picture: Image.Image, figure: figures.Figure, severity: float, rng: random.Random
) -> Image.Image:
    """The picture with its patches reddened by `severity`, in soft uneven blotches."""
    coarse = 4
    width, height = picture.size
    blotches = Image.new("L", (width // coarse, height // coarse), 0)
    draw = ImageDraw.Draw(blotches)
    strength = round(150 * severity)
    for left, top, right, bottom in figure.patches:
        for _ in range(3):
            jx, jy = (
                (right - left) * rng.uniform(-0.12, 0.12),
                (bottom - top) * rng.uniform(-0.12, 0.12),
            )
            box = (
                (left + jx) / coarse,
                (top + jy) / coarse,
                (right + jx) / coarse,
                (bottom + jy) / coarse,
            )
            draw.ellipse(box, fill=strength)
    soft = blotches.filter(ImageFilter.GaussianBlur(3)).resize(
        picture.size, Image.Resampling.BILINEAR
    )
    alpha = Image.composite(soft, Image.new("L", picture.size, 0), figure.skin)
    return Image.composite(Image.new("RGB", picture.size, RED), picture, alpha)


def _papules(picture: Image.Image, figure: figures.Figure, rng: random.Random) -> None:
    """The small raised marks each injection leaves for an hour or so."""
    draw = ImageDraw.Draw(picture)
    for left, top, right, bottom in figure.patches:
        cx, cy, rx, ry = (
            (left + right) / 2,
            (top + bottom) / 2,
            (right - left) / 2,
            (bottom - top) / 2,
        )
        for _ in range(max(4, round(rx * ry / 120))):
            angle, radius = rng.uniform(0, 2 * math.pi), math.sqrt(rng.random())
            x, y = cx + rx * radius * math.cos(angle), cy + ry * radius * math.sin(angle)
            inside = 0 <= x < picture.width and 0 <= y < picture.height
            if not inside or not figure.skin.getpixel((int(x), int(y))):
                continue
            draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=(200, 96, 96))
            draw.point((x - 1, y - 1), fill=(236, 170, 160))


def _card(picture: Image.Image) -> None:
    """A colour reference card in the lower right, as clinical photos carry."""
    width, height = picture.size
    draw = ImageDraw.Draw(picture)
    side = 34
    left, top = width - 40 - side * len(CARD), height - 40 - side
    draw.rectangle((left - 6, top - 6, width - 34, height - 34), fill=(30, 30, 30))
    for k, colour in enumerate(CARD):
        draw.rectangle(
            (left + k * side, top, left + (k + 1) * side - 2, top + side - 2), fill=colour
        )


def _label(picture: Image.Image, shot: Shot) -> None:
    """The view and moment in the upper left, and that the picture is generated."""
    draw = ImageDraw.Draw(picture)
    view = VIEWS.get(shot.view, str(shot.label))  # the font drawn with has no Greek
    big, small = ImageFont.load_default(size=34), ImageFont.load_default(size=20)
    first = f"{view} · {MOMENTS[shot.moment]}"
    second = "mesolog demo · generated image, not a person"
    right = 40 + max(draw.textlength(first, font=big), draw.textlength(second, font=small)) + 36
    draw.rounded_rectangle((28, 28, right, 130), radius=12, fill=(34, 38, 44))
    draw.text((46, 40), first, font=big, fill=(250, 250, 250))
    draw.text((46, 94), second, font=small, fill=(200, 204, 210))
