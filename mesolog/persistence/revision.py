"""The schema revision this program ships, known without reading the migrations: opening a
database already at it asks one question of the database and never imports alembic, whose
import (with mako and pygments) was a tenth of the window's start. A test keeps the
constant equal to the head of the shipped migrations."""

from __future__ import annotations

from sqlalchemy import Connection, exc, text

HEAD_REVISION = "0020"


def at_head(connection: Connection) -> bool:
    """Whether the database holds the newest schema, by its `alembic_version`; False as well
    when that cannot be read (a new database, or one that is not mesolog's), for the full
    check to say why."""
    try:
        stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        return stored.all() == [HEAD_REVISION]
    except exc.DBAPIError:
        return False
