"""An open database: the engine and its units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.engine import create_database_engine, writing
from mesolog.persistence.location import display_location


@contextmanager
def known_database_errors(url: URL) -> Iterator[None]:
    """The database's own failures as errors a person can act on (nothing was written)."""
    where = display_location(url)
    try:
        yield
    except exc.IntegrityError as error:
        raise DatabaseError(
            "Another workstation changed the same records at the same moment; "
            f"nothing was saved, please try again. ({_reason(error)})"
        ) from error
    except (exc.OperationalError, exc.InterfaceError) as error:
        raise DatabaseError(f"The database {where} cannot be used: {_reason(error)}") from error
    except exc.DatabaseError as error:
        raise DatabaseError(f"{where} is not a usable database: {_reason(error)}") from error


def _reason(error: exc.DBAPIError) -> str:
    return str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)


class Database:
    """One clinic database. `write()` and `read()` each yield a session in one transaction."""

    def __init__(self, url: URL, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else create_database_engine(url)
        self._writer = sessionmaker(bind=writing(self.engine), expire_on_commit=False)
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any exception."""
        with known_database_errors(self.url), self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with known_database_errors(self.url), self._reader.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
