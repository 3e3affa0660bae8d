"""Diagrams, zones and the zone filter's choices in words: `Cheeks, left` (the patient's
side), `Face, from the front`, `Cheeks, either side`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesolog.domain.diagram_ids import SIDED_AREAS, Diagram, Side, ZoneRef
from mesolog.services.chart_maps import ZoneChoice
from mesolog.ui.common.labels import area_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ZoneWords", text)


def side_label(side: Side) -> str:
    return _tr("left") if side is Side.LEFT else _tr("right")


def diagram_label(diagram: Diagram) -> str:
    labels = {
        Diagram.FACE_FRONT: _tr("Face, from the front"),
        Diagram.FACE_LEFT: _tr("Face, left profile"),
        Diagram.FACE_RIGHT: _tr("Face, right profile"),
        Diagram.NECK_DECOLLETAGE: _tr("Neck and décolletage"),
        Diagram.BODY_FRONT: _tr("Body, front"),
        Diagram.BODY_BACK: _tr("Body, back"),
        Diagram.SCALP: _tr("Scalp, from above"),
    }
    return labels[diagram]


def zone_label(zone: ZoneRef, *, with_diagram: bool = False) -> str:
    """`Cheeks, left`; with the diagram `Cheeks, left (Face, left profile)`."""
    text = area_label(zone.area)
    if zone.side is not None:
        text = _tr("%1, %2").replace("%1", text).replace("%2", side_label(zone.side))
    if with_diagram:
        text = _tr("%1 (%2)").replace("%1", text).replace("%2", diagram_label(zone.diagram))
    return text


def choice_label(choice: ZoneChoice) -> str:
    """`Forehead`, `Cheeks, either side`, `Cheeks, left`."""
    label = area_label(choice.area)
    if choice.side is not None:
        return _tr("%1, %2").replace("%1", label).replace("%2", side_label(choice.side))
    if choice.area in SIDED_AREAS:
        return _tr("%1, either side").replace("%1", label)
    return label
