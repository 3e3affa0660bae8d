"""A session's local day computed by the database: its UTC moment moved by its own offset,
on SQLite (naive UTC text) and PostgreSQL (timestamptz), either side of midnight and at the
widest offsets a session may have (±18 hours)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Integer, create_engine, literal, select

from mesolog.persistence.base import UTCDateTime
from mesolog.persistence.local_days import local_day

CASES = [
    (dt.datetime(2026, 1, 31, 22, 30, tzinfo=dt.UTC), 120, dt.date(2026, 2, 1)),
    (dt.datetime(2026, 1, 31, 21, 59, 59, 999_999, tzinfo=dt.UTC), 120, dt.date(2026, 1, 31)),
    (dt.datetime(2026, 2, 1, 4, 30, tzinfo=dt.UTC), -300, dt.date(2026, 1, 31)),
    (dt.datetime(2026, 2, 1, 5, 0, tzinfo=dt.UTC), -300, dt.date(2026, 2, 1)),
    (dt.datetime(2026, 2, 1, 0, 0, tzinfo=dt.UTC), 0, dt.date(2026, 2, 1)),
    (dt.datetime(2026, 2, 28, 6, 0, tzinfo=dt.UTC), 1080, dt.date(2026, 3, 1)),
    (dt.datetime(2026, 3, 1, 17, 59, tzinfo=dt.UTC), -1080, dt.date(2026, 2, 28)),
    (dt.datetime(2028, 2, 28, 20, 0, tzinfo=dt.UTC), 330, dt.date(2028, 2, 29)),
]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_day_is_the_moment_at_its_own_offset(
    backend: str, request: pytest.FixtureRequest
) -> None:
    url = "sqlite://" if backend == "sqlite" else request.getfixturevalue("postgresql_url")
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            for moment, offset, day in CASES:
                found = connection.scalar(
                    select(local_day(literal(moment, UTCDateTime()), literal(offset, Integer())))
                )
                assert (moment, offset, found) == (moment, offset, day)
                assert isinstance(found, dt.date)
    finally:
        engine.dispose()
