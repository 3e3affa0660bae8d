"""How a treatment line's technique colours the zones it marks on the session's chart,
and the legend saying so: the PDF's shades (reports.chart_shading, needle blue and pen
amber, deeper darker), so the window and the printed chart read the same."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from mesolog.domain.diagram_ids import ZoneRef
from mesolog.domain.enums import TechniqueKind
from mesolog.reports.chart_shading import DEPTH_BANDS, MIXED, SHADES, depth_band

UNREAD_DEPTH = {TechniqueKind.NEEDLE: "#e4ebf2", TechniqueKind.PEN: "#f5ece0"}
"""A depth not read yet (typed wrong or empty): the technique's palest tint, no band."""


def shade_key(kind: TechniqueKind, depth_mm: float | None) -> str:
    """`needle-2`, `pen-1` (reports.chart_shading's keys); `needle-?` for a depth not read."""
    band = "?" if depth_mm is None else str(depth_band(depth_mm) + 1)
    return f"{kind.value}-{band}"


def _fill_of(key: str) -> QColor:
    if key == MIXED.key:
        return QColor(MIXED.fill)
    for shade in SHADES:
        if shade.key == key:
            return QColor(shade.fill)
    return QColor(UNREAD_DEPTH[TechniqueKind(key.partition("-")[0])])


def zone_fills(marked: Iterable[tuple[str, Iterable[ZoneRef]]]) -> Mapping[ZoneRef, QColor]:
    """Each zone of the (shade key, zones) of the lines, in its line's colour; a zone two
    lines of different shades mark takes the mixed colour."""
    keys: dict[ZoneRef, str] = {}
    for key, zones in marked:
        for zone in zones:
            keys[zone] = key if keys.get(zone, key) == key else MIXED.key
    return {zone: _fill_of(key) for zone, key in keys.items()}


def _mm(value: float) -> str:
    return QLocale().toString(value, "g", 3)


def band_words() -> list[str]:
    """Each depth band in words, shallow first: "≤ 1 mm", "1–2 mm", "> 2 mm"."""
    words: list[str] = []
    low: float | None = None
    for upper, _ in DEPTH_BANDS:
        if low is None:
            words.append(
                QCoreApplication.translate("ChartPanel", "≤ %1 mm").replace("%1", _mm(upper))
            )
        elif upper == float("inf"):
            words.append(
                QCoreApplication.translate("ChartPanel", "> %1 mm").replace("%1", _mm(low))
            )
        else:
            words.append(
                QCoreApplication.translate("ChartPanel", "%1–%2 mm")
                .replace("%1", _mm(low))
                .replace("%2", _mm(upper))
            )
        low = upper
    return words


GAP_PX = 12
"""Between two depth bands' headings, and between a row's heading and its swatches."""


def _heading(text: str) -> str:
    return f'<td style="padding-right: {GAP_PX}px"><b>{text}</b></td>'


def _swatch(colour: str) -> str:
    return f'<td bgcolor="{colour}">&nbsp;</td>'


def legend_html() -> str:
    """The legend as a rich-text table: the depth bands across, a row of swatches for each
    technique, then the colour of a zone two lines shade differently; under it, a sentence
    saying how to read it. The headings are padded apart, the swatches only spaced, so each
    band's swatches sit under its heading as one column."""
    apart = f"padding-left: {GAP_PX // 2}px; padding-right: {GAP_PX // 2}px"
    head = "".join(
        f'<td align="center" style="{apart}">{words.replace(" ", "&nbsp;")}</td>'
        for words in band_words()
    )
    depth = QCoreApplication.translate("ChartPanel", "Depth")
    rows = [f"<tr>{_heading(depth)}{head}</tr>"]
    for kind, name in (
        (TechniqueKind.NEEDLE, QCoreApplication.translate("ChartPanel", "Needle")),
        (TechniqueKind.PEN, QCoreApplication.translate("ChartPanel", "Pen")),
    ):
        cells = "".join(
            _swatch(_fill_of(f"{kind.value}-{band + 1}").name()) for band in range(len(DEPTH_BANDS))
        )
        rows.append(f"<tr>{_heading(name)}{cells}</tr>")
    mixed = QCoreApplication.translate("ChartPanel", "Mixed")
    rows.append(f"<tr>{_heading(mixed)}{_swatch(MIXED.fill)}</tr>")
    table = f'<table cellspacing="2" cellpadding="0">{"".join(rows)}</table>'
    sentence = QCoreApplication.translate(
        "ChartPanel", "A zone takes its line's colour, darker deeper; mixed where two lines differ."
    )
    return f'{table}<p style="margin-top: {GAP_PX // 2}px">{sentence}</p>'
