"""A PostgreSQL dump checked where it was restored: a database beside the clinic's, made for
it (persistence.pg_dump). It must be a mesolog database of a schema this version knows (an
older one is upgraded there first, when restoring), its audit chain must be whole, every
audited record what its newest entry recorded and written by one, and its guards (the
triggers that lock signed records) as mesolog made them. A dump that fails any of these is
refused, naming what failed.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import phrase
from mesolog.persistence.audit import check_chain
from mesolog.persistence.audit_records import check_records
from mesolog.persistence.backup_files import BackupFileError
from mesolog.persistence.database import Database, known_database_errors
from mesolog.persistence.guard_checks import guard_problems
from mesolog.persistence.migrate import current_revision, head_revision, known_revisions, upgrade
from mesolog.persistence.pg_dump import (
    DUMP_TIMEOUT_S,
    ClientTools,
    create_database,
    drop_database,
    is_dump,
    restore,
    scratch_engine,
)

CHECK_PREFIX = "mesolog_check_"
"""The scratch databases a backup's check restores its dump into, each dropped after it."""


@dataclass(frozen=True, slots=True)
class DumpCheck:
    """What a dump held, once restored: it passed every check."""

    entries: int
    last_hash: str
    """The hash of the dump's newest audit entry (entry `entries`)."""
    revision: str
    upgraded_from: str | None
    """The dump's schema when it was older and was upgraded where it was restored."""
    records_compared: int
    patients: int
    sessions: int


def require_dump(tools: ClientTools, source: Path) -> None:
    """Refuses `source` unless it is a file pg_restore reads as a dump."""
    if not source.is_file():
        missing = phrase("Backups", "There is no backup file at {source}.")
        raise DatabaseError(missing.having(source=source))
    if not is_dump(tools, source):
        refused = phrase(
            "Backups",
            "{label} is not a whole PostgreSQL dump (pg_dump's custom format) that pg_restore "
            "can read: a PostgreSQL database restores only the dumps `mesolog backup` writes.",
        )
        raise BackupFileError(refused.having(label=source.name))


@contextmanager
def restored(
    tools: ClientTools, engine: Engine, url: URL, source: Path, *, keep: bool
) -> Iterator[URL]:
    """The dump `source` restored into the new database `url` names (on `engine`'s server):
    a scratch one (`keep` false: owned by the connecting role, without grants, dropped when
    the block ends) or a restore's (kept, with the dump's grants, unless the block fails)."""
    name = url.database or ""
    create_database(engine, name)
    try:
        restore(tools, url, source, with_owners=keep, timeout=DUMP_TIMEOUT_S)
        yield url
    except BaseException:
        drop_database(engine, name)
        raise
    if not keep:
        drop_database(engine, name)


def scratch_url(url: URL) -> URL:
    return url.set(database=f"{CHECK_PREFIX}{secrets.token_hex(6)}")


def check_database(url: URL, label: str, *, upgrade_older: dt.datetime | None) -> DumpCheck:
    """The checks of the module's doc on the database `url` names, where the dump `label`
    was restored; an older schema is upgraded first when `upgrade_older` (the time) is given,
    else refused."""
    engine = scratch_engine(url)
    try:
        with known_database_errors(url):
            upgraded_from = _schema(engine, label, upgrade_older)
            with Session(engine) as s, s.begin():
                chain = check_chain(s)
                records = check_records(s)
                guards = guard_problems(s.connection())
                patients = int(s.execute(text("SELECT count(*) FROM patients")).scalar_one())
                sessions = int(s.execute(text("SELECT count(*) FROM sessions")).scalar_one())
    finally:
        engine.dispose()
    if chain.first_break is not None:
        broken = phrase(
            "Backups",
            "{label} was refused: its audit chain is broken at entry {entry} ({reason}).",
        )
        raise BackupFileError(
            broken.having(
                label=label, entry=chain.first_break.entry_id, reason=chain.first_break.text
            )
        )
    faults = len(records.mismatches) + len(records.unaudited)
    if faults:
        changed = phrase(
            "Backups",
            "{label} was refused: {count} of its records are not what the audit log recorded "
            "(changed, removed or added outside mesolog).",
        )
        raise BackupFileError(changed.having(label=label, count=faults))
    if guards:
        unguarded = phrase(
            "Backups",
            "{label} was refused: the guards that lock its signed records are not as mesolog "
            "made them ({name}: {fault}).",
        )
        raise BackupFileError(
            unguarded.having(label=label, name=guards[0].name, fault=guards[0].fault.text)
        )
    return DumpCheck(
        entries=chain.entries,
        last_hash=chain.last_hash,
        revision=head_revision(),
        upgraded_from=upgraded_from,
        records_compared=records.compared,
        patients=patients,
        sessions=sessions,
    )


def _schema(engine: Engine, label: str, upgrade_older: dt.datetime | None) -> str | None:
    """The schema the dump held when it was older (and was upgraded); None at the newest."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = current_revision(connection) if "alembic_version" in tables else None
    if revision == head_revision():
        return None
    if revision is None or revision not in known_revisions():
        unknown = phrase(
            "Backups",
            "{label} is not a mesolog database this version can restore (schema {revision}).",
        )
        raise BackupFileError(unknown.having(label=label, revision=revision or "none"))
    if upgrade_older is None:
        older = phrase(
            "Backups",
            "{label} holds an older schema ({revision}) than the database it was taken of.",
        )
        raise BackupFileError(older.having(label=label, revision=revision))
    upgrade(Database(engine.url, engine), now=upgrade_older)
    return revision
