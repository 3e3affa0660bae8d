"""Texts rendered in Greek and English from a compiled catalogue, without Qt."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from mesolog.domain.texts import phrase, phrase_n, verbatim
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from tests.language.qm_support import greek_qm


@pytest.fixture
def greek(tmp_path: Path) -> Renderer:
    catalogue = Catalogue.from_qm(greek_qm(tmp_path).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)


def test_a_phrase_is_rendered_from_its_translation_with_greek_numbers(greek: Renderer) -> None:
    text = phrase("Limits", "more than {low} and at most {high} ml").having(
        low=0, high=Decimal("0.25")
    )
    assert greek(text) == "πάνω από 0 και έως 0,25 ml"


def test_a_plural_takes_the_greek_form_for_its_count(greek: Renderer) -> None:
    marked = phrase_n("Warnings", "{drug} taken %n day(s) before the session", None, 1)
    assert greek(marked.counting(1, drug="Ibuprofen")) == (
        "Ibuprofen: λήψη 1 ημέρα πριν από τη συνεδρία"
    )
    assert (
        greek(marked.counting(3, drug="Aspirin")) == "Aspirin: λήψη 3 ημέρες πριν από τη συνεδρία"
    )
    assert greek(marked.counting(0, drug="Aspirin")).startswith("Aspirin: λήψη 0 ημέρες")
    records = phrase_n("Warnings", "%Ln record(s)", None, 1)
    assert greek(records.counting(1234)) == "1.234 φάκελοι"


def test_the_disambiguation_picks_the_translation(greek: Renderer) -> None:
    assert greek(phrase("Area", "Back", "the body area")) == "Πλάτη"
    assert greek(phrase("Navigation", "Back", "go back")) == "Πίσω"
    assert greek(phrase("Navigation", "Back")) == "Επιστροφή"


def test_what_has_no_translation_is_its_english(greek: Renderer) -> None:
    assert greek(phrase("Area", "Cheeks")) == "Cheeks"  # unfinished
    assert greek(phrase("Area", "Knees")) == "Knees"
    assert greek(phrase("Elsewhere", "Forehead")) == "Forehead"


def test_a_persons_own_words_are_never_looked_up(greek: Renderer) -> None:
    assert greek(verbatim("Forehead")) == "Forehead"


def test_values_are_written_in_the_languages_locale(greek: Renderer) -> None:
    text = phrase("Patients", "Born on {day}, seen {visits} times")
    assert greek(text.having(day=date(2025, 3, 7), visits=1234)) == (
        "Γεννήθηκε 7 Μαρ 2025, 1.234 επισκέψεις"
    )
    assert greek.value(2.5) == "2,5"
    assert greek.value(datetime(2025, 3, 7, 16, 15)).startswith("7 Μαρ 2025")
    assert greek.value("0.25 ml") == "0.25 ml"
    assert greek.value(True) == "True"


def test_a_text_inside_a_text_is_rendered_too(greek: Renderer) -> None:
    inner = phrase("Severity", "moderate")
    outer = phrase("Patients", "{kind} ({severity})").having(
        kind=phrase("Reaction", "Pain"), severity=inner
    )
    assert greek(outer) == "Πόνος (μέτριας βαρύτητας)"


def test_english_without_a_catalogue_is_the_source_with_english_formats() -> None:
    english = Renderer(language("en", "en_GB.UTF-8"), Catalogue)
    text = phrase("Limits", "more than {low} and at most {high} ml").having(low=0, high=1234.5)
    assert english(text) == "more than 0 and at most 1,234.5 ml"
    assert english(phrase_n("W", "%n day(s)", None, 1).counting(2)) == "2 day(s)"


def test_the_catalogue_is_loaded_once_when_first_needed() -> None:
    loads: list[str] = []

    def load() -> Catalogue:
        loads.append("loaded")
        return Catalogue({("W", "%n day(s)", ""): ["%n day", "%n days"]})

    english = Renderer(language("en"), load)
    assert loads == []
    marked = phrase_n("W", "%n day(s)", None, 1)
    assert [english(marked.counting(n)) for n in (1, 4)] == ["1 day", "4 days"]
    assert loads == ["loaded"]
