"""A session's day where it was recorded, computed by the database: its UTC moment moved by
its own offset (minutes), so that a search by days can filter, count and order in SQL.

SQLite keeps the moment as naive UTC text (base.UTCDateTime), which its date() moves by a
modifier; PostgreSQL keeps a timestamptz, read at UTC and moved by an interval."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction


class local_day(GenericFunction[dt.date]):  # noqa: N801 (called like SQL's functions)
    """local_day(moment, offset_minutes): the day at that offset, a DATE."""

    type = Date()
    inherit_cache = True


@compiles(local_day, "sqlite")
def _on_sqlite(element: local_day, compiler: SQLCompiler, **kw: Any) -> str:
    moment, offset = (compiler.process(clause, **kw) for clause in element.clauses)
    # date() rounds to milliseconds (23:59:59.9999 became the next day): whole seconds only
    return f"date(substr({moment}, 1, 19), ({offset}) || ' minutes')"


@compiles(local_day, "postgresql")
def _on_postgresql(element: local_day, compiler: SQLCompiler, **kw: Any) -> str:
    moment, offset = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(({moment} AT TIME ZONE 'UTC') + make_interval(mins => {offset}) AS DATE)"
