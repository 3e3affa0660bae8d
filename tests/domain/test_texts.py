"""Text for people built below the window: marked for lupdate, English by str()."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import pytest

from mesolog.domain.errors import KnownError, NotFoundError, ValidationError, Violation
from mesolog.domain.texts import Text, fill, phrase, phrase_n, verbatim


def test_a_phrase_is_its_english_with_the_values_filled_in() -> None:
    text = phrase("Limits", "more than {low} and at most {high} ml").having(low=0, high=0.25)
    assert str(text) == "more than 0 and at most 0.25 ml"
    assert text.context == "Limits"
    assert not text.plural


def test_a_plural_phrase_fills_its_count_and_its_values() -> None:
    marked = phrase_n("Warnings", "{drug} taken %n day(s) before the session", None, 1)
    assert marked.plural
    text = marked.counting(3, drug="Aspirin")
    assert str(text) == "Aspirin taken 3 day(s) before the session"
    assert text.count == 3


def test_the_disambiguation_is_kept_for_the_lookup() -> None:
    assert phrase("Area", "Back", "the body area").disambiguation == "the body area"
    assert phrase("Area", "Back").disambiguation is None


def test_values_are_added_and_replaced_by_name_leaving_the_text_it_came_from() -> None:
    marked = phrase("Patients", "{name} was born on {day}")
    first = marked.having(name="Maria")
    both = first.having(day=date(2025, 3, 7), name="Eleni")
    assert str(marked) == "{name} was born on {day}"
    assert str(first) == "Maria was born on {day}"
    assert str(both) == "Eleni was born on 2025-03-07"


def test_a_value_the_source_has_no_field_for_is_refused() -> None:
    with pytest.raises(ValueError, match="has no field nmae"):
        phrase("Patients", "{name} was born").having(nmae="Maria")


def test_only_a_plural_takes_a_count() -> None:
    with pytest.raises(ValueError, match="not a plural"):
        phrase("Sessions", "%n session(s)").counting(2)


def test_a_text_inside_a_text_is_its_english() -> None:
    inner = phrase("Severity", "moderate")
    assert str(phrase("Reactions", "Pain ({severity})").having(severity=inner)) == (
        "Pain (moderate)"
    )


def test_verbatim_words_are_never_filled_or_looked_up() -> None:
    text = verbatim("Product {x} at 100%n")
    assert str(text) == "Product {x} at 100%n"
    assert text.context == ""


def test_fill_shows_each_value_as_told_and_the_count_plain_or_localised() -> None:
    def show(value: object) -> str:
        return f"<{value}>"

    assert (
        fill("%n and %Ln of {a}", 1234, {"a": Decimal("0.5")}, show) == "1234 and <1234> of <0.5>"
    )
    assert fill("{a} %n {b}", None, {"a": "{b}"}, show) == "<{b}> %n {b}"


def test_texts_are_equal_by_what_they_hold_and_hashable() -> None:
    one = phrase("Limits", "{low} to {high}").having(low=1, high=2)
    assert one == phrase("Limits", "{low} to {high}").having(low=1, high=2)
    assert len({one, phrase("Limits", "{low} to {high}")}) == 2


def test_a_known_error_keeps_its_english_and_its_text() -> None:
    plain = NotFoundError("no patient 7")
    marked = KnownError(phrase("Errors", "no patient {number}").having(number=7))
    assert str(plain) == "no patient 7"
    assert plain.text == verbatim("no patient 7")
    assert str(marked) == "no patient 7"
    assert marked.args == ("no patient 7",)
    assert isinstance(marked.text, Text)
    assert marked.text.context == "Errors"
    assert str(pickle.loads(pickle.dumps(plain))) == "no patient 7"


def test_a_violation_allows_a_text_and_reads_as_before() -> None:
    marked = Violation("a.depth_mm", 9, phrase("Limits", "at most {high} mm").having(high=4))
    plain = Violation("a.depth_mm", 9, "at most 4 mm")
    assert str(marked) == str(plain) == "a.depth_mm: 9 is not allowed; at most 4 mm"
    assert str(ValidationError([marked])) == (
        "1 problem:\n  a.depth_mm: 9 is not allowed; at most 4 mm"
    )
