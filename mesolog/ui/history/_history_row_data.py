"""What a row of the history holds, and what is known of it from the session alone (its
areas, how many lines its cells take, its worst reaction), before any text is made."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from mesolog.domain.enums import Area, Severity
from mesolog.domain.records import Session

SEVERITY_ORDER = {Severity.MILD: 1, Severity.MODERATE: 2, Severity.SEVERE: 3}


def session_areas(session: Session) -> list[Area]:
    """The areas of a session's treatment lines, each once, in the order treated."""
    return list(dict.fromkeys(line.area for line in session.entry.treatments))


def cell_lines(session: Session) -> int:
    """The most lines any cell of the row of `session` holds."""
    entry = session.entry
    products = sum(len(line.products) for line in entry.treatments)
    return max(len(entry.treatments), products, len(entry.reactions), 1)


def worst_severity(session: Session) -> Severity | None:
    found = [r.severity for r in session.entry.reactions]
    return max(found, key=SEVERITY_ORDER.__getitem__, default=None)


class RemarkKind(Enum):
    RECORD = auto()
    """About the record: amended, with why and what changed, or corrected by an amendment."""
    WARNING = auto()
    """A warning the session went ahead despite, with the reason."""


@dataclass(frozen=True, slots=True)
class Remark:
    """A paragraph shown under a session's cells, across the whole row."""

    kind: RemarkKind
    text: str


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """What one session shows: a text and a tooltip per column, and the remarks under the
    cells with their tooltip, built once."""

    session: Session
    superseded: bool
    """An earlier version, corrected by an amendment (listed only when asked for)."""
    texts: tuple[str, ...]
    tips: tuple[str, ...]
    worst: Severity | None
    remarks: tuple[Remark, ...] = ()
    remarks_tip: str = ""
    """The remarks in full: the amendment's changes with free texts whole."""
