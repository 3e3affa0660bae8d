"""Saving a form over a record that may have changed since it was read (domain.conflicts).

Every service that writes a whole form takes the record as the form read it (`read=`,
with its `version`) and, in its write transaction with the row locked, settles what to
write:

- the version read is the stored one: what was typed, validated as ever;
- the record changed meanwhile, and no field both sides changed differs: what was
  typed is applied onto the stored record field by field (their changes are kept), and
  that merge is validated; when the merge breaks a rule that what was typed alone does
  not, it is refused as a conflict;
- a field both changed differs: refused (ConflictError naming the fields, who changed
  the record and when, with the record as it is now).

Nothing is ever written over silently; the ORM's version check (models'
`version_id_col`) refuses an UPDATE of a row changed between reading and writing.

A save returns `Saved`: the record as stored and, after a merge, the fields it kept of the
other change and who made that change and when, read in the save's own transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from mesolog.domain.conflicts import ConflictError, VersionedRecord, changed_fields, three_way
from mesolog.domain.errors import Violation
from mesolog.domain.validation import raise_if_any
from mesolog.persistence import queries
from mesolog.persistence.last_change import last_change

Content = TypeVar("Content")
Record = TypeVar("Record", bound=VersionedRecord)
Stored = TypeVar("Stored", bound=VersionedRecord)


def same_record(read: uuid.UUID, saved: uuid.UUID) -> None:
    """A record read for one id is never the base of a save of another (a bug)."""
    if read != saved:
        raise ValueError(f"a form read record {read} cannot be saved as {saved}")


@dataclass(frozen=True, slots=True)
class Change:
    """Who changed a record, and when."""

    by: str
    """The name of the account (the actor the audit log names, when it has no account)."""
    at: dt.datetime
    """When (UTC)."""


@dataclass(frozen=True, slots=True)
class Saved(Generic[Record]):
    """What a save from a form wrote."""

    record: Record
    """The record as stored: after a merge, with the other change too."""
    kept: tuple[str, ...] = ()
    """The fields another change set since the form was read, kept by merging."""
    kept_from: Change | None = None
    """Who made that change and when: the record's newest change before this save (with
    `kept` only)."""


@dataclass(frozen=True, slots=True)
class Settled(Generic[Content]):
    content: Content
    """What to write: what was typed, or it merged onto the stored record."""
    kept: tuple[str, ...] = ()
    """The fields another change set since the form was read, kept by a merge."""
    kept_from: Change | None = None

    @property
    def detail(self) -> str:
        """For the audit entry: the merge and the fields it kept, if it was one."""
        return f"merged, keeping a newer change of {', '.join(self.kept)}" if self.kept else ""

    def saved(self, record: Stored) -> Saved[Stored]:
        """The save's result: `record` as stored, with what this merge kept."""
        return Saved(record, self.kept, self.kept_from)


@dataclass(frozen=True, slots=True)
class Versioned(Generic[Record, Content]):
    """One kind of record a form edits: its words, its audit entity and its content."""

    record: str
    """In words, for messages: "patient"."""
    entity: str
    """As the audit log names it: "patient"."""
    content: Callable[[Record], Content]
    """The part of the record a form edits (a patient's details, a session's entry)."""
    tidied: Callable[[Content], Content] = lambda typed: typed
    """Typed content as it would be stored (without surrounding spaces), so that spaces
    typed around a value do not count as a change of the field."""

    def settle(
        self,
        s: Session,
        *,
        read: Record,
        current: Record,
        typed: Content,
        entity_uuid: uuid.UUID | None,
        validate: Callable[[Content], list[Violation]],
    ) -> Settled[Content]:
        """What to write for `typed`, filled from `read`, now that `current` is stored;
        raises ConflictError, or ValidationError for what `validate` refuses."""
        if read.version == current.version:
            raise_if_any(validate(typed))
            return Settled(typed)
        merge = three_way(self.content(read), self.content(current), self.tidied(typed))
        if merge.conflicting:
            raise self.conflict(
                s,
                read,
                current,
                entity_uuid=entity_uuid,
                theirs=merge.theirs,
                mine=merge.mine,
                conflicting=merge.conflicting,
            )
        found = validate(merge.result)
        if found:
            raise_if_any(validate(typed))
            rules = ", ".join(sorted({violation.path for violation in found}))
            raise self.conflict(
                s,
                read,
                current,
                entity_uuid=entity_uuid,
                theirs=merge.theirs,
                mine=merge.mine,
                reason=f"Your changes and theirs together break a rule ({rules}).",
            )
        kept_from = _newest_change(s, self.entity, entity_uuid) if merge.theirs else None
        return Settled(merge.result, merge.theirs, kept_from)

    def require_unchanged(
        self, s: Session, *, read: Record, current: Record, entity_uuid: uuid.UUID | None, why: str
    ) -> None:
        """Refuses unless the content read is the content stored (say, before signing it)."""
        theirs = changed_fields(self.content(read), self.content(current))
        if theirs:
            raise self.conflict(
                s, read, current, entity_uuid=entity_uuid, theirs=theirs, reason=why
            )

    def conflict(
        self,
        s: Session,
        read: Record,
        current: Record,
        *,
        entity_uuid: uuid.UUID | None,
        theirs: tuple[str, ...],
        mine: tuple[str, ...] = (),
        conflicting: tuple[str, ...] = (),
        reason: str = "",
    ) -> ConflictError:
        change = last_change(s, self.entity, entity_uuid)
        return ConflictError(
            record=self.record,
            current=current,
            read_version=read.version,
            changed_by=change.actor if change else None,
            changed_at=change.occurred_at if change else None,
            theirs=theirs,
            mine=mine,
            conflicting=conflicting,
            reason=reason,
        )


def _newest_change(s: Session, entity: str, entity_uuid: uuid.UUID | None) -> Change | None:
    """The record's newest change in the audit log, named as its account is."""
    change = last_change(s, entity, entity_uuid)
    if change is None:
        return None
    account = queries.account_by_username(s, change.actor)
    return Change(account.name if account is not None else change.actor, change.occurred_at)
