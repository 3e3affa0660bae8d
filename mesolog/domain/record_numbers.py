"""Record numbers: the same number however it is typed, and the clinic's series.

A record number is the same number whatever its case, its separators (`-`, `/`, `.`,
spaces, `_` or any other mark) and the leading zeros of each group of digits: `MC-0012`,
`mc12`, `MC 12` and `mc-012` are one number, whose `record_key` is `mc12`. Groups keep
apart: `2024-0012` is `202412`, `20240012` another number.

A clinic numbers its patients in a series given by an example, its *pattern*: in
`MC-0001` the last group of digits counts up from 1 with at least four digits, and what
comes before and after it is kept (`MC-0002`, …, `MC-9999`, `MC-10000`). A clinic that
set no pattern follows the shape most of its numbers have (`DEFAULT_PATTERN` while it
has none).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from mesolog.domain.errors import Violation
from mesolog.domain.limits import RECORD_NUMBER_MAX
from mesolog.domain.text import fold
from mesolog.domain.text_rules import sought_violations
from mesolog.domain.texts import phrase_n

DEFAULT_PATTERN = "0001"
"""The series of a clinic that set no pattern and has no numbers yet."""

PATTERN_ALLOWED = phrase_n(
    "RecordNumbers",
    "an example record number whose last digits count up, like MC-0001 (at most %n "
    "characters), or nothing to follow the clinic's numbers",
    None,
    1,
).counting(RECORD_NUMBER_MAX)
_SEGMENT = re.compile(r"\d+|[^\W\d_]+")
_LAST_DIGITS = re.compile(r"\d+(?!.*\d)", re.DOTALL)


def segments(number: str) -> list[str]:
    """The folded groups of letters and of digits: `MC-0012/b` → `mc`, `0012`, `b`."""
    return _SEGMENT.findall(fold(number))


def _unpadded(segment: str) -> str:
    return (segment.lstrip("0") or "0") if segment.isdigit() else segment


def record_key(number: str) -> str:
    """The number without case, separators and the leading zeros of its digit groups."""
    return "".join(_unpadded(segment) for segment in segments(number))


def record_number_terms(number: str) -> set[str]:
    """What finds the number in a search, each term by its start: its key (`mc12`), the
    number without separators (`mc0012`, found while `mc00` is being typed), and each
    group, digits with and without their leading zeros (`mc`, `0012`, `12`)."""
    found = segments(number)
    if not found:
        return set()
    terms = {record_key(number), "".join(found)}
    terms.update(found)
    terms.update(_unpadded(segment) for segment in found)
    return terms


@dataclass(frozen=True, slots=True)
class RecordPattern:
    """A series of record numbers: `prefix`, a counter of at least `width` digits from
    `first`, then `suffix` (from the example `MC-0001`: `MC-`, 4, 1, ``)."""

    prefix: str
    width: int
    first: int
    suffix: str

    @classmethod
    def parse(cls, example: str) -> RecordPattern | None:
        """The series an example number gives (None when it has no digit to count with)."""
        text = example.strip()
        found = _LAST_DIGITS.search(text)
        if found is None:
            return None
        digits = found.group()
        return cls(text[: found.start()], len(digits), int(digits), text[found.end() :])

    @property
    def example(self) -> str:
        return self.format(self.first)

    def format(self, counter: int) -> str:
        return f"{self.prefix}{counter:0{self.width}d}{self.suffix}"

    def counter_of(self, number: str) -> int | None:
        """The counter of a number of this series, however it was typed (`mc 12` → 12)."""
        found = self._matcher().fullmatch(fold(number.strip()))
        return int(found.group(1)) if found is not None else None

    def next_after(self, numbers: Iterable[str]) -> str:
        """The number after the highest of the series among `numbers`, skipping any that
        one of them is already (whatever its shape)."""
        existing = list(numbers)
        counters = [c for c in map(self.counter_of, existing) if c is not None]
        counter = max([self.first - 1, *counters]) + 1
        taken = {record_key(number) for number in existing}
        while record_key(self.format(counter)) in taken:
            counter += 1
        return self.format(counter)

    def _matcher(self) -> re.Pattern[str]:
        separators = r"[\W_]*"

        def loose(text: str) -> str:
            return separators.join(re.escape(s) for s in segments(text))

        return re.compile(
            f"{separators}{loose(self.prefix)}{separators}(\\d+){separators}"
            f"{loose(self.suffix)}{separators}"
        )


def pattern_violations(pattern: str, path: str = "record_number_pattern") -> list[Violation]:
    """What is wrong with a pattern typed in the settings ("" is right: no pattern)."""
    text = pattern.strip()
    if not text:
        return []
    unsendable = sought_violations(path, text)  # no database can store these either
    if unsendable:
        return unsendable
    if len(text) > RECORD_NUMBER_MAX or RecordPattern.parse(text) is None:
        return [Violation(path, text, PATTERN_ALLOWED)]
    return []


def _series(shape: RecordPattern) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What numbers of one series share, however typed: the groups around the counter."""
    return tuple(segments(shape.prefix)), tuple(segments(shape.suffix))


def usual_pattern(numbers: Iterable[str]) -> str:
    """The example of the series most of `numbers` belong to, however typed, in the shape
    most of them have there (the later of a tie; `numbers` oldest first), or
    DEFAULT_PATTERN when none has a digit."""
    shapes: Counter[RecordPattern] = Counter()
    last_seen: dict[RecordPattern, int] = {}
    for position, number in enumerate(numbers):
        pattern = RecordPattern.parse(number)
        if pattern is not None:
            shape = replace(pattern, first=1)
            shapes[shape] += 1
            last_seen[shape] = position
    if not shapes:
        return DEFAULT_PATTERN
    sizes: Counter[tuple[tuple[str, ...], tuple[str, ...]]] = Counter()
    latest: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    for shape, count in shapes.items():
        sizes[_series(shape)] += count
        latest[_series(shape)] = max(latest.get(_series(shape), -1), last_seen[shape])
    usual = max(sizes, key=lambda series: (sizes[series], latest[series]))
    best = max(
        (shape for shape in shapes if _series(shape) == usual),
        key=lambda shape: (shapes[shape], last_seen[shape]),
    )
    return best.example
