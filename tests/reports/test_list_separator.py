"""Items of a list in running text are separated the language's way: "; " in English, the
άνω τελεία in Greek, where ";" would read as a question mark (the shipped catalogue)."""

from __future__ import annotations

from mesolog.domain.records import PreTreatment
from mesolog.reports.formatting import document_formatter
from mesolog.reports.session_cells import pre_treatment_markup

CHECKED = PreTreatment(nsaids_paused_days=3, topical_anaesthetic="EMLA 5%", consent_confirmed=True)


def test_english_separates_with_a_semicolon() -> None:
    said = pre_treatment_markup(CHECKED, document_formatter("en", "en_GB"))
    assert said.count("; ") == 2


def test_greek_separates_with_the_ano_teleia_and_asks_no_question() -> None:
    said = pre_treatment_markup(CHECKED, document_formatter("el", "el_GR"))
    assert said.count("· ") == 2
    assert ";" not in said.replace("&amp;", "")
