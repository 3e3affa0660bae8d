"""The one painter of a diagram for the whole window (chart, history thumbnails, maps).

A diagram is drawn into a rectangle that keeps its aspect (`fitted_rect`); a point of
the diagram is normalised (0-1 of its width and height, mesolog.diagrams.shapes) and
`to_widget`/`to_diagram` convert between the two. Everything is drawn as vectors from
the drawing's segments; the paths are built once per drawing and drawn size and kept.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPixmap

from mesolog.diagrams.shapes import (
    ClosePath,
    CubicTo,
    Decoration,
    DiagramDrawing,
    LineTo,
    MoveTo,
    Paint,
    PathSegment,
)
from mesolog.domain.diagram_ids import ZoneRef

OUTLINE_COLOUR = QColor("#0b57d0")
MARKER_FILL = QColor("#263238")
MARKER_SELECTED = QColor("#d93025")
MARKER_TEXT = QColor("#ffffff")
MARKER_RADIUS = 8.0
"""A marker's radius in pixels when drawn at full size (the chart)."""
_LABEL_MIN_RADIUS = 5.5
"""Below this radius (a thumbnail) a marker is a dot without its number."""
_NO_FILLS: Mapping[ZoneRef, QColor] = MappingProxyType({})


def fitted_rect(drawing: DiagramDrawing, within: QRectF) -> QRectF:
    """The largest box of the diagram's aspect inside `within`, centred in it."""
    aspect = drawing.width / drawing.height
    width, height = within.width(), within.height()
    if width <= 0 or height <= 0:
        return QRectF(within.center(), within.center())
    if width / height > aspect:
        width = height * aspect
    else:
        height = width / aspect
    left = within.left() + (within.width() - width) / 2
    top = within.top() + (within.height() - height) / 2
    return QRectF(left, top, width, height)


def to_widget(rect: QRectF, x: float, y: float) -> QPointF:
    """Where the diagram's normalised point (x, y) is drawn in `rect`."""
    return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())


def to_diagram(rect: QRectF, point: QPointF) -> tuple[float, float]:
    """The normalised point of the diagram drawn in `rect` at the widget's `point`."""
    if rect.width() <= 0 or rect.height() <= 0:
        return (-1.0, -1.0)
    return (
        (point.x() - rect.left()) / rect.width(),
        (point.y() - rect.top()) / rect.height(),
    )


def _path(segments: Sequence[PathSegment], width: float, height: float) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for segment in segments:
        if isinstance(segment, MoveTo):
            path.moveTo(segment.x * width, segment.y * height)
        elif isinstance(segment, LineTo):
            path.lineTo(segment.x * width, segment.y * height)
        elif isinstance(segment, CubicTo):
            path.cubicTo(
                segment.x1 * width,
                segment.y1 * height,
                segment.x2 * width,
                segment.y2 * height,
                segment.x * width,
                segment.y * height,
            )
        elif isinstance(segment, ClosePath):
            path.closeSubpath()
    return path


@dataclass(frozen=True)
class _Styled:
    path: QPainterPath
    brush: QBrush
    pen: QPen


@dataclass(frozen=True)
class _Paths:
    """A drawing's paths at one drawn size, placed at (0, 0)."""

    beneath: tuple[_Styled, ...]
    zones: Mapping[ZoneRef, _Styled]
    above: tuple[_Styled, ...]


def _styled(
    segments: Sequence[PathSegment], paint: Paint, size: tuple[float, float], scale: float
) -> _Styled:
    brush = QBrush(QColor(paint.fill)) if paint.fill else QBrush(Qt.BrushStyle.NoBrush)
    if paint.stroke and paint.stroke_width > 0:
        pen = QPen(QColor(paint.stroke), paint.stroke_width * scale)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    else:
        pen = QPen(Qt.PenStyle.NoPen)
    return _Styled(_path(segments, *size), brush, pen)


@functools.lru_cache(maxsize=64)
def _paths(drawing: DiagramDrawing, width: float, height: float) -> _Paths:
    scale = width / drawing.width
    size = (width, height)

    def decorations(items: Sequence[Decoration]) -> tuple[_Styled, ...]:
        return tuple(_styled(item.segments, item.paint, size, scale) for item in items)

    zones = {
        zone: _styled(shape.segments, shape.paint, size, scale)
        for zone, shape in drawing.zones.items()
    }
    return _Paths(decorations(drawing.beneath), MappingProxyType(zones), decorations(drawing.above))


def _paths_for(drawing: DiagramDrawing, rect: QRectF) -> _Paths:
    return _paths(drawing, round(rect.width(), 2), round(rect.height(), 2))


def zone_path(drawing: DiagramDrawing, zone: ZoneRef, rect: QRectF) -> QPainterPath:
    """The zone's outline drawn in `rect` (even-odd: an eye is a hole in its zone)."""
    return _paths_for(drawing, rect).zones[zone].path.translated(rect.topLeft())


def paint_diagram(
    painter: QPainter,
    drawing: DiagramDrawing,
    rect: QRectF,
    *,
    fills: Mapping[ZoneRef, QColor] = _NO_FILLS,
    outlined: ZoneRef | None = None,
) -> None:
    """The decorations beneath, every zone (in `fills`' colour or the file's own paint),
    the decorations above, then `outlined`'s outline (`paint_outlines` draws several),
    all as vectors in `rect`."""
    paths = _paths_for(drawing, rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    for item in paths.beneath:
        _draw(painter, item)
    for zone, item in paths.zones.items():
        fill = fills.get(zone)
        _draw(painter, item, None if fill is None else QBrush(fill))
    for item in paths.above:
        _draw(painter, item)
    painter.restore()
    if outlined is not None:
        paint_outlines(painter, drawing, rect, (outlined,))


def paint_outlines(
    painter: QPainter, drawing: DiagramDrawing, rect: QRectF, zones: Iterable[ZoneRef]
) -> None:
    """The outlines of `zones` (those of the selected line) over the diagram in `rect`."""
    paths = _paths_for(drawing, rect)
    pen = QPen(OUTLINE_COLOUR, max(1.5, rect.width() / 180))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    for zone in zones:
        if zone in paths.zones:
            painter.strokePath(paths.zones[zone].path, pen)
    painter.restore()


def _draw(painter: QPainter, item: _Styled, brush: QBrush | None = None) -> None:
    painter.setPen(item.pen)
    painter.setBrush(item.brush if brush is None else brush)
    painter.drawPath(item.path)


def paint_points(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[tuple[float, float, str]],
    *,
    selected: int | None = None,
    radius: float = MARKER_RADIUS,
) -> None:
    """A numbered marker at each normalised (x, y): a disc with its label in it (a dot
    without it when `radius` is a thumbnail's); the one at index `selected` in red."""
    if not points:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    labelled = radius >= _LABEL_MIN_RADIUS
    if labelled:
        font = QFont(painter.font())
        font.setPixelSize(max(7, round(radius * 1.15)))
        font.setBold(True)
        painter.setFont(font)
    outline = QPen(MARKER_TEXT, max(1.0, radius / 6))
    text_pen = QPen(MARKER_TEXT)
    for index, (x, y, label) in enumerate(points):
        centre = to_widget(rect, x, y)
        width = radius * 2 + (max(0, len(label) - 2) * radius * 0.6 if labelled else 0)
        box = QRectF(centre.x() - width / 2, centre.y() - radius, width, radius * 2)
        painter.setPen(outline)
        painter.setBrush(MARKER_SELECTED if index == selected else MARKER_FILL)
        painter.drawRoundedRect(box, radius, radius)
        if labelled:
            painter.setPen(text_pen)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()


def diagram_pixmap(
    drawing: DiagramDrawing,
    size: QSize,
    *,
    fills: Mapping[ZoneRef, QColor] = _NO_FILLS,
    points: Sequence[tuple[float, float, str]] = (),
) -> QPixmap:
    """The diagram (transparent around it) drawn into a pixmap of `size`, for a
    thumbnail; its points are dots, or numbered markers when the pixmap is large."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    rect = fitted_rect(drawing, QRectF(0, 0, size.width(), size.height()))
    painter = QPainter(pixmap)
    try:
        paint_diagram(painter, drawing, rect, fills=fills)
        radius = min(MARKER_RADIUS, max(1.5, rect.width() / 40))
        paint_points(painter, rect, points, radius=radius)
    finally:
        painter.end()
    return pixmap


def marker_at(
    rect: QRectF,
    points: Sequence[tuple[float, float, str]],
    at: QPointF,
    *,
    radius: float = MARKER_RADIUS,
) -> int | None:
    """The index of the marker drawn under `at` (the topmost: the last drawn), or None."""
    for index in range(len(points) - 1, -1, -1):
        x, y, label = points[index]
        centre = to_widget(rect, x, y)
        half = radius + max(0, len(label) - 2) * radius * 0.3
        if abs(at.x() - centre.x()) <= half + 1 and abs(at.y() - centre.y()) <= radius + 1:
            return index
    return None
