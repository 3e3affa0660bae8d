"""Amendments: a signed session is corrected by a new signed version that names it.

The newest version that is not voided is the current one; the versions it corrects
stay readable but no longer count (in schedules, totals, lists and exports).
"""

from __future__ import annotations

from collections.abc import Iterable

from mesolog.domain.ids import SessionId
from mesolog.domain.records import Session


def superseded(sessions: Iterable[Session]) -> frozenset[SessionId]:
    """The sessions corrected by a (not voided) amendment among `sessions`."""
    return frozenset(s.amends for s in sessions if s.amends is not None and s.voiding is None)


def current(sessions: Iterable[Session]) -> list[Session]:
    """The sessions that count: not voided and not corrected by a later version."""
    found = list(sessions)
    replaced = superseded(found)
    return [s for s in found if s.voiding is None and s.id not in replaced]


def versions(session_id: SessionId, sessions: Iterable[Session]) -> list[Session]:
    """The chain of versions ending at `session_id`, the oldest first."""
    by_id = {s.id: s for s in sessions}
    chain: list[Session] = []
    found = by_id.get(session_id)
    while found is not None:
        chain.append(found)
        found = by_id.get(found.amends) if found.amends is not None else None
    return list(reversed(chain))
