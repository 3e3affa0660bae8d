"""The chart's legend in the session editor, laid out as the window shows it: the depth
bands' headings an em apart, each row's heading apart from its swatches, and the
sentence under the table apart from it, so that nothing runs together."""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from PySide6.QtGui import QFontMetricsF, QTextDocument, QTextTable
from PySide6.QtWidgets import QLabel

from mesolog.reports.chart_shading import DEPTH_BANDS
from mesolog.ui.sessions.chart_colours import band_words
from tests.ui.sessions.chart_clicks import chart
from tests.ui.sessions.typed_session import Chair


class Ink(NamedTuple):
    text: str
    left: float
    right: float


def _laid_out(label: QLabel) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    return document


def _table(document: QTextDocument) -> QTextTable:
    [table] = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    return table


def _ink(document: QTextDocument, table: QTextTable, row: int, column: int) -> Ink:
    """The cell's text and where it runs from and to across the legend, as laid out."""
    block = table.cellAt(row, column).firstCursorPosition().block()
    left = document.documentLayout().blockBoundingRect(block).left()
    line = block.layout().lineAt(0)
    start = left + line.x()
    return Ink(block.text(), start, start + line.naturalTextWidth())


def test_the_legends_headings_and_rows_stand_apart(chair: Chair) -> None:
    editor = chair.open()
    editor.resize(1366, 768)
    label = chart(editor).legend
    chair.qtbot.waitUntil(lambda: label.width() > 0)
    document = _laid_out(label)
    table = _table(document)
    em = QFontMetricsF(label.font()).horizontalAdvance("M")
    bands = len(DEPTH_BANDS)

    headings = [_ink(document, table, 0, column) for column in range(1, bands + 1)]
    assert [heading.text.replace("\xa0", " ") for heading in headings] == band_words()
    for heading, following in pairwise(headings):
        gap = following.left - heading.right
        assert gap >= em, f"{heading.text!r} runs into the next heading ({gap:.1f} px)"

    swatches = [_ink(document, table, row, 1).left for row in range(1, table.rows())]
    for row in range(table.rows()):
        heading = _ink(document, table, row, 0)
        gap = min(swatches) - heading.right
        assert gap >= em / 2, f"{heading.text!r} runs into the swatches ({gap:.1f} px)"

    layout = document.documentLayout()
    below = layout.frameBoundingRect(table).bottom()
    sentence = document.lastBlock()
    assert sentence.text().startswith("A zone takes its line's colour")
    gap = layout.blockBoundingRect(sentence).top() - below
    assert gap >= em / 3, f"the sentence runs into the table ({gap:.1f} px)"
