"""Copies of the open database written to files: a backup, and the safety copy a restore keeps.

Each is an online copy (the app and other workstations go on working), written
under a hidden scratch name and renamed into place once whole, so a file is
there whole or not at all, and nothing is ever overwritten. A backup passes
`integrity_check` and `foreign_key_check` before it is renamed, is encrypted as
a file when a passphrase is given (persistence.backup_encryption), and is
written in the audit log, unless the database's disk is full: a backup to another disk is
kept then, and said not audited. The audit log names a backup by the name mesolog gave
it, or, when someone chose its name (which may name a patient), by its SHA-256
(`audit_name`). Its scratch files (the plain copy, beside the database when the backup
is encrypted, and the encrypted one) are each held by a lock file of their own while
written: one a killed backup left is removed by the next backup or listing
(`tidy_scratch`), one still being written elsewhere is not.

A safety copy is written under its pending name (`.NAME.pending`, hidden) and
takes its own name once the restore it belongs to is done: a restore killed before
that leaves a pending copy, which the next restore (or backup listing) keeps when
the database's audit log names it, and removes when it does not
(services.restore_steps).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from sqlalchemy import exc

from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.domain.texts import phrase
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.backup_encryption import encrypt_file
from mesolog.persistence.backup_files import (
    BackupFileError,
    copy_online,
    examine,
    publish,
    remove_abandoned,
    scratch_file,
    sha256_of,
    write_copy,
)
from mesolog.persistence.full_disk import out_of_room
from mesolog.persistence.private_files import make_private_folder
from mesolog.services.backup_records import (
    BackupKind,
    BackupResult,
    backup_file_name,
    parse_backup_file_name,
)
from mesolog.services.context import ServiceContext


def write_backup(
    context: ServiceContext,
    database: Path,
    target: Path,
    *,
    passphrase: str | None,
    kind: BackupKind,
    now: dt.datetime,
) -> BackupResult:
    """Copy the context's database (the file `database`) to `target`, a new file whose
    folder exists, encrypted when a passphrase is given; then write the audit entry, which
    names the file as `audit_name` does."""
    encrypted = passphrase is not None
    # The plain copy of an encrypted backup stays beside the database, never on the
    # (maybe removable) backup drive.
    key = context.db.passphrase
    named = parse_backup_file_name(database.stem, target.name) is not None
    try:
        with scratch_file(database if encrypted else target, "backup") as plain:
            copy_online(context.db.engine, plain, key=key)
            facts = examine(plain, label="The copy of the database", key=key)
            if not facts.whole:
                raise DatabaseError(
                    phrase(
                        "Backups",
                        "The copy of the database fails its checks ({problems}): the database "
                        "itself may be damaged; run `mesolog check`. No backup was written.",
                    ).having(problems=facts.problems)
                )
            if passphrase is None:
                name = target.name if named else _by_digest(plain)
                publish(plain, target)
            else:
                name = _encrypt(plain, target, passphrase, named=named)
    except OSError as error:
        raise DatabaseError(
            phrase("Backups", "Cannot write the backup {target}: {strerror}").having(
                target=target, strerror=error.strerror
            )
        ) from error
    audited = True
    try:
        with context.db.write() as s:
            keyed = ", SQLCipher with the database passphrase" if key is not None else ""
            detail = f"{kind.value}: {name}{keyed}{', encrypted' if encrypted else ''}"
            context.audit(s, AuditAction.BACKUP, "database", None, detail)
    except DatabaseError as error:
        # The database's disk is full: a copy on another disk is what is needed most now,
        # and one the file's holder could take with `cp` anyway. It is kept, said unaudited.
        if not (isinstance(error.__cause__, exc.DBAPIError) and out_of_room(error.__cause__)):
            target.unlink(missing_ok=True)
            raise
        audited = False
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return BackupResult(
        path=target,
        size_bytes=target.stat().st_size,
        pages=facts.pages,
        patients=facts.patients or 0,
        sessions=facts.sessions or 0,
        revision=facts.revision or "",
        encrypted=encrypted,
        taken_at=now,
        database_encrypted=key is not None,
        audited=audited,
    )


def _encrypt(plain: Path, target: Path, passphrase: str, *, named: bool) -> str:
    """Writes `target`; the name the audit log gives it (see `audit_name`)."""
    with scratch_file(target, "backup-encrypted") as partial:
        encrypt_file(plain, partial, passphrase)
        name = target.name if named else _by_digest(partial)
        publish(partial, target)
    return name


def audit_name(path: Path, stem: str) -> str:
    """How the audit log names the backup file `path` of the database named `stem`: by the
    name mesolog gives its backups (`STEM.KIND-TIME….sqlite[.enc]`, which holds no one's
    words), else by the SHA-256 of its bytes: a name someone chose may name a patient,
    and the audit log never holds health data."""
    if parse_backup_file_name(stem, path.name) is not None:
        return path.name
    try:
        return _by_digest(path)
    except OSError as error:
        raise BackupFileError(
            phrase("Backups", "Cannot read {path}: {strerror}.").having(
                path=path, strerror=error.strerror
            )
        ) from error


def _by_digest(path: Path) -> str:
    return f"file sha256 {sha256_of(path)}"


def tidy_scratch(*folders: Path) -> None:
    """Removes from `folders` the scratch files of backups (and safety copies) that were
    killed while writing them (persistence.backup_files.remove_abandoned); a failure is
    left for the next backup or listing."""
    for folder in dict.fromkeys(folders):
        with contextlib.suppress(KnownError, OSError):
            remove_abandoned(folder)


def write_safety_copy(context: ServiceContext, folder: Path, stem: str, now: dt.datetime) -> Path:
    """Copy the context's database (whose file is named `stem`) into `folder` as the
    `before-restore` copy, under its pending name (`pending_path`); returns the name it
    takes once the restore is done. A failure says that nothing was restored."""
    make_folder(folder)
    target = unused_path(folder, stem, BackupKind.BEFORE_RESTORE, now, encrypted=False)
    try:
        write_copy(context.db.engine, pending_path(target), key=context.db.passphrase)
    except (OSError, KnownError) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise DatabaseError(
            phrase(
                "Backups",
                "Cannot keep a copy of the current database in {folder} ({reason}); nothing was "
                "restored.",
            ).having(folder=folder, reason=reason)
        ) from error
    return target


def pending_path(safety_copy: Path) -> Path:
    """Where the safety copy `safety_copy` is until its restore is done."""
    return safety_copy.with_name(f".{safety_copy.name}.pending")


def unused_path(
    folder: Path, stem: str, kind: BackupKind, now: dt.datetime, *, encrypted: bool
) -> Path:
    """The backup file name for `now` in `folder`, numbered past the names already taken
    (by a file, or a safety copy pending under it)."""
    number = 1
    while _taken(folder / backup_file_name(stem, kind, now, encrypted=encrypted, number=number)):
        number += 1
    return folder / backup_file_name(stem, kind, now, encrypted=encrypted, number=number)


def _taken(path: Path) -> bool:
    return path.exists() or pending_path(path).exists()


def make_folder(folder: Path) -> None:
    """Create the backup folder (and its missing parents, each 0700) unless it exists."""
    try:
        make_private_folder(folder)
    except OSError as error:
        raise DatabaseError(
            phrase(
                "Backups",
                "Cannot create the backup folder {folder}: {reason}. No backup was written; choose "
                "another folder or drive.",
            ).having(folder=folder, reason=error.strerror or str(error))
        ) from error
