"""Every backup (on demand and daily) and every restore leaves the audit chain's anchor
in the anchors log of its folder (persistence.anchor_log), which daily pruning never
deletes: `audit verify` checks today's chain against each of them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.anchor_log import (
    BACKUP,
    RESTORE,
    LoggedAnchor,
    RestoreMark,
    anchor_log_path,
    append_anchor,
    read_anchor_log,
)
from mesolog.persistence.audit import stored_hash
from mesolog.persistence.audit_anchors import chain_anchor, restores
from mesolog.services.context import ServiceContext


def record_backup_anchor(
    context: ServiceContext, backup: Path, *, stem: str, folders: Iterable[Path]
) -> None:
    """After `backup` was written and audited: the chain's anchor now, appended to the
    anchors log in each of `folders` that exists (the backup's own, the backup folder)."""
    with context.db.read() as s:
        anchor = chain_anchor(s, at=context.now())
    for folder in dict.fromkeys(f.absolute() for f in folders if f.is_dir()):
        log = anchor_log_path(folder, stem)
        try:
            append_anchor(log, anchor, event=BACKUP, file=backup.name)
        except OSError as error:
            raise DatabaseError(
                f"The backup {backup} was written, but its chain anchor could not be added "
                f"to {log}: {error.strerror or error}."
            ) from error


def record_restore_anchor(context: ServiceContext, file: str, *, stem: str, folder: Path) -> None:
    """After a restore (from the backup `file`), or when a restore cut short is settled:
    the restored chain's anchor, its newest restore entry, and the last entry the restore
    kept of the chain it replaced (as the entry says: persistence.restore_entries), so
    that anchors of the replaced chain are told apart from a rewrite. Nothing is added
    when the log has that restore's line already."""
    log = anchor_log_path(folder, stem)
    lines = _restore_lines(log)
    with context.db.read() as s:
        anchor = chain_anchor(s, at=context.now())
        restored = restores(s)
        if not restored:
            return
        newest = restored[-1]
        if any(
            line.restore_entry == newest.id
            and line.anchor.entry >= newest.id
            and stored_hash(s, line.anchor.entry) == line.anchor.hash
            for line in lines
        ):
            # a line of this restore: a restore of the same backup again writes its entry
            # in the same place, but today's chain does not hold the older one's anchor
            return
    mark = RestoreMark(newest.kept_up_to, newest.id)
    try:
        append_anchor(log, anchor, event=RESTORE, file=file, restore=mark)
    except OSError as error:
        raise DatabaseError(
            f"The database was restored from {file}, but the restore could not be "
            f"added to {log} ({error.strerror or error}): `audit verify` will name the anchors "
            "taken before the restore as not held."
        ) from error


def _restore_lines(log: Path) -> list[LoggedAnchor]:
    """The restore lines of the anchors log `log` (none when it cannot be read)."""
    try:
        logged, _ = read_anchor_log(log)
    except OSError:
        return []
    return [line for line in logged if line.event == RESTORE]
