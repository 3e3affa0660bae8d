"""Digests from plain rows (persistence/row_digests.py) are byte for byte the digests the ORM
rows give (persistence/digests.record_digest): over every kind of record of the demo clinic
read back both ways, and over rows Hypothesis makes of every digested table."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    Double,
    Enum,
    Integer,
    LargeBinary,
    String,
    Uuid,
    select,
    update,
)
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.strategy_options import _AbstractLoad

from mesolog.persistence.audit_coverage import KEYED, SINGLE
from mesolog.persistence.base import Base, UTCDateTime
from mesolog.persistence.digests import CHILDREN, record_digest
from mesolog.persistence.models import ClinicSettingsRow, PatientRow
from mesolog.persistence.row_digests import Part, parts_of, read_parts, row_digest
from mesolog.services.clinic import Clinic
from mesolog.services.clinic_logo import LogoService, checked_logo
from tests.logo_support import logo_png
from tests.persistence.encryption_support import open_clinic

MODELS: dict[str, type[Base]] = {
    mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
}
RECORD_TABLES = sorted(model.__tablename__ for model in (*KEYED.values(), *SINGLE.values()))
ODD_CHARACTERS = "\x00\x01\x1f\x7f\x85\u2028\u2029\ufeff\U0001f600\U0010fffd\"\\'Ωé"
TEXT = st.text(
    st.one_of(st.characters(codec="utf-8"), st.sampled_from(ODD_CHARACTERS)), max_size=12
)


@pytest.fixture
def demo_clinic(demo: Path) -> Iterator[Clinic]:
    """The demo clinic with its templates and a logo too, so that every kind of record is
    there."""
    with open_clinic(demo, None) as clinic:
        clinic.templates.add_shipped()
        LogoService(clinic.context).set_logo(checked_logo("clinic.png", logo_png(120, 40)))
        yield clinic


def _loaded(model: type[Base]) -> list[_AbstractLoad]:
    options: list[_AbstractLoad] = []
    for name in CHILDREN.get(model.__tablename__, ()):
        relationship = getattr(model, name)
        options.append(
            selectinload(relationship).options(*_loaded(relationship.property.mapper.class_))
        )
    return options


def _orm_digests(s: Session, table: str) -> dict[int, str]:
    model = MODELS[table]
    rows = s.scalars(select(model).options(*_loaded(model)))
    return {row.id: record_digest(row) for row in rows}  # type: ignore[attr-defined]


def _core_digests(connection: Connection, table: str) -> dict[int, str]:
    rows = list(connection.execute(select(Base.metadata.tables[table])).mappings())
    parts = read_parts(connection, table, [row["id"] for row in rows])
    return {row["id"]: row_digest(table, row, parts[row["id"]]) for row in rows}


def test_every_record_of_the_demo_clinic_has_the_same_digest_read_with_core(
    demo_clinic: Clinic,
) -> None:
    engine = demo_clinic.context.db.engine
    with Session(engine) as s, engine.connect() as connection:
        for table in RECORD_TABLES:
            orm = _orm_digests(s, table)
            assert orm, f"the demo clinic has no {table}"
            assert _core_digests(connection, table) == orm, table


def test_the_digests_are_those_the_audit_log_recorded(demo_clinic: Clinic) -> None:
    """What the newest entry of a session recorded is what its plain rows give."""
    engine = demo_clinic.context.db.engine
    with engine.connect() as connection:
        sessions = {
            row["uuid"]: row_digest("sessions", row, parts)
            for row, parts in _with_parts(connection, "sessions")
        }
        recorded = dict(
            connection.execute(
                select(Base.metadata.tables["audit_log"].c["entity_uuid", "after_digest"])
                .where(Base.metadata.tables["audit_log"].c.entity == "session")
                .order_by(Base.metadata.tables["audit_log"].c.id)
            ).all()
        )
    assert len(sessions) > 100
    assert sessions == {key: recorded[key] for key in sessions}


def _with_parts(connection: Connection, table: str) -> Iterator[tuple[Any, Any]]:
    rows = list(connection.execute(select(Base.metadata.tables[table])).mappings())
    parts = read_parts(connection, table, [row["id"] for row in rows])
    for row in rows:
        yield row, parts[row["id"]]


def _value(column: Any) -> st.SearchStrategy[Any]:
    kind = column.type
    if isinstance(kind, Enum):
        values: st.SearchStrategy[Any] = st.sampled_from(list(kind.enum_class or ()))
    elif isinstance(kind, UTCDateTime):
        zones = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=2))])
        values = st.datetimes(dt.datetime(1900, 1, 1), timezones=zones)
    elif isinstance(kind, Date):
        values = st.dates()
    elif isinstance(kind, Boolean):
        values = st.booleans()
    elif isinstance(kind, Double):
        values = st.floats()
    elif isinstance(kind, Integer):
        values = st.integers(-(2**63), 2**63 - 1)
    elif isinstance(kind, Uuid):
        values = st.uuids()
    elif isinstance(kind, LargeBinary):
        values = st.binary(max_size=40)
    else:
        assert isinstance(kind, String), f"{column} has a type the test cannot make"
        values = TEXT
    return st.none() | values if column.nullable else values


@st.composite
def _record(draw: st.DrawFn, table: str, depth: int = 0) -> tuple[Any, Part]:
    """An ORM row of `table` (not added to any session) and the same as plain rows."""
    columns = Base.metadata.tables[table].columns
    values = draw(st.fixed_dictionaries({column.name: _value(column) for column in columns}))
    row = MODELS[table](**values)
    parts: dict[str, list[Part]] = {}
    for name in CHILDREN.get(table, ()):
        made = draw(st.lists(_record(parts_of(table, name).table, depth + 1), max_size=2))
        setattr(row, name, [orm for orm, _ in made])
        parts[name] = [part for _, part in made]
    return row, Part(values, parts)


@pytest.mark.parametrize("table", sorted({*RECORD_TABLES, *CHILDREN}))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_rows_of_any_content_digest_alike(table: str, data: st.DataObject) -> None:
    """Control characters, line and paragraph separators, astral characters, every float
    (integral, NaN, infinite), enums, bytes and datetimes in any zone."""
    orm, plain_rows = data.draw(_record(table))
    assert row_digest(table, plain_rows.row, plain_rows.parts) == record_digest(orm)


@settings(max_examples=15, deadline=None)
@given(
    names=st.tuples(TEXT.filter(bool), TEXT.filter(bool), TEXT),
    floats=st.tuples(*[st.floats(allow_nan=False, width=64)] * 3),
)
def test_stored_values_read_with_core_digest_as_read_with_the_orm(
    tmp_path_factory: pytest.TempPathFactory,
    names: tuple[str, str, str],
    floats: tuple[float, float, float],
) -> None:
    """Values written to the database and read back, both ways, in one transaction."""
    path = tmp_path_factory.getbasetemp() / "row_digests_stored.sqlite"
    with open_clinic(path, None) as clinic:
        engine = clinic.context.db.engine
        with Session(engine) as s:
            if s.get(ClinicSettingsRow, 1) is None:
                s.add(ClinicSettingsRow(id=1, updated_at=dt.datetime.now(dt.UTC)))
            if s.scalars(select(PatientRow)).first() is None:
                s.add(_patient())
            s.commit()
            family, given, notes = names
            s.execute(update(PatientRow).values(family_name=family, given_name=given, notes=notes))
            length, depth, pen = floats
            s.execute(
                update(ClinicSettingsRow).values(
                    needle_length_mm=length, needle_depth_mm=depth, pen_depth_mm=pen, address=notes
                )
            )
            s.expire_all()
            connection = s.connection()
            for table in ("patients", "clinic_settings"):
                assert _core_digests(connection, table) == _orm_digests(s, table)
            s.rollback()


def _patient() -> PatientRow:
    now = dt.datetime(2026, 3, 10, tzinfo=dt.UTC)
    return PatientRow(
        family_name="A",
        given_name="B",
        date_of_birth=dt.date(1980, 1, 1),
        sort_key="a",
        created_at=now,
        updated_at=now,
    )


def test_a_row_without_a_digested_column_is_refused() -> None:
    with pytest.raises(ValueError, match="a row of reactions has no column 'uuid'"):
        row_digest("reactions", {"id": 1}, {})


def test_a_record_without_all_its_parts_is_refused() -> None:
    with pytest.raises(ValueError, match=r"has parts \['treatments'\]; its digest covers"):
        row_digest("sessions", {}, {"treatments": []})


@settings(max_examples=10, deadline=None)
@given(record=_record("patients"))
def test_derived_and_bookkeeping_columns_may_be_left_out(record: tuple[Any, Part]) -> None:
    """An insert's parameters need not hold the sort key, dates or version."""
    orm, plain_rows = record
    row = {
        key: value
        for key, value in plain_rows.row.items()
        if key not in {"sort_key", "record_key", "last_session_on", "next_due_on", "version"}
    }
    assert row_digest("patients", row) == record_digest(orm)


def test_a_whole_number_past_64_bits_beside_an_id_digests_alike() -> None:
    """orjson refuses the number, so the digest is json.dumps's, which is given the id
    (left a UUID in the content for orjson) in its plain form."""
    values: dict[str, Any] = dict.fromkeys(Base.metadata.tables["reactions"].columns.keys())
    values |= {"uuid": uuid.UUID(int=7), "id": 2**70, "position": 0}
    assert row_digest("reactions", values) == record_digest(MODELS["reactions"](**values))
