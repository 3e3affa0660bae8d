"""The settings' "Language" group: the language mesolog speaks on this computer, English,
Ελληνικά or the system's, kept in the small file `mesolog.language.preference` keeps (the
window and the command line read it when they start, before any database is open), so a
change takes effect when mesolog starts again, as the group says.

The two languages are named in their own words (`mesolog.language.choice.NAMES`), never
translated, so whoever cannot read the window finds theirs. The system's is what the
computer's locale names; choosing it forgets the stored choice.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from mesolog.language import preference
from mesolog.language.choice import CODES, NAMES, choose_language
from mesolog.language.preference import OVERRIDE, unknown_preference
from mesolog.ui.common.forms import FieldErrors, error_label, named
from mesolog.ui.settings._settings_groups import SettingsGroup

SYSTEM = ""
"""The combo's data for "the system's language": no choice stored."""


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language the system's locale names (`el`, `en`), whatever is stored."""
    without_override = {k: v for k, v in environ.items() if k != OVERRIDE}
    return choose_language(None, None, without_override).code


class LanguageGroup(SettingsGroup):
    """A combo box of English, Ελληνικά and the system's language; `save` keeps the choice."""

    def __init__(self, parent: QWidget, errors: FieldErrors) -> None:
        super().__init__(parent, "language", errors)
        self.setTitle(self.tr("Language"))
        self.language = named(QComboBox(self), "language", self.tr("Language on this computer"))
        for code in ("en", "el"):
            self.language.addItem(NAMES[code], code)
        system = NAMES[system_language()]
        #: the choice of the language the computer's locale names: %1 is its name, in its own words
        self.language.addItem(self.tr("The system's (%1)").replace("%1", system), SYSTEM)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.language)
        hint = self._quiet(self.tr("Applies from the next start."), "language_hint")
        line.addWidget(hint, 1)
        self.add_field(self.tr("&This computer:"), self.language, row=row)
        override = os.environ.get(OVERRIDE, "")
        if override in CODES:
            #: %1 an environment variable, %2 its value (el, en), %3 that language's own name
            note = self.tr("%1=%2 is set here: mesolog speaks %3 whatever is chosen.")
            shown = note.replace("%1", OVERRIDE).replace("%2", override)
            self._form.addRow(
                "", self._quiet(shown.replace("%3", NAMES[override]), "language_override")
            )
        self._unknown = unknown_preference()
        self.stored_problem = error_label("language_stored_problem", self)
        if self._unknown is not None:
            self.stored_problem.setText(
                self.tr(
                    "The language kept in %1 is not one mesolog speaks: it is passed over. "
                    "Save to keep the one chosen here instead."
                ).replace("%1", str(self._unknown))
            )
            self.stored_problem.show()
            self._form.addRow(self.stored_problem)  # a hidden row still takes its spacing
        self._stored = preference.stored_language()
        self.language.setCurrentIndex(self.language.findData(self._stored or SYSTEM))

    def _quiet(self, text: str, name: str) -> QLabel:
        """A wrapping line in the quiet colour of a hint."""
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def chosen(self) -> str:
        """`el`, `en`, or SYSTEM ("") for the system's language."""
        return str(self.language.currentData())

    def save(self) -> bool:
        """Keeps the choice on this computer when it changed (the system's: no file); False
        after showing why it could not be kept."""
        chosen = self.chosen()
        if chosen == (self._stored or SYSTEM) and self._unknown is None:
            return True
        try:
            if chosen == SYSTEM:
                preference.preference_file().unlink(missing_ok=True)
            else:
                preference.store_language(chosen)
        except OSError as error:
            why = f"{error.strerror} ({error.filename})" if error.filename else str(error)
            self.errors.say(
                "language",
                self.tr("The language could not be kept on this computer: %1").replace("%1", why),
            )
            return False
        self._stored = chosen or None
        self._unknown = None
        self.stored_problem.hide()
        return True
