"""Text folding and search terms: case- and accent-insensitive in Greek and Latin."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mesolog.domain.text import fold, patient_search_terms, query_words, sort_key, words


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def matches(query: str, terms: set[str]) -> bool:
    """Every query word begins some index term, as the search does it."""
    return all(any(term.startswith(word) for term in terms) for word in query_words(query))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Καρμίρης", "καρμιρησ"),
        ("ΚΑΡΜΊΡΗΣ", "καρμιρησ"),
        ("Müller", "muller"),
        ("Ångström", "angstrom"),
        ("Ἀθηνᾶ", "αθηνα"),
        ("Ϊάσων", "ιασων"),
        ("ΐ", "ι"),
        ("Straße", "strasse"),
        ("Đorđe", "dorde"),
        ("Østergård", "ostergard"),
        ("Łódź", "lodz"),
        ("François Núñez", "francois nunez"),
        ("ﬁne", "fine"),
        ("", ""),
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Καρμίρης", "καρμιρης"),
        ("Καρμίρης", "ΚΑΡΜΙΡΗΣ"),
        ("Καρμίρης", "καρμιρησ"),
        ("ς", "σ"),
        ("Σ", "ς"),
        ("Παπαδοπούλου", "παπαδοπουλου"),
        ("Müller", "MULLER"),
        ("Åsa", "asa"),
    ],
)
def test_fold_makes_spellings_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize("text", ["Καρμίρης", "Ἀθηνᾶ", "Ångström", "Müller", "ΐ", "ᾼ", "Ῥόδος"])
def test_composed_and_decomposed_input_fold_alike(text: str) -> None:
    composed = unicodedata.normalize("NFC", text)
    assert composed != nfd(composed)
    assert fold(composed) == fold(nfd(composed))


@given(st.text())
def test_normal_form_of_the_input_never_matters(text: str) -> None:
    assert fold(unicodedata.normalize("NFC", text)) == fold(nfd(text))


@given(st.text())
def test_folded_text_has_no_combining_marks(text: str) -> None:
    assert not any(unicodedata.combining(ch) for ch in fold(text))


@pytest.mark.parametrize(
    "text", ["ℌ", "𝐀lex", "𝓜üller", "℃"], ids=["fraktur-H", "bold-A", "script-M", "degree-C"]
)
def test_fold_is_lower_case_for_compatibility_letters(text: str) -> None:
    # NFKD runs after casefold, so a compatibility capital (ℌ → H) comes out as a capital.
    assert fold(text) == fold(text).casefold()


def test_words_split_on_punctuation() -> None:
    assert words("Παπαδοπούλου-Smith, Ά.") == ["παπαδοπουλου", "smith", "α"]


def test_search_terms_of_a_patient() -> None:
    terms = patient_search_terms("Καρμίρης-Ρήγα", "Ελένη", "MR-0042", "+30 210 1234")
    assert terms == {
        "καρμιρησ",
        "ρηγα",
        "ελενη",
        "mr",
        "0042",
        "mr-0042",
        "302101234",
        "02101234",
        "2101234",
        "101234",
        "01234",
        "1234",
        "234",
    }


@pytest.mark.parametrize(
    ("phone", "suffixes"),
    [
        ("", set()),
        ("12", set()),
        ("123", {"123"}),
        ("(69) 12-34", {"691234", "91234", "1234", "234"}),
        ("tel: none", set()),
    ],
)
def test_phone_gives_digit_suffixes_of_three_or_more(phone: str, suffixes: set[str]) -> None:
    assert patient_search_terms("Ng", "Li", "", phone) == {"ng", "li"} | suffixes


def test_blank_record_number_adds_no_term() -> None:
    assert patient_search_terms("Ng", "Li", "   ", "") == {"ng", "li"}


def test_terms_are_cut_to_100_characters() -> None:
    terms = patient_search_terms("α" * 150, "Li", "", "")
    assert terms == {"α" * 100, "li"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Καρμίρης", ["καρμιρησ"]),
        ("  καρμ  ελ ", ["καρμ", "ελ"]),
        ("Müller, Ά.", ["muller", "α"]),
        ("MR-0042", ["mr", "0042"]),
        ("", []),
        (" ,.- ", []),
        ("β" * 120, ["β" * 100]),
    ],
)
def test_query_words(query: str, expected: list[str]) -> None:
    assert query_words(query) == expected


@pytest.mark.parametrize(
    "query",
    ["καρμ", "ΚΑΡΜΙΡΗΣ", "καρμιρης ελενη", "Ελένη Καρμ", "1234", "210 1234", "mr-0042", "0042"],
)
def test_queries_find_the_patient(query: str) -> None:
    terms = patient_search_terms("Καρμίρης", "Ελένη", "MR-0042", "+30 210 1234")
    assert matches(query, terms)


@pytest.mark.parametrize("query", ["καρμα", "Ελένα", "4321", "mr-0043", "2109"])
def test_other_queries_do_not_find_the_patient(query: str) -> None:
    terms = patient_search_terms("Καρμίρης", "Ελένη", "MR-0042", "+30 210 1234")
    assert not matches(query, terms)


def test_sort_key_orders_by_family_then_given_name_ignoring_accents() -> None:
    names = [("Ζήσης", "Άννα"), ("άλφα", "Βασίλης"), ("Άλφα", "Άννα"), ("Μüller", "Z")]
    ordered = sorted(names, key=lambda name: sort_key(*name))
    assert ordered == [("Άλφα", "Άννα"), ("άλφα", "Βασίλης"), ("Ζήσης", "Άννα"), ("Μüller", "Z")]
