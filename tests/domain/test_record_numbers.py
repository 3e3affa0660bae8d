"""Record numbers (domain/record_numbers.py): one number however typed, its search terms,
and the clinic's series."""

from __future__ import annotations

import pytest

from mesolog.domain.record_numbers import (
    DEFAULT_PATTERN,
    PATTERN_ALLOWED,
    RecordPattern,
    pattern_violations,
    record_key,
    record_number_terms,
    usual_pattern,
)


@pytest.mark.parametrize(
    "typed",
    ["MC-0012", "mc12", "MC 12", "mc-012", "Mc_0012", "MC/12", "M.C. 0012", " mc0012 "],
)
def test_a_number_is_the_same_however_typed(typed: str) -> None:
    assert record_key(typed) == record_key("MC-0012") == "mc12"


@pytest.mark.parametrize(
    ("one", "other"),
    [("MC-0012", "MC-0013"), ("MC-0012", "MC-0120"), ("2024-0012", "20240012"), ("A-12", "B-12")],
)
def test_other_numbers_stay_apart(one: str, other: str) -> None:
    assert record_key(one) != record_key(other)


def test_groups_of_digits_keep_apart() -> None:
    assert record_key("2024-0012") == record_key("2024/12") == "202412"
    assert record_key("000") == "0"
    assert record_key("Ελ-007") == "ελ7"
    assert record_key(" - ") == ""


def test_the_terms_find_the_number_by_each_group_and_as_typed_without_separators() -> None:
    assert record_number_terms("MC-0012") == {"mc12", "mc0012", "mc", "0012", "12"}
    assert record_number_terms("") == set()


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("MC-0001", RecordPattern("MC-", 4, 1, "")),
        ("0001", RecordPattern("", 4, 1, "")),
        ("2024/100", RecordPattern("2024/", 3, 100, "")),
        ("A-01-B", RecordPattern("A-", 2, 1, "-B")),
        (" P7 ", RecordPattern("P", 1, 7, "")),
        ("MC-", None),
        ("", None),
    ],
)
def test_a_pattern_is_read_from_an_example(example: str, expected: RecordPattern | None) -> None:
    assert RecordPattern.parse(example) == expected


def test_a_series_counts_its_numbers_however_typed() -> None:
    series = RecordPattern("MC-", 4, 1, "")
    assert [series.counter_of(n) for n in ("MC-0012", "mc 7", "MC0100", "MC-0012-B", "X-1")] == [
        12,
        7,
        100,
        None,
        None,
    ]


def test_the_next_number_follows_the_highest_of_the_series() -> None:
    series = RecordPattern("MC-", 4, 1, "")
    assert series.next_after([]) == "MC-0001"
    assert series.next_after(["MC-0012", "mc-3", "Z-99", "MC-0500-B"]) == "MC-0013"
    assert RecordPattern("MC-", 4, 1, "").next_after(["MC-9999"]) == "MC-10000"
    assert RecordPattern("", 3, 100, "").next_after(["12"]) == "100"


def test_the_next_number_skips_one_given_in_another_shape() -> None:
    series = RecordPattern("2024/", 4, 1, "-A")
    # 2024/0003-A is the highest of the series; 2024-4-a is the next one, typed otherwise
    assert series.next_after(["2024/0003-A", "2024-4 a"]) == "2024/0005-A"


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ([], DEFAULT_PATTERN),
        (["none", "at all"], DEFAULT_PATTERN),
        (["MC-0012", "MC-0013", "7", "8", "9"], "1"),
        (["7", "MC-0012", "mc-13"], "mc-01"),
        (["MC-0012", "MC-0013", "mc-14"], "MC-0001"),
        (["P-1", "Q-2"], "Q-1"),
    ],
)
def test_without_a_pattern_the_clinic_follows_its_usual_numbers(
    numbers: list[str], expected: str
) -> None:
    assert usual_pattern(numbers) == expected


@pytest.mark.parametrize("pattern", ["", "  ", "MC-0001", "1", "x" * 39 + "1"])
def test_patterns_allowed(pattern: str) -> None:
    assert pattern_violations(pattern) == []


@pytest.mark.parametrize("pattern", ["MC-", "no digits", "x" * 40 + "1"])
def test_patterns_refused_say_what_is_allowed(pattern: str) -> None:
    [violation] = pattern_violations(pattern)
    assert (violation.path, violation.value, violation.allowed) == (
        "record_number_pattern",
        pattern,
        PATTERN_ALLOWED,
    )
