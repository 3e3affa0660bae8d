"""What a row's pictures say in words: the chart's tooltip (each diagram's zones, then
each point with its number, zone, amount and product) and the photos' (view and moment of
each, when taken), and a short summary a screen reader hears."""

from __future__ import annotations

from PySide6.QtCore import QObject

from mesolog.domain.photos import Photo
from mesolog.services.chart_maps import DiagramChart
from mesolog.ui.common.dates import shown_date
from mesolog.ui.history._chart_change_texts import product_label
from mesolog.ui.history._history_formats import glued, number
from mesolog.ui.history.zone_words import diagram_label, zone_label
from mesolog.ui.photos.photo_labels import view_and_moment


class PictureTexts(QObject):
    def chart_tip(self, charts: tuple[DiagramChart, ...]) -> str:
        lines: list[str] = []
        for chart in charts:
            zones = "; ".join(zone_label(marked.zone) for marked in chart.zones)
            lines.append(
                self.tr("%1: %2").replace("%1", diagram_label(chart.diagram)).replace("%2", zones)
            )
            for numbered in chart.points:
                amount = glued(self.tr("%1 ml").replace("%1", number(numbered.point.amount_ml)))
                product = numbered.product
                said = f"{numbered.number} · {zone_label(numbered.point.zone)} · {amount}"
                if product is not None:
                    said = (
                        self.tr("%1 of %2")
                        .replace("%1", said)
                        .replace("%2", product_label(product))
                    )
                lines.append(f"    {said}")
        return "\n".join(lines)

    def chart_summary(self, charts: tuple[DiagramChart, ...]) -> str:
        """ "Chart: 3 zones, 12 points"."""
        zones = sum(len(chart.zones) for chart in charts)
        points = sum(len(chart.points) for chart in charts)
        zones_text = self.tr("1 zone") if zones == 1 else self.tr("%n zones", "", zones)
        if points == 0:
            return self.tr("Chart: %1").replace("%1", zones_text)
        points_text = self.tr("1 point") if points == 1 else self.tr("%n points", "", points)
        return self.tr("Chart: %1, %2").replace("%1", zones_text).replace("%2", points_text)

    def photos_tip(self, photos: tuple[Photo, ...]) -> str:
        lines = [self.photos_summary(photos)]
        for photo in photos:
            said = view_and_moment(photo.details)
            if photo.taken_at is not None:
                said = (
                    self.tr("%1, taken %2")
                    .replace("%1", said)
                    .replace("%2", shown_date(photo.taken_at.date()))
                )
            lines.append(f"    {said}")
        return "\n".join(lines)

    def photos_summary(self, photos: tuple[Photo, ...]) -> str:
        count = len(photos)
        return self.tr("1 photo") if count == 1 else self.tr("%n photos", "", count)
