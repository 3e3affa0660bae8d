"""One diagram of a chart as a flowable, drawn as vectors from its plain data: the shapes
beneath the zones, the zones (even-odd, shaded where treated), the shapes above them, then
each marker as a dot with its label set beside it where it overlaps nothing.

The flowable leaves a margin around the diagram so that a label beside a point at the
edge still lies inside it (and so inside the page)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO, Canvas
from reportlab.platypus import Flowable

from mesolog.diagrams.shapes import (
    ClosePath,
    CubicTo,
    DiagramDrawing,
    LineTo,
    MoveTo,
    Paint,
    PathSegment,
)
from mesolog.domain.diagram_ids import ZoneRef
from mesolog.reports.chart_maps import Marker
from mesolog.reports.chart_shading import Shade
from mesolog.reports.fonts import FAMILY
from mesolog.reports.summary_styles import INK, MUTED

LABEL_FONT_SIZE = 5.8
LABEL_HEIGHT = 7.2
LABEL_PAD = 1.3
DOT_RADIUS = 1.6
LEADER_REACH = (5.5, 12.0, 20.0, 30.0)
"""How much farther out a label may go, on a leader line, when nothing nearer is free."""
MARGIN_X = 16.0
MARGIN_Y = 8.0
Box = tuple[float, float, float, float]
"""left, bottom, right, top in points."""


def _overlap(a: Box, b: Box) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _box_at(x: float, y: float, angle: float, reach: float, width: float) -> Box:
    """A label box whose side facing the dot at (x, y) is `reach` away from it at `angle`."""
    ax, ay = x + reach * math.cos(angle), y + reach * math.sin(angle)
    h, cos, sin = LABEL_HEIGHT, math.cos(angle), math.sin(angle)
    left = ax if cos > 0.3 else ax - width if cos < -0.3 else ax - width / 2
    bottom = ay if sin > 0.3 else ay - h if sin < -0.3 else ay - h / 2
    return left, bottom, left + width, bottom + h


def _candidates(x: float, y: float, width: float) -> list[tuple[Box, bool]]:
    """Boxes for a label of `width` around a dot at (x, y), nearest first (right, left,
    above, below, then the diagonals); True where a leader line must show which dot it
    labels."""
    gap = DOT_RADIUS + 1.2
    near = [0, 4, 2, 6, 1, 3, 5, 7]
    found = [(_box_at(x, y, k * math.pi / 4, gap, width), False) for k in near]
    for reach in LEADER_REACH:
        found += [
            (_box_at(x, y, k * math.pi / 8, gap + reach, width), True)
            for k in [2 * n for n in near] + [2 * n + 1 for n in near]
        ]
    return found


def place_labels(
    dots: Sequence[tuple[float, float]], widths: Sequence[float], bounds: Box
) -> list[tuple[Box, bool]]:
    """A box for each dot's label, inside `bounds`: the nearest that overlaps no dot and
    no label placed before it, else the one that overlaps least."""
    dot_boxes = [(x - DOT_RADIUS, y - DOT_RADIUS, x + DOT_RADIUS, y + DOT_RADIUS) for x, y in dots]
    placed: list[Box] = []
    chosen: list[tuple[Box, bool]] = []
    for (x, y), width in zip(dots, widths, strict=True):
        inside = [
            c
            for c in _candidates(x, y, width)
            if c[0][0] >= bounds[0]
            and c[0][1] >= bounds[1]
            and c[0][2] <= bounds[2]
            and c[0][3] <= bounds[3]
        ] or [_clamped(_candidates(x, y, width)[0][0], bounds)]

        def cost(candidate: tuple[Box, bool]) -> float:
            box = candidate[0]
            return sum(_overlap(box, other) for other in (*placed, *dot_boxes))

        best = next((c for c in inside if cost(c) == 0), None) or min(inside, key=cost)
        placed.append(best[0])
        chosen.append(best)
    return chosen


def _clamped(box: Box, bounds: Box) -> tuple[Box, bool]:
    width, height = box[2] - box[0], box[3] - box[1]
    left = min(max(box[0], bounds[0]), bounds[2] - width)
    bottom = min(max(box[1], bounds[1]), bounds[3] - height)
    return (left, bottom, left + width, bottom + height), True


class ChartFigure(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """`drawing` at `width` points wide (its height follows its aspect), zones in
    `shades` filled with their shade, `markers` numbered over it."""

    def __init__(
        self,
        drawing: DiagramDrawing,
        width: float,
        shades: Mapping[ZoneRef, Shade],
        markers: Sequence[Marker],
    ) -> None:
        super().__init__()
        self.drawing = drawing
        self.draw_width = width
        self.draw_height = width * drawing.height / drawing.width
        self.shades = shades
        self.markers = markers
        self.width = width + 2 * MARGIN_X
        self.height = self.draw_height + 2 * MARGIN_Y

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def _point(self, x: float, y: float) -> tuple[float, float]:
        return MARGIN_X + x * self.draw_width, MARGIN_Y + (1 - y) * self.draw_height

    def _path(self, canvas: Canvas, segments: Iterable[PathSegment]) -> object:
        path = canvas.beginPath()
        for s in segments:
            if isinstance(s, MoveTo):
                path.moveTo(*self._point(s.x, s.y))
            elif isinstance(s, LineTo):
                path.lineTo(*self._point(s.x, s.y))
            elif isinstance(s, CubicTo):
                path.curveTo(
                    *self._point(s.x1, s.y1), *self._point(s.x2, s.y2), *self._point(s.x, s.y)
                )
            elif isinstance(s, ClosePath):
                path.close()
        return path

    def _shape(
        self,
        canvas: Canvas,
        segments: Iterable[PathSegment],
        paint: Paint,
        fill: str | None,
        mode: int,
    ) -> None:
        scale = self.draw_width / self.drawing.width
        if fill is not None:
            canvas.setFillColor(HexColor(fill))
        if paint.stroke is not None:
            canvas.setStrokeColor(HexColor(paint.stroke))
            canvas.setLineWidth(max(paint.stroke_width * scale, 0.2))
        canvas.drawPath(
            self._path(canvas, segments),
            stroke=int(paint.stroke is not None),
            fill=int(fill is not None),
            fillMode=mode,
        )

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setLineJoin(1)
        canvas.setLineCap(1)
        for decoration in self.drawing.beneath:
            self._shape(
                canvas, decoration.segments, decoration.paint, decoration.paint.fill, FILL_NON_ZERO
            )
        for zone, shape in self.drawing.zones.items():
            shade = self.shades.get(zone)
            fill = shade.fill if shade is not None else shape.paint.fill
            self._shape(canvas, shape.segments, shape.paint, fill, FILL_EVEN_ODD)
        for decoration in self.drawing.above:
            self._shape(
                canvas, decoration.segments, decoration.paint, decoration.paint.fill, FILL_NON_ZERO
            )
        self._markers(canvas)
        canvas.restoreState()

    def _markers(self, canvas: Canvas) -> None:
        dots = [self._point(m.x, m.y) for m in self.markers]
        widths = [
            stringWidth(m.label, FAMILY, LABEL_FONT_SIZE) + 2 * LABEL_PAD for m in self.markers
        ]
        boxes = place_labels(dots, widths, (0.0, 0.0, self.width, self.height))
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(INK)
        for (x, y), (box, leader) in zip(dots, boxes, strict=True):
            if leader:
                near_x = min(max(x, box[0]), box[2])
                near_y = min(max(y, box[1]), box[3])
                canvas.line(x, y, near_x, near_y)
        canvas.setStrokeColor(white)
        canvas.setFillColor(INK)
        canvas.setLineWidth(0.6)
        for x, y in dots:
            canvas.circle(x, y, DOT_RADIUS, stroke=1, fill=1)
        canvas.setFont(FAMILY, LABEL_FONT_SIZE)
        canvas.setLineWidth(0.35)
        for marker, (box, _) in zip(self.markers, boxes, strict=True):
            canvas.setFillColor(white)
            canvas.setStrokeColor(MUTED)
            canvas.roundRect(
                box[0], box[1], box[2] - box[0], box[3] - box[1], 1.2, stroke=1, fill=1
            )
            canvas.setFillColor(INK)
            canvas.drawString(box[0] + LABEL_PAD, box[1] + 1.8, marker.label)
