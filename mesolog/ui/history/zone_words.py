"""Diagrams, zones and the zone filter's choices in words: `Cheeks, left` (the patient's
side), `Face, from the front`, `Cheeks, either side`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesolog.domain.diagram_ids import SIDED_AREAS, Diagram, Side, ZoneRef
from mesolog.services.chart_maps import ZoneChoice
from mesolog.ui.common.labels import area_label


def side_label(side: Side) -> str:
    return (
        QCoreApplication.translate("ZoneWords", "left", "the patient's side, after an area")
        if side is Side.LEFT
        else QCoreApplication.translate("ZoneWords", "right", "the patient's side, after an area")
    )


def diagram_label(diagram: Diagram) -> str:
    labels = {
        Diagram.FACE_FRONT: QCoreApplication.translate("ZoneWords", "Face, from the front"),
        Diagram.FACE_LEFT: QCoreApplication.translate("ZoneWords", "Face, left profile"),
        Diagram.FACE_RIGHT: QCoreApplication.translate("ZoneWords", "Face, right profile"),
        Diagram.NECK_DECOLLETAGE: QCoreApplication.translate("ZoneWords", "Neck and décolletage"),
        Diagram.BODY_FRONT: QCoreApplication.translate("ZoneWords", "Body, front"),
        Diagram.BODY_BACK: QCoreApplication.translate("ZoneWords", "Body, back"),
        Diagram.SCALP: QCoreApplication.translate("ZoneWords", "Scalp, from above"),
    }
    return labels[diagram]


def zone_label(zone: ZoneRef, *, with_diagram: bool = False) -> str:
    """`Cheeks, left`; with the diagram `Cheeks, left (Face, left profile)`."""
    text = area_label(zone.area)
    if zone.side is not None:
        text = (
            QCoreApplication.translate("ZoneWords", "%1, %2")
            .replace("%1", text)
            .replace("%2", side_label(zone.side))
        )
    if with_diagram:
        text = (
            QCoreApplication.translate("ZoneWords", "%1 (%2)")
            .replace("%1", text)
            .replace("%2", diagram_label(zone.diagram))
        )
    return text


def choice_label(choice: ZoneChoice) -> str:
    """`Forehead`, `Cheeks, either side`, `Cheeks, left`."""
    label = area_label(choice.area)
    if choice.side is not None:
        return (
            QCoreApplication.translate("ZoneWords", "%1, %2")
            .replace("%1", label)
            .replace("%2", side_label(choice.side))
        )
    if choice.area in SIDED_AREAS:
        return QCoreApplication.translate("ZoneWords", "%1, either side").replace("%1", label)
    return label
