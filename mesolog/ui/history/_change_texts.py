"""What an amendment changed, in words a clinician reads: `lot of HydraBoost 1.5%: AB-123 →
AB-132`, `depth: 1.5 mm → 2 mm`, dates and decimals in the locale's format.

The changes themselves come from the domain (`session_changes`); this only words them.
A free text (notes, a reason) too long for a line of the history is said to have changed,
and both versions are given whole in the tooltip: nothing is cut short.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject

from mesolog.domain.enums import Area, NeedleMethod, Onset, ReactionKind, Severity, Solution
from mesolog.domain.ids import CourseId
from mesolog.domain.records import (
    GivenDespite,
    NeedleTechnique,
    PenTechnique,
    ProductUse,
    Reaction,
    SessionInput,
    Technique,
    TreatmentLine,
)
from mesolog.domain.session_changes import ChangeValue, FieldChange, session_changes
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.labels import (
    area_label,
    needle_method_label,
    onset_label,
    reaction_label,
    reaction_text,
    severity_label,
    solution_label,
)
from mesolog.ui.history._chart_change_texts import (
    ChartChangeTexts,
    is_chart_change,
    product_label,
)
from mesolog.ui.history._history_formats import date_time_text, glued, number

SHORT_TEXT = 60
"""A free text longer than this (or of several lines) is not repeated in the row."""
QUOTED = frozenset({"notes", "area_detail", "reason", "warning"})
"""Free texts written in quotes, so that where they start and end is seen."""


@dataclass(frozen=True, slots=True)
class ChangeText:
    short: str
    """For the history's row."""
    full: str
    """For the tooltip: free texts whole."""


class Words(Protocol):
    """How the history words a technique and a product (`RowTexts`)."""

    def technique_text(self, technique: Technique) -> str: ...

    def product_text(
        self, product: ProductUse, *, with_expiry: bool = False, area: Area | None = None
    ) -> str: ...


class ChangeTexts(QObject):
    """Words the changes of an amendment; `courses` names the patient's courses."""

    def __init__(self, words: Words, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = words

    def texts(
        self, before: SessionInput, after: SessionInput, courses: Mapping[CourseId, str]
    ) -> list[ChangeText]:
        """Each change from `before` (the version amended) to `after` (the amendment)."""
        several = max(len(before.treatments), len(after.treatments)) > 1
        chart = ChartChangeTexts(before, after, self)
        found: list[ChangeText] = []
        for change in session_changes(before, after):
            if not is_chart_change(change):
                found.append(self._text(change, after, courses, several))
            elif (said := chart.text(change)) is not None:
                if several and not (change.added or change.removed):
                    area = area_label(after.treatments[int(change.path[1])].area)
                    said = self.tr("%1 (%2)").replace("%1", said).replace("%2", area)
                found.append(ChangeText(said, said))
        return found

    # one change

    def _text(
        self,
        change: FieldChange,
        after: SessionInput,
        courses: Mapping[CourseId, str],
        several: bool,
    ) -> ChangeText:
        path = change.path
        if change.added or change.removed:
            return self._item(change)
        label = self._label(change.name)
        if path[0] == "treatments" and isinstance(path[1], int):
            line = after.treatments[path[1]]
            if len(path) == 5 and isinstance(path[3], int):
                product = line.products[path[3]]
                label = label.replace("%1", product_label(product))
            if several and change.name != "area":
                label = self.tr("%1 (%2)").replace("%1", label).replace("%2", area_label(line.area))
        elif path[0] == "reactions" and isinstance(path[1], int):
            label = label.replace("%1", reaction_label(after.reactions[path[1]].kind))
        old = self._value(change.name, change.old, courses)
        new = self._value(change.name, change.new, courses)
        if change.name in QUOTED:
            old, new = self._quoted(change.old), self._quoted(change.new)
        full = self.tr("%1: %2 → %3").replace("%1", label).replace("%2", old).replace("%3", new)
        if max(len(old), len(new)) > SHORT_TEXT or "\n" in old + new:
            return ChangeText(
                self.tr("%1 changed (both versions in the tooltip)").replace("%1", label), full
            )
        return ChangeText(full, full)

    def _item(self, change: FieldChange) -> ChangeText:
        """A treatment line, product, reaction or warning given anyway, added or removed."""
        item = change.new if change.added else change.old
        added = change.added
        if isinstance(item, TreatmentLine):
            what = f"{area_label(item.area)}: {self._words.technique_text(item.technique)}"
            products = "; ".join(self._words.product_text(p) for p in item.products)
            if products:
                what = self.tr("%1 with %2").replace("%1", what).replace("%2", products)
            pattern = self.tr("line added: %1") if added else self.tr("line removed: %1")
        elif isinstance(item, ProductUse):
            what = self._words.product_text(item, with_expiry=True)
            pattern = self.tr("product added: %1") if added else self.tr("product removed: %1")
        elif isinstance(item, Reaction):
            what = reaction_text(item.kind, item.severity)
            pattern = self.tr("reaction added: %1") if added else self.tr("reaction removed: %1")
        elif isinstance(item, GivenDespite):
            what = self._quoted(item.warning)
            pattern = (
                self.tr("warning given anyway added: %1")
                if added
                else self.tr("warning given anyway removed: %1")
            )
        else:
            raise TypeError(f"no words for an item of {type(item).__name__}")
        full = pattern.replace("%1", what)
        if isinstance(item, GivenDespite) and len(item.warning) > SHORT_TEXT:
            short = (
                self.tr("a warning given anyway added (below)")
                if added
                else self.tr("a warning given anyway removed (in the tooltip)")
            )
            return ChangeText(short, full)
        return ChangeText(full, full)

    # the words

    def _label(self, name: str) -> str:
        """The field's name in words; `%1` is the product or reaction it belongs to."""
        labels = {
            "performed_at": self.tr("date"),
            "clinician": self.tr("clinician"),
            "course_id": self.tr("course"),
            "improvement_score": self.tr("improvement"),
            "notes": self.tr("notes"),
            "nsaids_paused_days": self.tr("last aspirin/NSAID"),
            "topical_anaesthetic": self.tr("topical anaesthetic"),
            "consent_confirmed": self.tr("consent confirmed"),
            "area": self.tr("area"),
            "area_detail": self.tr("area detail"),
            "technique": self.tr("technique"),
            "depth_mm": self.tr("depth"),
            "gauge": self.tr("needle gauge"),
            "length_mm": self.tr("needle length"),
            "method": self.tr("method"),
            "penetrations_per_second": self.tr("speed"),
            "needle_count": self.tr("needles"),
            "passes": self.tr("passes"),
            "solution": self.tr("solution of %1"),
            "volume_ml": self.tr("volume of %1"),
            "units": self.tr("units of %1"),
            "product_name": self.tr("name of %1"),
            "concentration": self.tr("concentration of %1"),
            "lot_number": self.tr("lot of %1"),
            "expiry_date": self.tr("expiry of %1"),
            "kind": self.tr("reaction %1"),
            "severity": self.tr("severity of %1"),
            "onset": self.tr("onset of %1"),
            "resolved_on": self.tr("%1 resolved on"),
            "reason": self.tr("reason for going ahead"),
            "warning": self.tr("warning given anyway"),
        }
        return labels.get(name, name)

    def _value(self, name: str, value: ChangeValue, courses: Mapping[CourseId, str]) -> str:
        if name == "course_id":
            if isinstance(value, uuid.UUID):
                return courses.get(CourseId(value), self.tr("a course not listed"))
            return self.tr("outside courses")
        if value is None or value == "":
            return self.tr("not asked") if name == "nsaids_paused_days" else self.tr("none")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        units = {
            "depth_mm": self.tr("%1 mm"),
            "length_mm": self.tr("%1 mm"),
            "volume_ml": self.tr("%1 ml"),
            "gauge": self.tr("%1G"),
            "penetrations_per_second": self.tr("%1/s"),
            "improvement_score": self.tr("%1/10"),
            "nsaids_paused_days": self.tr("%1 days before"),
        }
        if isinstance(value, int | float) and name in units:
            return glued(units[name].replace("%1", number(value)))
        return self._plain(value)

    def _plain(self, value: ChangeValue) -> str:
        match value:
            case Area():
                return area_label(value)
            case Solution():
                return solution_label(value)
            case ReactionKind():
                return reaction_label(value)
            case Severity():
                return severity_label(value)
            case Onset():
                return onset_label(value)
            case NeedleMethod():
                return needle_method_label(value)
            case dt.datetime():
                return date_time_text(value)
            case dt.date():
                return shown_date(value)
            case NeedleTechnique() | PenTechnique():
                return self._words.technique_text(value)
            case float():
                return number(value)
        return str(value)

    def _quoted(self, value: ChangeValue) -> str:
        text = str(value or "")
        return self.tr("“%1”").replace("%1", text) if text.strip() else self.tr("none")
