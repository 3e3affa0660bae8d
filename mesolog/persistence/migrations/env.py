"""Alembic environment: always run from mesolog with an open connection (see migrate.py).

On SQLite, migrate.py turns foreign keys off for the run (batch migrations copy
tables); they are checked here before the transaction commits, so a migration
that breaks a reference changes nothing.
"""

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

import mesolog.persistence.catalogue_models
import mesolog.persistence.draft_models
import mesolog.persistence.models
import mesolog.persistence.photo_models
import mesolog.persistence.template_models  # noqa: F401
from mesolog.persistence.base import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("mesolog migrations run through mesolog.persistence.migrate only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "sqlite":
        broken = connection.execute(text("PRAGMA foreign_key_check")).all()
        if broken:
            raise RuntimeError(f"the migration left broken references: {broken[:5]}")
