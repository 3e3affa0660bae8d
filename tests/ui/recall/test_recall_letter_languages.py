"""The Recall window's letter in each language: Ελληνικά or English chosen from the keyboard,
a text typed key by key and kept as the clinic's letter in the language shown; mesolog's own
text in the language shown (from a Greek catalogue compiled from lupdate's extraction);
writing letters checks every language a found patient's letter needs, showing a slip in the
other language's text by switching to it; the letters' count in each language, a plural
looked up where lupdate filed it; and the PDF holding letters in both languages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import (
    ClinicSettings,
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.language import catalogues
from mesolog.language.qm_file import Catalogue
from mesolog.reports.recall_letter_text import DEFAULT_TEXT
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.recall.recall_window import RecallWindow
from tests.conftest import ATHENS
from tests.reports.greek_support import GREEK_LETTER, greek_words
from tests.typing_support import focus, shown, type_into
from tests.ui.common.catalogue_support import Greek, greek_catalogue, installed

REASON = "Notice 2026-14 from the maker"
OURS = "Αγαπητή/έ {patient},\n\nΚαλέστε μας για την παρτίδα {lot}.\n\n{treatments}"


@pytest.fixture
def recalled(clinic: Clinic) -> Clinic:
    """Ανδρέου prefers Greek, Bakirtzi English, Νικολάου none: all given lot L2409-17."""
    clinic.settings.update_clinic(
        ClinicSettings(name="Κλινική Αθηνών", phone="+30 210 000 0000"), read=ClinicSettings()
    )
    uses = (ProductUse(Solution.HYALURONIC_ACID, 1.5, "Ύαλο Boost 2%", "", "L2409-17"),)
    line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(depth_mm=1.5), uses)
    for family, given, language in (
        ("Ανδρέου", "Άννα", "el"),
        ("Bakirtzi", "Bella", "en"),
        ("Νικολάου", "Νίκος", None),
    ):
        details = PatientInput(family, given, dt.date(1980, 1, 2), preferred_language=language)
        patient = clinic.patients.create(details)
        entry = SessionInput(dt.datetime(2026, 2, 3, 10, tzinfo=ATHENS), "Dr Eleni Markou", (line,))
        clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    return clinic


def _window(qtbot: QtBot, clinic: Clinic) -> RecallWindow:
    window = RecallWindow(clinic)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.letter)
    return window


def _choose(qtbot: QtBot, window: RecallWindow, key: Qt.Key) -> None:
    """Up: Ελληνικά, Down: English (the choice's order)."""
    focus(qtbot, window.letter.language)
    QTest.keyClick(window.letter.language, key)


def _search(qtbot: QtBot, window: RecallWindow) -> None:
    type_into(qtbot, window.form.lot, "L2409-17")
    type_into(qtbot, window.form.reason, REASON)
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)


def test_greek_chosen_typed_and_kept_as_the_clinics_greek_letter(
    qtbot: QtBot, recalled: Clinic
) -> None:
    window = _window(qtbot, recalled)
    assert [window.letter.language.itemText(i) for i in range(2)] == ["Ελληνικά", "English"]
    assert shown(window.letter.language) == "English"
    _choose(qtbot, window, Qt.Key.Key_Up)
    assert (shown(window.letter.language), window.letter.shown_language) == ("Ελληνικά", "el")
    type_into(qtbot, window.letter.text, OURS, tab=False)
    qtbot.mouseClick(window.letter.keep_button, Qt.MouseButton.LeftButton)

    assert recalled.settings.recall_letter("el") == OURS
    assert recalled.settings.clinic().recall_letter == "", "the English letter is untouched"
    _choose(qtbot, window, Qt.Key.Key_Down)
    assert shown(window.letter.text) == DEFAULT_TEXT
    _choose(qtbot, window, Qt.Key.Key_Up)
    assert shown(window.letter.text) == OURS
    again = _window(qtbot, recalled)
    _choose(qtbot, again, Qt.Key.Key_Up)
    assert shown(again.letter.text) == OURS


@pytest.fixture
def greek_shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mesolog's Greek catalogue is one compiled from lupdate's extraction of the reports,
    the default letter translated (tests.reports.greek_support)."""
    catalogue = greek_words(tmp_path).catalogue
    monkeypatch.setattr(
        catalogues, "load_catalogue", lambda code: catalogue if code == "el" else Catalogue()
    )


@pytest.mark.usefixtures("greek_shipped")
def test_the_default_text_is_mesologs_own_in_the_language_shown(
    qtbot: QtBot, recalled: Clinic
) -> None:
    window = _window(qtbot, recalled)
    _choose(qtbot, window, Qt.Key.Key_Up)
    assert shown(window.letter.text) == GREEK_LETTER  # none kept: mesolog's own in Greek
    type_into(qtbot, window.letter.text, "Αγαπητή {patient}", tab=False)
    qtbot.mouseClick(window.letter.default_button, Qt.MouseButton.LeftButton)
    assert shown(window.letter.text) == GREEK_LETTER
    _choose(qtbot, window, Qt.Key.Key_Down)
    type_into(qtbot, window.letter.text, "Hello {patient}", tab=False)
    qtbot.mouseClick(window.letter.default_button, Qt.MouseButton.LeftButton)
    assert shown(window.letter.text) == DEFAULT_TEXT


def _pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def test_a_slip_in_the_greek_text_is_shown_there_and_no_letter_is_written(
    qtbot: QtBot, recalled: Clinic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, recalled)
    _search(qtbot, window)
    assert window.letter.counts.isVisibleTo(window.letter)
    assert window.letter.counts.text() == "1 letter in Greek, 2 in English"
    window.tabs.setCurrentWidget(window.letter)
    _choose(qtbot, window, Qt.Key.Key_Up)
    type_into(qtbot, window.letter.text, "Αγαπητή {ασθενής},", tab=False)
    _choose(qtbot, window, Qt.Key.Key_Down)  # back to the English text, which is right
    target = tmp_path / "letters.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(window.letters_button, Qt.MouseButton.LeftButton)

    assert window.tabs.currentWidget() is window.letter
    assert shown(window.letter.language) == "Ελληνικά"
    assert shown(window.letter.text) == "Αγαπητή {ασθενής},"
    assert window.letter.error.isVisible()
    assert "{ασθενής}" in window.letter.error.text()
    assert not target.exists()

    type_into(qtbot, window.letter.text, OURS, tab=False)
    assert not window.letter.error.isVisible()
    qtbot.mouseClick(window.letters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    bella, anna, nikos = _pages(target)
    assert "Αγαπητή/έ Άννα Ανδρέου, Καλέστε μας για την παρτίδα L2409-17." in anna
    assert "Dear Bella Bakirtzi," in bella
    assert "Dear Νίκος Νικολάου," in nikos  # no preference: the window's language
    assert recalled.settings.recall_letter("el") != OURS, "written from, not kept"


GREEK: dict[tuple[str, str], Greek] = {
    ("LetterBox", "%n letters in Greek"): ("%n επιστολή στα ελληνικά", "%n επιστολές στα ελληνικά"),
    ("LetterBox", "%n in English"): ("%n στα αγγλικά", "%n στα αγγλικά"),
    ("LetterBox", "1 letter in English"): "1 επιστολή στα αγγλικά",
    ("LetterBox", "%1, %2"): "%1 και %2",
}


def test_the_letters_are_counted_in_greek_plurals(
    qtbot: QtBot, recalled: Clinic, tmp_path: Path
) -> None:
    with installed(greek_catalogue(tmp_path, GREEK)):
        window = _window(qtbot, recalled)
        window.letter.show_counts({"el": 3, "en": 2}, "en")
        assert window.letter.counts.text() == "3 επιστολές στα ελληνικά και 2 στα αγγλικά"
        window.letter.show_counts({"en": 1}, "el")
        assert window.letter.counts.text() == "1 επιστολή στα αγγλικά"
        window.letter.show_counts({"en": 4}, "en")  # all in the window's language
        assert not window.letter.counts.isVisibleTo(window.letter)
