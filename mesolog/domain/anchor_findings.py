"""What checking today's audit chain against an anchor (domain.chain_anchor) found, as
facts — kinds, entry numbers, times — that the window and the command line each put
into words.

`Held` is the one finding by which an anchor holds; `Replaced` is not a hold, but not a
sign of tampering either: the chain the anchor describes was replaced by a restore that
today's chain itself records. Every other finding says how the chain was cut or rewritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Held:
    """Today's chain extends the anchor: entry `entry` has the anchored hash, the chain is
    intact, and nothing after it is back-dated."""

    entry: int
    follows: int
    """How many entries come after it today."""


@dataclass(frozen=True, slots=True)
class NoSuchHash:
    """No entry of today's chain has that hash (rewritten or cut since, or mistyped)."""


@dataclass(frozen=True, slots=True)
class Cut:
    """Today's chain ends at entry `last`, before the anchored entry: entries were cut."""

    last: int


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """`matches` entries have hashes that start with a typed prefix."""

    matches: int


@dataclass(frozen=True, slots=True)
class Rewritten:
    """Entry `entry` now has another hash: the chain was rewritten at or before it."""

    entry: int
    hash_now: str


@dataclass(frozen=True, slots=True)
class BrokenAfter:
    """Entry `entry` still has the anchored hash, but the chain breaks at `broken_at`."""

    entry: int
    broken_at: int


@dataclass(frozen=True, slots=True)
class BackDated:
    """Entry `entry`, after the anchored one, is dated `dated`: before the anchor was
    `taken`. It was written later and back-dated."""

    entry: int
    dated: dt.datetime
    taken: dt.datetime
    anchored: int


@dataclass(frozen=True, slots=True)
class OutOfOrder:
    """Entry `entry`, after the anchored one, is dated `dated`: before entry `before`
    (dated `before_at`) that precedes it. Written later and back-dated, or a
    workstation's clock was that far wrong."""

    entry: int
    dated: dt.datetime
    before: int
    before_at: dt.datetime
    anchored: int


@dataclass(frozen=True, slots=True)
class Replaced:
    """The anchor does not hold, because a restore replaced the chain it describes: the
    restore line `line` of the anchors log says that the restore from `file` kept the
    entries up to `kept_up_to` of the chain it replaced, and today's chain holds that
    restore's entry where the line says, entry `restore_entry`, dated `restored_at`, after
    the anchor was taken. Or, `in_turn`: a later restore that today's chain shows replaced
    that restore's entry in turn, and the line's own anchor (its restore entry, dated
    `restored_at`) with it."""

    restore_entry: int
    restored_at: dt.datetime
    line: int
    file: str
    kept_up_to: int
    in_turn: bool = False


Finding = (
    Held
    | NoSuchHash
    | Cut
    | Ambiguous
    | Rewritten
    | BrokenAfter
    | BackDated
    | OutOfOrder
    | Replaced
)


@dataclass(frozen=True, slots=True)
class RestoredSince:
    """Beside an anchor that does not hold: the newest restore entry of today's chain that
    may have replaced what it describes (said, not excused: a rewritten chain may hold a
    restore entry too)."""

    entry: int
    at: dt.datetime
    detail: str
    """The restore entry's own detail, as the audit log holds it."""
