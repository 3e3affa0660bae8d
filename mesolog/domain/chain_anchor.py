"""A chain anchor: the audit chain's newest entry (its number and hash) at a moment,
kept outside the database — in a backup, an export, a printed summary, the backup
folder's anchors log — so that a later rewrite of the chain up to that entry shows.

`ChainAnchor` is an anchor as mesolog writes it; `AnchorClaim` is what is checked
against today's chain: an anchor read back from a file, or a hash typed from paper
(a prefix of at least 12 hex digits, maybe with its entry number).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from mesolog.domain.errors import KnownError

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
            raise KnownError(f"{where}: {_kind(value)} is not a chain anchor; {_ALLOWED}.")
        entry, digits, at = value.get("entry"), value.get("hash"), value.get("at")
        if isinstance(entry, bool) or not isinstance(entry, int) or entry < 0:
            raise KnownError(
                f"{where}.entry: {entry!r} is not allowed; an entry number is a whole number "
                "from 0."
            )
        if not isinstance(digits, str) or len(digits) != HASH_DIGITS or not _HEX.fullmatch(digits):
            raise KnownError(
                f"{where}.hash: {_kind(digits)} is not allowed; a hash is 64 lowercase hex digits."
            )
        moment = _moment(at)
        if moment is None:
            raise KnownError(
                f"{where}.at: {_kind(at)} is not allowed; a time is RFC 3339 in UTC, such as "
                "2026-03-10T16:00:00Z."
            )
        return cls(entry, digits, moment)


_ALLOWED = 'an anchor is {"entry": <number>, "hash": "<64 hex digits>", "at": "<RFC 3339>"}'


def _kind(value: object) -> str:
    if isinstance(value, str):
        return repr(value) if len(value) <= 80 else f"a text of {len(value)} characters"
    if isinstance(value, dict | list):
        return f"a JSON {'object' if isinstance(value, dict) else 'array'}"
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
class AnchorClaim:
    """What today's chain must extend: entry `entry` (when known) has a hash that starts
    with `prefix`, and was the newest at `at` (when known)."""

    prefix: str
    entry: int | None
    at: dt.datetime | None
    source: str
    """Where it comes from, for people: 'clinic.backup-….sqlite', 'the hash typed'."""
    replaced_by: str | None = None
    """For an anchor of the anchors log that a later restore replaced (its entry is past
    what the restored backup kept): that restore, for people."""

    @classmethod
    def of(cls, anchor: ChainAnchor, source: str, replaced_by: str | None = None) -> AnchorClaim:
        return cls(anchor.hash, anchor.entry, anchor.at, source, replaced_by)

    @property
    def whole(self) -> bool:
        return len(self.prefix) == HASH_DIGITS

    def __str__(self) -> str:
        number = "an entry" if self.entry is None else f"entry {self.entry}"
        digits = self.prefix[:FOOTER_DIGITS] + ("…" if len(self.prefix) > FOOTER_DIGITS else "")
        return f"{number} with hash {grouped(digits)}"


def typed_claim(text: str, entry: int | None = None, *, field: str = "--against") -> AnchorClaim:
    """A hash as typed from a printed summary: spaces (and a trailing '…') ignored, upper or
    lower case, at least 12 of its 64 hex digits; the entry number when it was printed.
    `field` names where it was typed, in a refusal."""
    if entry is not None and entry < 1:
        raise KnownError(f"The entry number {entry} is not allowed; entries are numbered from 1.")
    digits = "".join(text.split()).rstrip("…").rstrip(".").lower()
    if not _HEX.fullmatch(digits) or not SHORTEST_PREFIX <= len(digits) <= HASH_DIGITS:
        shown = text if len(text) <= 80 else f"a text of {len(text)} characters"
        raise KnownError(
            f"{field}: {shown!r} is not a hash; a hash is {SHORTEST_PREFIX} to {HASH_DIGITS} "
            "hex digits (0–9, a–f), spaces ignored, as printed on a summary."
        )
    return AnchorClaim(digits, entry, None, "the hash typed")
