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
    QRadioButton,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.enums import NeedleMethod, TechniqueKind
from mesolog.domain.errors import Violation
from mesolog.domain.records import NeedleTechnique, PenTechnique, TechniqueDefaults
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.sessions.session_labels import method_labels, technique_labels
from mesolog.ui.sessions.session_widgets import (
    decimal_spin,
    enum_combo,
    fill_width,
    int_spin,
    set_or_special,
    special_to_none,
    watch,
    widget_char_width,
)

NEEDLE_DEPTH_STEP_MM = 0.5
NEEDLE_LENGTH_STEP_MM = 0.5
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


def _field_grid(
    page: QWidget, errors: FieldErrors, fields: list[tuple[str, str, QWidget]]
) -> QGridLayout:
    """Caption and field side by side, the field's error label under the field."""
    grid = QGridLayout(page)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(2)
    char = widget_char_width(page)
    for index, (_, text, widget) in enumerate(fields):
        label = QLabel(text)
        label.setContentsMargins(0 if index == 0 else 10, 0, 2, 0)
        label.setBuddy(widget)
        grid.addWidget(label, 0, 2 * index)
        grid.addWidget(widget, 0, 2 * index + 1)
        widget.setMinimumWidth(FIELD_CHARS * char)
    grid.setColumnStretch(2 * len(fields), 1)
    # An error starts under its field and may run to the right edge.
    for index, (field, _, _) in enumerate(fields):
        label = errors.label_for(field)
        grid.addWidget(fill_width(label, 0), 1 + index, 2 * index + 1, 1, -1)
    return grid


class NeedleFields(QWidget):
    """Gauge, needle length, depth and method of a mesotherapy needle."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needle_fields")
        self.gauge = named(int_spin(limits.NEEDLE_GAUGE, " G"), "gauge", self.tr("Needle gauge"))
        self.length_mm = named(
            decimal_spin(
                limits.NEEDLE_LENGTH_MM.low,
                limits.NEEDLE_LENGTH_MM.high,
                NEEDLE_LENGTH_STEP_MM,
                " mm",
            ),
            "length_mm",
            self.tr("Needle length in millimetres"),
        )
        self.depth_mm = named(
            decimal_spin(
                limits.NEEDLE_DEPTH_MM.low, limits.NEEDLE_DEPTH_MM.high, NEEDLE_DEPTH_STEP_MM, " mm"
            ),
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
            depth_mm=self.depth_mm.value(),
            gauge=self.gauge.value(),
            length_mm=self.length_mm.value(),
            method=NeedleMethod(method) if method else None,
        )

    def set_technique(self, needle: NeedleTechnique) -> None:
        self.gauge.setValue(needle.gauge)
        self.length_mm.setValue(needle.length_mm)
        self.depth_mm.setValue(needle.depth_mm)
        self.method.set_value(needle.method)

    def to_payload(self) -> dict[str, Any]:
        return {
            "gauge": self.gauge.value(),
            "length_mm": self.length_mm.value(),
            "depth_mm": self.depth_mm.value(),
            "method": self.method.value(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self.gauge.setValue(int(payload["gauge"]))
        self.length_mm.setValue(float(payload["length_mm"]))
        self.depth_mm.setValue(float(payload["depth_mm"]))
        self.method.set_value(payload.get("method"))


class PenFields(QWidget):
    """Needle count, depth, speed and passes of a micro-needling pen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pen_fields")
        self.needle_count = named(
            int_spin(limits.PEN_NEEDLE_COUNT), "needle_count", self.tr("Number of pen needles")
        )
        self.depth_mm = named(
            decimal_spin(
                limits.PEN_DEPTH_MM.low, limits.PEN_DEPTH_MM.high, limits.PEN_DEPTH_STEP_MM, " mm"
            ),
            "depth_mm",
            self.tr("Pen depth in millimetres"),
        )
        self.penetrations_per_second = named(
            int_spin(limits.PEN_PENETRATIONS_PER_SECOND, " /s"),
            "penetrations_per_second",
            self.tr("Penetrations per second"),
        )
        self.passes = named(
            int_spin(limits.PEN_PASSES, special="—"), "passes", self.tr("Passes (— not recorded)")
        )
        self.passes.setToolTip(self.tr("Passes over the area; — when not recorded"))
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
            depth_mm=self.depth_mm.value(),
            penetrations_per_second=self.penetrations_per_second.value(),
            needle_count=self.needle_count.value(),
            passes=special_to_none(self.passes),
        )

    def set_technique(self, pen: PenTechnique) -> None:
        self.needle_count.setValue(pen.needle_count)
        self.depth_mm.setValue(pen.depth_mm)
        self.penetrations_per_second.setValue(pen.penetrations_per_second)
        set_or_special(self.passes, pen.passes)

    def to_payload(self) -> dict[str, Any]:
        return {
            "needle_count": self.needle_count.value(),
            "depth_mm": self.depth_mm.value(),
            "penetrations_per_second": self.penetrations_per_second.value(),
            "passes": self.passes.value(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self.needle_count.setValue(int(payload["needle_count"]))
        self.depth_mm.setValue(float(payload["depth_mm"]))
        self.penetrations_per_second.setValue(int(payload["penetrations_per_second"]))
        self.passes.setValue(int(payload["passes"]))


def set_defaults(needle: NeedleFields, pen: PenFields, defaults: TechniqueDefaults) -> None:
    needle.set_technique(defaults.needle())
    pen.set_technique(defaults.pen())


def show_technique_errors(
    page: NeedleFields | PenFields, violations: Iterable[Violation], prefix: str
) -> list[Violation]:
    return page.errors.show(violations, prefix)
