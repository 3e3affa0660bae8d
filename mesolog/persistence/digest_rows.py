"""Records read for their digests, the short way: a record's row and parts (its treatment
lines with their products, its reactions…) read with Core and made straight into the
content `persistence.row_digests` digests, each value already in the form `digests.plain`
gives the value its column's type reads (a uuid as `str(UUID)`, a moment as its ISO text in
UTC, an enum as its value), without making the Python values first, and each part's
content built once, in its place in its owner's.

Reading a stored value through its column's type costs more than digesting it: SQLite
keeps uuids and moments as text, which the types make into UUIDs and datetimes only for
the digest to make them text again. A value stored exactly as mesolog writes it is turned
into its digested text directly; any other value (an altered text, PostgreSQL's own
types) is read through its column's type as before, so that the digest, and an error for
a value that does not read, is the same either way (tests/persistence/test_digest_rows.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Date,
    Enum,
    Float,
    Select,
    Uuid,
    bindparam,
    func,
    select,
    type_coerce,
)
from sqlalchemy.types import NullType

from mesolog.persistence.base import Base, UTCDateTime
from mesolog.persistence.digests import CHILDREN, plain
from mesolog.persistence.row_digests import content_digest, digested, parts_of

Convert = Callable[[Any], object]
Converts = Callable[[list[Any]], list[Any]]
Content = dict[str, Any]
_HEX = re.compile("[0-9a-f]{32}")
_HEXES = re.compile("[0-9a-f]{32}(?:\n[0-9a-f]{32})*")
_STAMP = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{6}")
_STAMPS = re.compile(f"{_STAMP.pattern}(?:\n{_STAMP.pattern})*")
_AS_IS = frozenset({str, int, bool, type(None)})
"""The types `plain` gives back unchanged: content holding only these is not made plain."""
_EMPTY = frozenset({"", None})


@dataclass(frozen=True, slots=True)
class _Reading:
    """How a table's rows are read for their digests: its digested columns as stored, in
    the order of `keys` (their content keys), how to convert those the type would, and the
    keys left out while empty."""

    columns: tuple[ColumnElement[Any], ...]
    keys: tuple[str, ...]
    converts: tuple[tuple[int, Converts], ...]
    """By the column's place in `columns`."""
    added: tuple[str, ...]
    key_of: dict[str, str]
    """A digested column's content key, by column name."""
    unconverted: tuple[int, ...]
    """The places of the columns without a conversion."""
    added_at: tuple[int, ...]
    """The places of the `added` columns."""


class StoredRows:
    """Reads records of mapped tables over `connection` and digests them."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._sqlite = connection.dialect.name == "sqlite"
        self._readings: dict[str, _Reading] = {}
        self._selects: dict[tuple[str, str, tuple[str, ...]], Select[Any]] = {}

    def digests(self, table: str, column: str, wanted: Sequence[object]) -> list[tuple[Any, str]]:
        """The records of `table` whose `column` holds one of `wanted` (as its type takes
        them), each as (its `column` as digested, its digest). The digest is
        `row_digests.row_digest` of the record read through its column types."""
        key = self._reading(table).key_of[column]
        return [
            (content[key], content_digest(content))
            for _, content in self._contents(table, column, wanted)
        ]

    def _contents(
        self, table: str, column: str, wanted: Sequence[object], order: tuple[str, ...] = ()
    ) -> list[tuple[Any, Content]]:
        """The (id as stored, content) of each row of `table` whose `column` holds one of
        `wanted`, with its parts, in `order` (columns)."""
        reading = self._reading(table)
        select_rows, bound = self._select(table, column, order), self._bound(table, column, wanted)
        rows = self._connection.execute(select_rows, {"wanted": bound}).all()
        if not rows:
            return []
        # Converted a column at a time: a call per value at most, none per row.
        values = [list(values) for values in zip(*rows, strict=True)]
        id_key = reading.key_of.get("id")  # a part with parts has one; course areas do not
        ids = [None] * len(rows) if id_key is None else values[reading.keys.index(id_key)]
        for at, convert in reading.converts:  # each gives plain values
            values[at] = convert(values[at])
        for at in reading.unconverted:
            if not _AS_IS.issuperset(map(type, values[at])):
                values[at] = list(map(plain, values[at]))
        # Left out while empty (plain() keeps "" and None): a column empty in every row is
        # left out of them all at once.
        keys, added = reading.keys, reading.added
        empty = [keys[at] for at in reading.added_at if _EMPTY.issuperset(values[at])]
        if empty:
            kept = [at for at, key in enumerate(keys) if key not in empty]
            keys, values = tuple(keys[at] for at in kept), [values[at] for at in kept]
            added = tuple(key for key in added if key not in empty)
        contents: list[Content] = list(
            map(dict, map(partial(zip, keys), zip(*values, strict=True)))
        )
        for key in added:
            for content in contents:
                if content[key] in ("", None):
                    del content[key]
        found = list(zip(ids, contents, strict=True))
        for name in CHILDREN.get(table, ()):
            where = parts_of(table, name)
            owned: dict[Any, list[Content]] = {raw_id: [] for raw_id, _ in found}
            owner = self._reading(where.table).key_of[where.owner_column]
            ids = list(owned)
            order = (where.owner_column, *where.order)
            for _, part in self._contents(where.table, where.owner_column, ids, order):
                owned[part[owner]].append(part)
            for raw_id, content in found:
                content[name] = owned[raw_id]
        return found

    def _select(self, table: str, column: str, order: tuple[str, ...]) -> Select[Any]:
        """The rows whose `column` is one of the parameter `wanted`: on SQLite a JSON array,
        one parameter whatever the count, so the statement is compiled once."""
        if (table, column, order) not in self._selects:
            model = Base.metadata.tables[table]
            if self._sqlite:
                listed = func.json_each(bindparam("wanted")).table_valued("value")
                chosen = model.c[column].in_(select(listed.c.value))
            else:
                chosen = model.c[column].in_(bindparam("wanted", expanding=True))
            query = select(*self._reading(table).columns).where(chosen)
            self._selects[table, column, order] = query.order_by(*(model.c[n] for n in order))
        return self._selects[table, column, order]

    def _bound(self, table: str, column: str, wanted: Sequence[object]) -> object:
        if not self._sqlite:
            return list(wanted)
        dialect = self._connection.dialect
        kind = Base.metadata.tables[table].c[column].type
        process = kind.dialect_impl(dialect).bind_processor(dialect)
        return json.dumps([value if process is None else process(value) for value in wanted])

    def _reading(self, table: str) -> _Reading:
        """The table's digested columns as stored, and how to convert those the type would."""
        if table not in self._readings:
            dialect = self._connection.dialect
            model = Base.metadata.tables[table]
            pairs, added = digested(table)
            columns: list[ColumnElement[Any]] = []
            converts: list[tuple[int, Converts]] = []
            for at, (_, name) in enumerate(pairs):
                column = model.c[name]
                if not self._sqlite:  # its driver gives the values their types
                    columns.append(column)
                    continue
                columns.append(type_coerce(column, NullType()).label(name))
                process = column.type.dialect_impl(dialect).result_processor(dialect, None)
                if process is not None:
                    converts.append((at, _convert(column.type, process)))
                elif isinstance(column.type, Float):  # made plain here, not in the digest
                    converts.append((at, lambda values: list(map(_number, values))))
            keys = tuple(key for key, _ in pairs)
            converted = {at for at, _ in converts}
            self._readings[table] = _Reading(
                tuple(columns),
                keys,
                tuple(converts),
                added,
                {name: key for key, name in pairs},
                tuple(at for at in range(len(keys)) if at not in converted),
                tuple(keys.index(key) for key in added),
            )
        return self._readings[table]


def _convert(kind: object, process: Convert) -> Converts:
    """What the stored values of a column of type `kind`, which `process` reads, digest as."""

    def typed(value: object) -> object:
        return None if value is None else plain(process(value))

    if isinstance(kind, Uuid):

        def uuid_text(value: object) -> object:
            if value is None:
                return None
            if type(value) is str and _HEX.fullmatch(value):
                return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
            return typed(value)

        def uuid_texts(values: list[Any]) -> list[Any]:
            try:  # one match for the whole column, when no value holds a line break
                whole = "\n".join(values)
            except TypeError:  # a None, or a value not stored as text
                return list(map(uuid_text, values))
            if whole.count("\n") >= len(values) or not _HEXES.fullmatch(whole):
                return list(map(uuid_text, values))
            return [f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}" for v in values]

        return uuid_texts
    if isinstance(kind, UTCDateTime):

        def moment_text(value: object) -> object:
            if value is None:
                return None
            if type(value) is str and _STAMP.fullmatch(value):
                try:
                    dt.datetime.fromisoformat(value)
                except ValueError:
                    return typed(value)
                # Its isoformat() in UTC: the same digits, without a fraction that is zero.
                fraction = "" if value.endswith(".000000") else value[19:]
                return f"{value[:10]}T{value[11:19]}{fraction}+00:00"
            return typed(value)

        def moment_texts(values: list[Any]) -> list[Any]:
            try:
                whole = "\n".join(values)
            except TypeError:  # a None, or a value not stored as text
                return list(map(moment_text, values))
            if whole.count("\n") >= len(values) or not _STAMPS.fullmatch(whole):
                return list(map(moment_text, values))
            try:
                deque(map(dt.datetime.fromisoformat, values), maxlen=0)  # each reads
            except ValueError:
                return list(map(moment_text, values))
            # Each value's only space is between its day and time: as moment_text, at once.
            done = "+00:00\n".join(values) + "+00:00"
            return done.replace(" ", "T").replace(".000000+", "+").split("\n")

        return moment_texts
    if not isinstance(kind, Enum | Date | Boolean):
        return lambda values: list(map(typed, values))
    seen: dict[object, object] = {}

    def remembered(values: list[Any]) -> list[Any]:
        """Enums, days and flags: few values, each read once through the type."""
        for value in set(values) - seen.keys():
            read = typed(value)  # an enum's member, a str: kept as the plain str it is
            seen[value] = str.__str__(read) if isinstance(read, str) else read
        return list(map(seen.__getitem__, values))

    return remembered


def _number(value: object) -> object:
    """`plain` of a stored number, the short way for a float."""
    if type(value) is float:
        return int(value) if value.is_integer() else repr(value)
    return plain(value)
