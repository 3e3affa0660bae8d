"""The letter's text, which the clinic edits: one text a language (Ελληνικά, English),
shown one at a time with a choice of language, each edited and kept apart; its placeholders
listed beside it, a slip in them shown under it, mesolog's own text in the shown language
one click away, and kept as the clinic's letter in that language (every recall and the
command line then use it). Under it, when a search found patients whose letters are not all
in the window's language, how many letters each language has.

A patient's letter is in the language they prefer, else in the window's
(RecalledPatient.language); mesolog's own text in a language is reports.recall_letter_text's
default_text, whatever the window's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError, Violation
from mesolog.language.choice import CODES, NAMES
from mesolog.reports.recall_letter_text import PLACEHOLDERS, default_text, letter_text_violations
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import error_label, named, violation_text
from mesolog.ui.common.translation import shown, window_language


class LetterBox(QWidget):
    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._shown = window_language()
        self._texts = {code: clinic.settings.recall_letter(code) for code in CODES}
        """Each language's text as last edited (the shown one's is in the editor)."""
        self.language = named(QComboBox(self), "letter_language", self.tr("The letter's language"))
        for code in CODES:
            self.language.addItem(NAMES[code], code)  # each in its own words, never translated
        self.language.setCurrentIndex(CODES.index(self._shown))
        self.language.currentIndexChanged.connect(self._switched)
        choice = QLabel(self.tr("Lan&guage of the text:"), self)
        choice.setBuddy(self.language)
        self.text = named(QPlainTextEdit(self), "letter_text", self.tr("The letter's text"))
        self.text.setPlainText(self._texts[self._shown])
        self.text.textChanged.connect(self._edited)
        self.error = error_label("letter_error", self)
        self.counts = QLabel(self)
        self.counts.setObjectName("letter_counts")
        self.counts.setWordWrap(True)
        self.counts.hide()
        chooser = QHBoxLayout()
        chooser.addWidget(choice)
        chooser.addWidget(self.language)
        chooser.addStretch(1)
        editor = QVBoxLayout()
        editor.addLayout(chooser)
        editor.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addLayout(editor, 3)
        row.addLayout(self._side(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)

    def _side(self) -> QVBoxLayout:
        """The placeholders, and the buttons that keep the text or give mesolog's own."""
        self.default_button = named(
            QPushButton(self.tr("Use the &Default Text"), self),
            "default_letter",
            self.tr("Use the default text"),
        )
        self.default_button.setAutoDefault(False)
        self.default_button.clicked.connect(self.use_default)
        lines = [self.tr("Placeholders, replaced in each letter:")]
        lines += [f"{{{name}}}: {self._meaning(name)}" for name in PLACEHOLDERS]
        hint = QLabel("\n".join(lines), self)
        hint.setObjectName("placeholders")
        hint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.SmallestReadableFont))
        hint.setWordWrap(True)
        self.kept = QLabel(
            self.tr(
                "The letters written from this window use this text. Keep it as the clinic's "
                "letter to start every recall, and the command line's letters, from it."
            ),
            self,
        )
        self.kept.setObjectName("letter_kept")
        self.kept.setWordWrap(True)
        self.keep_button = named(
            QPushButton(self.tr("&Keep as the Clinic's Letter"), self),
            "keep_letter",
            self.tr("Keep as the clinic's letter"),
        )
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.keep)
        side = QVBoxLayout()
        side.addWidget(hint)
        side.addStretch(1)
        side.addWidget(self.kept)
        side.addWidget(self.keep_button)
        side.addWidget(self.default_button)
        return side

    def _meaning(self, name: str) -> str:
        meanings = {
            "patient": self.tr("the patient's name"),
            "product": self.tr("the products the patient received"),
            "lot": self.tr("their lot numbers"),
            "dates": self.tr("the days of the patient's sessions"),
            "clinic": self.tr("the clinic's name"),
            "clinic_phone": self.tr("the clinic's phone"),
            "treatments": self.tr("the table of the patient's treatments (a paragraph of its own)"),
        }
        return meanings.get(name, PLACEHOLDERS[name])

    @property
    def shown_language(self) -> str:
        """The language of the text shown (`el`, `en`)."""
        return self._shown

    def show_language(self, code: str) -> None:
        """Shows the text of the language `code`, as choosing it does."""
        self.language.setCurrentIndex(CODES.index(code))

    def _switched(self, index: int) -> None:
        self._texts[self._shown] = self.text.toPlainText()
        self._shown = CODES[index]
        self.show_violations([])
        self.text.setPlainText(self._texts[self._shown])

    def text_in(self, code: str) -> str:
        """The text of the letters in the language `code`, as edited."""
        return self.text.toPlainText() if code == self._shown else self._texts[code]

    def use_default(self) -> None:
        """mesolog's own text in the language shown."""
        self.text.setPlainText(default_text(self._shown))

    def keep(self) -> None:
        """Keeps the text shown as the clinic's letter in its language (refused, saying why,
        with a slip in it)."""
        texts = self.checked_texts([self._shown])
        if texts is None:
            return
        try:
            self._clinic.settings.update_recall_letter(texts[self._shown], self._shown)
        except KnownError as error:
            self.error.setText(shown(error.text))
            self.error.show()
            return
        self.kept.setText(self.tr("Kept as the clinic's letter: every recall starts from it."))

    def checked_texts(self, needed: Iterable[str]) -> dict[str, str] | None:
        """The text of each language `needed` (by its code), or None when one has a slip:
        that language's text is then shown with its problems (the shown one's first)."""
        codes = sorted(set(needed), key=lambda code: code != self._shown)
        for code in codes:
            violations = letter_text_violations(self.text_in(code))
            if violations:
                if code != self._shown:
                    self.show_language(code)
                self.show_violations(violations)
                return None
        self.show_violations([])
        return {code: self.text_in(code) for code in codes}

    def show_violations(self, violations: list[Violation]) -> None:
        self.error.setText("\n".join(violation_text(v) for v in violations))
        self.error.setVisible(bool(violations))

    def show_counts(self, counts: Mapping[str, int], asked: str) -> None:
        """Says how many letters each language has (a language with none left out), when
        they are not all in the language `asked` (the window's)."""
        if set(counts) <= {asked}:
            self.counts.clear()
            self.counts.hide()
            return
        greek, english = counts.get("el", 0), counts.get("en", 0)
        parts = []
        if greek:
            parts.append(
                self.tr("1 letter in Greek")
                if greek == 1
                else self.tr("%n letters in Greek", "", greek)
            )
        if english and greek:
            parts.append(self.tr("%n in English", "letters, after those in Greek", english))
        elif english:
            parts.append(
                self.tr("1 letter in English")
                if english == 1
                else self.tr("%n letters in English", "", english)
            )
        said = parts[0]
        if len(parts) == 2:
            both = self.tr("%1, %2", "the letters in Greek, then those in English")
            said = both.replace("%1", parts[0]).replace("%2", parts[1])
        self.counts.setText(said)
        self.counts.show()

    def _edited(self) -> None:
        if self.error.isVisibleTo(self) and not letter_text_violations(self.text.toPlainText()):
            self.show_violations([])
