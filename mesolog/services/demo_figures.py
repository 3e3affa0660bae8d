"""The invented figures the demo clinic's photos show, drawn with Pillow: a mannequin-like
head turned to the photo's view, a head with neck and chest, a standing body, a scar
close-up with a scale, the crown of a head from above. Never a person: plain shapes in
a skin tone, features as a few lines.

Each function draws on a picture at working size and gives the skin's mask and the
ellipses where the treated condition shows, which services.demo_pictures tints.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import NamedTuple

from PIL import Image, ImageDraw

from mesolog.domain.enums import Area, Fitzpatrick
from mesolog.domain.photos import PhotoView
from mesolog.services.demo_photos import Shot, Subject

Colour = tuple[int, int, int]
Box = tuple[float, float, float, float]

SKIN: dict[Fitzpatrick | None, Colour] = {
    Fitzpatrick.I: (241, 214, 196),
    Fitzpatrick.II: (232, 196, 170),
    Fitzpatrick.III: (214, 172, 138),
    Fitzpatrick.IV: (184, 136, 100),
    Fitzpatrick.V: (140, 98, 68),
    Fitzpatrick.VI: (98, 66, 46),
    None: (214, 172, 138),
}
HAIR: Colour = (58, 44, 36)
GOWN: Colour = (104, 138, 150)
BAND: Colour = (236, 238, 236)
GARMENT: Colour = (120, 124, 134)
SCAR: Colour = (196, 92, 92)
YAW = {
    PhotoView.FRONT: 0.0,
    PhotoView.LEFT_45: -45.0,
    PhotoView.RIGHT_45: 45.0,
    PhotoView.LEFT_PROFILE: -90.0,
    PhotoView.RIGHT_PROFILE: 90.0,
}
"""Where the nose points, in degrees: negative to the picture's left. A left view shows
the patient's left side, which faces the camera when they turn to their right."""

FACE_PATCHES: dict[Area, tuple[tuple[float, float, float, float], ...]] = {
    # across the face (-1 the picture's left edge of the head, 1 its right), down it
    # (-1 top, 1 chin), and the half-axes, as fractions of the head's half-axes
    Area.FOREHEAD: ((0.0, -0.55, 0.55, 0.18),),
    Area.PERIORBITAL: ((-0.38, 0.1, 0.2, 0.08), (0.38, 0.1, 0.2, 0.08)),
    Area.CHEEKS: ((-0.5, 0.3, 0.22, 0.2), (0.5, 0.3, 0.22, 0.2)),
    Area.PERIORAL: ((0.0, 0.56, 0.3, 0.15),),
    Area.JAWLINE: ((-0.62, 0.62, 0.18, 0.15), (0.62, 0.62, 0.18, 0.15)),
    Area.NECK: ((0.0, 1.35, 0.38, 0.22),),
    Area.DECOLLETAGE: ((0.0, 2.05, 0.95, 0.3),),
}
FULL_FACE = (Area.FOREHEAD, Area.CHEEKS, Area.PERIORAL)
BODY_PATCHES: dict[Area, tuple[Box, ...]] = {
    # centre and half-axes on the 600 x 800 working picture of a standing body
    Area.ABDOMEN: ((300, 345, 48, 42),),
    Area.FLANKS: ((238, 330, 16, 42), (362, 330, 16, 42)),
    Area.THIGHS: ((258, 520, 34, 70), (342, 520, 34, 70)),
    Area.KNEES: ((262, 622, 22, 20), (338, 622, 22, 20)),
    Area.ARMS: ((178, 262, 16, 58), (422, 262, 16, 58)),
    Area.HANDS: ((166, 432, 14, 20), (434, 432, 14, 20)),
    Area.BUTTOCKS: ((262, 482, 36, 26), (338, 482, 36, 26)),
    Area.BACK: ((300, 245, 80, 70),),
}

BODY: tuple[tuple[tuple[float, float], ...], ...] = (
    # torso, legs, arms and neck on the 600 x 800 working picture
    (
        (206, 150),
        (394, 150),
        (372, 250),
        (362, 330),
        (388, 420),
        (212, 420),
        (238, 330),
        (228, 250),
    ),
    ((214, 410), (298, 420), (290, 600), (284, 760), (250, 760), (236, 600)),
    ((302, 420), (386, 410), (364, 600), (350, 760), (316, 760), (310, 600)),
    ((206, 150), (188, 160), (160, 300), (150, 420), (176, 424), (196, 300), (226, 200)),
    ((394, 150), (412, 160), (440, 300), (450, 420), (424, 424), (404, 300), (374, 200)),
    ((280, 110), (320, 110), (326, 160), (274, 160)),
)
BRIEFS = ((214, 398), (386, 398), (388, 448), (330, 470), (270, 470), (212, 448))


class Figure(NamedTuple):
    skin: Image.Image
    """Mode L: where the picture shows skin."""
    patches: list[Box]
    """Ellipses (left, top, right, bottom) where the treated condition shows."""


def darker(colour: Colour, by: float) -> Colour:
    r, g, b = colour
    return (round(r * (1 - by)), round(g * (1 - by)), round(b * (1 - by)))


class _Head:
    """A head of half-axes `a`, `b` centred at `cx`, `cy`, turned by `yaw` degrees."""

    def __init__(self, cx: float, cy: float, a: float, b: float, yaw: float) -> None:
        self.cx, self.cy, self.a, self.b = cx, cy, a, b
        self.turn = math.radians(yaw)
        self.width = a * (1 + 0.15 * abs(math.sin(self.turn)))

    def at(self, u: float, v: float) -> tuple[float, float, float]:
        """Where the face's point (u across, v down, front view) shows, and how much of
        it faces the camera (≤ 0: hidden)."""
        angle = math.asin(max(-1.0, min(1.0, u))) + self.turn
        return self.cx + self.width * math.sin(angle), self.cy + self.b * v, math.cos(angle)

    def box(self, u: float, v: float, ru: float, rv: float) -> Box | None:
        x, y, facing = self.at(u, v)
        if facing <= 0.15:
            return None
        half_w, half_h = self.a * ru * facing, self.b * rv
        return (x - half_w, y - half_h, x + half_w, y + half_h)


def _ellipse(
    draw: ImageDraw.ImageDraw, centre: tuple[float, float], rx: float, ry: float, **kw: object
) -> None:
    x, y = centre
    draw.ellipse((x - rx, y - ry, x + rx, y + ry), **kw)  # type: ignore[arg-type]


class _Pen:
    """Draws on the picture and, where the shape is skin, on the skin's mask."""

    def __init__(self, image: Image.Image, skin: Colour) -> None:
        self.mask = Image.new("L", image.size, 0)
        self.draw, self.masked = ImageDraw.Draw(image), ImageDraw.Draw(self.mask)
        self.skin, self.shade = skin, darker(skin, 0.22)

    def skin_ellipse(self, centre: tuple[float, float], rx: float, ry: float, **kw: object) -> None:
        _ellipse(self.draw, centre, rx, ry, fill=self.skin, **kw)
        _ellipse(self.masked, centre, rx, ry, fill=255)

    def cover(self, shape: Sequence[tuple[float, float]], colour: Colour) -> None:
        self.draw.polygon(list(shape), fill=colour)
        self.masked.polygon(list(shape), fill=0)


def portrait(image: Image.Image, shot: Shot) -> Figure:
    """A head and shoulders in a gown; with the neck and chest bare for a neck subject."""
    neck_subject = shot.subject is Subject.NECK
    a, b = (110.0, 145.0) if neck_subject else (150.0, 200.0)
    head = _Head(image.width / 2, 250.0 if neck_subject else 330.0, a, b, YAW.get(shot.view, 0.0))
    pen = _Pen(image, SKIN[shot.skin])
    _shoulders(pen, head, neck_subject, image.height)
    _head(pen, head)
    shown = [a for area in shot.areas for a in (FULL_FACE if area is Area.FULL_FACE else (area,))]
    still = _Head(head.cx, head.cy, a, b, 0.0)
    patches = [
        found
        for area in shown
        for u, v, ru, rv in FACE_PATCHES.get(area, ())
        if (found := (head if v < 1 else still).box(u, v, ru, rv))
        is not None  # only the head turns
    ]
    return Figure(pen.mask, patches)


def _shoulders(pen: _Pen, head: _Head, neck_subject: bool, bottom: int) -> None:
    cx, a, b = head.cx, head.a, head.b
    gown_top = head.cy + b * (2.4 if neck_subject else 1.2)
    lean = 0.1 * a * math.sin(head.turn)
    neck = (cx - 0.42 * a + lean, head.cy + 0.6 * b, cx + 0.42 * a + lean, gown_top + 40)
    pen.draw.rectangle(neck, fill=pen.skin)
    pen.masked.rectangle(neck, fill=255)
    if neck_subject:
        pen.skin_ellipse((cx, gown_top + 0.2 * b), 2.2 * a, b)
    dip = (0.35 if neck_subject else 0.25) * b
    gown = [
        (cx - 2.6 * a, bottom + 10),
        (cx - 2.3 * a, gown_top + 0.5 * b),
        (cx - 1.2 * a, gown_top),
        (cx, gown_top + dip),
        (cx + 1.2 * a, gown_top),
        (cx + 2.3 * a, gown_top + 0.5 * b),
        (cx + 2.6 * a, bottom + 10),
    ]
    pen.cover(gown, GOWN)


def _head(pen: _Pen, head: _Head) -> None:
    """Hair behind, the face's oval, a headband, the ears where they show, the features."""
    facing = math.sin(head.turn)
    hair_x = head.cx - 0.22 * head.a * facing
    _ellipse(pen.draw, (hair_x, head.cy - 0.08 * head.b), head.width + 12, head.b + 8, fill=HAIR)
    ears = [u for u in (-1.0, 1.0) if head.at(u, 0.0)[2] > -0.2]
    edge = [u for u in ears if abs(head.at(u, 0.0)[2]) < 0.3]
    for u in edge:
        _ear(pen, head, u)
    pen.skin_ellipse((head.cx + 0.06 * head.a * facing, head.cy), head.width, head.b)
    band = (hair_x - head.width - 16, head.cy - head.b - 14)
    band_end = (hair_x + head.width + 16, head.cy + 0.9 * head.b)
    pen.draw.arc((*band, *band_end), start=200, end=340, fill=BAND, width=30)
    pen.masked.arc((*band, *band_end), start=200, end=340, fill=0, width=30)
    for u in ears:
        if u not in edge:
            _ear(pen, head, u)
    _features(pen, head)


def _ear(pen: _Pen, head: _Head, u: float) -> None:
    x, y, facing = head.at(u, 0.05)
    rx, ry = head.a * 0.13 * max(0.5, 1 - abs(facing)), head.b * 0.2
    pen.skin_ellipse((x, y), rx, ry, outline=pen.shade, width=3)


def _features(pen: _Pen, head: _Head) -> None:
    """Closed eyes, a nose and a mouth, as a few lines: a mannequin's, not a face's."""
    for u in (-0.38, 0.38):
        found = head.box(u, 0.02, 0.17, 0.06)
        if found is not None:
            pen.draw.arc(found, start=10, end=170, fill=pen.shade, width=4)
    bridge_x, bridge_y, _ = head.at(0.0, -0.1)
    tip_x = head.cx + head.width * 1.12 * math.sin(head.turn)
    base_x, base_y, _ = head.at(0.0, 0.3)
    nose = [(bridge_x, bridge_y), (tip_x, head.cy + 0.24 * head.b), (base_x, base_y)]
    pen.draw.polygon(nose, fill=pen.skin, outline=pen.shade, width=3)
    mouth = head.box(0.0, 0.5, 0.2, 0.07)
    if mouth is not None:
        pen.draw.arc(mouth, start=20, end=160, fill=pen.shade, width=4)


def standing(image: Image.Image, shot: Shot) -> Figure:
    """A standing body seen from the front, or from the back for a free back view."""
    back = shot.view is PhotoView.FREE
    pen = _Pen(image, SKIN[shot.skin])
    for shape in BODY:
        pen.draw.polygon(list(shape), fill=pen.skin)
        pen.masked.polygon(list(shape), fill=255)
    for x in (166, 434):
        pen.skin_ellipse((x, 438), 15, 24)
    pen.skin_ellipse((300, 78), 44, 54)
    if back:
        _ellipse(pen.draw, (300, 70), 46, 50, fill=HAIR)
    else:
        _ellipse(pen.draw, (300, 362), 4, 5, fill=pen.shade)
    pen.cover(BRIEFS, GARMENT)
    patches = [
        (x - rx, y - ry, x + rx, y + ry)
        for area in shot.areas
        if (area in (Area.BUTTOCKS, Area.BACK)) == back
        for x, y, rx, ry in BODY_PATCHES.get(area, ())
    ]
    return Figure(pen.mask, patches)


def scar(image: Image.Image, shot: Shot) -> Figure:
    """A close-up of skin with a healed incision, redder and wider the more severe, and a
    centimetre scale under it."""
    pen = _Pen(image, SKIN[shot.skin])
    pen.draw.rectangle((0, 0, image.width, image.height), fill=pen.skin)
    pen.masked.rectangle((0, 0, image.width, image.height), fill=255)
    line = [(140 + 52 * k, 300 - 30 * math.sin(k / 3) + 4 * k) for k in range(11)]
    share = 0.25 + 0.75 * shot.severity
    r, g, b = (round(s + (t - s) * share) for s, t in zip(pen.skin, SCAR, strict=True))
    pen.draw.line(line, fill=(r, g, b), width=round(8 + 10 * shot.severity), joint="curve")
    for x, y in line[1:-1:2]:  # where the stitches were
        pen.draw.line((x - 4, y - 22, x + 4, y + 22), fill=darker(pen.skin, 0.12), width=3)
    _scale(pen.draw, image.width)
    (left, top), (right, bottom) = line[0], line[-1]
    return Figure(pen.mask, [(left - 20, top - 70, right + 20, bottom + 50)])


def _scale(draw: ImageDraw.ImageDraw, width: int) -> None:
    """A ruler in millimetres along the bottom, as a scar photo carries."""
    top = 470
    draw.rectangle((120, top, width - 120, top + 60), fill=(246, 246, 240), outline=(90, 90, 90))
    for k, x in enumerate(range(130, width - 129, 11)):
        long = k % 10 == 0
        draw.line((x, top, x, top + (30 if long else 14)), fill=(40, 40, 40), width=2)
        if long:
            draw.text((x + 3, top + 34), f"{k // 10}", fill=(40, 40, 40))


def crown(image: Image.Image, shot: Shot, rng: random.Random) -> Figure:
    """The top of a head from above, its hair thinner at the crown the more severe."""
    pen = _Pen(image, SKIN[shot.skin])
    cx, cy = image.width / 2, image.height / 2
    pen.skin_ellipse((cx, cy), 250, 280)
    thin = (cx + 20, cy + 40)
    for _ in range(5200):
        angle, reach = rng.uniform(0, 2 * math.pi), math.sqrt(rng.random())
        x, y = cx + 250 * reach * math.cos(angle), cy + 270 * reach * math.sin(angle)
        near = math.dist((x, y), thin) / 130
        if near < 1 and rng.random() < shot.severity * (1 - near) * 0.95:
            continue
        lean = angle + rng.uniform(-0.3, 0.3)
        pen.draw.line((x, y, x + 9 * math.cos(lean), y + 9 * math.sin(lean)), fill=HAIR, width=2)
    return Figure(pen.mask, [])
