"""Two people changing one record: what each changed, the merge, and the refusal.

A form is filled from a record as read (its `version` and content). When it is saved
the record may have changed meanwhile, on another workstation or in another window.
Field by field, *theirs* is what changed from the read content to the stored one and
*mine* what changed from the read content to the typed one. When no field is in both
with different values, mine is applied onto the stored record (a merge); otherwise
the save is refused with a ConflictError, and nothing is written over.

A field is a dataclass field of the record's content, by its path: `phone`,
`pre_treatment.consent_confirmed`, `techniques.needle_gauge`; a tuple (a session's
treatment lines, a course's areas) is one field. Only paths are ever named, never
what a field holds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from mesolog.domain.errors import KnownError
from mesolog.domain.products import Lot, Product
from mesolog.domain.records import ClinicSettings, Course, Patient, Session
from mesolog.domain.templates import Template
from mesolog.domain.texts import Text, phrase, verbatim

Content = TypeVar("Content")
VersionedRecord = Patient | Course | Session | ClinicSettings | Product | Lot | Template
"""A record the window edits in a form, carrying the version it was read at."""
BOOKKEEPING = frozenset({"version"})
"""Fields that are not content: never compared, never merged."""


@dataclass(frozen=True, slots=True)
class Merge(Generic[Content]):
    """The outcome of comparing the read, stored and typed content of one record."""

    result: Content
    """The stored content with my changes applied (meaningful when `conflicting` is empty)."""
    theirs: tuple[str, ...]
    """Paths changed from the read content to the stored one."""
    mine: tuple[str, ...]
    """Paths changed from the read content to the typed one."""
    conflicting: tuple[str, ...]
    """Paths in both, with different stored and typed values."""


def three_way(read: Content, stored: Content, typed: Content) -> Merge[Content]:
    """Compares three versions of the same content (frozen dataclasses of one class)."""
    before, now, wanted = flat(read), flat(stored), flat(typed)
    theirs = tuple(path for path in before if now[path] != before[path])
    mine = tuple(path for path in before if wanted[path] != before[path])
    conflicting = tuple(path for path in mine if path in theirs and now[path] != wanted[path])
    return Merge(with_values(stored, typed, mine), theirs, mine, conflicting)


def changed_fields(first: object, second: object) -> tuple[str, ...]:
    """Paths whose values differ between two versions of the same content."""
    one, other = flat(first), flat(second)
    return tuple(path for path in one if one[path] != other[path])


def flat(content: object) -> dict[str, Any]:
    """Every field of `content` by its path (`techniques.needle_gauge`), nested records
    opened; the bookkeeping left out."""
    return dict(_leaves(content, ""))


def with_values(content: Content, source: Content, paths: Iterable[str]) -> Content:
    """`content` with the fields at `paths` as `source` has them."""
    values = flat(source)
    for path in paths:
        content = _with(content, path.split("."), values[path])
    return content


def _leaves(content: object, prefix: str) -> Iterator[tuple[str, Any]]:
    for field in dataclasses.fields(content):  # type: ignore[arg-type]
        if field.name in BOOKKEEPING:
            continue
        value = getattr(content, field.name)
        path = f"{prefix}{field.name}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            yield from _leaves(value, f"{path}.")
        else:
            yield path, value


def _with(content: Content, path: list[str], value: object) -> Content:
    head, *rest = path
    inner = value if not rest else _with(getattr(content, head), rest, value)
    return dataclasses.replace(content, **{head: inner})  # type: ignore[type-var]


class ConflictError(KnownError):
    """A save refused because the record changed since the form was filled from it.

    Carries who changed it and when (from the record's newest audit entry), the paths
    each side changed, and the record as it is now, so that what was typed can be shown
    beside the new values. Nothing was written.
    """

    def __init__(
        self,
        *,
        record: str | Text,
        current: VersionedRecord,
        read_version: int,
        changed_by: str | None,
        changed_at: dt.datetime | None,
        theirs: tuple[str, ...],
        mine: tuple[str, ...],
        conflicting: tuple[str, ...],
        reason: str | Text = "",
    ) -> None:
        self.record = record
        """What was being saved, in words: "patient", "course", "session", "clinic settings"."""
        self.current = current
        """The record as stored now (its `version` is the one to base a new save on)."""
        self.read_version = read_version
        self.changed_by = changed_by
        """Who changed it last (the actor of its newest audit entry); None when unknown."""
        self.changed_at = changed_at
        """When (UTC), from the same entry."""
        self.theirs = theirs
        self.mine = mine
        self.conflicting = conflicting
        """The paths both changed to different values; empty when the refusal is for
        another `reason` (signing a session changed since it was read, a merge that
        breaks a rule)."""
        self.reason = reason
        super().__init__(self._message())

    def _message(self) -> Text:
        who = self.changed_by or phrase("Conflicts", "someone else", "who changed a record")
        if self.changed_at:
            changed = phrase(
                "Conflicts",
                "Not saved: the {record} was changed by {who} at {time} UTC after you opened it "
                "(version {read}, now {now}).",
            ).having(time=f"{self.changed_at:%Y-%m-%d %H:%M}")
        else:
            changed = phrase(
                "Conflicts",
                "Not saved: the {record} was changed by {who} after you opened it (version "
                "{read}, now {now}).",
            )
        lines: list[str | Text] = [
            changed.having(
                record=self.record, who=who, read=self.read_version, now=self.current.version
            )
        ]
        if self.conflicting:
            both = phrase("Conflicts", "You both changed: {fields}.")
            lines.append(both.having(fields=", ".join(self.conflicting)))
        if self.reason:
            lines.append(self.reason)
        if self.theirs:
            theirs = phrase("Conflicts", "They changed: {fields}.")
            lines.append(theirs.having(fields=", ".join(self.theirs)))
        lines.append(
            phrase("Conflicts", "Reload it to see the new values beside yours, then save again.")
        )
        return _one_a_line(lines)


def _one_a_line(lines: list[str | Text]) -> Text:
    """`lines`, each translated on its own, one under the other in every language."""
    names = [f"line{number}" for number in range(len(lines))]
    template = verbatim("\n".join(f"{{{name}}}" for name in names))
    return template.having(**dict(zip(names, lines, strict=True)))
