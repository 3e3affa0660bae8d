"""An amendment's changes to a chart in words: `point 3 moved`, `point 2: amount 0.05 ml →
0.1 ml`, `zone added: Cheeks, right`, `point 4 removed: Cheeks, right · 0.05 ml of
Vitamins`. Points are named by their number in the session (its lines one after the
other), in the version they are in: the amendment, or the version amended for one removed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import ZoneRef
from mesolog.domain.records import ProductUse, SessionInput, TreatmentLine
from mesolog.domain.session_changes import FieldChange
from mesolog.ui.common.labels import solution_label
from mesolog.ui.history._history_formats import glued, number
from mesolog.ui.history.zone_words import zone_label

CHART_LISTS = frozenset({"zones", "points"})
PLACE = frozenset({"x", "y"})


def is_chart_change(change: FieldChange) -> bool:
    """A change of a line's zones or points (`("treatments", i, "points", j, ...)`)."""
    path = change.path
    return len(path) >= 4 and path[0] == "treatments" and path[2] in CHART_LISTS


def product_label(product: ProductUse) -> str:
    """A product as a change names it: its name and concentration, else its solution."""
    name = " ".join(p for p in (product.product_name, product.concentration) if p)
    return name or solution_label(product.solution)


class ChartChangeTexts(QObject):
    """Words the chart changes between `before` (the version amended) and `after`."""

    def __init__(
        self, before: SessionInput, after: SessionInput, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._before = before
        self._after = after
        diagrams = {
            zone.diagram
            for entry in (before, after)
            for line in entry.treatments
            for zone in (*line.zones, *(p.zone for p in line.points))
        }
        self._with_diagram = len(diagrams) > 1
        self._moved: set[tuple[object, ...]] = set()

    def text(self, change: FieldChange) -> str | None:
        """The change in words; None for the second coordinate of a point already said
        to have moved."""
        path = change.path
        line_index, kind, position = path[1], path[2], path[3]
        assert isinstance(line_index, int) and isinstance(position, int)
        if kind == "zones":
            zone = change.new if change.added else change.old
            assert isinstance(zone, ZoneRef)
            pattern = self.tr("zone added: %1") if change.added else self.tr("zone removed: %1")
            return pattern.replace("%1", self._zone(zone))
        if change.added or change.removed:
            return self._point_item(change, line_index, position)
        number = str(self._number(self._after, line_index, position))
        name = change.name
        if name in PLACE:
            if path[:4] in self._moved:
                return None
            self._moved.add(path[:4])
            return self.tr("point %1 moved").replace("%1", number)
        line = self._after.treatments[line_index]
        if name == "amount_ml":
            old, new = self._ml(change.old), self._ml(change.new)
            pattern = self.tr("point %1: amount %2 → %3")
        else:  # a point's zone is how points are matched: it never changes
            old, new = self._product(line, change.old), self._product(line, change.new)
            pattern = self.tr("point %1: product %2 → %3")
        return pattern.replace("%1", number).replace("%2", old).replace("%3", new)

    def _point_item(self, change: FieldChange, line_index: int, position: int) -> str:
        added = change.added
        point = change.new if added else change.old
        assert isinstance(point, ChartPoint)
        entry = self._after if added else self._before
        if not added:
            # the line's position is the amendment's: find the line the point was in
            line_index = next(
                (
                    i
                    for i, line in enumerate(entry.treatments)
                    if position < len(line.points) and line.points[position] == point
                ),
                line_index,
            )
        line = entry.treatments[line_index]
        what = (
            self.tr("%1 · %2 of %3")
            .replace("%1", self._zone(point.zone))
            .replace("%2", self._ml(point.amount_ml))
            .replace("%3", self._product(line, point.product))
        )
        pattern = self.tr("point %1 added: %2") if added else self.tr("point %1 removed: %2")
        number = str(self._number(entry, line_index, position))
        return pattern.replace("%1", number).replace("%2", what)

    @staticmethod
    def _number(entry: SessionInput, line_index: int, position: int) -> int:
        return sum(len(line.points) for line in entry.treatments[:line_index]) + position + 1

    def _zone(self, zone: ZoneRef) -> str:
        return zone_label(zone, with_diagram=self._with_diagram)

    def _ml(self, value: object) -> str:
        shown = number(value) if isinstance(value, int | float) else str(value)
        return glued(self.tr("%1 ml").replace("%1", shown))

    def _product(self, line: TreatmentLine, index: object) -> str:
        if isinstance(index, int) and 0 <= index < len(line.products):
            return product_label(line.products[index])
        return self.tr("product %1").replace("%1", str(index))
