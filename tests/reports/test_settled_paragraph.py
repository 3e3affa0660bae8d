"""A paragraph that keeps its line breaks per width is still drawn after a split that
found no room for it (reportlab then drops the lines it had broken)."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from mesolog.reports.summary_styles import para, stylesheet


def test_a_paragraph_left_whole_by_a_split_is_broken_again_and_drawn() -> None:
    paragraph = para("a treatment table's cell of several lines " * 20, stylesheet()["Value"])
    width, height = paragraph.wrap(300, 1000)
    # Room for one line at the foot of a page: no orphan is left, the paragraph moves on.
    assert paragraph.split(300, 15) == []
    assert paragraph.wrap(300, 1000) == (width, height)
    paragraph.drawOn(Canvas(io.BytesIO()), 0, 0)  # AttributeError 'blPara' before the fix
