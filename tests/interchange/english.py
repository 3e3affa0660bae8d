"""Refusals read in English, as these tests compare them: what a rule allows is a `Text`
(rendered in the reader's language where it is shown), its English `str(text)`."""

from __future__ import annotations

from collections.abc import Iterable

from mesolog.domain.errors import Violation


def english(violations: Iterable[Violation]) -> list[Violation]:
    """The violations with what is allowed as its English."""
    return [Violation(v.path, v.value, str(v.allowed)) for v in violations]
