"""`mesolog check`: is the database whole, consistent and on the newest schema, are the
triggers that guard its records as mesolog made them, and are its files private?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from mesolog.domain.products import lot_key, name_key
from mesolog.domain.texts import Text, phrase, verbatim
from mesolog.persistence.database import known_database_errors
from mesolog.persistence.engine import sqlite_library_version
from mesolog.persistence.guard_checks import guard_problems
from mesolog.persistence.guards import expected_guards
from mesolog.persistence.migrate import current_revision, head_revision
from mesolog.services.context import ServiceContext
from mesolog.services.file_modes import exposed_files


@dataclass(frozen=True, slots=True)
class CheckItem:
    name: str
    ok: bool
    detail: Text
    """What was found, for people (`str()` its English)."""
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
                    phrase("Checks", "migration {revision}, newest {head}").having(
                        revision=revision or "none", head=head
                    ),
                )
            )
            if db.backend == "sqlite":
                items += self._sqlite_items(connection)
            else:
                version = connection.execute(text("SHOW server_version")).scalar_one()
                server = verbatim("{backend} {version}").having(backend=db.backend, version=version)
                items.append(CheckItem("server", True, server))
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
        driver = phrase("Checks", "SQLite {version} (sqlcipher3 driver)")
        on = foreign_keys == "1"
        keys = phrase("Checks", "on", "foreign keys: checked") if on else phrase("Checks", "off")
        if not broken:
            references = phrase("Checks", "ok", "no broken reference")
        else:
            references = phrase("Checks", "{count} broken references").having(count=len(broken))
        return [
            CheckItem("sqlite", True, driver.having(version=sqlite_library_version())),
            CheckItem("journal_mode", journal == "wal", verbatim(journal)),
            CheckItem("foreign_keys", on, keys),
            CheckItem(
                "synchronous",
                synchronous == "2",
                verbatim({"2": "full"}.get(synchronous, synchronous)),  # SQLite's own word
            ),
            CheckItem("integrity_check", integrity == ["ok"], verbatim("; ".join(integrity[:5]))),
            CheckItem("foreign_key_check", not broken, references),
        ]


def _guards_item(connection: Connection, *, at_head: bool) -> CheckItem:
    if not at_head:
        later = phrase("Checks", "compared at the newest schema only: open the database in mesolog")
        return CheckItem("guards", False, later)
    problems = guard_problems(connection)
    if problems:
        said = [
            phrase("Checks", "{name} on {table}: {fault}").having(
                name=p.name, table=p.table, fault=p.fault.text
            )
            if p.table
            else phrase("Checks", "{name}: {fault}").having(name=p.name, fault=p.fault.text)
            for p in problems
        ]
        return CheckItem("guards", False, _joined(said, "; "))
    expected = expected_guards()
    if connection.dialect.name == "sqlite":
        whole = phrase(
            "Checks", "all {triggers} triggers guarding the records are as mesolog made them"
        ).having(triggers=len(expected.sqlite))
    else:
        whole = phrase(
            "Checks",
            "all {triggers} triggers and {functions} functions guarding the records are as "
            "mesolog made them",
        ).having(triggers=len(expected.postgresql), functions=len(expected.functions))
    return CheckItem("guards", True, whole)


def _joined(parts: list[Text], separator: str) -> Text:
    """The parts one after another with `separator` (a sign, the same in every language)."""
    names = [f"part{index}" for index in range(len(parts))]
    template = separator.join(f"{{{name}}}" for name in names)
    return verbatim(template).having(**dict(zip(names, parts, strict=True)))


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
        current = phrase("Checks", "every product use's name and lot key is current")
        return CheckItem("search keys", True, current)
    spellings = {
        "product": phrase("Checks", "{count} product spellings"),
        "lot": phrase("Checks", "{count} lot spellings"),
    }
    said = [spellings[what].having(count=count) for what, count in wrong.items() if count]
    not_theirs = phrase(
        "Checks",
        "{spellings} have a search key that is not theirs: a recall would leave their uses out",
    )
    return CheckItem("search keys", False, not_theirs.having(spellings=_joined(said, ", ")))


def _file_modes_item(context: ServiceContext) -> CheckItem:
    exposed = exposed_files(context)
    if not exposed:
        private = phrase("Checks", "the database, its copies and backups are private")
        return CheckItem("file_modes", True, private)
    named = [
        (
            phrase("Checks", "the folder {path} ({mode})")
            if f.folder
            else verbatim("{path} ({mode})")
        ).having(path=str(f.path), mode=f.octal)
        for f in exposed
    ]
    exposed_said = phrase(
        "Checks",
        "others on this computer may read or open: {named}; make files 0600 and folders 0700 "
        "(chmod)",
    )
    return CheckItem(
        "file_modes", False, exposed_said.having(named=_joined(named, ", ")), warning=True
    )
