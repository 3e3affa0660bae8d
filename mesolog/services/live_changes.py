"""Following what other workstations change, for the window to show it without a click
(persistence.change_feed)."""

from __future__ import annotations

from mesolog.persistence.change_feed import ChangeFeed, Changes
from mesolog.services.context import ServiceContext

__all__ = ["ChangeFeed", "Changes", "follow_changes"]


def follow_changes(context: ServiceContext) -> ChangeFeed:
    """A feed of the changes made from now on by other workstations; close it when done."""
    return ChangeFeed(context.db)
