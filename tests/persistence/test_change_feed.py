"""The change feed (persistence/change_feed.py, scale plan §3.2): another workstation's
change is seen with the patients and kinds it touched, the feed's own are not, nothing is
read while nothing changed; on SQLite by PRAGMA data_version, on PostgreSQL by the audit
log's notification, which the catalogue of guards expects."""

from __future__ import annotations

import datetime as dt
import select
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mesolog.domain.records import PatientInput
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_batches import PlannedEntry, add_audit_entries
from mesolog.persistence.guard_checks import GuardFault, GuardProblem, guard_problems
from mesolog.services.clinic import Clinic
from mesolog.services.live_changes import ChangeFeed, follow_changes
from tests.conftest import FixedClock

PATIENT = PatientInput("Papadopoulou", "Elena", dt.date(1985, 4, 12))


@pytest.fixture(params=["sqlite", "postgresql"])
def where(request: pytest.FixtureRequest, db_path: Path) -> str:
    if request.param == "sqlite":
        return str(db_path)
    url: str = request.getfixturevalue("postgresql_url")
    return url


@pytest.fixture
def here(where: str, clock: FixedClock) -> Iterator[Clinic]:
    with Clinic.open(where, actor="here", clock=clock) as clinic:
        yield clinic


@pytest.fixture
def elsewhere(here: Clinic, where: str, clock: FixedClock) -> Iterator[Clinic]:
    """Another workstation on the same database (its own engine and connections)."""
    with Clinic.open(where, actor="elsewhere", clock=clock) as clinic:
        yield clinic


@pytest.fixture
def feed(here: Clinic) -> Iterator[ChangeFeed]:
    opened = follow_changes(here.context)
    yield opened
    opened.close()


def _woken(feed: ChangeFeed) -> None:
    """Waits until a notification can be read (PostgreSQL); SQLite needs no wait."""
    if feed.socket is not None:
        readable, _, _ = select.select([feed.socket], [], [], 10)
        assert readable, "no notification within 10 s"


def test_another_workstations_change_is_seen_with_its_patient_and_kind(
    feed: ChangeFeed, elsewhere: Clinic
) -> None:
    assert feed.changes() is None
    patient = elsewhere.patients.create(PATIENT)
    _woken(feed)
    changes = feed.changes()
    assert changes is not None
    assert changes.patients == {patient.id}
    assert changes.kinds == {"patient"}
    assert patient.id in changes.records
    assert feed.changes() is None


def test_the_feeds_own_changes_are_dropped(
    feed: ChangeFeed, here: Clinic, elsewhere: Clinic
) -> None:
    here.patients.create(PATIENT)
    theirs = elsewhere.patients.create(PATIENT)
    here.patients.create(PATIENT)
    _woken(feed)
    changes = feed.changes()
    assert changes is not None
    assert (changes.patients, changes.entries) == ({theirs.id}, 1)
    here.patients.create(PATIENT)
    assert feed.changes() is None


def test_a_batch_written_here_is_dropped_and_one_written_elsewhere_seen(
    feed: ChangeFeed, here: Clinic, elsewhere: Clinic, clock: FixedClock
) -> None:
    """An import writes its entries in one Core statement (persistence.audit_batches)."""
    patients = {"here": uuid.uuid4(), "elsewhere": uuid.uuid4()}
    for clinic, who in ((here, "here"), (elsewhere, "elsewhere")):
        planned = [PlannedEntry("patient", patients[who], patients[who], "", None)] * 2
        with clinic.context.db.write() as s:
            add_audit_entries(s, planned, at=clock(), actor=who, action=AuditAction.IMPORT)
    _woken(feed)
    changes = feed.changes()
    assert changes is not None
    assert (changes.patients, changes.entries) == ({patients["elsewhere"]}, 2)


def test_a_feed_starts_after_the_entries_already_written(here: Clinic, elsewhere: Clinic) -> None:
    elsewhere.patients.create(PATIENT)
    feed = follow_changes(here.context)
    try:
        assert feed.changes() is None
        assert feed.last_id > 0
    finally:
        feed.close()


def test_the_notification_is_a_guard_the_checks_expect(
    postgresql_url: str, clock: FixedClock
) -> None:
    with Clinic.open(postgresql_url, actor="here", clock=clock) as clinic:
        engine = clinic.context.db.engine
        with engine.connect() as connection:
            assert guard_problems(connection) == []
        with engine.begin() as connection:
            connection.execute(text("DROP TRIGGER audit_log_notifies ON audit_log"))
        with engine.connect() as connection:
            assert guard_problems(connection) == [
                GuardProblem("audit_log_notifies", "audit_log", GuardFault.MISSING)
            ]


def test_a_dropped_listener_is_made_again_and_nothing_is_missed(
    postgresql_url: str, clock: FixedClock
) -> None:
    with (
        Clinic.open(postgresql_url, actor="here", clock=clock) as here,
        Clinic.open(postgresql_url, actor="elsewhere", clock=clock) as elsewhere,
    ):
        feed = follow_changes(here.context)
        try:
            with elsewhere.context.db.engine.begin() as connection:
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE query LIKE 'LISTEN%' AND datname = current_database()"
                    )
                )
            patient = elsewhere.patients.create(PATIENT)
            seen = None
            for _ in range(3):  # the failed look, the one that listens again and reads
                seen = seen or feed.changes()
            assert seen is not None
            assert seen.patients == {patient.id}
        finally:
            feed.close()
