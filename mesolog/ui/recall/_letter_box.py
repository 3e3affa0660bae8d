"""The letter's text, which the clinic edits: its placeholders listed beside it, a slip in
them shown under it, the default text one click away, and kept as the clinic's letter with
another (every recall and the command line then use it).

The default is the window's language's (translation context "RecallLetter"); in English it
is the command line's, reports.recall_letter_text.DEFAULT_TEXT.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError, Violation
from mesolog.reports.recall_letter_text import PLACEHOLDERS, letter_text_violations
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import error_label, named, violation_text
from mesolog.ui.common.translation import shown


def default_letter_text() -> str:
    return QCoreApplication.translate(
        "RecallLetter",
        "Dear {patient},\n\n"
        "We are writing to you because the manufacturer of {product} has issued a notice "
        "about lot {lot}. Our records show that this product was used in your treatment at "
        "{clinic} on {dates}:\n\n"
        "{treatments}\n\n"
        "Most people need do nothing. Please call us on {clinic_phone} if you have noticed "
        "redness, swelling, lumps, pain or any other change in the treated areas since then, "
        "or if you have any question. We will gladly see you again at no cost.\n\n"
        "Yours sincerely,\n\n"
        "{clinic}",
    )


class LetterBox(QWidget):
    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self.text = named(QPlainTextEdit(self), "letter_text", self.tr("The letter's text"))
        self.text.setPlainText(clinic.settings.clinic().recall_letter or default_letter_text())
        self.text.textChanged.connect(self._edited)
        self.error = error_label("letter_error", self)
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
        row = QHBoxLayout()
        row.addWidget(self.text, 3)
        row.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)

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

    def use_default(self) -> None:
        self.text.setPlainText(default_letter_text())

    def keep(self) -> None:
        """Keeps the text as the clinic's letter (refused, saying why, with a slip in it)."""
        text = self.checked_text()
        if text is None:
            return
        try:
            self._clinic.settings.update_recall_letter(text)
        except KnownError as error:
            self.error.setText(shown(error.text))
            self.error.show()
            return
        self.kept.setText(self.tr("Kept as the clinic's letter: every recall starts from it."))

    def checked_text(self) -> str | None:
        """The text, or None (its problems shown) when it has a slip."""
        text = self.text.toPlainText()
        self.show_violations(letter_text_violations(text))
        return None if self.error.isVisibleTo(self) else text

    def show_violations(self, violations: list[Violation]) -> None:
        self.error.setText("\n".join(violation_text(v) for v in violations))
        self.error.setVisible(bool(violations))

    def _edited(self) -> None:
        if self.error.isVisibleTo(self) and not letter_text_violations(self.text.toPlainText()):
            self.show_violations([])
