"""Settings ▸ Templates: the clinic's protocol templates (the guide's, shipped, and the
clinic's own), each a course's plan and its first session's lines.

Clinicians and administrators add, edit, duplicate (a clinic starts its own from a shipped
one), retire and reinstate templates; an assistant reads them, the buttons that would
change one disabled saying why. Every change goes through the services and tells the
window's other views (the ChangeBus), which this window follows too.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.domain.ids import TemplateId
from mesolog.domain.templates import TEMPLATE_NAME_MAX, Template
from mesolog.domain.text import fold
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import ERROR_STYLE, action_button, named
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.common.translation import shown
from mesolog.ui.templates._template_table import TemplateColumn, TemplateTableModel
from mesolog.ui.templates._template_view import TemplateTable
from mesolog.ui.templates.template_dialog import TemplateDialog
from mesolog.ui.templates.template_words import may_change_templates, read_only_reason

TABLE_ROWS = 12
"""Rows the table shows before it scrolls: the eight shipped templates and a few more."""


def open_templates(owner: QWidget, clinic: Clinic, bus: ChangeBus) -> TemplatesWindow:
    """Settings ▸ Templates beside `owner` (the main window): one window, raised again when
    open, telling the views that follow `bus` of its changes."""
    window = owner.findChild(TemplatesWindow, "templates_window")
    if window is None:
        window = TemplatesWindow(clinic, bus, owner)
    else:
        window.refresh()
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def copy_name(name: str, taken: set[str]) -> str:
    """ "Name (copy)", or "Name (copy 2)"… the first no template has (folded)."""
    number = 1
    while True:
        #: after a duplicated template's name (its leading space too)
        suffix = QCoreApplication.translate("TemplatesWindow", " (copy)")
        if number > 1:
            #: after a duplicated template's name when "(copy)" is taken: %1 counts 2, 3…
            copy_n = QCoreApplication.translate("TemplatesWindow", " (copy %1)")
            suffix = copy_n.replace("%1", str(number))
        candidate = name[: TEMPLATE_NAME_MAX - len(suffix)] + suffix
        if fold(candidate) not in taken:
            return candidate
        number += 1


class TemplatesWindow(QDialog):
    """The templates of `clinic`; changes are announced on `bus`."""

    def __init__(self, clinic: Clinic, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates_window")
        self.setWindowTitle(self.tr("Templates"))
        self._clinic = clinic
        self._bus = bus
        self._templates: list[Template] = []
        self._currency = ""
        self.may_change = may_change_templates(clinic)
        self._build()
        bus.changed.connect(self.refresh)
        self.refresh()
        self._fit()

    # building

    def _build(self) -> None:
        self.read_only_note = named(
            QLabel(read_only_reason(), self), "read_only_note", self.tr("Read only")
        )
        intro = QLabel(
            self.tr(
                "A template is a course's plan and its first session's treatment lines; "
                "planning a course from one fills both."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.show_retired = named(
            QCheckBox(self.tr("S&how retired"), self), "show_retired", self.tr("Show retired")
        )
        self.show_retired.toggled.connect(lambda _on: self._show())
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.show_retired)

        self.model = TemplateTableModel(self)
        self.view = named(TemplateTable(self), "templates", self.tr("Templates"))
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        view.doubleClicked.connect(lambda _index: self.edit())

        self.add_button = action_button(self, self.tr("&Add…"), "add_template", self.add)
        self.edit_button = action_button(self, self.tr("&Edit…"), "edit_template", self.edit)
        self.duplicate_button = action_button(
            self, self.tr("&Duplicate…"), "duplicate_template", self.duplicate
        )
        self.retire_button = action_button(self, self.tr("&Retire"), "retire", self.retire)
        self.reinstate_button = action_button(
            self, self.tr("Re&instate"), "reinstate", self.reinstate
        )
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.duplicate_button,
            self.retire_button,
            self.reinstate_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(view, 1)
        middle.addLayout(side)

        self.message = named(QLabel(self), "message", self.tr("What happened"))
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("buttons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _fit(self) -> None:
        """Wide enough for every column on one line, tall enough for a dozen rows; within
        the screen (where the long columns wrap)."""
        view = self.view
        height = view.horizontalHeader().sizeHint().height()
        height += TABLE_ROWS * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()
        view.setMinimumHeight(height)
        hint = self.sizeHint()
        room = hint.width() - view.sizeHint().width()
        resize_within_screen(self, max(hint.width(), view.wanted_width() + room), hint.height())

    # reading

    def refresh(self) -> None:
        """Reads the templates again, keeping the one selected."""
        self.may_change = may_change_templates(self._clinic)
        self.read_only_note.setVisible(not self.may_change)
        try:
            self._templates = self._clinic.templates.all(retired=True)
            self._currency = self._clinic.settings.clinic().currency
        except KnownError as error:
            self._say(shown(error.text), error=True)
            return
        self._show()

    def _show(self, select: TemplateId | None = None) -> None:
        kept = self.selected()
        keep = select or (kept.id if kept is not None else None)
        retired = self.show_retired.isChecked()
        self.model.show([t for t in self._templates if retired or t.active], self._currency)
        self.view.setColumnHidden(TemplateColumn.STATE, not retired)
        self.view.fit_columns()
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.row_total():
            row = 0
        if row is not None:
            self.view.selectRow(row)
        self._enable()

    def selected(self) -> Template | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.template_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        template = self.selected()
        may = self.may_change
        active = template is not None and template.active
        self.add_button.setEnabled(may)
        self.edit_button.setEnabled(template is not None)
        self.edit_button.setText(self.tr("&Edit…") if may else self.tr("&View…"))
        self.duplicate_button.setEnabled(may and template is not None)
        self.retire_button.setEnabled(may and active)
        self.reinstate_button.setEnabled(may and template is not None and not active)
        reason = "" if may else read_only_reason()
        for button in (
            self.add_button,
            self.duplicate_button,
            self.retire_button,
            self.reinstate_button,
        ):
            button.setToolTip(reason)
        self.edit_button.setToolTip(self.tr("Read the template") if not may else "")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # changes

    def add(self) -> Template | None:
        if not self.may_change:
            return None
        return self._added(TemplateDialog(self._clinic, self._bus, self))

    def duplicate(self) -> Template | None:
        """A new template filled from the one selected, under a name of its own."""
        template = self.selected()
        if not self.may_change or template is None:
            return None
        taken = {fold(t.details.name) for t in self._templates}
        start = replace(template.details, name=copy_name(template.details.name, taken))
        return self._added(TemplateDialog(self._clinic, self._bus, self, start=start))

    def _added(self, dialog: TemplateDialog) -> Template | None:
        if not dialog.exec() or dialog.saved_template is None:
            return None
        template = dialog.saved_template
        self._show(select=template.id)
        self._say(self.tr("Added %1.").replace("%1", template.details.name))
        return template

    def edit(self) -> None:
        """Edits the template selected; someone who may not change it reads it."""
        template = self.selected()
        if template is None:
            return
        read_only = not self.may_change
        dialog = TemplateDialog(
            self._clinic, self._bus, self, template=template, read_only=read_only
        )
        dialog.exec()
        if dialog.saved_template is not None:
            self._show(select=dialog.saved_template.id)
            self._say(self.tr("Saved %1.").replace("%1", dialog.saved_template.details.name))

    def retire(self) -> None:
        template = self.selected()
        if not self.may_change or template is None:
            return
        done = run_change(
            self,
            self._bus,
            lambda: self._clinic.templates.retire(template.id),
            title=self.tr("Retire template"),
        )
        if done is not None:
            self.show_retired.setChecked(True)
            self._show(select=template.id)
            self._say(
                self.tr(
                    "%1 is retired: it is no longer offered when a course is planned; the "
                    "courses planned from it stay as they are."
                ).replace("%1", template.details.name)
            )

    def reinstate(self) -> None:
        template = self.selected()
        if not self.may_change or template is None:
            return
        done = run_change(
            self,
            self._bus,
            lambda: self._clinic.templates.reinstate(template.id),
            title=self.tr("Reinstate template"),
        )
        if done is not None:
            self._show(select=template.id)
            self._say(
                self.tr("%1 is in use again: it is offered when a course is planned.").replace(
                    "%1", template.details.name
                )
            )
