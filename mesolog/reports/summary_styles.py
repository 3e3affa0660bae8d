"""The treatment summary's type hierarchy and table look, in one place."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Paragraph

from mesolog.reports.fonts import BOLD, FAMILY, OBLIQUE, register_fonts
from mesolog.reports.formatting import markup

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#24507a")
RULE = colors.HexColor("#cbd2d9")
HEADER_FILL = colors.HexColor("#e8edf2")
DRAFT_FILL = colors.HexColor("#fdf3e1")
DRAFT_INK = colors.HexColor("#9a5b00")

TableCommands = list[tuple[Any, ...]]
CELL_PADDING = 3
"""A data table's cell padding, left and right (points)."""


def stylesheet() -> StyleSheet1:
    """Named styles, largest first; every one is DejaVu Sans so any script prints."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Normal", fontName=FAMILY, fontSize=9, leading=11.5, textColor=INK)
    sheet.add(base)
    sheet.add(ParagraphStyle("Title", base, fontName=BOLD, fontSize=17, leading=21, spaceAfter=4))
    sheet.add(ParagraphStyle("Clinic", base, fontName=BOLD, fontSize=11, leading=14))
    sheet.add(ParagraphStyle("ClinicDetail", base, fontSize=8.5, leading=11, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "Heading",
            base,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=5,
            keepWithNext=1,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Subheading",
            base,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        )
    )
    sheet.add(ParagraphStyle("Label", base, fontSize=8.5, leading=11, textColor=MUTED))
    sheet.add(ParagraphStyle("Value", base, fontSize=9, leading=11.5))
    sheet.add(ParagraphStyle("Cell", base, fontSize=7.5, leading=9.3))
    sheet.add(ParagraphStyle("CellRight", base, fontSize=7.5, leading=9.3, alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("CellCentre", base, fontSize=7.5, leading=9.3, alignment=TA_CENTER))
    sheet.add(ParagraphStyle("HeadCell", base, fontName=BOLD, fontSize=7.5, leading=9.3))
    sheet.add(ParagraphStyle("HeadCellRight", sheet["HeadCell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("HeadCellCentre", sheet["HeadCell"], alignment=TA_CENTER))
    sheet.add(ParagraphStyle("Note", base, fontName=OBLIQUE, fontSize=7.5, leading=9.3))
    sheet.add(ParagraphStyle("Empty", base, fontName=OBLIQUE, textColor=MUTED, spaceBefore=2))
    sheet.add(ParagraphStyle("Small", base, fontSize=8, leading=10, textColor=MUTED))
    sheet.add(ParagraphStyle("Kind", base, fontSize=10, leading=13, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "Bullet", base, leftIndent=15, bulletIndent=3, bulletFontName=FAMILY, spaceBefore=1.5
        )
    )
    sheet.add(ParagraphStyle("Emergency", base, spaceBefore=6))
    return sheet


class SettledParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that breaks its lines once per width.

    A long table measures every cell again each time it splits across a page; a
    paragraph's lines depend only on the width (reportlab ignores the height), so the
    last result stands while the width stays the same. This cut a 100-session summary
    from 1.66× to about 1.4× the time of a bare document with the same table. A split
    that finds no room for a line drops the broken lines (reportlab deletes `blPara`),
    so the paragraph is broken again then, or it could not be drawn.
    """

    _settled: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        settled = self._settled
        if settled is None or settled[0] != availWidth or "blPara" not in self.__dict__:
            settled = self._settled = (availWidth, super().wrap(availWidth, availHeight))
        return settled[1]


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain (untrusted) text: NFC, escaped, line breaks kept."""
    return SettledParagraph(markup(text), style)


def rich(markup_text: str, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    """A Paragraph of markup the caller built from already escaped pieces (with `bullet`
    before it, in the style's bullet indent)."""
    return SettledParagraph(markup_text, style, bulletText=bullet)


def grid_commands(*, row_rules: bool = True) -> TableCommands:
    """Data tables: a tinted header row, hairlines between rows, no boxes."""
    rules: TableCommands = [("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE)] if row_rules else []
    return [
        *rules,
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


def plain_commands() -> TableCommands:
    """Label/value tables: no lines at all."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
