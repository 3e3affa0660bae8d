"""A session as one row of the history table: the text and the tooltip of every column.

A row's texts are made in the user's language and locale when the table first asks for
them (the model keeps them); a technique's or a product's text once a history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import TypeVar

from PySide6.QtCore import QObject

from mesolog.domain.enums import Area, ReactionKind, SessionStatus, Severity
from mesolog.domain.ids import CourseId, SessionId
from mesolog.domain.records import (
    Course,
    NeedleTechnique,
    ProductUse,
    Reaction,
    Session,
    Technique,
    TreatmentLine,
)
from mesolog.domain.warnings import given_despite_lines
from mesolog.ui.common.dates import long_date, shown_date, shown_time
from mesolog.ui.common.labels import (
    area_label,
    indication_label,
    needle_method_label,
    reaction_text,
    solution_label,
)
from mesolog.ui.history._change_texts import ChangeTexts
from mesolog.ui.history._history_formats import (
    date_time_text,
    glued,
    local_date_time_text,
    number,
)
from mesolog.ui.history._history_row_data import (
    HistoryRow,
    Remark,
    RemarkKind,
    worst_severity,
)

NOTES_SHOWN_MAX = 120
T = TypeVar("T")


class HistoryColumn(IntEnum):
    """Status second: a draft or a voided session must be seen without scrolling."""

    DATE = 0
    STATUS = 1
    CLINICIAN = 2
    AREAS = 3
    CHART = 4
    """The chart's diagrams, small (no text: the model gives them as its decoration)."""
    PHOTOS = 5
    """The first photos' thumbnails (no text either)."""
    TECHNIQUE = 6
    PRODUCTS = 7
    REACTIONS = 8
    SCORE = 9
    NOTES = 10


PICTURE_COLUMNS = (HistoryColumn.CHART, HistoryColumn.PHOTOS)


def _shown_notes(notes: str) -> str:
    shown = " ".join(notes.split())
    return shown if len(shown) <= NOTES_SHOWN_MAX else shown[:NOTES_SHOWN_MAX] + "…"


class RowTexts(QObject):
    """Builds the rows of sessions; the words of the history (statuses, units) are its own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = ChangeTexts(self, self)
        self._kept: dict[tuple[object, object], str] = {}

    def course_title(self, course: Course) -> str:
        """ "Wrinkles from 01/02/2026": a course as the history names it."""
        plan = course.plan
        return (
            self.tr("%1 from %2")
            .replace("%1", indication_label(plan.indication))
            .replace("%2", shown_date(plan.started_on))
        )

    def new_history(self) -> None:
        """Forgets the texts kept while the history before was shown."""
        self._kept.clear()

    def cells(self, session: Session, replaced: bool) -> tuple[str, ...]:
        """The text of each column of the row of `session` (`replaced`: an amendment
        corrects it); a technique's or a product's is made once a history."""
        entry = session.entry
        lines = entry.treatments
        several = len(lines) > 1
        return (
            date_time_text(entry.performed_at),
            self._status_text(session, replaced),
            entry.clinician,
            self._kept_text(tuple((x.area, x.area_detail) for x in lines), self._areas_text),
            "",
            "",
            "\n".join(self._line_technique(line, several) for line in lines),
            "\n".join(
                self._kept_text(p, self.product_text) for line in lines for p in line.products
            ),
            "\n".join(
                self._kept_text((r.kind, r.severity), self._reaction) for r in entry.reactions
            ),
            ""
            if entry.improvement_score is None
            else self.tr("%1/10").replace("%1", str(entry.improvement_score)),
            _shown_notes(entry.notes),
        )

    def row(
        self,
        session: Session,
        replaced: bool,
        earlier: Session | None,
        newer: dict[SessionId, Session],
        courses: Mapping[CourseId, str] | None = None,
    ) -> HistoryRow:
        """The row of `session`: `replaced` when an amendment corrects it, `earlier` the
        version it amends, `newer` the amendment of each corrected session by its id,
        `courses` the titles of the patient's courses (an amendment may move a session)."""
        entry = session.entry
        lines = entry.treatments
        several = len(lines) > 1
        texts = self.cells(session, replaced)
        product_tips = [
            self.product_text(p, with_expiry=True, area=line.area if several else None)
            for line in lines
            for p in line.products
        ]
        status_tip = self._status_tip(session, earlier)
        if replaced and session.voiding is None:
            status_tip = self._superseded_tip(session, newer.get(session.id))
        tips = (
            self._date_tip(entry.performed_at),
            status_tip,
            entry.clinician,
            texts[HistoryColumn.AREAS],
            "",
            "",
            texts[HistoryColumn.TECHNIQUE],
            "\n".join(product_tips),
            "\n".join(self._reaction_tip(r) for r in entry.reactions),
            self.tr("Improvement %1 of 10").replace("%1", str(entry.improvement_score))
            if entry.improvement_score is not None
            else "",
            entry.notes,
        )
        remarks, remarks_tip = self._remarks(session, replaced, earlier, newer, courses or {})
        return HistoryRow(
            session,
            replaced,
            texts,
            tips,
            worst_severity(session),
            remarks,
            remarks_tip,
        )

    def has_remarks(self, session: Session, replaced: bool) -> bool:
        """Whether the row of `session` says anything under its cells (known without
        making the remarks)."""
        return bool(
            session.amends is not None
            or (replaced and session.voiding is None)
            or session.entry.given_despite
        )

    def _remarks(
        self,
        session: Session,
        replaced: bool,
        earlier: Session | None,
        newer: dict[SessionId, Session],
        courses: Mapping[CourseId, str],
    ) -> tuple[tuple[Remark, ...], str]:
        """What is said under the cells: an amendment's reason and changes (old → new), the
        amendment that corrected an earlier version, the warnings given anyway."""
        remarks: list[Remark] = []
        tips: list[str] = []
        if session.amends is not None:
            said = self._amended_text(session)
            remarks.append(Remark(RemarkKind.RECORD, said))
            tips.append(said)
            if earlier is not None:
                changes = self._changes.texts(earlier.entry, session.entry, courses)
                shown = "; ".join(change.short for change in changes)
                if not changes:
                    shown = self.tr("nothing else")
                remarks.append(
                    Remark(RemarkKind.RECORD, self.tr("Changed: %1").replace("%1", shown))
                )
                tips += [self.tr("Changed:")] + [f"• {change.full}" for change in changes]
        corrected = newer.get(session.id)
        if replaced and session.voiding is None and corrected is not None:
            said = (
                self.tr("Corrected on %1 by %2 — reason: %3")
                .replace("%1", self._signed_when(corrected))
                .replace("%2", corrected.signed_by or "")
                .replace("%3", corrected.amendment_reason or "")
            )
            remarks.append(Remark(RemarkKind.RECORD, said))
            tips.append(said)
        given = given_despite_lines(
            session.entry.given_despite,
            reason_label=self.tr("Reason"),
            no_reason=self.tr("(no reason recorded)"),
        )
        for line in given:
            said = self.tr("⚠ Given despite: %1").replace("%1", line)
            remarks.append(Remark(RemarkKind.WARNING, said))
            tips.append(said)
        return tuple(remarks), "\n".join(tips)

    def _amended_text(self, session: Session) -> str:
        return (
            self.tr("Amended on %1 by %2 — reason: %3")
            .replace("%1", self._signed_when(session))
            .replace("%2", session.signed_by or "")
            .replace("%3", session.amendment_reason or "")
        )

    @staticmethod
    def _signed_when(session: Session) -> str:
        return local_date_time_text(session.signed_at) if session.signed_at else ""

    @staticmethod
    def _areas_text(lines: tuple[tuple[Area, str], ...]) -> str:
        """ "Forehead — glabella, Cheeks" of the (area, detail) of each line, in order."""
        said = []
        for area in dict.fromkeys(area for area, _ in lines):
            details = [detail for treated, detail in lines if treated is area and detail]
            label = area_label(area)
            said.append(f"{label} — {', '.join(details)}" if details else label)
        return ", ".join(said)

    def _line_technique(self, line: TreatmentLine, with_area: bool) -> str:
        return self._kept_text((line.area if with_area else None, line.technique), self._technique)

    def _technique(self, said: tuple[Area | None, Technique]) -> str:
        area, technique = said
        text = self.technique_text(technique)
        return f"{area_label(area)}: {text}" if area is not None else text

    def _kept_text(self, value: T, make: Callable[[T], str]) -> str:
        """`make(value)`, made once a history: sessions repeat areas, techniques, products."""
        key = (make, value)
        kept = self._kept.get(key)
        if kept is None:
            kept = self._kept[key] = make(value)
        return kept

    @staticmethod
    def _reaction(said: tuple[ReactionKind, Severity]) -> str:
        return reaction_text(*said)

    def technique_text(self, technique: Technique) -> str:
        """ "30G · 4 mm · depth 1.5 mm · nappage" or "12 needles · depth 0.75 mm · 80/s";
        each number stays with its unit, "depth" may end a line in a narrow column."""
        millimetres = glued(self.tr("%1 mm").replace("%1", number(technique.depth_mm)))
        depth = self.tr("depth %1").replace("%1", millimetres)
        if isinstance(technique, NeedleTechnique):
            parts = [
                glued(self.tr("%1G").replace("%1", str(technique.gauge))),
                glued(self.tr("%1 mm").replace("%1", number(technique.length_mm))),
                depth,
            ]
            if technique.method is not None:
                parts.append(needle_method_label(technique.method))
        else:
            needles = technique.needle_count
            parts = [
                glued(self.tr("1 needle") if needles == 1 else self.tr("%n needles", "", needles)),
                depth,
                glued(self.tr("%1/s").replace("%1", str(technique.penetrations_per_second))),
            ]
            if (passes := technique.passes) is not None:
                parts.append(
                    glued(self.tr("1 pass") if passes == 1 else self.tr("%n passes", "", passes))
                )
        return " · ".join(parts)

    def product_text(
        self, product: ProductUse, *, with_expiry: bool = False, area: Area | None = None
    ) -> str:
        text = solution_label(product.solution)
        name = " ".join(p for p in (product.product_name, product.concentration) if p)
        if name:
            text += f" — {name}"
        amounts = [self.tr("%1 ml").replace("%1", number(product.volume_ml))]
        if product.units is not None:
            amounts.insert(0, self.units_text(product.units))
        parts = [text, *(glued(amount) for amount in amounts)]
        if product.lot_number:
            parts.append(self.tr("lot %1").replace("%1", product.lot_number))
        if with_expiry and product.expiry_date is not None:
            parts.append(self.tr("expires %1").replace("%1", shown_date(product.expiry_date)))
        # an amount stays with its unit; "lot" and "expires" may end a line in a narrow column
        shown = " · ".join(parts)
        return f"{area_label(area)}: {shown}" if area is not None else shown

    def units_text(self, units: float) -> str:
        """ "2 units" (1 unit, 1.5 units) of a product counted in units."""
        return self.tr("1 unit") if units == 1 else self.tr("%1 units").replace("%1", number(units))

    def _reaction_tip(self, reaction: Reaction) -> str:
        text = reaction_text(reaction.kind, reaction.severity)
        if reaction.area is not None:
            text += f" · {area_label(reaction.area)}"
        if reaction.resolved_on is not None:
            text += " · " + self.tr("resolved %1").replace("%1", shown_date(reaction.resolved_on))
        if reaction.notes:
            text += f" · {reaction.notes}"
        return text

    def _date_tip(self, moment: dt.datetime) -> str:
        offset = moment.strftime("%z")
        shown_offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
        return f"{long_date(moment.date())} {shown_time(moment.time())} {shown_offset}".strip()

    def _signed_tip(self, session: Session) -> str:
        if session.signed_at is None:
            return self.tr("Signed")
        return (
            self.tr("Signed on %1 by %2")
            .replace("%1", local_date_time_text(session.signed_at))
            .replace("%2", session.signed_by or "")
        )

    def _superseded_tip(self, session: Session, newer: Session | None) -> str:
        tip = self._signed_tip(session)
        if newer is not None and newer.signed_at is not None:
            tip += "\n" + (
                self.tr("Corrected on %1 by %2: %3")
                .replace("%1", local_date_time_text(newer.signed_at))
                .replace("%2", newer.signed_by or "")
                .replace("%3", newer.amendment_reason or "")
            )
        return tip + "\n" + self.tr("An earlier version: the amendment is the current one.")

    def voided_text(self, reason: str) -> str:
        """The status of a voided session: "Voided: wrong patient"."""
        return self.tr("Voided: %1").replace("%1", reason)

    def _status_text(self, session: Session, replaced: bool) -> str:
        if session.voiding is not None:
            return self.voided_text(session.voiding.reason)
        if replaced:
            return self.tr("Superseded")
        if session.status is SessionStatus.DRAFT:
            return self.tr("Draft")
        return self.tr("Signed, amended") if session.amends is not None else self.tr("Signed")

    def _status_tip(self, session: Session, earlier: Session | None) -> str:
        if session.voiding is not None:
            voiding = session.voiding
            return (
                self.tr("Voided on %1 by %2: %3")
                .replace("%1", local_date_time_text(voiding.voided_at))
                .replace("%2", voiding.voided_by)
                .replace("%3", voiding.reason)
            )
        if session.status is SessionStatus.DRAFT:
            return self.tr("Draft: not signed yet, still editable")
        if session.amends is not None:
            tip = (
                self.tr("Amended on %1 by %2: %3")
                .replace(
                    "%1",
                    local_date_time_text(session.signed_at) if session.signed_at else "",
                )
                .replace("%2", session.signed_by or "")
                .replace("%3", session.amendment_reason or "")
            )
            if earlier is not None and earlier.signed_at is not None:
                tip += "\n" + (
                    self.tr("Corrects the version signed on %1 by %2")
                    .replace("%1", local_date_time_text(earlier.signed_at))
                    .replace("%2", earlier.signed_by or "")
                )
            return tip
        return self._signed_tip(session)
