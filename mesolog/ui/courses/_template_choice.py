"""The course dialog's "From template" choice and the course estimate under the planned
sessions.

The template chosen is the one the course is planned from (its plan names it by id): the
choice fills the plan, which stays editable (the protocol text too) without undoing the
link; "None: plan by hand" undoes it. The estimate follows the template chosen and the
planned sessions typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from mesolog.domain.ids import TemplateId
from mesolog.domain.templates import CourseEstimate, Template
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import named
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.templates.template_words import estimate_text


class TemplateChoice(QObject):
    """The templates in use to plan from, the one chosen, and its estimate."""

    chosen = Signal(object)
    """The Template the person chose to plan from (the dialog fills the plan from it)."""

    def __init__(
        self, clinic: Clinic, templates: list[Template], sessions: NumberField, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._sessions = sessions
        self._templates = {str(template.id): template for template in templates}
        self._estimates: dict[tuple[TemplateId, int], CourseEstimate] = {}
        self.combo = named(QComboBox(parent), "template", self.tr("Plan from a template"))
        self.combo.addItem(self.tr("None: plan by hand"), None)
        for key, template in self._templates.items():
            if template.active:
                self.combo.addItem(template.details.name, key)
        self.combo.setToolTip(
            self.tr(
                "Fills the plan from a protocol template, and the course's first session "
                "starts from its treatment lines. The plan stays yours to change."
            )
        )
        self.estimate = named(QLabel(parent), "estimate", self.tr("Course estimate"))
        self.estimate.setWordWrap(True)
        self.estimate.hide()
        self.combo.activated.connect(self._activated)
        sessions.changed.connect(self._show_estimate)

    def linked(self) -> Template | None:
        """The template chosen: the one the course is planned from."""
        key = self.combo.currentData()
        return None if key is None else self._templates[key]

    def template_id(self) -> TemplateId | None:
        linked = self.linked()
        return None if linked is None else linked.id

    def show_linked(self, template_id: TemplateId | None) -> None:
        """Shows the template a course was planned from (a retired one marked so)."""
        index = 0
        if template_id is not None:
            key = str(template_id)
            if key not in self._templates:  # added since the dialog opened
                self._templates[key] = self._clinic.templates.get(template_id)
            index = self.combo.findData(key)
            if index < 0:
                template = self._templates[key]
                name = template.details.name
                if not template.active:
                    name = self.tr("%1 (retired)").replace("%1", name)
                self.combo.addItem(name, key)
                index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self._show_estimate()

    def estimate_now(self) -> CourseEstimate | None:
        """The estimate for the sessions typed (None: no template chosen, or no number)."""
        template = self.linked()
        sessions = self._sessions.value()
        if template is None or sessions is None:
            return None
        key = (template.id, int(sessions))
        if key not in self._estimates:
            self._estimates[key] = self._clinic.templates.estimate(template.details, key[1])
        return self._estimates[key]

    def _activated(self, index: int) -> None:
        key = self.combo.itemData(index)
        if key is not None:
            self.chosen.emit(self._templates[key])
        self._show_estimate()

    def _show_estimate(self) -> None:
        template = self.linked()
        if template is None:
            self.estimate.hide()
            return
        estimate = self.estimate_now()
        if estimate is None:
            text = self.tr("Type the planned sessions to see the course estimate.")
        else:
            text = estimate_text(template.details, estimate)
        self.estimate.setText(text)
        self.estimate.show()
