"""A small line chart of the improvement score per session of a course (reportlab graphics)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker

from mesolog.domain import limits
from mesolog.domain.records import Session
from mesolog.reports.fonts import FAMILY
from mesolog.reports.summary_styles import ACCENT, MUTED, RULE


def score_chart(sessions: Sequence[Session], width: float, height: float = 110) -> Drawing | None:
    """Score against session number; None when fewer than two sessions have a score."""
    points = [
        (float(number), float(s.entry.improvement_score))
        for number, s in enumerate(sessions, 1)
        if s.entry.improvement_score is not None
    ]
    if len(points) < 2:
        return None
    drawing = Drawing(width, height, initialFontName=FAMILY, initialFontSize=7)
    plot = LinePlot()
    plot.x, plot.y = 30, 22
    plot.width, plot.height = width - 45, height - 32
    plot.data = [points]
    plot.lines[0].strokeColor = ACCENT
    plot.lines[0].strokeWidth = 1.2
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3, fillColor=ACCENT)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FAMILY
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.5
    plot.yValueAxis.valueMin = limits.IMPROVEMENT_SCORE.low
    plot.yValueAxis.valueMax = limits.IMPROVEMENT_SCORE.high
    plot.yValueAxis.valueStep = 2
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = RULE
    plot.yValueAxis.gridStrokeWidth = 0.3
    last = max(x for x, _ in points)
    plot.xValueAxis.valueMin = 1
    plot.xValueAxis.valueMax = max(last, 2)
    step = max(1, round(last / 12))
    plot.xValueAxis.valueSteps = [float(n) for n in range(1, int(last) + 1, step)]
    plot.xValueAxis.labelTextFormat = "%d"
    drawing.add(plot)
    return drawing
