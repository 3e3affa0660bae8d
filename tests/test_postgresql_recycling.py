"""The PostgreSQL run's databases, used again (tests/postgresql_recycling.py), cannot be told
from a fresh copy of the template; one a test changed otherwise is dropped, not used."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, make_url, text

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from tests.postgresql_recycling import Recycler, TemplateState


def _state(url: str) -> tuple[TemplateState, dict[str, int]]:
    engine = create_engine(url)
    with engine.connect() as connection:
        state = TemplateState.of(connection)
        counts = {
            table: int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in state.tables
        }
    engine.dispose()
    return state, counts


def _name(url: str) -> str:
    return str(make_url(url).database)


def _used(url: str) -> None:
    with Clinic.open(url, actor="tester") as clinic:
        clinic.patients.create(PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12)))


@pytest.fixture
def recycler(postgresql_databases: Recycler) -> Recycler:
    """A recycler of its own, on the run's template."""
    return Recycler.of(postgresql_databases.server, postgresql_databases.template)


def test_a_used_database_comes_back_as_the_template_is(recycler: Recycler) -> None:
    template = make_url(recycler.server).set(database=recycler.template)
    fresh = _state(template.render_as_string(hide_password=False))
    url = recycler.take()
    _used(url)
    assert _state(url)[1] != fresh[1]
    recycler.give_back(url)
    again = recycler.take()
    assert _name(again) == _name(url)
    assert _state(again) == fresh
    _used(again)


@pytest.mark.parametrize(
    "change",
    [
        "ALTER TABLE patients DISABLE TRIGGER ALL",
        "CREATE TABLE leftover (id integer)",
        "CREATE ROLE recycled_reader; GRANT SELECT ON patients TO recycled_reader",
    ],
)
def test_a_database_changed_beyond_its_rows_is_dropped(recycler: Recycler, change: str) -> None:
    url = recycler.take()
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(change)
    engine.dispose()
    recycler.give_back(url)
    assert _name(recycler.take()) != _name(url)
    admin = create_engine(recycler.server)
    with admin.connect() as connection:
        held = connection.execute(
            text("SELECT count(*) FROM pg_database WHERE datname = :name"), {"name": _name(url)}
        ).scalar_one()
        connection.exec_driver_sql("DROP ROLE IF EXISTS recycled_reader")
        connection.commit()
    admin.dispose()
    assert held == 0


def test_a_database_still_connected_to_is_dropped(recycler: Recycler) -> None:
    url = recycler.take()
    engine = create_engine(url)
    connection = engine.connect()
    connection.execute(text("SELECT 1"))
    recycler.give_back(url)
    connection.invalidate()
    connection.close()
    engine.dispose()
    assert _name(recycler.take()) != _name(url)
