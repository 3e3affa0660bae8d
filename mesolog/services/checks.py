"""`mesolog check`: is the database whole, consistent and on the newest schema, are the
triggers that guard its records as mesolog made them, and are its files private?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from mesolog.domain.products import lot_key, name_key
from mesolog.persistence.database import known_database_errors
from mesolog.persistence.engine import sqlite_library_version
from mesolog.persistence.guards import expected_guards, guard_problems
from mesolog.persistence.migrate import current_revision, head_revision
from mesolog.services.context import ServiceContext
from mesolog.services.file_modes import exposed_files


@dataclass(frozen=True, slots=True)
class CheckItem:
    name: str
    ok: bool
    detail: str
    warning: bool = False
    """Not ok, but the database is whole (files others may read): said, not failed."""


@dataclass(frozen=True, slots=True)
class CheckReport:
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        """No failure (warnings aside)."""
        return all(item.ok or item.warning for item in self.items)

    @property
    def warnings(self) -> tuple[CheckItem, ...]:
        return tuple(item for item in self.items if not item.ok and item.warning)


class CheckService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def run(self) -> CheckReport:
        db = self._ctx.db
        items: list[CheckItem] = []
        with known_database_errors(db.url), db.engine.connect() as connection:
            revision = current_revision(connection)
            head = head_revision()
            items.append(
                CheckItem(
                    "schema",
                    revision == head,
                    f"migration {revision or 'none'}, newest {head}",
                )
            )
            if db.backend == "sqlite":
                items += self._sqlite_items(connection)
            else:
                version = connection.execute(text("SHOW server_version")).scalar_one()
                items.append(CheckItem("server", True, f"{db.backend} {version}"))
            items.append(_guards_item(connection, at_head=revision == head))
            if revision == head:
                items.append(_search_keys_item(connection))
            connection.rollback()
        if db.backend == "sqlite":
            items.append(_file_modes_item(self._ctx))
        return CheckReport(tuple(items))

    @staticmethod
    def _sqlite_items(connection: Connection) -> list[CheckItem]:
        def pragma(name: str) -> list[str]:
            return [str(row[0]) for row in connection.exec_driver_sql(f"PRAGMA {name}")]

        journal = pragma("journal_mode")[0]
        foreign_keys = pragma("foreign_keys")[0]
        synchronous = pragma("synchronous")[0]
        integrity = pragma("integrity_check")
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
        return [
            CheckItem("sqlite", True, f"SQLite {sqlite_library_version()} (sqlcipher3 driver)"),
            CheckItem("journal_mode", journal == "wal", journal),
            CheckItem("foreign_keys", foreign_keys == "1", "on" if foreign_keys == "1" else "off"),
            CheckItem(
                "synchronous", synchronous == "2", {"2": "full"}.get(synchronous, synchronous)
            ),
            CheckItem("integrity_check", integrity == ["ok"], "; ".join(integrity[:5])),
            CheckItem(
                "foreign_key_check",
                not broken,
                "ok" if not broken else f"{len(broken)} broken references",
            ),
        ]


def _guards_item(connection: Connection, *, at_head: bool) -> CheckItem:
    if not at_head:
        return CheckItem(
            "guards", False, "compared at the newest schema only: open the database in mesolog"
        )
    problems = guard_problems(connection)
    if problems:
        return CheckItem(
            "guards",
            False,
            "; ".join(
                f"{p.name}{f' on {p.table}' if p.table else ''}: {p.fault}" for p in problems
            ),
        )
    expected = expected_guards()
    what = f"{len(expected.sqlite)} triggers"
    if connection.dialect.name != "sqlite":
        what = f"{len(expected.postgresql)} triggers and {len(expected.functions)} functions"
    return CheckItem("guards", True, f"all {what} guarding the records are as mesolog made them")


def _search_keys_item(connection: Connection) -> CheckItem:
    """Recall and what a lot used find product uses by keys written beside the name and the
    lot number (derived, so no digest covers them): each must be what its text gives today,
    else a recall would leave those uses out without a word."""
    pairs = {
        "product": (name_key, "SELECT DISTINCT product_name, product_key FROM product_uses"),
        "lot": (lot_key, "SELECT DISTINCT lot_number, lot_key FROM product_uses"),
    }
    wrong = {
        what: sum(1 for written, key in connection.execute(text(sql)) if key != keyed(written))
        for what, (keyed, sql) in pairs.items()
    }
    if not any(wrong.values()):
        return CheckItem("search keys", True, "every product use's name and lot key is current")
    said = ", ".join(f"{count} {what} spellings" for what, count in wrong.items() if count)
    return CheckItem(
        "search keys",
        False,
        f"{said} have a search key that is not theirs: a recall would leave their uses out",
    )


def _file_modes_item(context: ServiceContext) -> CheckItem:
    exposed = exposed_files(context)
    if not exposed:
        return CheckItem("file_modes", True, "the database, its copies and backups are private")
    named = ", ".join(f"{'the folder ' if f.folder else ''}{f.path} ({f.octal})" for f in exposed)
    return CheckItem(
        "file_modes",
        False,
        f"others on this computer may read or open: {named}; make files 0600 and folders 0700 "
        "(chmod)",
        warning=True,
    )
