"""The widths of the history's columns.

Each column is as wide as a typical, fairly long text of it when the table has room, and
narrower in proportion when it has not (its text then wraps), never narrower than the
widest word it shows for this patient (a date, a status, a name, an area, a number with
its unit: what the text glues with no-break spaces never wraps), up to a cap, nor than a
few characters. Notes takes whatever width is left. At 1280×720 a typical record's
columns fit beside the patient list without scrolling sideways, and at 1024×700 nearly
every one (very long words, such as a double-barrelled name, scroll rather than be
elided).

A column the person widens or narrows keeps that width, taking the room from Notes; the
window keeps those widths between starts (`chosen`, `choose`). The chart and photos columns
are as wide as the widest row's pictures (`fit_pictures`), narrower (one picture a row and
a count of the rest) when even the least widths do not fit, and hidden when no row has any.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

from mesolog.domain.enums import Area, ReactionKind, Severity, Solution
from mesolog.domain.records import PenTechnique, ProductUse
from mesolog.ui.common.labels import area_label, reaction_text
from mesolog.ui.history._history_formats import date_time_text
from mesolog.ui.history._history_rows import PICTURE_COLUMNS, HistoryColumn, RowTexts
from mesolog.ui.history.wrapping_header import WrappingHeader

MIN_CHARS = 6
NOTES_MIN_CHARS = 10
WORD_MAX_CHARS = 24
"""A longer word (a web address in the notes) is elided rather than widen its column."""
CELL_PADDING = 3
"""Pixels above and below the text of a cell (beyond the style's own margin)."""
WORD_PADDING = 9
"""Pixels beside the widest word of a column at its narrowest: the style's margins (6 in
Fusion and Windows) and a little more, or a word that just fits is drawn elided."""
FIXED = (HistoryColumn.SCORE,)
"""Columns that keep their typical width whatever the table's, unless nothing else fits."""


class ColumnWidths(QObject):
    """Sizes the columns of `table` (whose model's rows `texts` builds); `resized` after
    any column changed width (rows then wrap differently)."""

    resized = Signal(bool)
    """True when the table was resized (its rows are measured again at once), False while
    the person drags a column's edge (measured once the drag has moved)."""

    def __init__(
        self, table: QTableView, texts: RowTexts, titles: Mapping[HistoryColumn, str]
    ) -> None:
        super().__init__(table)
        self._table = table
        self._texts = texts
        self._chosen: dict[HistoryColumn, int] = {}
        self._pictures: dict[HistoryColumn, int] = dict.fromkeys(PICTURE_COLUMNS, 0)
        self._narrow_pictures = dict(self._pictures)
        self.pictures_narrow = False
        """Whether the picture columns have their narrow widths (since the last share)."""
        self._distributing = False
        self._metrics = table.fontMetrics()
        char = self._metrics.averageCharWidth()
        self.preferred = {
            column: max(self._metrics.horizontalAdvance(text) for text in (sample, titles[column]))
            + 4 * CELL_PADDING
            for column, sample in self._samples().items()
        }
        header = table.horizontalHeader()
        titled = header.least_width if isinstance(header, WrappingHeader) else None
        self._least = {
            column: max(
                (NOTES_MIN_CHARS if column is HistoryColumn.NOTES else MIN_CHARS) * char,
                titled(titles[column]) if titled else 0,
            )
            for column in HistoryColumn
        }
        self.minimum = dict(self._least)
        for column in HistoryColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.preferred[column])
        header.setMinimumSectionSize(MIN_CHARS * char)
        header.sectionResized.connect(self._section_resized)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def fit_words(self, words: Mapping[HistoryColumn, Iterable[str]]) -> None:
        """Each column at least as wide as the widest of its `words` (the words its cells
        show, split at plain spaces only), within the least width and the cap."""
        cap = WORD_MAX_CHARS * self._metrics.averageCharWidth()
        for column in HistoryColumn:
            widest = max(
                (self._metrics.horizontalAdvance(w) for w in words.get(column, ())), default=0
            )
            self.minimum[column] = max(self._least[column], min(widest + WORD_PADDING, cap))
        self.distribute()

    def fit_pictures(
        self, widths: Mapping[HistoryColumn, int], narrow: Mapping[HistoryColumn, int]
    ) -> None:
        """The chart and photos columns as wide as their pictures (and their title), or as
        their `narrow` pictures when room is short; a column of width 0 is hidden."""
        self._distributing = True  # hiding or showing a column resizes it
        try:
            for column in PICTURE_COLUMNS:
                width = widths.get(column, 0)
                self._table.setColumnHidden(column, width == 0)
                self._pictures[column] = self._picture_width(column, width)
                self._narrow_pictures[column] = self._picture_width(column, narrow.get(column, 0))
        finally:
            self._distributing = False
        self.distribute()

    def _picture_width(self, column: HistoryColumn, pictures: int) -> int:
        return 0 if pictures == 0 else max(pictures + WORD_PADDING, self.preferred[column])

    def _samples(self) -> dict[HistoryColumn, str]:
        """A typical, fairly long text of each column: columns share the width in these
        proportions, so on a wide screen most rows need no wrapping."""
        texts = self._texts
        pen = PenTechnique(depth_mm=0.75, penetrations_per_second=80, needle_count=12, passes=3)
        product = ProductUse(Solution.HYALURONIC_ACID, 2.0, "NCTF 135 HA", "1%", "L2409-178")
        return {
            HistoryColumn.DATE: date_time_text(dt.datetime(2026, 12, 28, 23, 58)),
            HistoryColumn.CLINICIAN: "Dr Aikaterini Vasileiou",
            HistoryColumn.AREAS: area_label(Area.PERIORBITAL),
            HistoryColumn.CHART: "",
            HistoryColumn.PHOTOS: "",
            HistoryColumn.TECHNIQUE: f"{area_label(Area.CHEEKS)}: {texts.technique_text(pen)}",
            HistoryColumn.PRODUCTS: texts.product_text(product),
            HistoryColumn.REACTIONS: reaction_text(ReactionKind.BRUISING, Severity.MODERATE),
            HistoryColumn.SCORE: "10/10",
            HistoryColumn.STATUS: texts.voided_text("wrong patient"),
            HistoryColumn.NOTES: "Tolerated well, mild redness for 20 minutes.",
        }

    def least_total(self) -> int:
        """The narrowest the shown columns can all be with no word cut (their titles' and
        this patient's words; the pictures narrow)."""
        return sum(
            self._narrow_pictures[column] if column in PICTURE_COLUMNS else self.minimum[column]
            for column in HistoryColumn
            if not self._table.isColumnHidden(column)
        )

    # what the person chose

    def chosen(self) -> dict[str, int]:
        """The widths the person gave columns, by column name (`clinician`: 140)."""
        return {column.name.lower(): width for column, width in self._chosen.items()}

    def choose(self, widths: Mapping[str, object]) -> None:
        """Gives columns these widths (as `chosen` returned them; unknown names and values
        that are not widths are passed over), each at least its minimum."""
        by_name = {column.name.lower(): column for column in HistoryColumn}
        for name, width in widths.items():
            column = by_name.get(str(name))
            fixed = column in FIXED or column in PICTURE_COLUMNS
            if column is None or column is HistoryColumn.NOTES or fixed:
                continue
            try:
                self._chosen[column] = max(int(str(width)), self.minimum[column])
            except ValueError:
                continue
        self.distribute()

    # sharing the width

    def distribute(self) -> None:
        """Chosen and fixed columns keep their width (fixed ones their least when even the
        minimums do not fit); the others share what is left in proportion to their typical
        text, each at least its minimum (a column held at its minimum leaves the rest to the
        others); Notes takes what remains."""
        fixed = {c: self.preferred[c] for c in FIXED}
        least = {c: self._chosen.get(c, self.minimum[c]) for c in HistoryColumn} | fixed
        least |= self._pictures
        self.pictures_narrow = sum(least.values()) > self._viewport.width()
        if self.pictures_narrow:
            fixed = {c: self.minimum[c] for c in FIXED}
        fixed |= self._narrow_pictures if self.pictures_narrow else self._pictures
        kept = fixed | self._chosen
        available = self._viewport.width() - sum(kept.values())
        sharing = [c for c in HistoryColumn if c not in kept]
        held: dict[HistoryColumn, int] = {}
        while True:
            wanted = sum(self.preferred[c] for c in sharing)
            room = available - sum(held.values())
            scale = min(room / wanted, 1.0) if wanted > 0 else 1.0
            narrow = [c for c in sharing if self.preferred[c] * scale < self.minimum[c]]
            if not narrow:
                break
            held.update({c: self.minimum[c] for c in narrow})
            sharing = [c for c in sharing if c not in narrow]
        widths = held | {c: int(self.preferred[c] * scale) for c in sharing}
        notes = HistoryColumn.NOTES
        widths[notes] += max(available - sum(widths.values()), 0)
        self._apply(kept | widths, at_once=True)

    def _apply(self, widths: Mapping[HistoryColumn, int], *, at_once: bool) -> None:
        header = self._table.horizontalHeader()
        self._distributing = True
        try:
            for column, width in widths.items():
                if self._table.isColumnHidden(column) or width == 0:
                    continue
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._distributing = False
        self.resized.emit(at_once)

    def _section_resized(self, column: int, old: int, new: int) -> None:
        """A column the person resized keeps that width and takes the room from Notes
        (down to its minimum)."""
        if self._distributing:
            return
        notes = HistoryColumn.NOTES
        if column != notes:
            self._chosen[HistoryColumn(column)] = new
            header = self._table.horizontalHeader()
            width = max(header.sectionSize(notes) - (new - old), self.minimum[notes])
            self._apply({notes: width}, at_once=False)
        else:
            self.resized.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.distribute()
        return super().eventFilter(watched, event)
