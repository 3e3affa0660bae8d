"""A session's entry (domain.records.SessionInput) as JSON and back, exactly.

The copy kept while typing (session_autosave) records the entry the editor was filled
from, so that after a crash the draft is saved on that entry and a change made since is
merged or shown, never written over (services.conflicts compares it field by field): the
entry read back must equal the one written, float for float, moment for moment.

Written from the dataclasses' own fields, read back by their type hints: enums by value,
days and moments in ISO 8601 (with their UTC offset), ids as text, tuples as lists; a
technique says its kind (needle or pen), which tells the two apart. A field with a
default that a copy kept by an earlier mesolog lacks (a line's zones and points) is read
as its default.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
import uuid
from typing import Any

from mesolog.domain.records import SessionInput

Json = None | bool | int | float | str | list["Json"] | dict[str, "Json"]


def entry_json(entry: SessionInput) -> Json:
    return _written(entry)


def entry_from_json(data: Json) -> SessionInput:
    """The entry `entry_json` wrote; ValueError, KeyError or TypeError for anything else."""
    entry = _read(SessionInput, data)
    if not isinstance(entry, SessionInput):
        raise TypeError("not a session's entry")
    return entry


def _written(value: object) -> Json:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _written(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, enum.Enum):
        return _written(value.value)
    if isinstance(value, dt.date):  # a moment too
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, tuple):
        return [_written(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"no JSON for {type(value).__name__}")


def _read(kind: Any, data: Json) -> Any:
    origin = typing.get_origin(kind)
    if origin is typing.Union or origin is types.UnionType:
        return _read_either(typing.get_args(kind), data)
    if origin is tuple:
        item, _more = typing.get_args(kind)
        return tuple(_read(item, part) for part in _as(list, data))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        fields = _as(dict, data)
        hints = typing.get_type_hints(kind)
        return kind(
            **{
                field.name: _read(hints[field.name], fields[field.name])
                for field in dataclasses.fields(kind)
                if field.init and (field.name in fields or not _has_default(field))
            }
        )
    supertype = getattr(kind, "__supertype__", None)  # a NewType, like CourseId
    if supertype is not None:
        return kind(_read(supertype, data))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(data)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(_as(str, data))
    if kind is dt.date:
        return dt.date.fromisoformat(_as(str, data))
    if kind is uuid.UUID:
        return uuid.UUID(_as(str, data))
    if kind is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if kind in (bool, int, float, str) and type(data) is kind:
        return data
    raise TypeError(f"{type(data).__name__} where {kind} was written")


def _has_default(field: dataclasses.Field[Any]) -> bool:
    """A field added since copies were kept (a line's chart): absent, it takes its default."""
    return (
        field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
    )


def _read_either(kinds: tuple[Any, ...], data: Json) -> Any:
    """One of a union: None, the one other kind, or the technique whose kind `data` says."""
    if data is None and type(None) in kinds:
        return None
    others = [kind for kind in kinds if kind is not type(None)]
    if len(others) == 1:
        return _read(others[0], data)
    said = _as(dict, data).get("kind")
    for kind in others:
        written = {field.name: field.default for field in dataclasses.fields(kind)}.get("kind")
        if isinstance(written, enum.Enum) and written.value == said:
            return _read(kind, data)
    raise ValueError(f"no kind {said!r} among {others}")


def _as(kind: type[Any], data: Json) -> Any:
    if not isinstance(data, kind):
        raise TypeError(f"{type(data).__name__} where a {kind.__name__} was written")
    return data
