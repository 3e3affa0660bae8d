"""The technique of a treatment line: needle or pen, each with only its own fields."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.enums import NeedleMethod, TechniqueKind
from mesolog.domain.errors import Violation
from mesolog.domain.records import NeedleTechnique, PenTechnique, TechniqueDefaults
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.sessions.session_labels import method_labels, technique_labels
from mesolog.ui.sessions.session_widgets import (
    enum_combo,
    fill_width,
    number_field,
    room_for,
    watch,
    widget_char_width,
)

FIELD_CHARS = 14
"""The width of a technique field, in average characters ("not recorded" fits)."""


class TechniqueChoice(QWidget):
    """Needle or pen, as two radio buttons (arrow keys move between them)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "kind", self.tr("Technique"))
        labels = technique_labels()
        self.buttons: dict[TechniqueKind, QRadioButton] = {}
        self._group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind in TechniqueKind:
            button = named(QRadioButton(labels[kind]), f"kind_{kind}", labels[kind])
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[kind] = button
        self.buttons[TechniqueKind.NEEDLE].setChecked(True)
        self._group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> TechniqueKind:
        for kind, button in self.buttons.items():
            if button.isChecked():
                return kind
        return TechniqueKind.NEEDLE

    def set_value(self, kind: TechniqueKind | str) -> None:
        self.buttons[TechniqueKind(kind)].setChecked(True)


PAIRS_A_ROW = 2
"""Captions and fields a row: four (the method's long names among them) do not fit beside
the chart in Greek."""


def _field_grid(
    page: QWidget, errors: FieldErrors, fields: list[tuple[str, str, QWidget]]
) -> QGridLayout:
    """Captions and fields side by side, two pairs a row, the captions of a column lined
    up; each field's error label on a row of its own under its row of fields."""
    grid = QGridLayout(page)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(2)
    char = widget_char_width(page)
    per_row = min(PAIRS_A_ROW, len(fields))
    for index, (field, text, widget) in enumerate(fields):
        row = (index // per_row) * (1 + per_row)
        column = 2 * (index % per_row)
        label = QLabel(text)
        label.setContentsMargins(0 if column == 0 else 10, 0, 2, 0)
        label.setBuddy(widget)
        grid.addWidget(label, row, column)
        grid.addWidget(widget, row, column + 1)
        widget.setMinimumWidth(FIELD_CHARS * char)
        if isinstance(widget, QLineEdit):  # its hint whole in every language ("not recorded")
            room_for(widget)
        # An error starts under its field and may run to the right edge.
        error = errors.label_for(field)
        if isinstance(widget, NumberField):
            errors.follow(widget, field)
        grid.addWidget(fill_width(error, 0), row + 1 + index % per_row, column + 1, 1, -1)
    grid.setColumnStretch(2 * per_row, 1)
    return grid


class NeedleFields(QWidget):
    """Gauge, needle length, depth and method of a mesotherapy needle."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needle_fields")
        self.gauge = named(number_field(limits.NEEDLE_GAUGE, "G"), "gauge", self.tr("Needle gauge"))
        self.length_mm = named(
            number_field(limits.NEEDLE_LENGTH_MM, "mm", places=2),
            "length_mm",
            self.tr("Needle length in millimetres"),
        )
        self.depth_mm = named(
            number_field(limits.NEEDLE_DEPTH_MM, "mm", places=2),
            "depth_mm",
            self.tr("Needle depth in millimetres"),
        )
        self.method = named(enum_combo(method_labels(), blank="—"), "method", self.tr("Method"))
        self.errors = FieldErrors(self)
        _field_grid(
            self,
            self.errors,
            [
                ("gauge", self.tr("Gauge"), self.gauge),
                ("length_mm", self.tr("Length"), self.length_mm),
                ("depth_mm", self.tr("Depth"), self.depth_mm),
                ("method", self.tr("Method"), self.method),
            ],
        )
        watch(self.focus_widgets(), self.changed.emit)

    def focus_widgets(self) -> list[QWidget]:
        return [self.gauge, self.length_mm, self.depth_mm, self.method]

    def technique(self) -> NeedleTechnique:
        method = self.method.value()
        return NeedleTechnique(
            depth_mm=self.depth_mm.number(),
            gauge=int(self.gauge.number()),
            length_mm=self.length_mm.number(),
            method=NeedleMethod(method) if method else None,
        )

    def set_technique(self, needle: NeedleTechnique) -> None:
        self.gauge.set_value(needle.gauge)
        self.length_mm.set_value(needle.length_mm)
        self.depth_mm.set_value(needle.depth_mm)
        self.method.set_value(needle.method)

    def to_payload(self) -> dict[str, Any]:
        return {
            "gauge": self.gauge.raw(),
            "length_mm": self.length_mm.raw(),
            "depth_mm": self.depth_mm.raw(),
            "method": self.method.value(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self.gauge.set_raw(payload["gauge"])
        self.length_mm.set_raw(payload["length_mm"])
        self.depth_mm.set_raw(payload["depth_mm"])
        self.method.set_value(payload.get("method"))


class PenFields(QWidget):
    """Needle count, depth, speed and passes of a micro-needling pen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pen_fields")
        self.needle_count = named(
            number_field(limits.PEN_NEEDLE_COUNT), "needle_count", self.tr("Number of pen needles")
        )
        self.depth_mm = named(
            number_field(limits.PEN_DEPTH_MM, "mm", places=2),
            "depth_mm",
            self.tr("Pen depth in millimetres"),
        )
        self.penetrations_per_second = named(
            number_field(limits.PEN_PENETRATIONS_PER_SECOND, "/s"),
            "penetrations_per_second",
            self.tr("Penetrations per second"),
        )
        self.passes = named(
            number_field(limits.PEN_PASSES, none=self.tr("not recorded")),
            "passes",
            self.tr("Passes (empty: not recorded)"),
        )
        self.passes.setToolTip(self.tr("Passes over the area; empty when not recorded"))
        self.errors = FieldErrors(self)
        _field_grid(
            self,
            self.errors,
            [
                ("needle_count", self.tr("Needles"), self.needle_count),
                ("depth_mm", self.tr("Depth"), self.depth_mm),
                ("penetrations_per_second", self.tr("Speed"), self.penetrations_per_second),
                ("passes", self.tr("Passes"), self.passes),
            ],
        )
        watch(self.focus_widgets(), self.changed.emit)

    def focus_widgets(self) -> list[QWidget]:
        return [self.needle_count, self.depth_mm, self.penetrations_per_second, self.passes]

    def technique(self) -> PenTechnique:
        return PenTechnique(
            depth_mm=self.depth_mm.number(),
            penetrations_per_second=int(self.penetrations_per_second.number()),
            needle_count=int(self.needle_count.number()),
            passes=None if self.passes.value() is None else int(self.passes.number()),
        )

    def set_technique(self, pen: PenTechnique) -> None:
        self.needle_count.set_value(pen.needle_count)
        self.depth_mm.set_value(pen.depth_mm)
        self.penetrations_per_second.set_value(pen.penetrations_per_second)
        self.passes.set_value(pen.passes)

    def to_payload(self) -> dict[str, Any]:
        return {
            "needle_count": self.needle_count.raw(),
            "depth_mm": self.depth_mm.raw(),
            "penetrations_per_second": self.penetrations_per_second.raw(),
            "passes": self.passes.raw(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self.needle_count.set_raw(payload["needle_count"])
        self.depth_mm.set_raw(payload["depth_mm"])
        self.penetrations_per_second.set_raw(payload["penetrations_per_second"])
        self.passes.set_raw(payload["passes"])


def set_defaults(needle: NeedleFields, pen: PenFields, defaults: TechniqueDefaults) -> None:
    needle.set_technique(defaults.needle())
    pen.set_technique(defaults.pen())


def show_technique_errors(
    page: NeedleFields | PenFields, violations: Iterable[Violation], prefix: str
) -> list[Violation]:
    return page.errors.show(violations, prefix)
