"""A chain anchor: the audit chain's newest entry (its number and hash) at a moment,
kept outside the database — in a backup, an export, a printed summary, the backup
folder's anchors log — so that a later rewrite of the chain up to that entry shows.

`ChainAnchor` is an anchor as mesolog writes it; `AnchorClaim` is what is checked
against today's chain: an anchor read back from a file, or a hash typed from paper
(a prefix of at least 12 hex digits, maybe with its entry number). A file's word is only
a claim: what it says is checked against today's chain, never taken as true.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mesolog.domain.errors import KnownError
from mesolog.domain.texts import Text, phrase, phrase_n

HASH_DIGITS = 64
SHORTEST_PREFIX = 12
"""48 bits: no rewrite finds another chain whose entry hash starts so."""
FOOTER_DIGITS = 16
"""The part of the hash a summary prints on every page."""
_HEX = re.compile(r"[0-9a-f]*")


def grouped(digits: str, size: int = 4) -> str:
    """Hex digits in groups of `size`, as printed to be read and typed: '3f2a 9b1c …'."""
    return " ".join(digits[i : i + size] for i in range(0, len(digits), size))


def rfc3339(moment: dt.datetime) -> str:
    """`moment` in UTC, to the second, as RFC 3339 with a 'Z'."""
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class AnchorFieldError(KnownError):
    """A chain anchor in a file that is not one; `field` names the part that is wrong
    ('entry', 'hash', 'at', or another field of an anchors log's line), None when the
    value is no JSON object at all."""

    def __init__(self, message: str | Text, field: str | None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class ChainAnchor:
    entry: int
    """The newest entry's number (0 for a chain with no entry yet)."""
    hash: str
    """Its hash: 64 lowercase hex digits."""
    at: dt.datetime
    """When the anchor was taken (aware)."""

    def as_json(self) -> dict[str, Any]:
        """The anchor as an export's top-level `chain_anchor` and the anchors log hold it."""
        return {"entry": self.entry, "hash": self.hash, "at": rfc3339(self.at)}

    @classmethod
    def from_json(cls, value: object, *, where: str) -> ChainAnchor:
        """The anchor a file holds at `where` (named in a refusal with what is allowed)."""
        if not isinstance(value, dict):
            refused = phrase(
                "ChainAnchor", "{where}: {value} is not a chain anchor; an anchor is {shape}."
            )
            raise AnchorFieldError(
                refused.having(where=where, value=_kind(value), shape=_SHAPE), None
            )
        entry, digits, at = value.get("entry"), value.get("hash"), value.get("at")
        if isinstance(entry, bool) or not isinstance(entry, int) or entry < 0:
            refused = phrase(
                "ChainAnchor",
                "{where}.entry: {value} is not allowed; an entry number is a whole number from 0.",
            )
            raise AnchorFieldError(refused.having(where=where, value=repr(entry)), "entry")
        if not isinstance(digits, str) or len(digits) != HASH_DIGITS or not _HEX.fullmatch(digits):
            refused = phrase(
                "ChainAnchor",
                "{where}.hash: {value} is not allowed; a hash is 64 lowercase hex digits.",
            )
            raise AnchorFieldError(refused.having(where=where, value=_kind(digits)), "hash")
        moment = _moment(at)
        if moment is None:
            refused = phrase(
                "ChainAnchor",
                "{where}.at: {value} is not allowed; a time is RFC 3339 in UTC, such as "
                "2026-03-10T16:00:00Z.",
            )
            raise AnchorFieldError(refused.having(where=where, value=_kind(at)), "at")
        return cls(entry, digits, moment)


_SHAPE = '{"entry": <number>, "hash": "<64 hex digits>", "at": "<RFC 3339>"}'


def _kind(value: object) -> str | Text:
    if isinstance(value, str):
        if len(value) <= 80:
            return repr(value)
        return phrase_n("ChainAnchor", "a text of %n characters", None, 1).counting(len(value))
    if isinstance(value, dict):
        return phrase("ChainAnchor", "a JSON object")
    if isinstance(value, list):
        return phrase("ChainAnchor", "a JSON array")
    return repr(value)


def _moment(text: object) -> dt.datetime | None:
    if not isinstance(text, str) or not text.endswith("Z"):
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


@dataclass(frozen=True, slots=True)
class UnreadableLine:
    """A line of an anchors log that is not an anchor."""

    line: int
    field: str | None
    """The part that is wrong ('entry', 'hash', 'at', 'event', 'file', 'kept_up_to',
    'restore_entry'); None
    when the line is not a JSON object."""
    message: str | Text
    """For the command line: where, what it holds and what is allowed."""


class LogEvent(StrEnum):
    """What an anchors log's line came with."""

    BACKUP = "backup"
    RESTORE = "restore"


@dataclass(frozen=True, slots=True)
class LogLine:
    """Where in an anchors log an anchor was read: its line, and the backup it came with."""

    number: int
    event: LogEvent
    file: str


@dataclass(frozen=True, slots=True)
class RestoreLine:
    """A restore line of an anchors log, taken at its word only until checked: the
    restore from `file` kept the entries up to `kept_up_to` of the chain it replaced, and
    its own entry is `restore_entry` of today's chain."""

    number: int
    file: str
    kept_up_to: int
    restore_entry: int
    own: AnchorClaim | None = None
    """The line's own anchor (the restored chain's head, with the restore lines after
    it): when a later restore replaced this restore's entry in turn, the line counts
    only if that later restore shows in today's chain (services.audit_anchors)."""


@dataclass(frozen=True, slots=True)
class AnchorClaim:
    """What today's chain must extend: entry `entry` (when known) has a hash that starts
    with `prefix`, and was the newest at `at` (when known)."""

    prefix: str
    entry: int | None
    at: dt.datetime | None
    source: str | None
    """The name of the file it was read from; None for a hash typed from a summary."""
    line: LogLine | None = None
    """Where in an anchors log it was read."""
    restores_after: tuple[RestoreLine, ...] = ()
    """The anchors log's later restore lines that say they kept fewer entries than this
    anchor names. Each is only a claim: the anchor counts as replaced by a restore when
    today's chain holds that restore's entry (services.audit_anchors)."""

    @classmethod
    def of(
        cls,
        anchor: ChainAnchor,
        source: str,
        line: LogLine | None = None,
        restores_after: tuple[RestoreLine, ...] = (),
    ) -> AnchorClaim:
        return cls(anchor.hash, anchor.entry, anchor.at, source, line, restores_after)

    @property
    def shown_digits(self) -> str:
        """The digits to show: the first 16, as a summary prints them, with '…' when the
        claim holds more."""
        more = "…" if len(self.prefix) > FOOTER_DIGITS else ""
        return self.prefix[:FOOTER_DIGITS] + more


def typed_claim(text: str, entry: int | None = None, *, field: str = "--against") -> AnchorClaim:
    """A hash as typed from a printed summary: spaces (and a trailing '…') ignored, upper or
    lower case, at least 12 of its 64 hex digits; the entry number when it was printed.
    `field` names where it was typed, in a refusal."""
    if entry is not None and entry < 1:
        refused = phrase(
            "ChainAnchor", "The entry number {entry} is not allowed; entries are numbered from 1."
        )
        raise KnownError(refused.having(entry=entry))
    digits = "".join(text.split()).rstrip("…").rstrip(".").lower()
    if not _HEX.fullmatch(digits) or not SHORTEST_PREFIX <= len(digits) <= HASH_DIGITS:
        #: a typed text too long to repeat, quoted where the text itself would be
        long = phrase_n("ChainAnchor", "'a text of %n characters'", None, 1)
        shown = repr(text) if len(text) <= 80 else long.counting(len(text))
        not_hash = phrase(
            "ChainAnchor",
            "{field}: {typed} is not a hash; a hash is {shortest} to {longest} hex digits "
            "(0–9, a–f), spaces ignored, as printed on a summary.",
        )
        raise KnownError(
            not_hash.having(field=field, typed=shown, shortest=SHORTEST_PREFIX, longest=HASH_DIGITS)
        )
    return AnchorClaim(digits, entry, None, None)
