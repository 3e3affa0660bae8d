"""Backups of a PostgreSQL clinic database with the server's own pg_dump, checked, and restoring
one beside it (docs/clinic-server.md says what the clinic's IT person sets up).

A backup is `pg_dump -Fc` of the database (the app and other workstations go on working:
it dumps one snapshot), written under a hidden scratch name in the backup folder (0600, the
folder 0700), then restored into a scratch database `mesolog_check_…` on the same server and
checked there (services.dump_checks: schema, audit chain, records, guards), and the scratch
database dropped. The dump's newest entry must be the live chain's entry of that number,
with the same hash. Only then does the file take its name,
`DBNAME.backup-YYYYMMDDTHHMMSSZ[-N].dump`, and the backup is written in the audit log and its
anchor in the folder's anchors log, as an SQLite backup's is (a restore's goes into the
anchors log beside the dump). The role that backs up needs
CREATEDB for the scratch database.

A restore never touches the database in use: the dump goes into a new database
`DBNAME_restored_YYYYMMDDHHMMSS` (an older schema is upgraded there), which must pass the
same checks or is dropped; the restore's entry is written into it, and the workstations are
pointed at it (MESOLOG_DB) or it is renamed once every workstation is closed. Only an
administrator restores (anyone while the database has no accounts).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import select

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import phrase
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_anchors import last_entry, shared_up_to
from mesolog.persistence.backup_files import publish, scratch_file, sha256_of
from mesolog.persistence.database import Database
from mesolog.persistence.location import display_location
from mesolog.persistence.models import AuditEntryRow
from mesolog.persistence.pg_dump import (
    DUMP_TIMEOUT_S,
    client_tools,
    database_names,
    dump,
    server_major,
)
from mesolog.persistence.private_files import open_private_file
from mesolog.persistence.restore_entries import kept_detail
from mesolog.services.backup_anchors import record_backup_anchor, record_restore_anchor
from mesolog.services.backup_copies import make_folder
from mesolog.services.backup_records import STAMP, BackupKind
from mesolog.services.context import ServiceContext
from mesolog.services.dump_checks import (
    DumpCheck,
    check_database,
    require_dump,
    restored,
    scratch_url,
)

SUFFIX = ".dump"
MAX_NAME = 63
"""PostgreSQL's longest database name, in bytes."""


@dataclass(frozen=True, slots=True)
class ServerBackupResult:
    path: Path
    size_bytes: int
    check: DumpCheck
    """What the dump held, restored into a scratch database and checked there."""
    taken_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ServerRestoreResult:
    source: Path
    database: str
    """The new database the dump was restored into."""
    location: str
    """Its URL, without a password."""
    replaced: str
    """The database in use, left as it was."""
    check: DumpCheck
    restored_at: dt.datetime


def default_server_folder() -> Path:
    """`backups` in this computer's mesolog data folder (for the user that runs mesolog)."""
    return platformdirs.user_data_path("mesolog", appauthor=False) / "backups"


def dump_file_name(database: str, kind: BackupKind, taken_at: dt.datetime, number: int = 1) -> str:
    """`DBNAME.KIND-YYYYMMDDTHHMMSSZ[-N].dump`, the time in UTC."""
    stamp = taken_at.astimezone(dt.UTC).strftime(STAMP)
    return f"{database}.{kind.value}-{stamp}{'' if number == 1 else f'-{number}'}{SUFFIX}"


class ServerBackups:
    """Backups of the context's PostgreSQL database into `folder` (see the module's doc)."""

    def __init__(self, context: ServiceContext, folder: Path) -> None:
        self._ctx = context
        self.folder = folder

    @property
    def _name(self) -> str:
        return self._ctx.db.url.database or ""

    def backup(self, target: Path | None = None) -> ServerBackupResult:
        """Dump the database to `target` (a new file, or a folder to name one in; default:
        the backup folder) and check the dump; nothing is overwritten."""
        now, engine = self._ctx.now(), self._ctx.db.engine
        tools = client_tools(server_major(engine))
        target = self._target(None if target is None else target.expanduser().absolute(), now)
        with scratch_file(target, "backup") as partial:
            with open_private_file(partial) as output:
                dump(tools, self._ctx.db.url, output, timeout=DUMP_TIMEOUT_S)
            with restored(tools, engine, scratch_url(self._ctx.db.url), partial, keep=False) as url:
                check = check_database(url, target.name, upgrade_older=None)
            self._require_live_chain_holds(check, target.name)
            publish(partial, target)
        try:
            with self._ctx.db.write() as s:
                detail = f"{BackupKind.MANUAL.value}: {self._audit_name(target)}, pg_dump"
                self._ctx.audit(s, AuditAction.BACKUP, "database", None, detail)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        record_backup_anchor(
            self._ctx, target, stem=self._name, folders=(target.parent, self.folder)
        )
        return ServerBackupResult(target, target.stat().st_size, check, now)

    def _target(self, target: Path | None, now: dt.datetime) -> Path:
        if target is not None and not target.is_dir():
            if target.exists():
                exists = phrase(
                    "Backups", "{target} exists already; a backup never overwrites a file."
                )
                raise DatabaseError(exists.having(target=target))
            make_folder(target.parent)
            return target
        folder = self.folder if target is None else target
        make_folder(folder)
        number = 1
        while (folder / dump_file_name(self._name, BackupKind.MANUAL, now, number)).exists():
            number += 1
        return folder / dump_file_name(self._name, BackupKind.MANUAL, now, number)

    def _require_live_chain_holds(self, check: DumpCheck, label: str) -> None:
        """The dump's newest entry is the live chain's entry of that number (later entries
        were written since the dump's snapshot)."""
        if check.entries == 0:
            return
        with self._ctx.db.read() as s:
            live = s.scalar(
                select(AuditEntryRow.entry_hash).where(AuditEntryRow.id == check.entries)
            )
        if live != check.last_hash:
            differs = phrase(
                "Backups",
                "{label} was refused: its audit entry {entry} is not the database's entry "
                "{entry}. Run `mesolog audit verify` on the database.",
            )
            raise DatabaseError(differs.having(label=label, entry=check.entries))

    def _audit_name(self, path: Path) -> str:
        """The file's name when mesolog gave it; else its SHA-256 (a name someone chose may
        name a patient, and the audit log never holds health data)."""
        ours = rf"{re.escape(self._name)}\.{BackupKind.MANUAL.value}-\d{{8}}T\d{{6}}Z(-\d+)?"
        if re.fullmatch(ours + re.escape(SUFFIX), path.name):
            return path.name
        return f"file sha256 {sha256_of(path)}"

    def restore(self, source: Path) -> ServerRestoreResult:
        """Restore the dump `source` into a new database beside this one (see the module's
        doc); the database in use is left as it was."""
        with self._ctx.db.read() as s:
            self._ctx.require(s, Permission.ADMINISTER)
        source, engine = source.expanduser().absolute(), self._ctx.db.engine
        tools = client_tools(server_major(engine))
        require_dump(tools, source)
        now = self._ctx.now()
        name = self._new_name(now)
        url = self._ctx.db.url.set(database=name)
        restored_db = Database(url)
        context = dataclasses.replace(self._ctx, db=restored_db)
        try:
            with restored(tools, engine, url, source, keep=True):
                check = check_database(url, source.name, upgrade_older=now)
                upgraded = (
                    f", upgraded from schema {check.upgraded_from}" if check.upgraded_from else ""
                )
                with restored_db.write() as s:
                    kept = shared_up_to(s, self._ctx.db, key=None, below=last_entry(s) + 1)
                    detail = (
                        f"from {self._audit_name(source)}{upgraded}{kept_detail(kept)}; "
                        f"into database {name}, beside {self._name} (unchanged)"
                    )
                    context.audit(s, AuditAction.RESTORE, "database", None, detail)
            record_restore_anchor(context, source.name, stem=self._name, folder=source.parent)
        finally:
            restored_db.dispose()
        return ServerRestoreResult(source, name, display_location(url), self._name, check, now)

    def _new_name(self, now: dt.datetime) -> str:
        suffix = f"_restored_{now.astimezone(dt.UTC).strftime('%Y%m%d%H%M%S')}"
        stem = self._name.encode()[: MAX_NAME - len(suffix) - 3].decode(errors="ignore")
        taken = set(database_names(self._ctx.db.engine, stem + suffix))
        number, name = 1, stem + suffix
        while name in taken:
            number += 1
            name = f"{stem}{suffix}_{number}"
        return name
