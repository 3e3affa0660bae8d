"""The charts of a course (or of the sessions outside courses): for each group of sessions
with one map (chart_maps), its diagrams side by side, a legend of the shades it uses, and
a table of its injection points."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from mesolog.diagrams.shapes import DiagramDrawing
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import SessionStatus
from mesolog.domain.records import ProductUse
from mesolog.domain.texts import Text, phrase
from mesolog.reports.chart_figure import MARGIN_X, ChartFigure
from mesolog.reports.chart_maps import ChartGroup, NumberedSession, chart_groups, sessions_words
from mesolog.reports.chart_shading import legend
from mesolog.reports.formatting import NBSP, Formatter
from mesolog.reports.summary_styles import (
    MUTED,
    TableCommands,
    grid_commands,
    para,
    plain_commands,
)
from mesolog.reports.summary_tables import Kit

DIAGRAM_WORDS: Mapping[Diagram, Text] = {
    Diagram.FACE_FRONT: phrase("ChartSection", "Face, from the front", "a diagram"),
    Diagram.FACE_LEFT: phrase("ChartSection", "Face, left profile", "a diagram"),
    Diagram.FACE_RIGHT: phrase("ChartSection", "Face, right profile", "a diagram"),
    Diagram.NECK_DECOLLETAGE: phrase("ChartSection", "Neck and décolletage", "a diagram"),
    Diagram.BODY_FRONT: phrase("ChartSection", "Body, from the front", "a diagram"),
    Diagram.BODY_BACK: phrase("ChartSection", "Body, from behind", "a diagram"),
    Diagram.SCALP: phrase("ChartSection", "Scalp, from above", "a diagram"),
}
SIDED: Mapping[Side, Text] = {
    Side.LEFT: phrase("ChartSection", "{zone}, left", "a zone on the patient's own left side"),
    Side.RIGHT: phrase("ChartSection", "{zone}, right", "a zone on the patient's own right side"),
}
POINT_HEADINGS = (
    phrase("ChartSection", "Point", "an injection point"),
    phrase("ChartSection", "Zone"),
    phrase("ChartSection", "Product"),
    phrase("ChartSection", "Lot"),
    phrase("ChartSection", "Amount"),
)
POINT_COLUMNS = (0.12, 0.3, 0.34, 0.12, 0.12)
FIGURE_HEIGHT = 100 * mm
"""The tallest a diagram is drawn two to a row."""
LARGE_FIGURE_HEIGHT = 170 * mm
LARGE = 20
"""A diagram with more markers than this is drawn alone in its row, larger."""
COLUMN_GAP = 4 * mm
LEGEND_COLUMNS = 3
SWATCH = 4 * mm
TABLE_START = 28 * mm


def zone_words(zone: ZoneRef, fmt: Formatter, *, diagram: bool = False) -> str:
    """`Cheeks, left` (the patient's side), with `(Face, from the front)` when asked."""
    text = fmt.word(zone.area)
    if zone.side is not None:
        text = fmt.say(SIDED[zone.side], zone=text)
    return f"{text} ({fmt.say(DIAGRAM_WORDS[zone.diagram])})" if diagram else text


def product_words(product: ProductUse | None, fmt: Formatter) -> str:
    if product is None:
        return "—"
    if product.product_name:
        return f"{product.product_name} ({fmt.word(product.solution)})"
    return fmt.word(product.solution)


def _heading(group: ChartGroup, kit: Kit) -> list[Flowable]:
    """`Chart of session 3, 12 Mar 2025`; for a group, `Chart of sessions 1–3 and 6: one
    map` and their dates."""
    s, fmt = kit.styles, kit.fmt

    def day(n: NumberedSession) -> str:
        date = fmt.date(n.session.performed_on)
        if n.session.status is not SessionStatus.DRAFT:
            return date
        return fmt.say(phrase("ChartSection", "{date} (draft)", "a session").having(date=date))

    if not group.merged:
        [only] = group.sessions
        chart = phrase("ChartSection", "Chart of session {number}, {date}")
        return [
            para(fmt.say(chart.having(number=str(only.number), date=day(only))), s["Subheading"])
        ]
    *runs, last = sessions_words([n.number for n in group.sessions]).replace("S", "").split(",")
    if runs:
        joined = phrase("ChartSection", "{numbers} and {last}", "session numbers: 1–3, 5 and 7")
        numbers = fmt.say(joined.having(numbers=", ".join(runs), last=last))
    else:
        numbers = last
    dates = " · ".join(f"S{n.number}{NBSP}{day(n)}" for n in group.sessions)
    merged = phrase("ChartSection", "Chart of sessions {numbers}: one map")
    return [
        para(fmt.say(merged.having(numbers=numbers)), s["Subheading"]),
        para(dates, s["Small"]),
    ]


def _figures(
    group: ChartGroup, drawings: Mapping[Diagram, DiagramDrawing], kit: Kit
) -> tuple[list[Flowable], list[Flowable]]:
    """The group's diagrams under their names, two to a row (alone in a row when large),
    and the legend to go under them: none when it has room beside a diagram alone in the
    last row."""
    half = (kit.width - COLUMN_GAP) / 2
    rows: list[Flowable] = []
    pending: list[list[Flowable]] = []
    for diagram in group.diagrams:
        drawing, markers = drawings[diagram], group.markers.get(diagram, ())
        large = len(markers) > LARGE
        column, height = (kit.width, LARGE_FIGURE_HEIGHT) if large else (half, FIGURE_HEIGHT)
        width = min(column - 2 * MARGIN_X, height * drawing.width / drawing.height)
        cell: list[Flowable] = [
            para(kit.fmt.say(DIAGRAM_WORDS[diagram]), kit.styles["Small"]),
            ChartFigure(drawing, width, group.shades, markers),
        ]
        if large:
            rows += [*_row(pending, half), *_row([cell], kit.width)]
            pending = []
        else:
            pending.append(cell)
            if len(pending) == 2:
                rows += _row(pending, half)
                pending = []
    if len(pending) == 1:
        beside = [Spacer(1, 8 * mm), *_legend(group, kit, half)]
        return [*rows, *_row([*pending, beside], half)], []
    return rows, _legend(group, kit, kit.width)


def _row(cells: Sequence[list[Flowable]], column: float) -> list[Flowable]:
    if not cells:
        return []
    return [
        Table(
            [list(cells)],
            colWidths=[column + COLUMN_GAP] * (len(cells) - 1) + [column],
            style=TableStyle(plain_commands()),
            hAlign="LEFT",
        )
    ]


def _legend(group: ChartGroup, kit: Kit, width: float) -> list[Flowable]:
    """The shades the group uses (three to a row across the page, else one to a row),
    and how to read the markers."""
    s = kit.styles
    columns = LEGEND_COLUMNS if width > kit.width / 2 else 1
    rows: list[list[Flowable | str]] = []
    commands: TableCommands = [*plain_commands(), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for index, shade in enumerate(legend(group.shades.values())):
        row, column = divmod(index, columns)
        if column == 0:
            rows.append(["", ""] * columns)
        rows[row][2 * column + 1] = para(kit.fmt.say(shade.words), s["Small"])
        swatch = (2 * column, row)
        commands += [
            ("BACKGROUND", swatch, swatch, HexColor(shade.fill)),
            ("BOX", swatch, swatch, 0.4, MUTED),
            ("LEFTPADDING", (2 * column + 1, row), (2 * column + 1, row), 4),
        ]
    swatches = Table(
        rows,
        colWidths=[SWATCH, width / columns - SWATCH] * columns,
        rowHeights=[SWATCH] * len(rows),
        style=TableStyle(commands),
        hAlign="LEFT",
    )
    if group.merged:
        how = phrase(
            "ChartSection",
            "Shade: the technique and depth of the line that marked the zone. Markers: a number "
            "alone is that injection point in every session of the chart; S2·3 is point 3 of "
            "session 2 only. Left and right are the patient's own.",
        )
    else:
        how = phrase(
            "ChartSection",
            "Shade: the technique and depth of the line that marked the zone. Markers: the "
            "injection points, numbered in the session's order. Left and right are the "
            "patient's own.",
        )
    reading = para(kit.fmt.say(how), s["Small"])
    return [swatches, Spacer(1, 1.5 * mm), reading]


def _points_table(group: ChartGroup, kit: Kit) -> Flowable:
    s, fmt = kit.styles, kit.fmt
    if not group.rows:
        none = phrase(
            "ChartSection", "No injection points recorded: the shaded zones were treated."
        )
        return para(fmt.say(none), s["Empty"])
    several = len(group.diagrams) > 1
    rows: list[list[Flowable | str]] = [[para(fmt.say(h), s["HeadCell"]) for h in POINT_HEADINGS]]
    for point in group.rows:
        lot = point.product.lot_number if point.product and point.product.lot_number else "—"
        rows.append(
            [
                para(point.label, s["Cell"]),
                para(zone_words(point.zone, fmt, diagram=several), s["Cell"]),
                para(product_words(point.product, fmt), s["Cell"]),
                para(lot, s["Cell"]),
                f"{fmt.number(point.amount_ml, max_digits=3)}{NBSP}ml",
            ]
        )
    commands = [
        *grid_commands(),
        ("FONTSIZE", (0, 1), (-1, -1), s["Cell"].fontSize),
        ("LEADING", (0, 1), (-1, -1), s["Cell"].leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), s["Cell"].textColor),
        ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
    ]
    return Table(
        rows, colWidths=kit.widths(POINT_COLUMNS), repeatRows=1, style=TableStyle(commands)
    )


def chart_section(
    sessions: Sequence[NumberedSession], drawings: Mapping[Diagram, DiagramDrawing], kit: Kit
) -> list[Flowable]:
    """Each chart of `sessions` with its legend and points; nothing when none has one."""
    sizes = {d: (drawing.width, drawing.height) for d, drawing in drawings.items()}
    parts: list[Flowable] = []
    for group in chart_groups(sessions, sizes):
        # The heading stays with the first row, the legend with the last.
        rows, key = _figures(group, drawings, kit)
        first, *middle = rows
        last = [middle.pop()] if middle else []
        if not last:
            parts.append(KeepTogether([*_heading(group, kit), first, *key]))
        else:
            parts += [KeepTogether([*_heading(group, kit), first]), *middle]
            parts.append(KeepTogether([*last, *key]))
        # A table that would start with a row or two at the foot of a page starts on the next.
        parts += [Spacer(1, 2 * mm), CondPageBreak(TABLE_START), _points_table(group, kit)]
    return parts
