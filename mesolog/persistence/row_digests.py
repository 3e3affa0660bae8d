"""Record digests from plain rows: the digest `persistence.digests.record_digest` gives an
ORM row, taken of row mappings instead, as a Core SELECT of the model's table returns them
(or as an insert's parameters give them: the column types' Python values), so that a
bulk writer or a reader of many records need not build ORM objects to digest them.

A record is its row and its parts (`digests.CHILDREN`), each part a row with parts of its
own: a session's treatment lines with their products, its reactions. Parts come in the
order the ORM gives them (`parts_of(...).order`). The two functions must agree byte for
byte: tests/persistence/test_row_digests.py compares them over every kind of record.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Mapper, configure_mappers

from mesolog.persistence import (  # noqa: F401 - every model mapped before the registry is read
    catalogue_models,
    draft_models,
    models,
    photo_models,
)
from mesolog.persistence.base import Base
from mesolog.persistence.digests import (
    ADDED_COLUMNS,
    BOOKKEEPING_COLUMNS,
    CHILDREN,
    DERIVED_COLUMNS,
    plain,
)


@dataclass(frozen=True, slots=True)
class Part:
    """A part of a record (a treatment line, a product use…) with its own parts."""

    row: Mapping[Any, Any]
    parts: Mapping[str, Sequence[Part]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PartsOf:
    """Where a table's parts of one name are: their table, the column naming the owner
    row's `id`, and the columns the ORM orders them by."""

    table: str
    owner_column: str
    order: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Form:
    """What a table's digest reads: (content key, column name) pairs, the keys of the
    columns left out while empty, and how to read the columns' values at once."""

    columns: tuple[tuple[str, str], ...]
    added: tuple[str, ...]
    read: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Tables:
    forms: dict[str, _Form]
    parts: dict[tuple[str, str], PartsOf]


@cache
def _tables() -> _Tables:
    """Read from the models once, on first use (the relationships' order needs them
    configured)."""
    configure_mappers()
    mappers: dict[str, Mapper[Any]] = {
        mapper.local_table.name: mapper  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
    }
    return _Tables(
        {table: _form(mapper) for table, mapper in mappers.items()},
        {
            (table, name): _parts_of(mappers[table], name)
            for table, names in CHILDREN.items()
            for name in names
        },
    )


def digested(table: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """What a record of `table`'s digest holds of its row: (content key, column name)
    pairs, and the keys of those left out while they are "" or None."""
    form = _tables().forms[table]
    return form.columns, form.added


def parts_of(table: str, name: str) -> PartsOf:
    """Where the parts `name` (one of `digests.CHILDREN[table]`) of a `table` row are."""
    return _tables().parts[table, name]


def _form(mapper: Mapper[Any]) -> _Form:
    table = mapper.local_table.name  # type: ignore[attr-defined]
    skipped = DERIVED_COLUMNS.get(table, frozenset()) | BOOKKEEPING_COLUMNS
    columns = tuple(
        (attribute.key, attribute.columns[0].name)
        for attribute in mapper.column_attrs
        if attribute.key not in skipped
    )
    added = ADDED_COLUMNS.get(table, frozenset())
    names = [column for _, column in columns]
    read = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    keys = tuple(key for key, _ in columns)
    return _Form(columns, tuple(key for key in keys if key in added), read, keys)


def _parts_of(mapper: Mapper[Any], name: str) -> PartsOf:
    relationship = mapper.relationships[name]
    (_, remote), *_ = relationship.local_remote_pairs or ()
    order = relationship.order_by or ()
    return PartsOf(
        relationship.mapper.class_.__tablename__,
        remote.name,
        tuple(column.name for column in order),
    )


def row_digest(
    table: str, row: Mapping[str, Any], parts: Mapping[str, Sequence[Part]] | None = None
) -> str:
    """SHA-256 (hex) of the record whose row of `table` is `row` and whose parts are
    `parts` (every name `digests.CHILDREN` gives the table, none other): equal to
    `record_digest` of the same record read by the ORM."""
    return content_digest(_content(table, row, parts or {}))


def content_digest(content: object) -> str:
    """SHA-256 (hex) of a record's content as `_content` builds it: json.dumps's canonical
    bytes (sorted keys, compact, not ASCII-escaped)."""
    try:
        # The bytes json.dumps(sort_keys=True, ensure_ascii=False, compact) writes for these
        # values (strings, whole numbers, None), at a fifth of the cost.
        text = orjson.dumps(content, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # a whole number past 64 bits, a lone surrogate: json says what it did
        text = json.dumps(
            content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=plain
        ).encode("utf-8")
    return hashlib.sha256(text).hexdigest()


_WRITTEN_AS_PLAIN = frozenset({str, int, bool, type(None), uuid.UUID})
"""The types whose values are left in a content as they are: `plain` gives the first four
back unchanged, and orjson writes a UUID as its `plain` form (json.dumps, the fallback, is
given `plain` for it): an import digests a few ids a row, hundreds of thousands in all."""


def _content(table: str, row: Mapping[str, Any], parts: Mapping[str, Sequence[Part]]) -> object:
    form = _tables().forms.get(table)
    if form is None:
        raise ValueError(f"table {table!r} is not one of the mapped tables")
    names = CHILDREN.get(table, ())
    if set(parts) != set(names):
        raise ValueError(
            f"a record of {table} has parts {sorted(parts)}; its digest covers {sorted(names)}"
        )
    try:
        values = form.read(row)
    except KeyError:
        missing = next(column for _, column in form.columns if column not in row)
        raise ValueError(f"a row of {table} has no column {missing!r}") from None
    if not _WRITTEN_AS_PLAIN.issuperset(map(type, values)):
        values = tuple([v if type(v) in _WRITTEN_AS_PLAIN else plain(v) for v in values])
    content: dict[str, object] = dict(zip(form.keys, values, strict=True))
    for key in form.added:  # left out while empty: plain() keeps "" and None as they are
        if content[key] in ("", None):
            del content[key]
    for name in names:
        part_table = parts_of(table, name).table
        content[name] = [_content(part_table, part.row, part.parts) for part in parts[name]]
    return content


def read_parts(
    connection: Connection, table: str, ids: Iterable[int]
) -> dict[int, dict[str, list[Part]]]:
    """The parts of the rows of `table` with these ids, read with Core (one SELECT per part
    table), keyed by the owner row's id; every id has every part name, empty when it has
    none. The caller keeps `ids` within the database's parameter limit."""
    wanted = list(ids)
    found: dict[int, dict[str, list[Part]]] = {
        key: {name: [] for name in CHILDREN.get(table, ())} for key in wanted
    }
    for name in CHILDREN.get(table, ()):
        where = parts_of(table, name)
        part_table: Table = Base.metadata.tables[where.table]
        owner = part_table.c[where.owner_column]
        rows = connection.execute(
            select(part_table)
            .where(owner.in_(wanted))
            .order_by(owner, *(part_table.c[column] for column in where.order))
        ).mappings()
        if CHILDREN.get(where.table):
            rows_read = list(rows)
            nested = read_parts(connection, where.table, [row["id"] for row in rows_read])
            for row in rows_read:
                found[row[where.owner_column]][name].append(Part(row, nested[row["id"]]))
        else:
            for row in rows:
                found[row[where.owner_column]][name].append(Part(row))
    return found
