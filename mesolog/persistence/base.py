"""Declarative base: naming convention, portable column types, UTC timestamps."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Dialect, Double, Enum, MetaData, String, Text, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware timestamp, stored as UTC on every backend.

    SQLite has no time zones, so the value is written as naive UTC there and
    made aware again on the way out; PostgreSQL keeps `timestamptz`.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} cannot be stored")
        as_utc = value.astimezone(dt.UTC)
        return as_utc.replace(tzinfo=None) if dialect.name == "sqlite" else as_utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def enum_column_type(enum: type[StrEnum], name: str) -> Enum:
    """A VARCHAR holding the enum's values, with a named CHECK constraint."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(member.value) for member in enum),
        values_callable=lambda members: [member.value for member in members],
    )


def byte_ordered(length: int) -> String:
    """Text PostgreSQL compares byte-wise, as SQLite does, whatever the database's collation.

    For folded keys: a search term's prefix range uses the index, and the patient list keeps
    its order (a linguistic collation, el_GR or en_US, ignores the separator between family
    and given name, so "Papadopoulos" came before "Papa").
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads it as a class attribute
        dt.datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        float: Double(),
        str: Text(),
    }


class Voidable:
    """Clinical rows are never deleted: they are voided, with who, when and why."""

    voided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    voided_by: Mapped[str | None] = mapped_column(String(100), default=None)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)

    @property
    def is_voided(self) -> bool:
        return self.voided_at is not None


def version_column() -> Mapped[int]:
    """An editable record's version: 1 when added, raised by one with every UPDATE the ORM
    makes (the mapper's `version_id_col`), whose WHERE names the version read, so that a
    row changed meanwhile is never written over (StaleDataError). Services compare it with
    the version a form was filled from (services.conflicts); never in a digest."""
    return mapped_column(server_default="1")
