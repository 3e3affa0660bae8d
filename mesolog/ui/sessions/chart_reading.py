"""A read-only chart (a locked session's) read by clicking it: a zone clicked selects the
line that marks it and says which lines do, with their technique; a point clicked is
selected and its number, product and amount said; whatever would change the chart is
refused, saying the chart is read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesolog.diagrams import hits
from mesolog.ui.common.labels import technique_kind_label
from mesolog.ui.common.record_conflicts import number_text
from mesolog.ui.history.zone_words import zone_label
from mesolog.ui.sessions.chart_panel import ChartPanel
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor


def refused(panel: ChartPanel) -> bool:
    """Whether the chart is read-only, saying so under it when it is."""
    if panel.read_only:
        panel.say(
            QCoreApplication.translate(
                "ChartPanel", "Nothing changed: this chart is read-only, as the session is locked."
            )
        )
    return panel.read_only


def _line_words(line: TreatmentLineEditor) -> str:
    """`line 2, Needle, depth 1.5 mm` (the depth left out while it reads as none)."""
    text = (
        QCoreApplication.translate("ChartPanel", "line %1, %2")
        .replace("%1", str(line.number()))
        .replace("%2", technique_kind_label(line.kind.value()))
    )
    depth = line.depth_field().value()
    if depth is None:
        return text
    return (
        QCoreApplication.translate("ChartPanel", "%1, depth %2")
        .replace("%1", text)
        .replace("%2", number_text(depth, "mm"))
    )


def zone_read(panel: ChartPanel, x: float, y: float) -> None:
    """Selects the line that marks the zone at (x, y) (the selected one if it does), and
    says every line that marks it."""
    zone = hits.zone_at(panel.diagram, x, y) if 0 <= x <= 1 and 0 <= y <= 1 else None
    if zone is None:
        panel.say(
            QCoreApplication.translate(
                "ChartPanel", "Click inside a zone to see the line that marks it."
            )
        )
        return
    marking = [line for line in panel.lines() if zone in line.chart.zones]
    if not marking:
        panel.say(
            QCoreApplication.translate("ChartPanel", "%1: no line marks it.").replace(
                "%1", zone_label(zone)
            )
        )
        return
    line = panel.line if panel.line in marking else marking[0]
    panel.select_point(line, None)
    panel.say(
        QCoreApplication.translate("ChartPanel", "%1: %2.")
        .replace("%1", zone_label(zone))
        .replace("%2", "; ".join(_line_words(marking_line) for marking_line in marking))
    )


def point_read(panel: ChartPanel, marker: int) -> None:
    """Selects the point of the marker and says its number, product and amount."""
    editor, index = panel.markers[marker]
    panel.select_point(editor, index)
    point = editor.chart.points[index]
    panel.say(
        QCoreApplication.translate("ChartPanel", "Point %1: %2, %3 (%4, line %5).")
        .replace("%1", str(panel.number_of(editor, index)))
        .replace("%3", number_text(point.amount_ml, "ml"))
        .replace("%4", zone_label(point.zone))
        .replace("%5", str(editor.number()))
        .replace("%2", panel.product_choice.itemText(point.product))  # typed text: last
    )
