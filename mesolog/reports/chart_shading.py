"""How a chart shades a treated zone: the technique by hue (needle blue, pen amber) and the
depth by tone (darker is deeper), in three bands. Plain data, so that the window's legend
and the PDF's say the same; a zone two different shades would claim takes MIXED."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mesolog.domain.diagram_ids import ZoneRef
from mesolog.domain.records import NeedleTechnique, Technique, TreatmentLine
from mesolog.domain.texts import Text, phrase

DEPTH_BANDS: tuple[tuple[float, Text], ...] = (
    (1.0, phrase("ChartShading", "up to 1 mm deep", "a depth band of a chart's legend")),
    (2.0, phrase("ChartShading", "over 1 and up to 2 mm deep", "a depth band of a chart's legend")),
    (float("inf"), phrase("ChartShading", "over 2 mm deep", "a depth band of a chart's legend")),
)
"""Upper bound (mm, inclusive) of each band and how the legend says it."""


@dataclass(frozen=True, slots=True)
class Shade:
    key: str
    """`needle-1` … `pen-3`, `mixed`: the same technique kind and band give the same key."""
    words: Text
    """How the legend says it."""
    fill: str
    """`#rrggbb`."""

    @property
    def label(self) -> str:
        """The legend's words in English."""
        return str(self.words)


_FILLS = {
    "needle": ("#b3d0ee", "#76a6d9", "#3f78b8"),
    "pen": ("#f8cf94", "#eea24f", "#c9721c"),
}
_NAMES = {
    "needle": phrase("ChartShading", "Needle", "a technique in a chart's legend"),
    "pen": phrase("ChartShading", "Pen", "a micro-needling pen, in a chart's legend"),
}
_SHADED = phrase(
    "ChartShading", "{technique}, {depth}", "a chart's legend: Needle, up to 1 mm deep"
)

SHADES: tuple[Shade, ...] = tuple(
    Shade(
        f"{kind}-{band + 1}",
        _SHADED.having(technique=_NAMES[kind], depth=words),
        _FILLS[kind][band],
    )
    for kind in ("needle", "pen")
    for band, (_, words) in enumerate(DEPTH_BANDS)
)
"""Every technique shade, in the legend's order."""
MIXED = Shade("mixed", phrase("ChartShading", "More than one technique or depth"), "#d5c8ea")
LEGEND_ORDER: tuple[Shade, ...] = (*SHADES, MIXED)


def depth_band(depth_mm: float) -> int:
    """The band (0 shallowest) a depth falls in."""
    for band, (upper, _) in enumerate(DEPTH_BANDS):
        if depth_mm <= upper:
            return band
    return len(DEPTH_BANDS) - 1


def technique_shade(technique: Technique) -> Shade:
    kind = "needle" if isinstance(technique, NeedleTechnique) else "pen"
    return next(s for s in SHADES if s.key == f"{kind}-{depth_band(technique.depth_mm) + 1}")


def zone_shades(lines: Iterable[TreatmentLine]) -> Mapping[ZoneRef, Shade]:
    """Each zone the lines mark, with its line's shade (MIXED where lines disagree)."""
    shades: dict[ZoneRef, Shade] = {}
    for line in lines:
        shade = technique_shade(line.technique)
        for zone in line.zones:
            shades[zone] = shade if shades.get(zone, shade) == shade else MIXED
    return shades


def legend(shades: Iterable[Shade]) -> tuple[Shade, ...]:
    """The shades among `shades`, once each, in the legend's order."""
    used = set(shades)
    return tuple(s for s in LEGEND_ORDER if s in used)
