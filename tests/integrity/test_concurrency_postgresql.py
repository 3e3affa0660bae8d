"""Workstations writing to one PostgreSQL server at the same moment (scale plan §3.5): no one
sees an error, every acknowledged record is stored whole, and a deadlock, should one still
form, is told as a moment to try again rather than as a database that cannot be used.

benchmarks/load.py runs the same harness at full size (8 × 500).
"""

from __future__ import annotations

import random
import threading
import time
import uuid

import pytest
from sqlalchemy import Connection, select, text

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.models import PatientRow
from mesolog.persistence.queries import patient_by_uuid
from mesolog.services.clinic import Clinic
from tests.integrity.concurrency_harness import run_concurrent_writers
from tests.integrity.workload import patient_input

PROCESSES = 4
WRITES = 30


@pytest.mark.slow
def test_workstations_on_a_server_all_succeed(postgresql_url: str) -> None:
    seed = random.SystemRandom().getrandbits(32)
    report = run_concurrent_writers(postgresql_url, processes=PROCESSES, writes=WRITES, seed=seed)
    summary = f"seed {seed}\n{report.figures()}\n" + "\n".join(
        report.errors[:20] + report.lost[:20]
    )
    assert report.errors == [], summary
    assert report.lost == [], summary
    assert report.integrity == "ok", summary
    assert report.calls == PROCESSES * WRITES, summary
    assert report.sessions > PROCESSES * WRITES // 3, summary
    assert report.overlap_s > 0, summary  # they did write at the same time


def _lock_patient(connection: Connection, patient: uuid.UUID) -> None:
    connection.execute(select(PatientRow.id).where(PatientRow.uuid == patient).with_for_update())


def _wait_until_waiting_for_a_lock(connection: Connection, pid: int) -> None:
    waiting = text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid")
    deadline = time.monotonic() + 10
    while not connection.execute(waiting, {"pid": pid}).scalar():
        assert time.monotonic() < deadline, "the other transaction never waited for the lock"
        time.sleep(0.01)


def test_a_deadlock_is_told_as_another_workstation_saving(postgresql_url: str) -> None:
    """A transaction outside the write units' order (they all take the audit head first, so
    among themselves none can form) holds one patient and waits for another that a write
    unit holds; the unit then asks for the first: the server breaks the cycle by failing
    the unit, and the clinician reads why, with nothing saved."""
    rng = random.Random(15)
    with Clinic.open(postgresql_url, actor="tester") as clinic:
        first, second = (clinic.patients.create(patient_input(rng)) for _ in range(2))
        db = clinic.context.db
        with db.engine.connect() as other, db.engine.connect() as watcher:
            # The unit below, waiting last, finds the cycle after its own short timeout.
            other.execute(text("SET deadlock_timeout = '10s'"))
            other_pid = other.execute(text("SELECT pg_backend_pid()")).scalar_one()
            _lock_patient(other, second.id)
            waiter = threading.Thread(target=_lock_patient, args=(other, first.id))
            with pytest.raises(DatabaseError) as failed, db.write() as s:
                s.execute(text("SET LOCAL deadlock_timeout = '10ms'"))
                locked = patient_by_uuid(s, first.id, for_update=True)
                assert locked is not None
                locked.phone = "+30 210 000 0000"
                s.flush()
                waiter.start()
                _wait_until_waiting_for_a_lock(watcher, other_pid)
                patient_by_uuid(s, second.id, for_update=True)
            waiter.join()
            other.rollback()
        assert str(failed.value) == (
            "Another workstation was saving at the same moment; nothing was saved, please try "
            "again."
        )
        assert clinic.patients.get(first.id).details.phone == first.details.phone
