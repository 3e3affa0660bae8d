"""Records read for their digests, the short way: a row of a record's table (and of its
parts) as `persistence.row_digests` digests it, each value already in the form
`digests.plain` gives the value its column's type reads (a uuid as `str(UUID)`, a moment as
its ISO text in UTC, an enum as its value), without making the Python values first.

Reading a stored value through its column's type costs more than digesting it: SQLite
keeps uuids and moments as text, which the types make into UUIDs and datetimes only for
the digest to make them text again. A value stored exactly as mesolog writes it is turned
into its digested text directly; any other value (an altered text, PostgreSQL's own
types) is read through its column's type as before, so that the digest, and an error for
a value that does not read, is the same either way (tests/persistence/test_digest_rows.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Date,
    Enum,
    Float,
    Table,
    Uuid,
    select,
    type_coerce,
)
from sqlalchemy.types import NullType

from mesolog.persistence.base import Base, UTCDateTime
from mesolog.persistence.digests import CHILDREN, plain
from mesolog.persistence.row_digests import Part, parts_of

Convert = Callable[[Any], object]
_HEX = re.compile("[0-9a-f]{32}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")


class StoredRows:
    """Reads rows of mapped tables over `connection` for their digests."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._readings: dict[str, tuple[list[ColumnElement[Any]], list[tuple[str, Convert]]]] = {}

    def rows(
        self, table: Table, where: ColumnElement[bool], order: Sequence[ColumnElement[Any]] = ()
    ) -> list[dict[str, Any]]:
        """The rows of `table` that `where` selects, in `order`, as dicts by column name."""
        columns, converts = self._reading(table)
        names = [column.name for column in table.c]
        found: list[dict[str, Any]] = []
        for row in self._connection.execute(select(*columns).where(where).order_by(*order)).all():
            values = dict(zip(names, row, strict=True))
            for name, convert in converts:
                values[name] = convert(values[name])
            found.append(values)
        return found

    def parts(self, table: str, ids: list[int]) -> dict[int, dict[str, list[Part]]]:
        """As `row_digests.read_parts`: the parts of the rows of `table` with these ids,
        keyed by the owner row's id, every part name there (empty when it has none)."""
        found: dict[int, dict[str, list[Part]]] = {
            key: {name: [] for name in CHILDREN.get(table, ())} for key in ids
        }
        for name in CHILDREN.get(table, ()):
            where = parts_of(table, name)
            part_table = Base.metadata.tables[where.table]
            owner = part_table.c[where.owner_column]
            order = [owner, *(part_table.c[column] for column in where.order)]
            rows = self.rows(part_table, owner.in_(ids), order)
            if not CHILDREN.get(where.table):
                for row in rows:
                    found[row[where.owner_column]][name].append(Part(row))
                continue
            nested = self.parts(where.table, [row["id"] for row in rows])
            for row in rows:
                found[row[where.owner_column]][name].append(Part(row, nested[row["id"]]))
        return found

    def _reading(self, table: Table) -> tuple[list[ColumnElement[Any]], list[tuple[str, Convert]]]:
        """The table's columns as stored, and how to convert those the type would."""
        if table.name not in self._readings:
            dialect = self._connection.dialect
            columns: list[ColumnElement[Any]] = []
            converts: list[tuple[str, Convert]] = []
            for column in table.c:
                if dialect.name != "sqlite":  # its driver gives the values their types
                    columns.append(column)
                    continue
                columns.append(type_coerce(column, NullType()).label(column.name))
                process = column.type.dialect_impl(dialect).result_processor(dialect, None)
                if process is not None:
                    converts.append((column.name, _convert(column.type, process)))
                elif isinstance(column.type, Float):  # made plain here, not in the digest
                    converts.append((column.name, plain))
            self._readings[table.name] = (columns, converts)
        return self._readings[table.name]


def _convert(kind: object, process: Convert) -> Convert:
    """What a stored value of a column of type `kind`, which `process` reads, digests as."""

    def typed(value: object) -> object:
        return None if value is None else plain(process(value))

    if isinstance(kind, Uuid):

        def uuid_text(value: object) -> object:
            if value is None:
                return None
            if type(value) is str and _HEX.fullmatch(value):
                return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
            return typed(value)

        return uuid_text
    if isinstance(kind, UTCDateTime):

        def moment_text(value: object) -> object:
            if value is None:
                return None
            if type(value) is str and _STAMP.fullmatch(value):
                try:
                    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC).isoformat()
                except ValueError:
                    pass
            return typed(value)

        return moment_text
    if not isinstance(kind, Enum | Date | Boolean):
        return typed
    seen: dict[object, object] = {}

    def remembered(value: object) -> object:
        """Enums, days and flags: few values, each read once through the type."""
        if value not in seen:
            read = typed(value)  # an enum's member, a str: kept as the plain str it is
            seen[value] = str.__str__(read) if isinstance(read, str) else read
        return seen[value]

    return remembered
