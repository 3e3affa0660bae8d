"""An audit entry written into a copy of the database that is about to replace it.

A restore and a conversion (encrypting, changing the passphrase) each replace the
database with a file prepared beside it in one step: a restore through the backup API's
one transaction, a conversion by one rename. Their entry goes into that file first,
chained to the file's own log, so the database is replaced together with its entry: a
kill at any moment leaves the old database (without the entry) or the new one with it,
never the new one without it.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy.engine import URL

from mesolog.persistence.audit import AuditAction
from mesolog.persistence.database import Database
from mesolog.services.context import ServiceContext


def audit_copy(
    context: ServiceContext, copy: Path, key: str | None, action: AuditAction, detail: str
) -> None:
    """The entry, by the context's actor and at its clock's time, written into `copy` (an
    SQLite file nobody else has open, keyed with `key` when encrypted) as the next link of
    its own chain."""
    db = Database(URL.create("sqlite", database=str(copy)), passphrase=key)
    try:
        with db.write() as s:
            dataclasses.replace(context, db=db).audit(s, action, "database", None, detail)
    finally:
        db.dispose()
