"""Are the triggers that guard the records in the database as mesolog made them? Each guard
of `guards.expected_guards()` missing, altered or disabled, and each trigger that is not
one of them, for the audit's verification and `mesolog check`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text

from mesolog.domain.texts import Text, phrase
from mesolog.persistence.guards import Guards, SQLiteTrigger, expected_guards


class GuardFault(StrEnum):
    MISSING = "it is missing"
    ALTERED = "its definition is not mesolog's"
    DISABLED = "it is disabled"
    UNEXPECTED = "it is not one of mesolog's triggers"

    @property
    def text(self) -> Text:
        """The fault for people (its value is its English)."""
        return _FAULTS[self]


_FAULTS = {
    GuardFault.MISSING: phrase("Database", "it is missing", "a trigger guarding the records"),
    GuardFault.ALTERED: phrase("Database", "its definition is not mesolog's"),
    GuardFault.DISABLED: phrase("Database", "it is disabled", "a trigger guarding the records"),
    GuardFault.UNEXPECTED: phrase("Database", "it is not one of mesolog's triggers"),
}


@dataclass(frozen=True, slots=True)
class GuardProblem:
    name: str
    """The trigger's name (or a trigger function's, on PostgreSQL)."""
    table: str | None
    """The table it guards; None for a function that guards several."""
    fault: GuardFault


def guard_problems(connection: Connection) -> list[GuardProblem]:
    """Each guard of `expected_guards()` that is not in the database as defined there, and
    each trigger of the database that is not one of them; ordered by table and name."""
    expected = expected_guards()
    if connection.dialect.name == "sqlite":
        found = _sqlite_problems(connection, expected.sqlite)
    else:
        found = _postgresql_problems(connection, expected)
    return sorted(found, key=lambda p: (p.table or "", p.name))


def _same(one: str, other: str) -> bool:
    return one.split() == other.split()


def _sqlite_problems(
    connection: Connection, expected: Sequence[SQLiteTrigger]
) -> list[GuardProblem]:
    stored = {
        name: (table, sql)
        for name, table, sql in connection.execute(
            text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
        )
    }
    problems = []
    for trigger in expected:
        table, sql = stored.pop(trigger.name, (None, None))
        if sql is None:
            problems.append(GuardProblem(trigger.name, trigger.table, GuardFault.MISSING))
        elif table != trigger.table or not _same(sql, trigger.sql):
            problems.append(GuardProblem(trigger.name, trigger.table, GuardFault.ALTERED))
    problems += [GuardProblem(n, t, GuardFault.UNEXPECTED) for n, (t, _) in stored.items()]
    return problems


_PG_TRIGGERS = """
SELECT t.tgname, c.relname, t.tgtype, t.tgenabled, p.proname,
       t.tgqual IS NULL AND t.tgnargs = 0 AND t.tgattr = ''::int2vector
       AND p.pronamespace = c.relnamespace AS plain
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_proc p ON p.oid = t.tgfoid
WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
"""
_PG_FUNCTIONS = """
SELECT p.proname, p.prosrc, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'mesolog%'
"""


def _postgresql_problems(connection: Connection, expected: Guards) -> list[GuardProblem]:
    stored = {
        name: (table, kind, enabled, function, plain)
        for name, table, kind, enabled, function, plain in connection.execute(text(_PG_TRIGGERS))
    }
    problems = []
    for trigger in expected.postgresql:
        found = stored.pop(trigger.name, None)
        if found is None:
            problems.append(GuardProblem(trigger.name, trigger.table, GuardFault.MISSING))
            continue
        table, kind, enabled, function, plain = found
        if (table, kind, function, plain) != (trigger.table, trigger.kind, trigger.function, True):
            problems.append(GuardProblem(trigger.name, trigger.table, GuardFault.ALTERED))
        elif enabled not in ("O", "A"):  # fires (A: also as a replica); D, R: does not
            problems.append(GuardProblem(trigger.name, trigger.table, GuardFault.DISABLED))
    problems += [GuardProblem(n, found[0], GuardFault.UNEXPECTED) for n, found in stored.items()]
    bodies = {
        name: (body, language) for name, body, language in connection.execute(text(_PG_FUNCTIONS))
    }
    tables: dict[str, set[str]] = {}
    for trigger in expected.postgresql:
        tables.setdefault(trigger.function, set()).add(trigger.table)
    for name, body in expected.functions.items():
        [table] = tables[name] if len(tables[name]) == 1 else [None]
        stored_body, language = bodies.get(name, (None, None))
        if stored_body is None:
            problems.append(GuardProblem(name, table, GuardFault.MISSING))
        elif language != "plpgsql" or not _same(stored_body, body):
            problems.append(GuardProblem(name, table, GuardFault.ALTERED))
    return problems
