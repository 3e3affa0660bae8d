"""The settings' "Barcode scanner" group: the character this workstation's scanner sends
between a code's fields in place of GS, kept on this computer only (scanner_settings)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.settings._settings_groups import SettingsGroup

FIELD_CHARACTERS = 6
"""The field's width: one character, with room for a few typed by mistake to show."""
REFUSAL_CHARACTERS = 44
"""The hint and a refusal wrap at about this width rather than widening the column (a
wrapping label asks for up to 80 characters' width)."""


class ScannerGroup(SettingsGroup):
    def __init__(self, parent: QWidget, errors: FieldErrors) -> None:
        super().__init__(parent, "scanner", errors)
        self.setTitle(self.tr("Barcode scanner of this computer"))
        self.separator = named(
            QLineEdit(self), "separator", self.tr("Character sent in place of GS")
        )
        self.separator.setPlaceholderText(self.tr("GS"))
        width = self.separator.fontMetrics().averageCharWidth()
        self.separator.setFixedWidth(width * FIELD_CHARACTERS + 16)
        self.separator.setToolTip(
            self.tr(
                "Kept on this computer only. Empty: the scanner sends GS (ASCII 29) between "
                "a code's fields, as GS1 asks. Otherwise the one character the scanner was "
                "set to send instead, such as | or ^"
            )
        )
        hint = QLabel(
            self.tr("The character it sends in place of GS; empty when it sends GS."), self
        )
        hint.setObjectName("separator_hint")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setWordWrap(True)
        hint.setMaximumWidth(width * REFUSAL_CHARACTERS)
        self._form.addRow(hint)
        caption = QLabel(self.tr("Sepa&rator:"), self)
        caption.setBuddy(self.separator)
        self._form.addRow(caption, self.separator)
        refusal = errors.label_for("separator")
        refusal.setMaximumWidth(width * REFUSAL_CHARACTERS)
        self._form.addRow(refusal)
        self.fields.append(self.separator)
