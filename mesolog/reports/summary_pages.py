"""What every page of a summary carries: "Page x of y" from a canvas that holds each page
back until it knows how many there are, the PDF's own dates, and text cut to fit a line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

FooterPainter = Callable[[Canvas, int, int], None]


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') of `moment` at its own UTC offset."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def numbered_canvas(footer: FooterPainter, created: dt.datetime) -> type[Canvas]:
    """A canvas class that paints `footer(canvas, page, pages)` once all pages are known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: pdf_date(created))

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                footer(self, number, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis where it would be wider than `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
