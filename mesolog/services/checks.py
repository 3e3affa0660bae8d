"""`mesolog check`: is the database whole, consistent and on the newest schema?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from mesolog.persistence.database import known_database_errors
from mesolog.persistence.engine import sqlite_library_version
from mesolog.persistence.migrate import current_revision, head_revision
from mesolog.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class CheckItem:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)


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
            connection.rollback()
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
