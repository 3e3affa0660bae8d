"""An open database: the engine and its units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, exc, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from mesolog.domain.errors import DatabaseError, StateError
from mesolog.domain.texts import Text, phrase
from mesolog.persistence.engine import create_database_engine, writing
from mesolog.persistence.location import display_location
from mesolog.persistence.models import AuditHeadRow

SIGNED_LOCK = "signed session is locked"
"""What the triggers of migration 0002 say when they refuse a change."""

SAVING_AT_ONCE = frozenset({"40P01", "40001"})
"""PostgreSQL's deadlock and serialisation failures: the server chose this transaction to
roll back so that another could go on."""


@contextmanager
def known_database_errors(url: URL) -> Iterator[None]:
    """The database's own failures as errors a person can act on (nothing was written)."""
    where = display_location(url)
    try:
        yield
    except StaleDataError as error:
        # An UPDATE names the version it read (models' version_id_col); another
        # workstation's change came first.
        raise DatabaseError(
            phrase(
                "Database",
                "Another workstation changed the same record at the same moment; nothing was "
                "saved, please try again.",
            )
        ) from error
    except exc.IntegrityError as error:
        if SIGNED_LOCK in _reason(error):
            raise StateError(
                phrase(
                    "Database",
                    "The database refused to change a signed session (signed records are "
                    "locked; a correction is an amendment). Nothing was saved.",
                )
            ) from error
        same_time = phrase(
            "Database",
            "Another workstation changed the same records at the same moment; nothing was "
            "saved, please try again. ({reason})",
        )
        raise DatabaseError(same_time.having(reason=_reason(error))) from error
    except (exc.OperationalError, exc.InterfaceError) as error:
        if getattr(error.orig, "sqlstate", None) in SAVING_AT_ONCE:
            raise DatabaseError(
                phrase(
                    "Database",
                    "Another workstation was saving at the same moment; nothing was saved, "
                    "please try again.",
                )
            ) from error
        raise DatabaseError(_unusable(where, error)) from error
    except exc.DatabaseError as error:
        unusable = phrase("Database", "{where} is not a usable database: {reason}")
        raise DatabaseError(unusable.having(where=where, reason=_reason(error))) from error


SQLITE_IOERR = 10
SQLITE_FULL = 13
POSTGRESQL_DISK_FULL = "53100"


def _unusable(where: str, error: exc.DBAPIError) -> Text:
    """Why the database cannot be used; the database's own reason is quoted in English, as
    it gives it."""
    reason = _reason(error)
    code = getattr(error.orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if (
        primary == SQLITE_FULL
        or getattr(error.orig, "sqlstate", None) == POSTGRESQL_DISK_FULL
        or "database or disk is full" in reason
    ):
        # SQLite says this when the disk has no room left (or the file reached its limit):
        # the statement and its transaction were rolled back before anything was stored.
        full = phrase(
            "Database",
            "The database {where} is full: there is no room left on its disk. Nothing was "
            "saved. Free some disk space, then try again. ({reason})",
        )
        return full.having(where=where, reason=reason)
    if primary == SQLITE_IOERR:
        # A read or write the operating system refused (a failing, full or removed disk):
        # if it struck while committing, the change may or may not have reached the file.
        failed = phrase(
            "Database",
            "The disk holding the database {where} failed to read or write ({reason}). A "
            "change being saved may not have been stored. The disk may be full, failing or "
            "disconnected: check it, then look whether the change is there before trying again.",
        )
        return failed.having(where=where, reason=reason)
    cannot = phrase("Database", "The database {where} cannot be used: {reason}")
    return cannot.having(where=where, reason=reason)


def _reason(error: exc.DBAPIError) -> str:
    return str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)


class Database:
    """One clinic database. `write()` and `read()` each yield a session in one transaction.

    With `passphrase`, an SQLite file encrypted with SQLCipher (persistence.encryption):
    every connection is keyed with it, and WrongDatabasePassphraseError is raised by the
    first use when it does not open the file.
    """

    def __init__(
        self, url: URL, engine: Engine | None = None, *, passphrase: str | None = None
    ) -> None:
        self.url = url
        self._passphrase = passphrase
        self.engine = (
            engine if engine is not None else create_database_engine(url, passphrase=passphrase)
        )
        self._writer = sessionmaker(bind=writing(self.engine), expire_on_commit=False)
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def encrypted(self) -> bool:
        """Whether the database is an SQLite file encrypted with SQLCipher."""
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The SQLCipher passphrase, for the copies that must be keyed like the database
        (never to be shown or logged)."""
        return self._passphrase

    def __repr__(self) -> str:
        return f"Database({self.url.render_as_string(hide_password=True)!r}, " + (
            "encrypted)" if self.encrypted else "plain)"
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any exception.

        Writers take turns for the whole unit. On SQLite, BEGIN IMMEDIATE takes the file's
        write lock. On PostgreSQL the unit locks the audit chain's head before anything
        else: every write appends to the chain, so writers queue there anyway, and taking
        it first means a writer never holds a patient's row while it waits for the head
        (the deadlocks of scale plan §3.5), and every row it reads is as the writer before
        it left it. persistence.audit then finds the head held.
        """
        with known_database_errors(self.url), self._writer.begin() as session:
            if self.backend == "postgresql":
                session.execute(
                    select(AuditHeadRow.id).where(AuditHeadRow.id == 1).with_for_update()
                )
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with known_database_errors(self.url), self._reader.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
