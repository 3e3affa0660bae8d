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


def scored_runs(sessions: Sequence[Session]) -> list[list[tuple[float, float]]]:
    """(session number, score) in runs of consecutive scored sessions: the line breaks
    where a session has no score, rather than drawing a value nobody recorded."""
    runs: list[list[tuple[float, float]]] = [[]]
    for number, session in enumerate(sessions, 1):
        score = session.entry.improvement_score
        if score is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((float(number), float(score)))
    return [run for run in runs if run]


def score_chart(sessions: Sequence[Session], width: float, height: float = 110) -> Drawing | None:
    """Score against session number; None when fewer than two sessions have a score."""
    runs = scored_runs(sessions)
    if sum(len(run) for run in runs) < 2:
        return None
    drawing = Drawing(width, height, initialFontName=FAMILY, initialFontSize=7)
    plot = LinePlot()
    plot.x, plot.y = 30, 22
    plot.width, plot.height = width - 45, height - 32
    plot.data = runs
    for index in range(len(runs)):
        plot.lines[index].strokeColor = ACCENT
        plot.lines[index].strokeWidth = 1.2
        plot.lines[index].symbol = makeMarker("FilledCircle", size=3, fillColor=ACCENT)
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
    last = len(sessions)
    plot.xValueAxis.valueMin = 1
    plot.xValueAxis.valueMax = max(last, 2)
    step = max(1, round(last / 12))
    plot.xValueAxis.valueSteps = [float(n) for n in range(1, last + 1, step)]
    plot.xValueAxis.labelTextFormat = "%d"
    drawing.add(plot)
    return drawing
