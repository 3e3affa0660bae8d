"""The reactions chart: the ranked rows as horizontal bars with their 95% interval as
whiskers, the rate of all the sessions as a dashed line; the rows with too few sessions
are left out (the table lists them)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mesolog.domain.reaction_rates import RateRow, RateTable
from mesolog.ui.reactions.group_words import group_text, percent_text

MAX_BARS = 15
ROW_HEIGHT = 22
TOP = 8
"""Pixels above the first bar."""
AXIS = 28
"""Pixels under the last bar: the axis's percentages."""
LABEL_GAP = 12
"""Pixels between a bar's label and the axis."""
RIGHT = 44
"""Pixels right of the axis: half the last percentage, and a margin."""
LEAST_PLOT = 160
"""The narrowest the axis gets before the labels give up room (and are elided)."""
BAR_COLOUR = QColor("#5c8fbf")
STANDS_OUT_COLOUR = QColor("#e08a1e")
WHISKER_COLOUR = QColor("#263238")
OVERALL_COLOUR = QColor("#b00020")


class RatesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rates_chart")
        self.setAccessibleName(self.tr("Chart of the ranked rates"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._table: RateTable | None = None

    def set_table(self, table: RateTable | None) -> None:
        self._table = table
        self.updateGeometry()
        self.update()

    def bars(self) -> list[RateRow]:
        """The rows drawn: the first MAX_BARS ranked ones."""
        if self._table is None:
            return []
        return [row for row in self._table.rows if row.rank is not None][:MAX_BARS]

    def sizeHint(self) -> QSize:
        width = max(420, self.minimumSizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Room for the labels whole beside the narrowest axis."""
        return QSize(max(260, self._widest_label() + LABEL_GAP + LEAST_PLOT + RIGHT), 120)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The bars, the axis and the caption under them, wrapped at `width`."""
        bars = max(len(self.bars()), 3)
        return TOP + ROW_HEIGHT * bars + AXIS + self._caption_height(width) + 4

    def _caption_height(self, width: int) -> int:
        caption = self.caption()
        if not caption:
            return 0
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return (
            self.fontMetrics().boundingRect(QRect(0, 0, width - 8, 10_000), flags, caption).height()
        )

    def _widest_label(self) -> int:
        metrics = self.fontMetrics()
        return max(
            (metrics.horizontalAdvance(group_text(row.group)) + 4 for row in self.bars()), default=0
        )

    def scale_top(self) -> float:
        """The right end of the axis: the highest end of a whisker, up to the next 10%."""
        highest = max((row.rate.high for row in self.bars()), default=0.0)
        return max(0.1, min(1.0, math.ceil(highest * 10 - 1e-9) / 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        bars = self.bars()
        text_colour = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        if not bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No row has enough sessions to be ranked and drawn."),
            )
            return
        plot_width = self.plot_width()
        label_width = self.width() - LABEL_GAP - RIGHT - plot_width
        plot = QRectF(label_width + LABEL_GAP, TOP, plot_width, ROW_HEIGHT * len(bars))
        top = self.scale_top()

        def x_of(proportion: float) -> float:
            return plot.left() + plot.width() * min(proportion, top) / top

        self._draw_axis(painter, plot, top, x_of)
        for index, row in enumerate(bars):
            y = plot.top() + index * ROW_HEIGHT
            painter.setPen(text_colour)
            label = metrics.elidedText(
                group_text(row.group), Qt.TextElideMode.ElideRight, label_width
            )
            painter.drawText(
                QRectF(4, y, label_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            bar = QRectF(
                plot.left(), y + 5, x_of(row.rate.proportion) - plot.left(), ROW_HEIGHT - 10
            )
            painter.fillRect(bar, STANDS_OUT_COLOUR if row.stands_out else BAR_COLOUR)
            middle = y + ROW_HEIGHT / 2
            painter.setPen(QPen(WHISKER_COLOUR, 1.5))
            low, high = x_of(row.rate.low), x_of(row.rate.high)
            painter.drawLine(QPointF(low, middle), QPointF(high, middle))
            for end in (low, high):
                painter.drawLine(QPointF(end, middle - 5), QPointF(end, middle + 5))
        if self._table is not None and self._table.overall.sessions:
            overall = self._table.overall.proportion
            x = x_of(overall)
            painter.setPen(QPen(OVERALL_COLOUR, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom() + 4))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(
                    4, plot.bottom() + AXIS, self.width() - 8, self._caption_height(self.width())
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                self.caption(),
            )

    def caption(self) -> str:
        """What the bars, whiskers and line are, and how many ranked rows are drawn ('' with
        no row drawn)."""
        bars = self.bars()
        if self._table is None or not bars or not self._table.overall.sessions:
            return ""
        ranked = sum(row.rank is not None for row in self._table.rows)
        if ranked > len(bars):
            which = self.tr("The first %n ranked rows.", "", len(bars))
        elif len(bars) == 1:
            which = self.tr("The one ranked row.")
        else:
            which = self.tr("The %n ranked rows.", "", len(bars))
        return (
            self.tr(
                "Bars: the rate; whiskers: its 95% interval; dashed line: all the sessions (%1)."
            ).replace("%1", percent_text(self._table.overall.proportion))
            + " "
            + which
        )

    def axis_label_width(self, top: float) -> int:
        """Room for one percentage under the axis (the widest, the top one), and a gap."""
        return self.fontMetrics().horizontalAdvance(percent_text(top, decimals=0)) + 8

    def axis_steps(self, top: float, width: float) -> int:
        """Steps of the axis up to `top`: each 10% (or 20%), fewer when their percentages
        would not fit side by side in `width`; always whole percentages."""
        fit = max(1, int(width // self.axis_label_width(top)))
        preferred = 5 if round(top * 10) % 5 == 0 else round(top * 10)
        percent = round(top * 100)
        return max(s for s in range(1, preferred + 1) if percent % s == 0 and s <= fit)

    def plot_width(self) -> int:
        """The axis's length at the chart's width."""
        room = self.width() - LABEL_GAP - RIGHT
        return room - min(self._widest_label(), max(room - LEAST_PLOT, room // 2))

    def _draw_axis(
        self, painter: QPainter, plot: QRectF, top: float, x_of: Callable[[float], float]
    ) -> None:
        palette = self.palette()
        grid = palette.color(QPalette.ColorRole.Mid)
        metrics = self.fontMetrics()
        label = self.axis_label_width(top)
        steps = self.axis_steps(top, plot.width())
        for step in range(steps + 1):
            proportion = top * step / steps
            x = x_of(proportion)
            painter.setPen(QPen(grid, 0.5, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(x - label / 2, plot.bottom() + 4, label, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                percent_text(proportion, decimals=0),
            )
