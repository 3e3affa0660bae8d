"""The record numbers in the settings: an example of the clinic's numbers (`MC-0001`),
whose last digits count up for each new patient, and the number the next patient gets.
Left empty, new patients are numbered like most of the clinic's numbers (shown greyed)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.settings._settings_groups import SettingsGroup

PATTERN_CHARS = 14
"""The pattern field's width, in characters."""


class RecordNumberGroup(SettingsGroup):
    """The pattern of new patients' record numbers, with the next number beside it."""

    def __init__(self, parent: QWidget, errors: FieldErrors, clinic: Clinic) -> None:
        super().__init__(parent, "record_numbers", errors)
        self.setTitle(self.tr("New patients"))
        self._clinic = clinic
        row = QWidget(self)
        self.pattern = named(
            QLineEdit(row), "record_number_pattern", self.tr("Record number pattern")
        )
        self.pattern.setToolTip(
            self.tr(
                "An example of your record numbers, like MC-0001: its last digits count up "
                "for each new patient. Empty: like most of the clinic's numbers."
            )
        )
        self.pattern.setFixedWidth(self.pattern.fontMetrics().averageCharWidth() * PATTERN_CHARS)
        self.next_number = QLabel(row)
        self.next_number.setObjectName("next_record_number")
        self.next_number.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.next_number.setWordWrap(True)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.pattern)
        line.addWidget(self.next_number, 1)
        self.add_field(self.tr("Record n&umbers:"), self.pattern, row=row)
        self.pattern.textChanged.connect(self.show_next_number)
        self.show_next_number()

    def show_next_number(self) -> None:
        """What the next new patient gets under the pattern typed (or the clinic's usual one)."""
        typed = self.pattern.text().strip()
        try:
            numbering = self._clinic.patients.record_numbering(typed)
        except KnownError:  # a pattern without digits, or the database out of reach
            self.next_number.setText(
                self.tr("Type an example number whose last digits count up, like MC-0001.")
            )
            return
        if typed:
            text = self.tr("The next new patient gets %1.").replace("%1", numbering.next)
        else:
            self.pattern.setPlaceholderText(numbering.pattern)
            text = self.tr("Like most of the clinic's numbers: the next new patient gets %1.")
            text = text.replace("%1", numbering.next)
        self.next_number.setText(text)
