"""The course dialog's "From template" choice and the course estimate under the planned
sessions.

The template a course is planned from is the one its protocol text names
(courses.course_templates): the choice shows that template whenever the protocol text is
changed, and the estimate follows the template named and the planned sessions typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from mesolog.domain.ids import TemplateId
from mesolog.domain.templates import CourseEstimate, Template
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import named
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.courses.course_templates import planned_from, rest_of_protocol
from mesolog.ui.templates.template_words import estimate_text


class TemplateChoice(QObject):
    """The templates in use to plan from, the one the protocol names, and its estimate."""

    chosen = Signal(object)
    """The Template the person chose to plan from (the dialog fills the plan from it)."""

    def __init__(
        self, clinic: Clinic, protocol: QLineEdit, sessions: NumberField, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._protocol = protocol
        self._sessions = sessions
        self._templates = clinic.templates.all(retired=True)
        self._estimates: dict[tuple[TemplateId, int], CourseEstimate] = {}
        self.combo = named(QComboBox(parent), "template", self.tr("Plan from a template"))
        self.combo.addItem(self.tr("None: plan by hand"), None)
        for template in self._templates:
            if template.active:
                self.combo.addItem(template.details.name, str(template.id))
        self.combo.setToolTip(
            self.tr(
                "Fills the plan from a protocol template; the protocol text starts with its "
                "name, and the course's first session starts from its treatment lines."
            )
        )
        self.estimate = named(QLabel(parent), "estimate", self.tr("Course estimate"))
        self.estimate.setWordWrap(True)
        self.estimate.hide()
        self.combo.activated.connect(self._activated)
        protocol.textChanged.connect(self._follow_protocol)
        sessions.changed.connect(self._show_estimate)

    def linked(self) -> Template | None:
        """The template the protocol text names: the one the course is planned from."""
        return planned_from(self._protocol.text(), self._templates)

    def estimate_now(self) -> CourseEstimate | None:
        """The estimate for the sessions typed (None: no template named, or no number)."""
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
        if key is None:
            linked = self.linked()
            if linked is not None:
                self._protocol.setText(rest_of_protocol(self._protocol.text(), linked))
            return
        template = next(t for t in self._templates if str(t.id) == key)
        self.chosen.emit(template)

    def _follow_protocol(self) -> None:
        linked = self.linked()
        index = 0
        if linked is not None:
            index = self.combo.findData(str(linked.id))
            if index < 0:  # retired since the course was planned from it
                retired = self.tr("%1 (retired)").replace("%1", linked.details.name)
                self.combo.addItem(retired, str(linked.id))
                index = self.combo.count() - 1
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
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
