"""The reaction a reaction-rate table counts: any, every severity of a kind, or a kind at
one severity, as the command line and the window's filter choose it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from mesolog.domain.enums import ReactionKind, Severity
from mesolog.domain.texts import Text, phrase


class ReactionChoiceError(ValueError):
    """A reaction written otherwise than `ReactionChoice.parse` reads it; `text` says what is
    allowed, for people (`str()` is its English)."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


@dataclass(frozen=True, slots=True)
class ReactionChoice:
    """The reaction counted: any (no kind), every severity of a kind, or a kind at one
    severity."""

    kind: ReactionKind | None = None
    severity: Severity | None = None

    def __post_init__(self) -> None:
        if self.severity is not None and self.kind is None:
            raise ValueError("a severity is chosen with a reaction kind")

    def matches(self, kind: ReactionKind, severity: Severity) -> bool:
        return (self.kind is None or kind is self.kind) and (
            self.severity is None or severity is self.severity
        )

    def __str__(self) -> str:
        if self.kind is None:
            return "any"
        return self.kind.value if self.severity is None else f"{self.kind}:{self.severity}"

    @classmethod
    def parse(cls, text: str) -> ReactionChoice:
        """`any`, a kind (`bruising`) or a kind and a severity (`bruising:moderate`), in
        any case; ReactionChoiceError (a ValueError) saying what is allowed otherwise."""
        parts = [part.strip().lower() for part in text.split(":")]
        if parts == ["any"]:
            return cls()
        with contextlib.suppress(ValueError):
            if len(parts) <= 2:
                return cls(ReactionKind(parts[0]), Severity(parts[1]) if parts[1:] else None)
        kinds = ", ".join(k.value for k in ReactionKind)
        severities = ", ".join(s.value for s in Severity)
        refused = phrase(
            "ReactionChoice",
            "{typed} is not a reaction: write any, a kind ({kinds}) or KIND:SEVERITY with a "
            "severity ({severities})",
            "any, KIND:SEVERITY and the values listed are typed as they are",
        )
        raise ReactionChoiceError(
            refused.having(typed=repr(text), kinds=kinds, severities=severities)
        )
