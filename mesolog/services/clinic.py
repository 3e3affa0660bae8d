"""The composition of services over one open database (what the window and the CLI hold).

An SQLite database may be encrypted (SQLCipher): `Clinic.open` raises
PassphraseNeededError for an encrypted file opened without its passphrase and
WrongDatabasePassphraseError for a wrong one, both before anything is written,
so the caller can ask for the passphrase and call it again.
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import exc
from sqlalchemy.engine import URL, make_url

from mesolog.domain.accounts import Account, LogInRefusedError
from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import phrase, verbatim
from mesolog.persistence.database import Database, known_database_errors
from mesolog.persistence.encryption import (
    NotEncryptedError,
    PassphraseNeededError,
    WrongDatabasePassphraseError,
    check_new_passphrase,
    is_encrypted_database,
    require_passphrase_fits,
)
from mesolog.persistence.engine import create_database_engine
from mesolog.persistence.full_disk import index_in_memory, readable
from mesolog.persistence.location import display_location, resolve_database_url, sqlite_file
from mesolog.persistence.migrate import upgrade
from mesolog.persistence.private_files import make_private_folder
from mesolog.services.context import Clock, ServiceContext, utc_now

if TYPE_CHECKING:
    from mesolog.persistence.migrate import MigrationResult
    from mesolog.services.accounts import AccountService
    from mesolog.services.audit import AuditService
    from mesolog.services.backups import BackupService
    from mesolog.services.catalogue_adoption import CatalogueAdoption
    from mesolog.services.courses import CourseService
    from mesolog.services.editor_drafts import EditorDraftService
    from mesolog.services.history import HistoryService
    from mesolog.services.lots import LotService
    from mesolog.services.patients import PatientService
    from mesolog.services.photos import PhotoService
    from mesolog.services.products import ProductService
    from mesolog.services.reaction_rates import ReactionRateService
    from mesolog.services.recall import RecallService
    from mesolog.services.sessions import SessionService
    from mesolog.services.settings import SettingsService
    from mesolog.services.templates import TemplateService
    from mesolog.services.transfer_export import ExportService
    from mesolog.services.transfer_import import ImportService

__all__ = [
    "Clinic",
    "NotEncryptedError",
    "PassphraseNeededError",
    "WrongDatabasePassphraseError",
    "database_is_encrypted",
    "names_a_password",
    "operating_system_user",
    "with_server_password",
]

SERVER_PASSWORD_HINT = phrase(
    "Clinic",
    "Give the server's password with PGPASSWORD, ~/.pgpass or a service file, or on standard "
    "input with --db-password-stdin; never in the URL.",
)
_PASSWORD_REFUSED = ("no password supplied", "password authentication failed")


def database_is_encrypted(database: str | None = None) -> bool:
    """Whether the database `Clinic.open(database)` would open is an encrypted SQLite file
    (so it needs a passphrase); False for a file that does not exist yet, or a server."""
    path = sqlite_file(_resolved(database))
    return path is not None and is_encrypted_database(path)


def names_a_password(database: str | None) -> bool:
    """Whether `database` is a URL that holds a password (which a process list shows)."""
    if database is None or "://" not in database:
        return False
    try:
        url = make_url(database)
    except exc.ArgumentError:
        return False
    return url.password is not None or "password" in url.query


def with_server_password(database: str | None, password: str) -> str:
    """`database` (as `Clinic.open` takes it) with `password` for its server, in memory
    only; DatabaseError for an SQLite file or a URL that holds a password already."""
    url = _resolved(database)
    if url.get_backend_name() == "sqlite":
        raise DatabaseError(
            phrase(
                "Clinic",
                "{display_location} is an SQLite file: it has no server password "
                "(--db-password-stdin is for PostgreSQL). Nothing was read or changed.",
            ).having(display_location=display_location(url))
        )
    if names_a_password(url.render_as_string(hide_password=False)):
        raise DatabaseError(
            phrase(
                "Clinic", "{display_location} holds a password already: leave it out of the URL."
            ).having(display_location=display_location(url))
        )
    return url.set(password=password).render_as_string(hide_password=False)


def _resolved(database: str | None) -> URL:
    try:
        return resolve_database_url(database)
    except exc.ArgumentError as error:
        raise DatabaseError(
            phrase(
                "Clinic", "{database} is neither a file path nor a database URL ({error})"
            ).having(database=repr(database), error=error)
        ) from error


def operating_system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Clinic:
    """A clinic's database with every use case on it. Close it when done."""

    def __init__(self, db: Database, *, actor: str, clock: Clock = utc_now) -> None:
        self.migration: MigrationResult | None = None
        self._use(ServiceContext(db, actor, clock))

    def _use(self, context: ServiceContext) -> None:
        """Acts with `context` from now on: the services built with the one before are dropped,
        and each is built again on its first use."""
        self.context = context
        for name in _SERVICES:
            self.__dict__.pop(name, None)

    # Each service is built, and its module imported, on first use: the window's start needs
    # few of them, and the others bring reportlab, Pillow, jsonschema and cryptography.
    @cached_property
    def accounts(self) -> AccountService:
        from mesolog.services.accounts import AccountService

        return AccountService(self.context)

    @cached_property
    def patients(self) -> PatientService:
        from mesolog.services.patients import PatientService

        return PatientService(self.context)

    @cached_property
    def courses(self) -> CourseService:
        from mesolog.services.courses import CourseService

        return CourseService(self.context)

    @cached_property
    def sessions(self) -> SessionService:
        from mesolog.services.sessions import SessionService

        return SessionService(self.context)

    @cached_property
    def photos(self) -> PhotoService:
        from mesolog.services.photos import PhotoService

        return PhotoService(self.context)

    @cached_property
    def products(self) -> ProductService:
        from mesolog.services.products import ProductService

        return ProductService(self.context)

    @cached_property
    def lots(self) -> LotService:
        from mesolog.services.lots import LotService

        return LotService(self.context)

    @cached_property
    def catalogue_adoption(self) -> CatalogueAdoption:
        from mesolog.services.catalogue_adoption import CatalogueAdoption

        return CatalogueAdoption(self.context)

    @cached_property
    def templates(self) -> TemplateService:
        from mesolog.services.templates import TemplateService

        return TemplateService(self.context)

    @cached_property
    def history(self) -> HistoryService:
        from mesolog.services.history import HistoryService

        return HistoryService(self.context)

    @cached_property
    def settings(self) -> SettingsService:
        from mesolog.services.settings import SettingsService

        return SettingsService(self.context)

    @cached_property
    def editor_drafts(self) -> EditorDraftService:
        from mesolog.services.editor_drafts import EditorDraftService

        return EditorDraftService(self.context)

    @cached_property
    def imports(self) -> ImportService:
        from mesolog.services.transfer_import import ImportService

        return ImportService(self.context)

    @cached_property
    def exports(self) -> ExportService:
        from mesolog.services.transfer_export import ExportService

        return ExportService(self.context)

    @cached_property
    def audit(self) -> AuditService:
        from mesolog.services.audit import AuditService

        return AuditService(self.context)

    @cached_property
    def backups(self) -> BackupService:
        from mesolog.services.backups import BackupService

        return BackupService(self.context)

    @cached_property
    def recall(self) -> RecallService:
        from mesolog.services.recall import RecallService

        return RecallService(self.context)

    @cached_property
    def reaction_rates(self) -> ReactionRateService:
        from mesolog.services.reaction_rates import ReactionRateService

        return ReactionRateService(self.context)

    @property
    def account(self) -> Account | None:
        return self.context.account

    def log_in(self, username: str, password: str) -> Account:
        """Checks the password (LogInRefusedError when wrong) and acts as that account."""
        account = self.accounts.log_in(username, password)
        self._use(replace(self.context, actor=account.username, account=account))
        return account

    def switch_user(self, username: str, password: str) -> Account:
        """Hands over to another account, whose password is checked like a log-in's
        (LogInRefusedError when wrong); audited as a switch from the account logged in."""
        account = self.accounts.switch_to(username, password)
        self._use(replace(self.context, actor=account.username, account=account))
        return account

    def act_as(self, username: str) -> Account:
        """Acts as an active account without its password: for a caller that has
        authenticated the person already (tests, an embedding application)."""
        found = {a.username: a for a in self.accounts.list()}.get(username)
        if found is None or not found.active or found.locked:
            raise LogInRefusedError(
                phrase("Clinic", "No active, unlocked account has the username {username}.").having(
                    username=repr(username)
                )
            )
        self._use(replace(self.context, actor=found.username, account=found))
        return found

    @classmethod
    def open(
        cls,
        database: str | None = None,
        *,
        passphrase: str | None = None,
        actor: str | None = None,
        clock: Clock = utc_now,
        create: bool = True,
        migrate: bool = True,
    ) -> Clinic:
        """Open the database named by `database`, else MESOLOG_DB, else the default file.

        A missing SQLite file is created when `create` is true, else refused; an
        older schema is upgraded (after a copy is taken) when `migrate` is true. An
        upgrade that brings the product catalogue builds it from the sessions
        (services.catalogue_adoption), and `migration.after` says what it added.

        `passphrase` opens an SQLite file encrypted with SQLCipher; a file created
        with one (missing or empty) is encrypted with it. Before anything is written:
        PassphraseNeededError when the file is encrypted and no passphrase is given,
        WrongDatabasePassphraseError when it does not open the file, NotEncryptedError
        when the file is a plain one.
        """
        url = _resolved(database)
        path = sqlite_file(url)
        location = display_location(url)
        require_passphrase_fits(path, passphrase, location)
        if path is not None:
            if not path.exists() and not create:
                raise DatabaseError(
                    phrase(
                        "Clinic",
                        "There is no database at {path}. Create one with `mesolog --db {path} "
                        "init`.",
                    ).having(path=path)
                )
            if passphrase is not None and not is_encrypted_database(path):
                # A new file: it is created encrypted, so the passphrase must be a good one.
                check_new_passphrase(passphrase)
            try:
                make_private_folder(path.parent)
            except OSError as error:
                raise DatabaseError(
                    phrase("Clinic", "Cannot create the folder {parent}: {error}").having(
                        parent=path.parent, error=error
                    )
                ) from error
        try:
            db = Database(url, passphrase=passphrase)
        except (exc.ArgumentError, exc.NoSuchModuleError) as error:
            raise DatabaseError(
                phrase(
                    "Clinic",
                    "{url} is neither a file path nor a database URL mesolog can open ({error})",
                ).having(url=url.render_as_string(hide_password=True), error=error)
            ) from error
        try:
            with known_database_errors(url):
                if path is None:
                    db.engine.connect().close()  # a server: refused here, said so below
                elif path.exists() and not readable(db.engine):
                    # A full disk has no room for the log's shared index: read without it.
                    db.dispose()
                    engine = index_in_memory(create_database_engine(url, passphrase=passphrase))
                    db = Database(url, engine, passphrase=passphrase)
                migration = upgrade(db, now=clock()) if migrate else None
        except DatabaseError as error:
            db.dispose()
            if any(refusal in str(error) for refusal in _PASSWORD_REFUSED):
                raise DatabaseError(
                    verbatim("{error}\n{hint}").having(error=error.text, hint=SERVER_PASSWORD_HINT)
                ) from error
            raise
        except BaseException:
            db.dispose()
            raise
        clinic = cls(db, actor=actor or operating_system_user(), clock=clock)
        clinic.migration = migration
        if migration is not None and migration.changed:
            from mesolog.services.catalogue_adoption import CATALOGUE_REVISION

            if migration.went_through(CATALOGUE_REVISION):
                adopted = clinic.catalogue_adoption.on_upgrade()
                clinic.migration = replace(migration, after=(*migration.after, adopted))
        return clinic

    @property
    def location(self) -> str:
        """Where the database is, for people: the file's path, or the URL without password."""
        return display_location(self.context.db.url)

    def close(self) -> None:
        self.context.db.dispose()

    def __enter__(self) -> Clinic:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


_SERVICES = tuple(
    name for name, value in vars(Clinic).items() if isinstance(value, cached_property)
)
