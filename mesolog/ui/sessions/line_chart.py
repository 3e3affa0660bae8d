"""One treatment line's chart as the editor holds it: the zones it marks and its injection
points (domain.charts), kept valid as they are changed (a point only inside a zone the line
marks), and the product volumes the points add up to shown read-only in the line's rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from mesolog.diagrams import hits
from mesolog.domain.charts import ChartPoint, points_volume_ml
from mesolog.domain.diagram_ids import Diagram, ZoneRef, zone_from_id
from mesolog.ui.sessions.session_counts import SessionCounts
from mesolog.ui.sessions.treatment_products import ProductRow


def zone_key(zone: ZoneRef) -> str:
    """How an autosaved draft names a zone: `face_front/cheeks-left`."""
    return f"{zone.diagram.value}/{zone.zone_id}"


def zone_of_key(key: object) -> ZoneRef:
    diagram, _, zone_id = str(key).partition("/")
    return zone_from_id(Diagram(diagram), zone_id)


class LineChart(QObject):
    """The zones and points of one line; `changed` after every change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zones: list[ZoneRef] = []
        self.points: list[ChartPoint] = []

    def set(self, zones: Iterable[ZoneRef], points: Iterable[ChartPoint]) -> None:
        self.zones = list(zones)
        self.points = list(points)
        self.changed.emit()

    def mark(self, zone: ZoneRef) -> None:
        if zone not in self.zones:
            self.zones.append(zone)
            self.changed.emit()

    def unmark(self, zone: ZoneRef) -> None:
        """Unmarks `zone` (the caller has checked it holds no point)."""
        self.zones.remove(zone)
        self.changed.emit()

    def points_in(self, zone: ZoneRef) -> int:
        return sum(1 for point in self.points if point.zone == zone)

    def add(self, point: ChartPoint) -> int:
        self.points.append(point)
        self.changed.emit()
        return len(self.points) - 1

    def replace_point(self, index: int, **changes: Any) -> None:
        self.points[index] = replace(self.points[index], **changes)
        self.changed.emit()

    def remove(self, index: int) -> None:
        del self.points[index]
        self.changed.emit()

    def product_removed(self, index: int) -> None:
        """The product at `index` left the line (it had no points): later ones move up."""
        self.points = [
            replace(p, product=p.product - 1) if p.product > index else p for p in self.points
        ]
        self.changed.emit()

    def zones_leaving(self, fits: Callable[[ZoneRef], bool]) -> list[ZoneRef]:
        """The zones `fits(zone)` refuses (a new area's)."""
        return [zone for zone in self.zones if not fits(zone)]

    # autosave

    def to_payload(self) -> dict[str, Any]:
        return {
            "zones": [zone_key(zone) for zone in self.zones],
            "points": [
                {
                    "zone": zone_key(p.zone),
                    "x": p.x,
                    "y": p.y,
                    "product": p.product,
                    "amount_ml": p.amount_ml,
                }
                for p in self.points
            ],
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        """A line of an autosaved draft; one kept before charts has neither key."""
        zones = [zone_of_key(key) for key in payload.get("zones", [])]
        points = [
            ChartPoint(
                zone_of_key(item["zone"]),
                float(item["x"]),
                float(item["y"]),
                int(item["product"]),
                float(item["amount_ml"]),
            )
            for item in payload.get("points", [])
        ]
        self.set(zones, points)


def inside(zone: ZoneRef, x: float, y: float) -> bool:
    return 0 <= x <= 1 and 0 <= y <= 1 and hits.contains(zone, x, y)


def sync_volumes(rows: Sequence[ProductRow], points: Sequence[ChartPoint]) -> None:
    """Each product with points shows their sum as its volume, read-only (saying why),
    keeping the volume it held before; one whose last point went shows that again, typed."""
    for index, row in enumerate(rows):
        summed = points_volume_ml(points, index)
        field = row.volume_ml
        count = sum(1 for p in points if p.product == index)
        if summed is not None:
            if not field.isReadOnly():
                row.volume_before_points = field.raw()
            field.set_value(summed)
            field.setReadOnly(True)
            field.setToolTip(SessionCounts().points_summed(count))
            row.remove_button.setEnabled(False)
            row.remove_button.setToolTip(
                QCoreApplication.translate(
                    "ChartPanel",
                    "This product has injection points on the chart: delete them first.",
                )
            )
        elif field.isReadOnly():
            if row.volume_before_points is not None:
                field.set_raw(row.volume_before_points)
                row.volume_before_points = None
            field.setReadOnly(False)
            field.setToolTip("")
            row.remove_button.setEnabled(True)
            row.remove_button.setToolTip(
                QCoreApplication.translate("ProductRow", "Remove this product")
            )
        _look_set(field, summed is not None)


def summed_now(rows: Sequence[ProductRow]) -> list[bool]:
    """Which products show their points' sum, to compare with after a change."""
    return [row.volume_ml.isReadOnly() for row in rows]


def volume_notes(rows: Sequence[ProductRow], before: Sequence[bool]) -> list[str]:
    """What a change of points did to the products' volumes, from `summed_now` before it:
    a volume the points took over (and the one it held), one given back."""
    notes = []
    for number, (row, was) in enumerate(zip(rows, before, strict=False), start=1):
        now = row.volume_ml.isReadOnly()
        if now and not was:
            notes.append(
                QCoreApplication.translate(
                    "ChartPanel",
                    "Product %1's volume is now the sum of its points, %2 ml (%3 before; "
                    "it comes back when its last point is deleted).",
                )
                .replace("%1", str(number))
                .replace("%2", row.volume_ml.raw())
                .replace("%3", _ml(row.volume_before_points or ""))
            )
        elif was and not now:
            notes.append(
                QCoreApplication.translate(
                    "ChartPanel",
                    "Product %1 has no points left: its volume is %2 again, as before.",
                )
                .replace("%1", str(number))
                .replace("%2", _ml(row.volume_ml.raw()))
            )
    return notes


def _ml(text: str) -> str:
    return (
        QCoreApplication.translate("ChartPanel", "%1 ml").replace("%1", text)
        if text
        else QCoreApplication.translate("ChartPanel", "empty")
    )


def _look_set(field: QWidget, summed: bool) -> None:
    """A volume the points add up to looks set, not typed: on the window's colour."""
    palette = QPalette(field.palette())
    base = QPalette().color(QPalette.ColorRole.Window if summed else QPalette.ColorRole.Base)
    palette.setColor(QPalette.ColorRole.Base, base)
    field.setPalette(palette)
