"""The steps that keep a restore whole when it is killed (SIGKILL, a crash) at any moment.

* The restore entry is written into the checked copy before the copy replaces the
  database (`write_restore_entry`): the database is replaced together with its entry,
  in the one transaction of the backup API, so a killed restore leaves either the
  old database or the restored one with its entry, never one without the other.
* The safety copy waits under a pending name until then (services.backup_copies);
  `settle` gives it its name when the database's audit log names it (the restore
  happened), and removes it when not (the database is the one it copies).
* One restore or check of a backup into a database at a time, across processes and
  windows: `restoring` holds a lock file beside the database for the whole of it
  (persistence.process_lock). Whoever holds it knows that scratch copies and pending
  safety copies found beside the database or in the backup folder were left by a
  restore or check that was killed, and `tidy` removes them (or keeps a restored
  one's safety copy).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.domain.texts import phrase
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_anchors import last_entry, shared_up_to
from mesolog.persistence.backup_files import publish, remove_database_file
from mesolog.persistence.process_lock import LockHeldError, held
from mesolog.persistence.restore_entries import restore_entry, restored_file
from mesolog.services.backup_anchors import record_restore_anchor
from mesolog.services.backup_copies import pending_path
from mesolog.services.context import ServiceContext
from mesolog.services.copy_audit import audit_copy

SCRATCH_PURPOSES = ("restore", "restore-encrypted", "verify")
"""The scratch copies (persistence.backup_files.scratch_path) a restore or a check makes
beside the database, under the lock."""
PENDING = ".pending"


def lock_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.restoring.lock")


@contextlib.contextmanager
def restoring(database: Path) -> Iterator[None]:
    """Holds the database's restore lock for the block (LockHeldError when another restore
    or check holds it)."""
    busy = phrase(
        "Backups",
        "Another restore or check of a backup into {name} is under way (in another window or "
        "program); nothing was changed. Try again once it has ended.",
    ).having(name=database.name)
    with held(lock_path(database), busy=busy):
        yield


def write_restore_entry(context: ServiceContext, copy: Path, key: str | None, detail: str) -> None:
    """The restore's audit entry, by the context's actor, written into the checked copy
    (an SQLite file, keyed with `key` when encrypted) and chained to its own log."""
    audit_copy(context, copy, key, AuditAction.RESTORE, detail)


def entries_kept_by(context: ServiceContext, copy: Path) -> int:
    """What a restore of the checked copy `copy` (keyed as the database is) keeps of the
    database's chain: the last entry both chains hold alike. A backup restored need not be
    an older state of the chain it replaces (an older backup restored, then a newer one)."""
    with context.db.read() as s:
        return shared_up_to(s, copy, key=context.db.passphrase, below=last_entry(s) + 1)


def settle(context: ServiceContext, safety_copy: Path, *, stem: str) -> None:
    """The pending safety copy `safety_copy` takes its name when a restore entry of the
    database (named `stem`) names it, once the anchors log has that restore's line (a
    restore cut short before its line adds it here); it is removed when no entry names it."""
    pending = pending_path(safety_copy)
    with context.db.read() as s:
        entry = restore_entry(s, safety_copy.name)
    kept = entry is not None
    if entry is not None and pending.exists():
        record_restore_anchor(context, restored_file(entry), stem=stem, folder=safety_copy.parent)
    try:
        if kept:
            publish(pending, safety_copy)
        else:
            remove_database_file(pending)
    except OSError as error:
        raise DatabaseError(
            (
                phrase("Backups", "Cannot rename {pending}: {reason}")
                if kept
                else phrase("Backups", "Cannot remove {pending}: {reason}")
            ).having(pending=pending, reason=error.strerror)
        ) from error


def tidy(context: ServiceContext, database: Path, folder: Path) -> None:
    """What restores and checks that were killed left: their scratch copies beside the
    database, and their safety copies (pending, or cut short) in the backup folder.
    Only while the restore lock is held (`restoring`)."""
    scratch = tuple(f".{database.name}.{purpose}-" for purpose in SCRATCH_PURPOSES)
    safety = f".{database.stem}.before-restore-"
    try:
        for path in database.parent.iterdir():
            if path.name.startswith(scratch):
                path.unlink(missing_ok=True)
        for path in folder.iterdir() if folder.is_dir() else ():
            if path.name.startswith("." + safety):  # a pending copy's own scratch copy
                path.unlink(missing_ok=True)
            elif path.name.startswith(safety) and path.name.endswith(PENDING):
                settle(context, path.with_name(path.name[1 : -len(PENDING)]), stem=database.stem)
    except OSError as error:
        raise DatabaseError(
            phrase(
                "Backups", "Cannot remove what a killed restore left in {filename}: {strerror}"
            ).having(filename=error.filename, strerror=error.strerror)
        ) from error


def tidy_unless_busy(context: ServiceContext, database: Path, folder: Path) -> None:
    """`tidy`, unless a restore or check is under way; a failure is left for the next one
    (which says it)."""
    with contextlib.suppress(LockHeldError, KnownError), restoring(database):
        tidy(context, database, folder)
