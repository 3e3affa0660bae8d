"""Who changed a record the window edits, in words for the person at the form.

A refusal (ConflictError) names the account that changed the record as the audit log names
it, by its username: here it gets the name the account goes by. (A save that merged says
whose change it kept itself: services.conflicts.Saved.)
"""

from __future__ import annotations

from mesolog.persistence import queries
from mesolog.services.context import ServiceContext


class RecordChanges:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def name_of(self, actor: str) -> str:
        """The name of the account the audit log calls `actor`; `actor` itself without one."""
        with self._ctx.db.read() as s:
            row = queries.account_by_username(s, actor)
            return row.name if row is not None else actor
