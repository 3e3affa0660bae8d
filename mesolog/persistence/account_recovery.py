"""What the accounts service reads to keep an administrator able to log in: the admin
accounts (locked in one order, so that two admins never disable each other at once),
and whether the person running mesolog holds the database itself (an SQLite file's
writer, a PostgreSQL server's superuser)."""

from __future__ import annotations

import os

from sqlalchemy import select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from mesolog.domain.enums import Role
from mesolog.domain.texts import Text, phrase
from mesolog.persistence.location import sqlite_file
from mesolog.persistence.models import ClinicianRow


def admin_rows(s: Session, *, lock: bool = False) -> list[ClinicianRow]:
    """Every admin account, by id; with `lock`, each row locked for the transaction
    (`FOR UPDATE`, in id order: two transactions that both lock them never deadlock)."""
    query = (
        select(ClinicianRow)
        .where(ClinicianRow.role == Role.ADMIN, ClinicianRow.username.is_not(None))
        .order_by(ClinicianRow.id)
    )
    return list(s.scalars(query.with_for_update() if lock else query))


def not_holder_because(s: Session, url: URL) -> Text | None:
    """Why the person running this does not hold the database, or None when they do.

    An SQLite file is held by whoever may write to it (its passphrase, for an encrypted
    one, was needed to open it at all). A PostgreSQL database is held by a superuser of
    its server: the role owning the tables will not do, since in a simple set-up the
    workstations connect as that role, and recovery must take more than they have.
    """
    path = sqlite_file(url)
    if path is not None:
        if not os.access(path, os.W_OK):
            return phrase(
                "Accounts", "the operating-system user running mesolog may not write to {path}"
            ).having(path=str(path))
        return None
    if url.get_backend_name() != "postgresql":
        return None  # an in-memory database belongs to the process that made it
    role, superuser = s.execute(
        text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    if not superuser:
        return phrase(
            "Accounts",
            "the database role {role} mesolog connects as is not a superuser of the PostgreSQL "
            "server (on PostgreSQL only a superuser, such as postgres, may: owning the tables "
            "is not enough)",
        ).having(role=repr(role))
    return None
