"""What the clinician's clicks, drags and keys on the session's chart do: mark a zone on
its area's line (adding the line when there is none), drop, move and delete injection
points, each refused with a message under the chart when it cannot be done, never
silently; on a read-only chart they only read it (chart_reading). The panel (chart_panel)
holds the widgets and the selection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker

from mesolog.diagrams import hits
from mesolog.domain.charts import MAX_POINTS_PER_LINE, ChartPoint, zone_fits_area
from mesolog.domain.diagram_ids import ZoneRef
from mesolog.domain.enums import Area
from mesolog.ui.common.labels import area_label
from mesolog.ui.history.zone_words import zone_label
from mesolog.ui.sessions.chart_panel import ChartPanel
from mesolog.ui.sessions.chart_reading import point_read, refused, zone_read
from mesolog.ui.sessions.line_chart import inside, summed_now, volume_notes
from mesolog.ui.sessions.session_counts import SessionCounts
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor


def chart_panel(
    lines: Callable[[], list[TreatmentLineEditor]],
    add_line: Callable[[Area], TreatmentLineEditor],
) -> ChartPanel:
    """The chart of the lines `lines()` gives, its clicks, drags and keys connected."""
    panel = ChartPanel(lines, add_line)
    connect(panel)
    return panel


def connect(panel: ChartPanel) -> None:
    panel.area_changed.connect(lambda editor, areas: area_changed(panel, editor, areas))
    canvas = panel.canvas
    canvas.clicked.connect(lambda x, y: clicked(panel, x, y))
    canvas.point_pressed.connect(lambda index: point_pressed(panel, index))
    canvas.point_dragged.connect(lambda index, x, y: point_dragged(panel, index, x, y))
    canvas.nudged.connect(lambda dx, dy: nudged(panel, dx, dy))
    canvas.delete_requested.connect(lambda: delete_point(panel))
    canvas.deselected.connect(lambda: deselect(panel))
    canvas.cycled.connect(lambda step: cycle(panel, step))
    canvas.points_toggled.connect(lambda: toggle_points(panel))
    panel.amount.textEdited.connect(lambda _text: amount_edited(panel))
    panel.product_choice.activated.connect(lambda index: product_chosen(panel, index))


def clicked(panel: ChartPanel, x: float, y: float) -> None:
    """A click on the diagram (on no point): a point dropped in points mode, else the
    zone under it marked; on a read-only chart, the zone's line selected."""
    if panel.read_only:
        zone_read(panel, x, y)
        return
    if panel.canvas.points_mode:
        drop_point(panel, x, y)
        return
    zone = hits.zone_at(panel.diagram, x, y) if 0 <= x <= 1 and 0 <= y <= 1 else None
    if zone is None:
        deselect(panel)
        panel.say(
            QCoreApplication.translate(
                "ChartPanel", "Click inside a zone to mark it on its area's line."
            )
        )
        return
    zone_clicked(panel, zone)


def toggle_points(panel: ChartPanel) -> None:
    if not refused(panel):
        panel.points_button.toggle()


def deselect(panel: ChartPanel) -> None:
    if panel.line is not None and panel.point is not None:
        panel.select_point(panel.line, None)


def line_for(panel: ChartPanel, zone: ZoneRef) -> TreatmentLineEditor | None:
    """The line a click on `zone` goes to: the selected line if it may mark the zone, else
    the first of the zone's own area, else the first full-face line (a face zone)."""
    lines = panel.lines()
    if panel.line is not None and zone_fits_area(zone, Area(panel.line.area.value())):
        own = [line for line in lines if Area(line.area.value()) == zone.area]
        if panel.line in own or not own:
            return panel.line
    for wanted in (zone.area, Area.FULL_FACE):
        for line in lines:
            area = Area(line.area.value())
            if area == wanted and zone_fits_area(zone, area):
                return line
    return None


def zone_clicked(panel: ChartPanel, zone: ZoneRef) -> None:
    """Selects the zone's line (adding one when none covers it) and marks the zone on it;
    a zone the selected line marks already is unmarked, unless it holds points."""
    line = line_for(panel, zone)
    name = zone_label(zone)
    if line is None:
        line = panel.add_line(zone.area)
        panel.select_line(line, move=False)
        line.chart.mark(zone)
        panel.say(
            QCoreApplication.translate("ChartPanel", "Line %1 added for %2, marked on the chart.")
            .replace("%1", str(line.number()))
            .replace("%2", name)
        )
        return
    if line is panel.line and zone in line.chart.zones:
        count = line.chart.points_in(zone)
        if count:
            panel.say(SessionCounts().points_held(name, count))
            return
        line.chart.unmark(zone)
        panel.say(
            QCoreApplication.translate("ChartPanel", "%1 unmarked on line %2.")
            .replace("%1", name)
            .replace("%2", str(line.number()))
        )
        panel.refresh()
        return
    panel.select_line(line, move=False)
    line.chart.mark(zone)
    panel.say(
        QCoreApplication.translate("ChartPanel", "%1 marked on line %2.")
        .replace("%1", name)
        .replace("%2", str(line.number()))
    )
    panel.refresh()


def drop_point(panel: ChartPanel, x: float, y: float) -> None:
    """A point where the click was, in a zone a line marks, of the product and amount in
    the tools; refused, saying why, anywhere else or without them."""
    zone = hits.zone_at(panel.diagram, x, y) if 0 <= x <= 1 and 0 <= y <= 1 else None
    lines = [line for line in panel.lines() if zone is not None and zone in line.chart.zones]
    if zone is None or not lines:
        panel.say(
            QCoreApplication.translate(
                "ChartPanel",
                "No point there: a point goes inside a zone its line marks. "
                "Leave points mode (P) and click the zone to mark it first.",
            )
            if zone is None
            else QCoreApplication.translate(
                "ChartPanel",
                "No point there: %1 is not marked. Leave points mode (P) and click it first.",
            ).replace("%1", zone_label(zone))
        )
        return
    line = panel.line if panel.line in lines else lines[0]
    if line is not panel.line:
        panel.select_line(line, move=False)
    if not line.products:
        panel.say(
            QCoreApplication.translate(
                "ChartPanel", "No point added: line %1 has no product yet; add the product first."
            ).replace("%1", str(line.number()))
        )
        return
    amount = panel.amount.value()
    if amount is None:
        problem = panel.amount.problem()
        panel.errors.say("point_amount", problem)
        panel.say(
            QCoreApplication.translate(
                "ChartPanel", "No point added: type the amount of the point first."
            )
        )
        panel.amount.setFocus()
        return
    if len(line.chart.points) >= MAX_POINTS_PER_LINE:
        panel.say(
            QCoreApplication.translate(
                "ChartPanel", "No point added: a line holds at most %1 points."
            ).replace("%1", str(MAX_POINTS_PER_LINE))
        )
        return
    product = max(panel.product_choice.currentIndex(), 0)
    before = summed_now(line.products)
    index = line.chart.add(ChartPoint(zone, x, y, product, amount))
    panel.select_point(line, index, edit=False)
    added = (
        QCoreApplication.translate("ChartPanel", "Point %1 added in %2.")
        .replace("%1", str(panel.number_of(line, index)))
        .replace("%2", zone_label(zone))
    )
    panel.say(" ".join([added, *volume_notes(line.products, before)]))


def point_pressed(panel: ChartPanel, marker: int) -> None:
    if panel.read_only:
        point_read(panel, marker)
        return
    editor, index = panel.markers[marker]
    panel.select_point(editor, index)
    panel.say(
        QCoreApplication.translate(
            "ChartPanel", "Point %1 selected: its product and amount are shown to change them."
        ).replace("%1", str(panel.number_of(editor, index)))
    )


def cycle(panel: ChartPanel, step: int) -> None:
    """Picks the next (or previous) point shown, from the selected one."""
    selected = panel.canvas.selected
    if selected is None:  # the first from the start, the last from the end
        selected = -1 if step > 0 else 0
    point_pressed(panel, (selected + step) % len(panel.markers))


def _move(panel: ChartPanel, x: float, y: float) -> None:
    point = panel.selected_point()
    if point is None or panel.line is None or panel.point is None:
        return
    number = str(panel.number_of(panel.line, panel.point))
    if not inside(point.zone, x, y):
        panel.say(
            QCoreApplication.translate(
                "ChartPanel",
                "Point %1 stays where it was: a point moves only within its zone (%2).",
            )
            .replace("%1", number)
            .replace("%2", zone_label(point.zone))
        )
        panel.refresh()
        return
    panel.line.chart.replace_point(panel.point, x=x, y=y)
    panel.say(QCoreApplication.translate("ChartPanel", "Point %1 moved.").replace("%1", number))
    panel.refresh()


def point_dragged(panel: ChartPanel, marker: int, x: float, y: float) -> None:
    if refused(panel):
        return
    editor, index = panel.markers[marker]
    panel.select_point(editor, index)
    _move(panel, x, y)


def nudged(panel: ChartPanel, dx: float, dy: float) -> None:
    point = panel.selected_point()
    if point is not None and not refused(panel):
        _move(panel, point.x + dx, point.y + dy)


def delete_point(panel: ChartPanel) -> None:
    line, index = panel.line, panel.point
    if line is None or index is None or panel.selected_point() is None or refused(panel):
        return
    number = panel.number_of(line, index)
    panel.point = None
    before = summed_now(line.products)
    line.chart.remove(index)
    deleted = QCoreApplication.translate("ChartPanel", "Point %1 deleted.").replace(
        "%1", str(number)
    )
    panel.say(" ".join([deleted, *volume_notes(line.products, before)]))
    panel.refresh()


def amount_edited(panel: ChartPanel) -> None:
    """A typed amount that is one allowed becomes the selected point's at once."""
    amount = panel.amount.value()
    point = panel.selected_point()
    if not panel.editing or amount is None or point is None or refused(panel):
        return
    if panel.line is not None and panel.point is not None:
        panel.line.chart.replace_point(panel.point, amount_ml=amount)


def product_chosen(panel: ChartPanel, product: int) -> None:
    point = panel.selected_point()
    if not panel.editing or point is None or product < 0 or refused(panel):
        return
    if panel.line is not None and panel.point is not None:
        before = summed_now(panel.line.products)
        panel.line.chart.replace_point(panel.point, product=product)
        notes = volume_notes(panel.line.products, before)
        if notes:
            panel.say(" ".join(notes))


def area_changed(
    panel: ChartPanel, editor: TreatmentLineEditor, areas: dict[TreatmentLineEditor, Area]
) -> None:
    """A line's area changed: its zones of the old area are unmarked and the chart moves
    to the new area's diagram; refused (the area set back) while they hold points."""
    area = Area(editor.area.value())
    before = areas.get(editor, area)
    leaving = editor.chart.zones_leaving(lambda zone: zone_fits_area(zone, area))
    holding = [zone for zone in leaving if editor.chart.points_in(zone)]
    if holding:
        blocker = QSignalBlocker(editor.area)
        editor.area.set_value(before)
        del blocker
        panel.say(
            QCoreApplication.translate(
                "ChartPanel", "Line %1 stays %2: its points in %3 would be lost; delete them first."
            )
            .replace("%1", str(editor.number()))
            .replace("%2", area_label(before))
            .replace("%3", ", ".join(zone_label(zone) for zone in holding))
        )
        panel.select_line(editor)
        return
    areas[editor] = area
    for zone in leaving:
        editor.chart.unmark(zone)
    if leaving:
        panel.say(
            QCoreApplication.translate("ChartPanel", "Unmarked on line %1, no longer its area: %2.")
            .replace("%1", str(editor.number()))
            .replace("%2", ", ".join(zone_label(zone) for zone in leaving))
        )
    panel.select_line(editor)
