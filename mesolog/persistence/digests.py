"""A digest of a record's stored content, for the audit log's before/after columns.

A session's digest covers its treatment lines, their products and its reactions
(voided ones too), a course's covers its areas. Columns the application derives
and rewrites without a change of the record itself (a patient's sort key and
dates, an account's log-in counters) are left out, so that a digest changes only
when the record does; so is every record's `version` (migration 0007), a count of
its changes rather than content, which the digests recorded before it existed lack.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import inspect

from mesolog.persistence.base import Base

DERIVED_COLUMNS: dict[str, frozenset[str]] = {
    "patients": frozenset({"sort_key", "record_key", "last_session_on", "next_due_on"}),
    "clinicians": frozenset({"failed_logins", "last_failed_login_at", "last_login_at"}),
    "product_uses": frozenset({"lot_key", "product_key"}),
}
ADDED_COLUMNS: dict[str, frozenset[str]] = {
    "clinic_settings": frozenset(
        {"record_number_pattern", "recall_letter", "currency", "recall_letter_el"}
    ),
    "courses": frozenset({"template_id"}),
    "patients": frozenset({"photo_consent_on", "preferred_language"}),
    "product_uses": frozenset({"units"}),
    "sessions": frozenset({"given_despite"}),
    "treatment_lines": frozenset({"chart"}),
}
"""Columns added after rows were audited: left out while they hold their default ("" or
None), so that the digests recorded before a column existed still match."""
BOOKKEEPING_COLUMNS = frozenset({"version"})
"""Columns of every table that are never digested."""
CHILDREN: dict[str, tuple[str, ...]] = {
    "sessions": ("treatments", "reactions"),
    "treatment_lines": ("products",),
    "courses": ("areas",),
    "photos": ("images",),
}


def record_digest(row: Base) -> str:
    """SHA-256 (hex) of the row's content; the same on SQLite and PostgreSQL."""
    text = json.dumps(_content(row), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _content(row: Base) -> dict[str, Any]:
    mapper = inspect(row).mapper
    table = mapper.local_table.name  # type: ignore[attr-defined]
    skipped = DERIVED_COLUMNS.get(table, frozenset()) | BOOKKEEPING_COLUMNS
    added = ADDED_COLUMNS.get(table, frozenset())
    content: dict[str, Any] = {
        attribute.key: plain(getattr(row, attribute.key))
        for attribute in mapper.column_attrs
        if attribute.key not in skipped
        and not (attribute.key in added and getattr(row, attribute.key) in ("", None))
    }
    for name in CHILDREN.get(table, ()):
        content[name] = [_content(child) for child in getattr(row, name)]
    return content


def plain(value: object) -> object:
    """A JSON value that reads the same whichever backend or Python type it came from."""
    by_type = _PLAIN_BY_TYPE.get(type(value))
    if by_type is not None:  # an import digests half a million values: most by this lookup
        return by_type(value)
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return _plain_float(value)
    if isinstance(value, dt.datetime):
        return _plain_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"no digest form for {type(value).__name__}")


def _plain_float(value: float) -> object:
    return int(value) if value.is_integer() else repr(value)


def _plain_datetime(value: dt.datetime) -> object:
    return value.astimezone(dt.UTC).isoformat()


def _same(value: object) -> object:
    return value


_PLAIN_BY_TYPE: dict[type, Callable[[Any], object]] = {
    type(None): _same,
    bool: _same,
    str: _same,
    int: _same,
    float: _plain_float,
    dt.datetime: _plain_datetime,
    dt.date: dt.date.isoformat,
    uuid.UUID: str,
}
"""`plain` of a value of exactly these types (a subclass, an enum, goes the long way)."""
