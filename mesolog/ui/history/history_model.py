"""A patient's sessions as a Qt table model, newest first, filtered by course, area and
zone, each with its chart and photos as small pictures (`_pictures`: made when painted).

A row's texts and tips are made when Qt first asks for one (`data()`) and kept, so
opening a history of hundreds of sessions makes only the rows on screen; fitting the
columns reads every session's cell texts alone (`RowTexts.cells`). The filter lives in
the model (no proxy): the rows it hides are simply not rows.

A signed session corrected by an amendment is an earlier version: it is listed only
when asked for (`set_show_superseded`), marked "Superseded"; the amendment that
corrects it says "Signed, amended".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mesolog.domain.amendments import superseded
from mesolog.domain.enums import Area, SessionStatus, Severity
from mesolog.domain.ids import CourseId, SessionId
from mesolog.domain.records import Session
from mesolog.services.chart_maps import ZoneChoice, marks
from mesolog.services.history import PatientHistory
from mesolog.ui.common.table_model import Index, ReadOnlyTableModel
from mesolog.ui.history._history_row_data import HistoryRow, Remark, cell_lines
from mesolog.ui.history._history_rows import PICTURE_COLUMNS, HistoryColumn, RowTexts
from mesolog.ui.history._picture_texts import PictureTexts
from mesolog.ui.history._pictures import Pictures


class _AllCourses:
    """The course filter that lets every session through (sessions outside courses too)."""

    _instance: _AllCourses | None = None

    def __new__(cls) -> _AllCourses:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ALL"


ALL: Final = _AllCourses()
CourseFilter = CourseId | None | _AllCourses
"""A course's id: its sessions; None: the sessions outside any course; ALL: every session."""

SEVERITY_COLOURS = {
    Severity.MILD: QColor("#7a5d00"),
    Severity.MODERATE: QColor("#b34700"),
    Severity.SEVERE: QColor("#b00020"),
}
VOIDED_TEXT = QColor("#8a8a8a")
VOIDED_BACKGROUND = QColor("#eeeeee")
DRAFT_BACKGROUND = QColor("#fff6d5")
SUPERSEDED_TEXT = QColor("#6b6b6b")
SUPERSEDED_BACKGROUND = QColor("#f3f3f3")
COLUMNS = tuple(HistoryColumn)
REMARKS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The remarks under a row's cells (any column), one a line."""
REMARKS_TIP_ROLE = Qt.ItemDataRole.UserRole + 2
"""The remarks in full (free texts of an amendment's changes whole), for their tooltip."""
PICTURE_ROLES = frozenset(
    {
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)
"""What the chart and photos columns give of their own (their pictures, and in words)."""


@dataclass(slots=True)
class _Listed:
    """A session of the history, and its row once made."""

    session: Session
    superseded: bool
    """An earlier version, corrected by an amendment (listed only when asked for)."""
    row: HistoryRow | None = None


class HistoryModel(ReadOnlyTableModel[HistoryColumn]):
    """Read-only rows of sessions; `Qt.ItemDataRole.UserRole` gives the session id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = RowTexts(self)
        """Builds the rows; its words are the history's (statuses, units)."""
        self._all: list[_Listed] = []
        self._rows: list[_Listed] = []
        self._by_id: dict[SessionId, Session] = {}
        self._newer: dict[SessionId, Session] = {}
        self._courses: dict[CourseId, str] = {}
        self._course: CourseFilter = ALL
        self._area: Area | None = None
        self._zone: ZoneChoice | None = None
        self._show_superseded = False
        self._history: PatientHistory | None = None
        base = QFont()
        self.pictures = Pictures(base)
        """The rows' charts and photos, made when first painted."""
        self._picture_texts = PictureTexts(self)
        self._draft_font = QFont(base)
        self._draft_font.setItalic(True)
        self._voided_font = QFont(base)
        self._voided_font.setStrikeOut(True)

    # the public face

    def set_history(self, history: PatientHistory) -> None:
        """Shows the sessions of `history` (newest first), under the filter set before."""
        self.beginResetModel()
        self._history = history
        self.pictures.set_history(history.charts, history.session_photos)
        self.texts.new_history()
        replaced = superseded(history.sessions)
        self._by_id = {s.id: s for s in history.sessions}
        self._newer = {
            s.amends: s for s in history.sessions if s.amends is not None and s.voiding is None
        }
        self._courses = {c.course.id: self.texts.course_title(c.course) for c in history.courses}
        self._all = [_Listed(s, s.id in replaced) for s in history.sessions]
        self._rows = self._filtered()
        self.endResetModel()

    def column_words(self) -> dict[HistoryColumn, set[str]]:
        """The words each column shows, of every session (those filtered out too), split
        at plain spaces: a value glued to its unit by no-break spaces is one word."""
        every = [
            listed.row.texts if listed.row else self.texts.cells(listed.session, listed.superseded)
            for listed in self._all
        ]
        return {
            column: {
                word
                for text in {cells[column] for cells in every}  # sessions repeat most texts
                for line in text.splitlines()
                for word in line.split(" ")
                if word
            }
            for column in HistoryColumn
        }

    def set_show_superseded(self, shown: bool) -> None:
        """Lists the earlier versions of amended sessions too (hidden by default)."""
        if shown == self._show_superseded:
            return
        self.beginResetModel()
        self._show_superseded = shown
        self._rows = self._filtered()
        self.endResetModel()

    def shows_superseded(self) -> bool:
        return self._show_superseded

    def superseded_count(self) -> int:
        """How many earlier versions the history holds (shown or not)."""
        return sum(1 for row in self._all if row.superseded)

    def is_superseded(self, row: int) -> bool:
        return self._rows[row].superseded

    def set_filter(self, course_id: CourseFilter = ALL, area: Area | None = None) -> None:
        if (course_id, area) == (self._course, self._area):
            return
        self.beginResetModel()
        self._course = course_id
        self._area = area
        self._rows = self._filtered()
        self.endResetModel()

    def current_filter(self) -> tuple[CourseFilter, Area | None]:
        return self._course, self._area

    def set_zone_filter(self, zone: ZoneChoice | None) -> None:
        """Keeps only the sessions whose lines marked a zone `zone` takes (None: all)."""
        if zone == self._zone:
            return
        self.beginResetModel()
        self._zone = zone
        self._rows = self._filtered()
        self.endResetModel()

    def zone_filter(self) -> ZoneChoice | None:
        return self._zone

    def picture_height(self, row: int) -> int:
        """How tall the row's pictures are (0 without any), known before they are made."""
        return self.pictures.height(self._rows[row].session.id)

    def picture_widths(self, *, narrow: bool = False) -> dict[HistoryColumn, int]:
        """The width the chart and the photos columns need for the widest row's pictures
        (of every session, those filtered out too), or with one diagram and one photo a
        row when `narrow`; 0 when no session has any."""
        ids = [row.session.id for row in self._all]
        pictures = self.pictures
        return {
            HistoryColumn.CHART: max(
                (pictures.chart_width(i, narrow=narrow) for i in ids), default=0
            ),
            HistoryColumn.PHOTOS: max(
                (pictures.photos_width(i, narrow=narrow) for i in ids), default=0
            ),
        }

    def session_at(self, row: int) -> Session:
        return self._rows[row].session

    def session_count(self) -> int:
        """Every session of the history, those the filter hides too; an earlier version
        counts only while earlier versions are listed."""
        return sum(1 for row in self._all if self._show_superseded or not row.superseded)

    def row_of(self, session_id: SessionId) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.session.id == session_id), None)

    def line_count(self, row: int) -> int:
        """The lines of the row's most crowded cell, and a line a remark under the cells."""
        return cell_lines(self._rows[row].session) + len(self.remarks(row))

    def remarks(self, row: int) -> tuple[Remark, ...]:
        """What is said under the row's cells, across the row (amendment, warnings given)."""
        listed = self._rows[row]
        if not self.texts.has_remarks(listed.session, listed.superseded):
            return ()
        return self._made(row).remarks

    def remarks_tip(self, row: int) -> str:
        """The remarks of the row in full (the free texts an amendment changed, whole)."""
        return self._made(row).remarks_tip

    def header_titles(self) -> dict[HistoryColumn, str]:
        return {
            HistoryColumn.DATE: self.tr("Date"),
            HistoryColumn.CLINICIAN: self.tr("Clinician"),
            HistoryColumn.AREAS: self.tr("Areas"),
            HistoryColumn.CHART: self.tr("Chart"),
            HistoryColumn.PHOTOS: self.tr("Photos"),
            HistoryColumn.TECHNIQUE: self.tr("Technique"),
            HistoryColumn.PRODUCTS: self.tr("Products"),
            HistoryColumn.REACTIONS: self.tr("Reactions"),
            HistoryColumn.SCORE: self.tr("Score"),
            HistoryColumn.NOTES: self.tr("Notes"),
            HistoryColumn.STATUS: self.tr("Status"),
        }

    # the table

    def row_total(self) -> int:
        return len(self._rows)

    def columns(self) -> tuple[HistoryColumn, ...]:
        return COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        row, column = index.row(), index.column()
        found = self._made(row)
        session = found.session
        if column in PICTURE_COLUMNS and role in PICTURE_ROLES:
            return self._picture_data(session.id, HistoryColumn(column), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return found.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return found.tips[column] or None
        if role == REMARKS_ROLE:
            return "\n".join(remark.text for remark in found.remarks)
        if role == REMARKS_TIP_ROLE:
            return found.remarks_tip or None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == HistoryColumn.STATUS:
            # a screen reader hears who signed, amended or voided it, when and why, what an
            # amendment changed and the warnings given anyway
            said = found.tips[column] or found.texts[column]
            return f"{said}\n{found.remarks_tip}" if found.remarks_tip else said
        if role == Qt.ItemDataRole.UserRole:
            return session.id
        if role == Qt.ItemDataRole.FontRole:
            # the status column of a voided session says why in plain (readable) letters
            if session.voiding is not None and column != HistoryColumn.STATUS:
                return self._voided_font
            if session.status is SessionStatus.DRAFT and session.voiding is None:
                return self._draft_font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if session.voiding is not None:
                return QBrush(VOIDED_TEXT)
            if found.superseded:
                return QBrush(SUPERSEDED_TEXT)
            if column == HistoryColumn.REACTIONS and found.worst is not None:
                return QBrush(SEVERITY_COLOURS[found.worst])
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if session.voiding is not None:
                return QBrush(VOIDED_BACKGROUND)
            if found.superseded:
                return QBrush(SUPERSEDED_BACKGROUND)
            if session.status is SessionStatus.DRAFT:
                return QBrush(DRAFT_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _picture_data(self, session_id: SessionId, column: HistoryColumn, role: int) -> Any:
        history = self._history
        if history is None:
            return None
        chart = column is HistoryColumn.CHART
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pictures.chart(session_id) if chart else self.pictures.photos(session_id)
        texts = self._picture_texts
        if chart:
            charts = history.chart_of(session_id)
            if not charts:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return texts.chart_tip(charts)
            return texts.chart_summary(charts)
        photos = history.photos_of(session_id)
        if not photos:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts.photos_tip(photos)
        return texts.photos_summary(photos)

    def _made(self, row: int) -> HistoryRow:
        """The row's texts, made the first time they are asked for."""
        listed = self._rows[row]
        if listed.row is None:
            session = listed.session
            earlier = self._by_id.get(session.amends) if session.amends else None
            listed.row = self.texts.row(
                session, listed.superseded, earlier, self._newer, self._courses
            )
        return listed.row

    # filtering

    def _filtered(self) -> list[_Listed]:
        course, area, zone = self._course, self._area, self._zone
        return [
            row
            for row in self._all
            if (self._show_superseded or not row.superseded)
            and (course is ALL or row.session.entry.course_id == course)
            and (area is None or any(line.area is area for line in row.session.entry.treatments))
            and (zone is None or marks(row.session.entry, zone))
        ]
