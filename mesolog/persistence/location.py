"""Where the database is: `--db`, then `MESOLOG_DB`, then a file in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

ENV_VAR = "MESOLOG_DB"
DEFAULT_FILE_NAME = "mesolog.sqlite"


def default_database_path() -> Path:
    return platformdirs.user_data_path("mesolog", appauthor=False) / DEFAULT_FILE_NAME


def resolve_database_url(db: str | None = None) -> URL:
    """The database to open: a file path or an SQLAlchemy URL, from the first that names one."""
    chosen = db or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in chosen:
        return make_url(chosen)
    return URL.create("sqlite", database=str(Path(chosen).expanduser().resolve()))


def display_location(url: URL) -> str:
    """Where a database is, for people: the file's path, or the URL without its password."""
    path = sqlite_file(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


def sqlite_file(url: URL) -> Path | None:
    """The SQLite file a URL names; None for another backend or an in-memory database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)
