"""Backups of an SQLite clinic database: on demand, daily with pruning, and restoring one.

A backup is an online copy (SQLite's backup API; the app and other workstations
go on working) that passes `integrity_check` and `foreign_key_check` before it
is renamed into place, optionally encrypted with a passphrase
(persistence.backup_encryption describes the format). Files in the backup folder are
named `STEM.KIND-YYYYMMDDTHHMMSSZ[-N].sqlite[.enc]` in UTC, STEM being the
database file's name without its suffix and KIND `backup` (on demand), `daily`
or `before-restore` (the safety copy a restore keeps). Pruning only ever
deletes `daily` files of this database. Every file written is 0600 and a backup
folder mesolog creates is 0700 (persistence.private_files).

A restore checks the file on a private copy beside the database before
anything changes: decrypted if need be, whole, a mesolog database of a schema
this version knows. A file of an older schema is upgraded on that copy (with
the shipped migrations), so the open database is never left on an old schema.
Then a safety copy of the current database goes to the backup folder, the
restore's audit entry is written into the checked copy, and the copy replaces the
database's content in one write transaction through the backup API, so open
connections stay consistent and the database is never restored without its entry,
even when the restore is killed. Entries written since the backup was taken are in
the safety copy. The entry names the file restored as the name mesolog gave it, or,
when someone chose its name (which may name a patient), by its SHA-256
(services.backup_copies.audit_name). One restore (or check of a backup) runs at a time, and what a
killed one left is tidied up by the next (services.restore_steps).

An encrypted database (SQLCipher, persistence.encryption) has encrypted
copies: a backup, the safety copy and the copy taken before an upgrade are
encrypted by SQLCipher with the database's own passphrase (and open only with
it), and every check opens them with it; `backup(passphrase=…)` encrypts such a
copy once more, as a file (AES-GCM). A restore into an encrypted database takes
a backup encrypted with the database's passphrase, or a plain backup (from
before the database was encrypted), which is encrypted with the database's
passphrase on the private copy before it replaces anything. A backup encrypted
by SQLCipher cannot be restored into a plain database: encrypt the database
first (`mesolog encrypt`) with the backup's passphrase. A backup taken before
the passphrase was changed opens only with the former passphrase: change the
backup's passphrase first (`mesolog --db BACKUP passphrase`).

A PostgreSQL database is backed up with pg_dump and restored beside itself with
pg_restore, each dump checked on the server (services.server_backups, `server`).

`BackupService` holds the steps together; the copies are written by
services.backup_copies and a file to restore is checked by services.backup_checks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from pathlib import Path

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.domain.texts import phrase
from mesolog.persistence.backup_encryption import WrongPassphraseError
from mesolog.persistence.backup_files import (
    BackupFileError,
    DatabaseBusyError,
    examine_open,
    remove_database_file,
    restore_online,
    scratch_path,
)
from mesolog.persistence.conversion import export_encrypted
from mesolog.persistence.location import display_location, sqlite_file
from mesolog.persistence.migrate import head_revision
from mesolog.persistence.restore_entries import restore_detail
from mesolog.services import backup_checks
from mesolog.services.backup_anchors import record_backup_anchor
from mesolog.services.backup_copies import (
    audit_name,
    make_folder,
    tidy_scratch,
    unused_path,
    write_backup,
    write_safety_copy,
)
from mesolog.services.backup_records import (
    DAILY_DAYS,
    DAILY_WEEKS,
    BackupCheck,
    BackupFile,
    BackupKind,
    BackupResult,
    DailyBackupResult,
    RestoreResult,
    backup_file_name,
    daily_copies_to_keep,
    default_backup_folder,
    parse_backup_file_name,
)
from mesolog.services.context import ServiceContext
from mesolog.services.restore_steps import (
    entries_kept_by,
    restoring,
    settle,
    tidy,
    tidy_unless_busy,
    write_restore_entry,
)
from mesolog.services.server_backups import ServerBackups, default_server_folder
from mesolog.services.settings import SettingsService

__all__ = [
    "DAILY_DAYS",
    "DAILY_WEEKS",
    "BackupCheck",
    "BackupFile",
    "BackupFileError",
    "BackupKind",
    "BackupResult",
    "BackupService",
    "DailyBackupResult",
    "DatabaseBusyError",
    "RestoreResult",
    "WrongPassphraseError",
    "backup_file_name",
    "daily_copies_to_keep",
    "default_backup_folder",
    "parse_backup_file_name",
]


class BackupService:
    """Backups of the context's SQLite database into `folder` (default: the settings' folder,
    else `backups` beside the database).

    Calls are serialised within one service; each is safe from a worker thread.
    """

    def __init__(self, context: ServiceContext, folder: Path | None = None) -> None:
        self._ctx = context
        self._folder = folder
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        """Whether the database is an SQLite file (else backup and restore refuse)."""
        return sqlite_file(self._ctx.db.url) is not None

    @property
    def server(self) -> ServerBackups | None:
        """The backups of a database on a PostgreSQL server (pg_dump), else None."""
        if self._ctx.db.backend != "postgresql":
            return None
        return ServerBackups(self._ctx, self.folder)

    @property
    def folder(self) -> Path:
        """`folder` if given, else the clinic settings' backup folder, else beside the file
        (for a server's database: in this computer's mesolog data folder)."""
        if self._folder is not None:
            return self._folder
        chosen = SettingsService(self._ctx).clinic().backup_folder
        if chosen:
            return Path(chosen).expanduser()
        if self._ctx.db.backend == "postgresql":
            return default_server_folder()
        return default_backup_folder(self._database_file())

    @staticmethod
    def needs_passphrase(source: Path) -> bool:
        """Whether `source` is an encrypted backup (so `restore` and `verify` need a passphrase)."""
        return backup_checks.needs_passphrase(source)

    def backups(self) -> tuple[BackupFile, ...]:
        """This database's files in the backup folder, newest first (once what a killed
        restore left there is tidied up, unless a restore is under way)."""
        database, folder = self._database_file(), self.folder
        stem = database.stem
        tidy_unless_busy(self._ctx, database, folder)
        tidy_scratch(folder, database.parent)
        try:
            entries = list(folder.iterdir()) if folder.is_dir() else []
        except OSError as error:
            raise DatabaseError(
                phrase("Backups", "Cannot read the backup folder {folder}: {strerror}").having(
                    folder=folder, strerror=error.strerror
                )
            ) from error
        found = []
        for path in entries:
            parsed = parse_backup_file_name(stem, path.name)
            if parsed is None or not path.is_file():
                continue
            kind, taken, encrypted = parsed
            found.append(BackupFile(path, kind, taken, encrypted, path.stat().st_size))
        return tuple(sorted(found, key=lambda f: (f.taken_at, f.path.name), reverse=True))

    # --- backup ---------------------------------------------------------------------------

    def backup(self, target: Path | None = None, *, passphrase: str | None = None) -> BackupResult:
        """Copy the database to `target` (a new file, or a folder to name one in; default:
        the backup folder), encrypted when a passphrase is given.

        Written whole or not at all; nothing is overwritten.
        """
        with self._lock:
            return self._backup(target, passphrase, self._ctx.now(), BackupKind.MANUAL)

    def _backup(
        self, target: Path | None, passphrase: str | None, now: dt.datetime, kind: BackupKind
    ) -> BackupResult:
        database = self._database_file()
        encrypted = passphrase is not None
        if passphrase is not None and not passphrase.strip():
            raise KnownError(
                phrase("Backups", "The passphrase is empty; choose one to encrypt the backup with.")
            )
        target = None if target is None else target.expanduser().absolute()
        if target is None or target.is_dir():
            folder = self.folder if target is None else target
            make_folder(folder)
            target = unused_path(folder, database.stem, kind, now, encrypted=encrypted)
        else:
            if target.exists():
                raise DatabaseError(
                    phrase(
                        "Backups", "{target} exists already; a backup never overwrites a file."
                    ).having(target=target)
                )
            make_folder(target.parent)
        tidy_scratch(target.parent, database.parent)
        result = write_backup(
            self._ctx, database, target, passphrase=passphrase, kind=kind, now=now
        )
        record_backup_anchor(
            self._ctx, target, stem=database.stem, folders=(target.parent, self.folder)
        )
        return result

    # --- daily ----------------------------------------------------------------------------

    def daily_backup_if_due(
        self, now: dt.datetime | None = None, *, passphrase: str | None = None
    ) -> DailyBackupResult:
        """On the first call of a (local) day: a `daily` copy into the backup folder, then
        pruning of the daily copies to the last 7 days and 4 weeks. Later the same day,
        nothing at all."""
        now = self._ctx.now() if now is None else now
        with self._lock:
            today = now.astimezone().date()
            dailies = [f for f in self.backups() if f.kind is BackupKind.DAILY]
            if any(f.taken_at.astimezone().date() == today for f in dailies):
                return DailyBackupResult(None)
            result = self._backup(None, passphrase, now, BackupKind.DAILY)
            dailies = [f for f in self.backups() if f.kind is BackupKind.DAILY]
            keep = daily_copies_to_keep(f.taken_at.astimezone() for f in dailies)
            deleted, kept = [], []
            for daily in dailies:
                if daily.taken_at not in keep and daily.path != result.path:
                    try:
                        daily.path.unlink()
                    except OSError:
                        kept.append(daily.path)  # tried again on the next day
                    else:
                        deleted.append(daily.path)
                else:
                    kept.append(daily.path)
            return DailyBackupResult(result, tuple(deleted), tuple(kept))

    # --- restore --------------------------------------------------------------------------

    def verify(self, source: Path, *, passphrase: str | None = None) -> BackupCheck:
        """Check a backup file as `restore` does first, changing nothing."""
        database = self._database_file()
        with self._lock, restoring(database):
            tidy(self._ctx, database, self.folder)
            work = scratch_path(database, "verify")
            try:
                facts, encrypted, key = backup_checks.checked_copy(
                    source, work, passphrase, database_key=self._ctx.db.passphrase
                )
            finally:
                remove_database_file(work)
        return backup_checks.check_result(source, facts, encrypted, key is not None)

    def require_restore_rights(self) -> None:
        """AccessDeniedError unless this account may restore (an admin; anyone while the
        database has no accounts): to ask before any passphrase or file dialog."""
        with self._ctx.db.read() as s:
            self._ctx.require(s, Permission.ADMINISTER)

    def restore(self, source: Path, *, passphrase: str | None = None) -> RestoreResult:
        """Replace the database's content with the backup `source` (see the module's doc).

        The passphrase is needed for an encrypted file and ignored for a plain one.
        Until the final step nothing changes; the result names the safety copy.
        """
        database = self._database_file()
        self.require_restore_rights()
        with self._lock, restoring(database):
            tidy(self._ctx, database, self.folder)
            source = source.expanduser().absolute()
            if source.exists() and source.resolve() == database.resolve():
                raise DatabaseError(
                    phrase(
                        "Backups", "{source} is the open database itself; nothing to restore."
                    ).having(source=source)
                )
            work = scratch_path(database, "restore")
            keyed = scratch_path(database, "restore-encrypted")
            try:
                return self._restore(database, source, passphrase, work, keyed)
            finally:
                remove_database_file(work)
                remove_database_file(keyed)

    def _restore(
        self, database: Path, source: Path, passphrase: str | None, work: Path, keyed: Path
    ) -> RestoreResult:
        engine, db_key = self._ctx.db.engine, self._ctx.db.passphrase
        with backup_checks.nothing_restored():
            facts, encrypted, key = backup_checks.checked_copy(
                source, work, passphrase, database_key=db_key
            )
            named = audit_name(source, database.stem)
            upgraded_from = None
            if facts.revision != head_revision():
                upgraded_from = facts.revision
                backup_checks.upgrade_copy(work, source, facts, key, now=self._ctx.now())
            restorable = work
            if db_key is not None and key is None:
                # A plain backup into an encrypted database: encrypted on the
                # private copy, as the backup API copies between keyed files only.
                export_encrypted(work, keyed, db_key)
                restorable = keyed
            kept = entries_kept_by(self._ctx, restorable)
        now = self._ctx.now()
        safety = write_safety_copy(self._ctx, self.folder, database.stem, now)
        detail = restore_detail(
            named,
            encrypted=encrypted,
            upgraded_from=upgraded_from,
            kept_up_to=kept,
            safety_copy=safety.name,
        )
        try:
            # The entry goes into the copy, so that the database is replaced with it.
            write_restore_entry(self._ctx, restorable, db_key, detail)
            restore_online(restorable, engine, key=db_key)
        except BaseException:
            with contextlib.suppress(KnownError):  # else the next restore settles it
                settle(self._ctx, safety, stem=database.stem)
            raise
        # settling adds the restore's line to the anchors log before the safety copy takes
        # its name, so a restore cut short between the two is settled by the next one
        settle(self._ctx, safety, stem=database.stem)
        after = examine_open(engine)
        if not after.whole or after.revision != head_revision():
            raise DatabaseError(
                phrase(
                    "Backups",
                    "The restored database fails its checks ({found}). The database as it was "
                    "before is at {safety}: restore that file.",
                ).having(found=after.revision if after.whole else after.problems, safety=safety)
            )
        return RestoreResult(
            source=source,
            safety_copy=safety,
            encrypted=encrypted,
            revision=after.revision or "",
            upgraded_from=upgraded_from,
            patients=after.patients or 0,
            sessions=after.sessions or 0,
            restored_at=now,
        )

    def _database_file(self) -> Path:
        url = self._ctx.db.url
        path = sqlite_file(url)
        if path is not None:
            return path
        if url.get_backend_name() == "sqlite":
            raise DatabaseError(
                phrase("Backups", "An in-memory database has no file to back up or restore.")
            )
        where = display_location(url)
        if url.get_backend_name() == "postgresql":
            raise DatabaseError(
                phrase(
                    "Backups",
                    "{where} is a PostgreSQL database: mesolog copies SQLite files only; "
                    "`mesolog backup` and `mesolog restore` use pg_dump and pg_restore for it.",
                ).having(where=where)
            )
        raise DatabaseError(
            phrase(
                "Backups",
                "{where} is a {backend_name} database: mesolog backs up and restores SQLite files "
                "only; use the server's own backup tools.",
            ).having(where=where, backend_name=url.get_backend_name())
        )
