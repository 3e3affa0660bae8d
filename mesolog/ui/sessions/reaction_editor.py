"""A session's reactions: the guide's list as quick toggles, each checked one with its details."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.enums import Area, Onset, ReactionKind, Severity
from mesolog.domain.errors import Violation
from mesolog.domain.records import Reaction
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.sessions.session_labels import (
    SEVERITY_COLOURS,
    area_labels,
    onset_labels,
    reaction_labels,
    severity_labels,
)
from mesolog.ui.sessions.session_widgets import (
    ComboBox,
    add_error_rows,
    caption,
    enum_combo,
    fill_width,
    optional_date,
    table_grid,
    watch,
)

COLUMNS = [(0, 16), (0, 20), (0, 20), (0, 22), (0, 19), (3, 16)]
"""(stretch, minimum width in characters): reaction, severity, area, onset, resolved on, notes."""
TOGGLE_COLUMNS = 6
_REACTION_PATH = re.compile(r"reactions\[(\d+)\]\.")


def severity_icon(severity: Severity) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, 12, 12)
    painter.end()
    return QIcon(pixmap)


def severity_combo() -> ComboBox:
    """Mild, moderate, severe: each with its colour and its name."""
    combo = ComboBox()
    for severity, label in severity_labels().items():
        combo.addItem(severity_icon(severity), label, str(severity))
    return combo


class ReactionRow(QWidget):
    """One reaction: its kind (fixed), severity, area, onset, resolution date and notes."""

    changed = Signal()

    def __init__(
        self, kind: ReactionKind, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"reaction_row_{kind}")
        self.kind = kind
        self.title = QLabel(reaction_labels()[kind])
        self.title.setObjectName("kind")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.severity = named(severity_combo(), "severity", self.tr("Severity"))
        self.area = named(enum_combo(area_labels(), blank="—"), "area", self.tr("Reaction area"))
        self.onset = named(enum_combo(onset_labels(), blank="—"), "onset", self.tr("Onset"))
        self.resolved_on = optional_date("resolved_on", self.tr("Resolved on"), today())
        self.notes = named(QLineEdit(), "notes", self.tr("Reaction notes"))
        self.errors = FieldErrors(self)
        grid = table_grid(COLUMNS, self)
        fields: list[tuple[str, QWidget]] = [
            ("severity", self.severity),
            ("area", self.area),
            ("onset", self.onset),
            ("resolved_on", self.resolved_on),
            ("notes", self.notes),
        ]
        grid.addWidget(fill_width(self.title, 0), 0, 0)
        for column, (_, widget) in enumerate(fields, start=1):
            grid.addWidget(fill_width(widget, 0), 0, column)
        add_error_rows(
            grid,
            [
                (column, self.errors.label_for(field))
                for column, (field, _) in enumerate(fields, start=1)
            ],
            first_row=1,
        )
        self.errors.follow(self.resolved_on)
        watch([widget for _, widget in fields], self.changed.emit)

    def focus_widgets(self) -> list[QWidget]:
        return [
            self.severity,
            self.area,
            self.onset,
            self.resolved_on,
            self.notes,
        ]

    def reaction(self) -> Reaction:
        area = self.area.value()
        onset = self.onset.value()
        return Reaction(
            kind=self.kind,
            severity=Severity(self.severity.value()),
            area=Area(area) if area else None,
            onset=Onset(onset) if onset else None,
            resolved_on=self.resolved_on.value(),
            notes=self.notes.text().strip(),
        )

    def set_reaction(self, reaction: Reaction) -> None:
        self.severity.set_value(reaction.severity)
        self.area.set_value(reaction.area)
        self.onset.set_value(reaction.onset)
        self.resolved_on.set_value(reaction.resolved_on)
        self.notes.setText(reaction.notes)

    def to_payload(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "severity": self.severity.value(),
            "area": self.area.value(),
            "onset": self.onset.value(),
            "resolved_on": self.resolved_on.raw(),
            "notes": self.notes.text(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self.severity.set_value(payload.get("severity"))
        self.area.set_value(payload.get("area"))
        self.onset.set_value(payload.get("onset"))
        self.resolved_on.set_raw(payload.get("resolved_on"))
        self.notes.setText(str(payload.get("notes", "")))


class ReactionEditor(QWidget):
    """Toggle a reaction of the guide's list on to record it; off takes it out of the session
    (its details stay until the editor closes, in case the toggle was a slip)."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactions")
        self._today = today
        self._rows: list[ReactionRow] = []
        self.toggles: dict[ReactionKind, QPushButton] = {}
        toggles = QGridLayout()
        toggles.setSpacing(4)
        for index, (kind, label) in enumerate(reaction_labels().items()):
            button = named(QPushButton(label), f"reaction_{kind}", label)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.toggled.connect(lambda on, kind=kind: self._toggled(kind, on))
            toggles.addWidget(button, index // TOGGLE_COLUMNS, index % TOGGLE_COLUMNS)
            self.toggles[kind] = button
        self.none_label = QLabel(self.tr("No reaction recorded: press the ones seen."))
        self.none_label.setObjectName("no_reactions")
        self.header = QWidget()
        self.header.setObjectName("reaction_header")
        header_grid = table_grid(COLUMNS, self.header)
        for column, text in enumerate(
            [
                self.tr("Reaction"),
                self.tr("Severity"),
                self.tr("Area"),
                self.tr("Onset"),
                self.tr("Resolved on"),
                self.tr("Notes"),
            ]
        ):
            header_grid.addWidget(fill_width(caption(text), 0), 0, column)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toggles)
        layout.addWidget(self.none_label)
        layout.addWidget(self.header)
        layout.addLayout(self.rows_layout)
        self._refresh()

    # toggles and rows

    def _toggled(self, kind: ReactionKind, on: bool) -> None:
        rows = [row for row in self._rows if row.kind is kind]
        if on and not rows:
            row = self._add_row(kind)
            row.severity.setFocus()
        self._refresh()
        self.changed.emit()

    def _add_row(self, kind: ReactionKind) -> ReactionRow:
        row = ReactionRow(kind, self._today)
        row.changed.connect(self.changed.emit)
        self._rows.append(row)
        order = list(ReactionKind)
        self._rows.sort(key=lambda r: order.index(r.kind))
        for existing in self._rows:
            self.rows_layout.removeWidget(existing)
        for existing in self._rows:
            self.rows_layout.addWidget(existing)
        return row

    def _refresh(self) -> None:
        labels = reaction_labels()
        for kind, button in self.toggles.items():
            button.setText(f"✓ {labels[kind]}" if button.isChecked() else labels[kind])
        for row in self._rows:
            row.setVisible(self.toggles[row.kind].isChecked())
        active = bool(self.active_rows())
        self.header.setVisible(active)
        self.none_label.setVisible(not active)

    def active_rows(self) -> list[ReactionRow]:
        """The rows of the reactions toggled on, in the guide's order."""
        return [row for row in self._rows if self.toggles[row.kind].isChecked()]

    def row_for(self, kind: ReactionKind) -> ReactionRow:
        return next(row for row in self.active_rows() if row.kind is kind)

    def _reset(self, kinds: list[ReactionKind]) -> list[ReactionRow]:
        for row in self._rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self._rows = []
        for button in self.toggles.values():
            button.blockSignals(True)
            button.setChecked(False)
        rows = [self._add_row(kind) for kind in kinds]
        for kind in kinds:
            self.toggles[kind].setChecked(True)
        for button in self.toggles.values():
            button.blockSignals(False)
        self._refresh()
        return rows

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = list(self.toggles.values())
        for row in self.active_rows():
            widgets += row.focus_widgets()
        return widgets

    # values

    def reactions(self) -> tuple[Reaction, ...]:
        return tuple(row.reaction() for row in self.active_rows())

    def set_reactions(self, reactions: Iterable[Reaction]) -> None:
        # Reactions are loaded in the guide's order; two of one kind keep their own order.
        order = list(ReactionKind)
        listed = sorted(reactions, key=lambda r: order.index(r.kind))
        for row, reaction in zip(self._reset([r.kind for r in listed]), listed, strict=True):
            row.set_reaction(reaction)

    def to_payload(self) -> list[dict[str, Any]]:
        return [row.to_payload() for row in self.active_rows()]

    def load_payload(self, payload: list[dict[str, Any]]) -> None:
        order = list(ReactionKind)
        items = sorted(payload, key=lambda item: order.index(ReactionKind(item["kind"])))
        kinds = [ReactionKind(item["kind"]) for item in items]
        for row, item in zip(self._reset(kinds), items, strict=True):
            row.load_payload(item)

    # errors

    def show_errors(self, violations: Iterable[Violation]) -> list[Violation]:
        """Places `reactions[k]....` beside the k-th active row's fields; returns the rest."""
        rows = self.active_rows()
        unplaced: list[Violation] = []
        for violation in violations:
            match = _REACTION_PATH.match(violation.path)
            if match and int(match.group(1)) < len(rows):
                unplaced += rows[int(match.group(1))].errors.show([violation], match.group(0))
            else:
                unplaced.append(violation)
        return unplaced

    def clear_errors(self) -> None:
        for row in self._rows:
            row.errors.clear()

    def show_typed(self) -> bool:
        shown = [row.errors.show_typed() for row in self._rows]  # every row, not the first
        return any(shown)

    def first_error_widget(self) -> QWidget | None:
        for row in self.active_rows():
            for field in row.errors.visible():
                widget = row.findChild(QWidget, field)
                if widget is not None:
                    return widget
        return None
