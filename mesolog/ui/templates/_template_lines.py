"""The treatment lines of a template's first session, one frame each, with Add line under
them; violations of `lines[i]…` go to line i."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mesolog.domain.enums import Solution
from mesolog.domain.errors import Violation
from mesolog.domain.records import TechniqueDefaults, TreatmentLine
from mesolog.domain.templates import MAX_LINES
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.templates._template_catalogue import TemplateCatalogue
from mesolog.ui.templates._template_line import TemplateLineEditor
from mesolog.ui.templates._template_products import TemplateProductRow
from mesolog.ui.templates.template_words import use_word

_LINE_PATH = re.compile(r"lines\[(\d+)\]\.")


class TemplateLines(QWidget):
    """The lines, each starting from the clinic's technique `defaults`; product names
    complete from the `catalogue`, which says too which are counted in units."""

    changed = Signal()
    reshaped = Signal()
    """A line or a product added or removed, or a technique switched (see focus_widgets)."""

    def __init__(
        self,
        defaults: TechniqueDefaults,
        catalogue: TemplateCatalogue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_lines")
        self._defaults = defaults
        self._catalogue = catalogue
        self.editors: list[TemplateLineEditor] = []
        self.errors = FieldErrors(self)
        self.lines_error = self.errors.label_for("lines")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.add_button = named(
            QPushButton(self.tr("Add &line")), "add_line", self.tr("Add a treatment line")
        )
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addWidget(self.lines_error)
        layout.addLayout(bottom)
        layout.addStretch(1)  # room left over goes under the lines, not into their fields

    def add_line(self, line: TreatmentLine | None = None) -> TemplateLineEditor:
        editor = TemplateLineEditor(self._defaults, self._catalogue, self)
        if line is None:
            editor.add_product()
        else:
            editor.set_line(line)
        editor.changed.connect(self.changed.emit)
        editor.reshaped.connect(self.reshaped.emit)
        editor.remove_requested.connect(self._remove)
        self.editors.append(editor)
        self.rows.addWidget(editor)
        self._renumber()
        self.changed.emit()
        self.reshaped.emit()
        return editor

    def _add_clicked(self) -> None:
        self.add_line().area.setFocus()

    def _remove(self, editor: TemplateLineEditor) -> None:
        self.editors.remove(editor)
        self.rows.removeWidget(editor)
        editor.setParent(None)  # out of the form's children at once, not at deletion
        editor.deleteLater()
        self._renumber()
        self.add_button.setFocus()
        self.changed.emit()
        self.reshaped.emit()

    def _renumber(self) -> None:
        for number, editor in enumerate(self.editors, start=1):
            editor.set_number(number)
        self.add_button.setEnabled(len(self.editors) < MAX_LINES)
        self.add_button.setToolTip(
            ""
            if len(self.editors) < MAX_LINES
            else self.tr("A template has at most %1 lines").replace("%1", str(MAX_LINES))
        )

    def set_lines(self, lines: Iterable[TreatmentLine]) -> None:
        for editor in list(self.editors):
            self._remove(editor)
        for line in lines:
            self.add_line(line)

    def lines(self) -> tuple[TreatmentLine, ...]:
        """The lines as typed; only asked once the typed numbers were checked."""
        return tuple(editor.line() for editor in self.editors)

    def estimated_lines(self) -> tuple[TreatmentLine, ...]:
        return tuple(editor.estimated_line() for editor in self.editors)

    def unreadable_units(self) -> list[str]:
        """The products whose units are wanted and hold no amount, named (use_word)."""
        return self._named(lambda row: row.units_unreadable())

    def unreadable_volumes(self) -> list[str]:
        """The products whose volume is wanted and holds no amount, named (use_word)."""
        return self._named(lambda row: row.volume_unreadable())

    def _named(self, wanted: Callable[[TemplateProductRow], bool]) -> list[str]:
        words = (
            use_word(row.product_name.text().strip(), Solution(row.solution.value()))
            for editor in self.editors
            for row in editor.products
            if wanted(row)
        )
        return list(dict.fromkeys(words))

    def field_errors(self) -> list[FieldErrors]:
        return [self.errors] + [e for editor in self.editors for e in editor.field_errors()]

    def show_errors(self, violations: Iterable[Violation]) -> list[Violation]:
        """Shows each `lines…` violation beside its field; returns the others."""
        unplaced: list[Violation] = []
        for violation in violations:
            found = _LINE_PATH.match(violation.path)
            if found and int(found.group(1)) < len(self.editors):
                editor = self.editors[int(found.group(1))]
                unplaced += editor.show_errors([violation], found.group(0))
            elif violation.path == "lines":
                self.errors.show([violation])
            else:
                unplaced.append(violation)
        return unplaced

    def focus_widgets(self) -> list[QWidget]:
        widgets = [w for editor in self.editors for w in editor.focus_widgets()]
        return [*widgets, self.add_button]
