"""The pictures of the history's rows: a session's chart as small diagrams, its photos as
thumbnails (the first few, then "+N").

Nothing is drawn or decoded when a history is set: a row's pictures are made the first
time it is painted and kept, so opening a history of hundreds of photos decodes only the
thumbnails on screen. A photo's stored thumbnail (JPEG, at most 320 px) is decoded
straight to the size shown (JPEG's scaled decoding); the image itself is never read.
Their widths are known beforehand, from the diagrams' and photos' proportions. When the
table is too narrow for them, a row shows one diagram and one photo, "+N" on its corner.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QImageReader,
    QPainter,
    QPixmap,
)

from mesolog.diagrams.loading import drawing
from mesolog.domain.ids import SessionId
from mesolog.domain.photos import Photo
from mesolog.services.chart_maps import DiagramChart
from mesolog.ui.common.diagram_painting import diagram_pixmap
from mesolog.ui.sessions.chart_colours import shade_key, zone_fills

CHART_HEIGHT = 60
"""Pixels: a chart's diagram is drawn this tall in a row (a face 48 wide)."""
PHOTO_SIDE = 44
"""Pixels: a photo is shown as a square of this side, its middle (a history's row is for
knowing which photos there are; opening one shows it whole)."""
CHARTS_SHOWN = 2
PHOTOS_SHOWN = 3
GAP = 3
MORE_TEXT = QColor("#505050")
MORE_BACKGROUND = QColor("#e8eaed")


def _more_width(count: int, font: QFont) -> int:
    return QFontMetrics(font).horizontalAdvance(f"+{count}") + 8 if count > 0 else 0


def _chart_width(chart: DiagramChart) -> int:
    shape = drawing(chart.diagram)
    return round(CHART_HEIGHT * shape.width / shape.height)


def _row_width(widths: Sequence[int], more: int, font: QFont, *, narrow: bool) -> int:
    """The strip's width: its pictures side by side, and "+N" after them (or, `narrow`,
    on the corner of the one picture)."""
    if not widths:
        return 0
    extra = 0 if narrow else _more_width(more, font)
    return sum(widths) + GAP * (len(widths) - 1) + (GAP + extra if extra else 0)


class Pictures:
    """The pictures of one history's rows, made when first asked for, kept until the
    next history."""

    def __init__(self, font: QFont) -> None:
        self._font = font
        self._charts: Mapping[SessionId, tuple[DiagramChart, ...]] = {}
        self._photos: Mapping[SessionId, tuple[Photo, ...]] = {}
        self._made: dict[tuple[str, SessionId, bool], QPixmap] = {}
        self.narrow = False
        """One diagram and one photo a row (then "+N"), for a table short of room."""
        self.decoded = 0
        """How many photo thumbnails were decoded (the history's tests and benchmark)."""

    def set_history(
        self,
        charts: Mapping[SessionId, tuple[DiagramChart, ...]],
        photos: Mapping[SessionId, tuple[Photo, ...]],
    ) -> None:
        self._charts, self._photos = charts, photos
        self._made.clear()

    # sizes, without drawing anything

    def chart_width(self, session_id: SessionId, *, narrow: bool = False) -> int:
        charts = self._charts.get(session_id, ())
        shown = [_chart_width(c) for c in charts[: 1 if narrow else CHARTS_SHOWN]]
        return _row_width(shown, len(charts) - len(shown), self._font, narrow=narrow)

    def photos_width(self, session_id: SessionId, *, narrow: bool = False) -> int:
        photos = self._photos.get(session_id, ())
        shown = [PHOTO_SIDE for _ in photos[: 1 if narrow else PHOTOS_SHOWN]]
        return _row_width(shown, len(photos) - len(shown), self._font, narrow=narrow)

    def height(self, session_id: SessionId) -> int:
        """How tall the row's tallest picture is (0 without any)."""
        return max(
            CHART_HEIGHT if session_id in self._charts else 0,
            PHOTO_SIDE if session_id in self._photos else 0,
        )

    # the pictures

    def chart(self, session_id: SessionId) -> QPixmap | None:
        charts = self._charts.get(session_id, ())
        if not charts:
            return None
        return self._kept("chart", session_id, lambda: self._chart_strip(charts))

    def photos(self, session_id: SessionId) -> QPixmap | None:
        photos = self._photos.get(session_id, ())
        if not photos:
            return None
        return self._kept("photos", session_id, lambda: self._photo_strip(photos))

    def _kept(self, kind: str, session_id: SessionId, make: Callable[[], QPixmap]) -> QPixmap:
        key = (kind, session_id, self.narrow)
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = make()
        return found

    def _chart_strip(self, charts: tuple[DiagramChart, ...]) -> QPixmap:
        shown = charts[: 1 if self.narrow else CHARTS_SHOWN]
        pieces = [(_chart_width(c), self._diagram(c)) for c in shown]
        return self._strip(pieces, len(charts) - len(shown), CHART_HEIGHT)

    def _photo_strip(self, photos: tuple[Photo, ...]) -> QPixmap:
        shown = photos[: 1 if self.narrow else PHOTOS_SHOWN]
        pieces = [(PHOTO_SIDE, self._thumbnail(p)) for p in shown]
        return self._strip(pieces, len(photos) - len(shown), PHOTO_SIDE)

    def _diagram(self, chart: DiagramChart) -> QImage:
        ratio = _ratio()
        size = QSize(round(_chart_width(chart) * ratio), round(CHART_HEIGHT * ratio))
        fills = zone_fills(
            (shade_key(technique.kind, technique.depth_mm), (marked.zone,))
            for marked in chart.zones
            for technique in marked.techniques
        )
        points = [(p.point.x, p.point.y, str(p.number)) for p in chart.points]
        return diagram_pixmap(drawing(chart.diagram), size, fills=fills, points=points).toImage()

    def _thumbnail(self, photo: Photo) -> QImage:
        """The stored thumbnail decoded to the size shown, its middle cropped square."""
        width = height = round(PHOTO_SIDE * _ratio())
        data = QByteArray(photo.thumbnail)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        source = reader.size()
        if source.isValid() and source.width() > 0 and source.height() > 0:
            scale = max(width / source.width(), height / source.height())
            reader.setScaledSize(
                QSize(max(round(source.width() * scale), 1), max(round(source.height() * scale), 1))
            )
        image = reader.read()
        self.decoded += 1
        if image.isNull():
            blank = QImage(width, height, QImage.Format.Format_RGB32)
            blank.fill(MORE_BACKGROUND)
            return blank
        left = max((image.width() - width) // 2, 0)
        top = max((image.height() - height) // 2, 0)
        return image.copy(left, top, width, height)

    def _strip(self, pieces: list[tuple[int, QImage]], more: int, height: int) -> QPixmap:
        ratio = _ratio()
        narrow = self.narrow
        width = _row_width([w for w, _ in pieces], more, self._font, narrow=narrow)
        pixmap = QPixmap(round(width * ratio), round(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            left = 0
            for piece_width, image in pieces:
                image.setDevicePixelRatio(ratio)
                painter.drawImage(left, 0, image)
                left += piece_width + GAP
            if more:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                box = QRect(left, (height - 20) // 2, width - left, 20)
                if narrow:
                    box = QRect(0, 0, _more_width(more, self._font), 18)
                    box.moveBottomRight(QPoint(width - 1, height - 1))
                painter.setPen(MORE_TEXT if narrow else Qt.PenStyle.NoPen)
                painter.setBrush(MORE_BACKGROUND)
                painter.drawRoundedRect(box, 9, 9)
                painter.setPen(MORE_TEXT)
                painter.setFont(self._font)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"+{more}")
        finally:
            painter.end()
        return pixmap


def _ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0
